// Writes an analysis as JSON, brat standoff, CoNLL BIO or JSONL, in the offset convention asked for.
import * as path from 'path';
import { Analysis, Annotation } from './analysis';
import { isoDate } from './hijri';
import { offsetConverter, OffsetConvention } from './offsets';
import { BIO_NAME, EntityLabel } from './tagger';
import { splitSentences } from './tokenize';

export const EXPORT_SCHEMA = 'arabic-news-annotator/annotations@1';
export type ExportFormat = 'json' | 'brat' | 'conll' | 'jsonl';

export interface ExportDocument {
  path: string;
  sha256: string;
  referenceDate?: string;
}

export interface ExportOptions {
  offsets: OffsetConvention;
}

/** JSON export: `{ schema, document, annotations }`, see README "Export schema". */
export function toJson(a: Analysis, doc: ExportDocument, opts: ExportOptions): object {
  const conv = offsetConverter(a.text, opts.offsets);
  return {
    schema: EXPORT_SCHEMA,
    document: { path: doc.path, sha256: doc.sha256, offsets: opts.offsets, referenceDate: doc.referenceDate ?? null, length: conv(a.text.length) },
    annotations: a.annotations.map((x) => {
      // Dates carry their TIMEX3 type (DATE/TIME/DURATION/SET) as an attribute too, next to value and begin/end points.
      const attributes: Record<string, unknown> = x.kind === 'date' ? { type: x.label, ...x.attributes } : { ...x.attributes };
      const speaker = attributes.speaker as { start?: number; end?: number } | undefined;
      if (speaker?.start !== undefined) attributes.speaker = { ...speaker, start: conv(speaker.start), end: conv(speaker.end!) };
      return { ...x, start: conv(x.start), end: conv(x.end), attributes };
    }),
  };
}

/** brat fragments: a span crossing line breaks is split into one fragment per line, as brat requires. */
function bratFragments(text: string, x: Annotation, conv: (n: number) => number): string {
  const frags: string[] = [];
  let s = x.start;
  for (let i = x.start; i <= x.end; i++) {
    if (i === x.end || text[i] === '\n') {
      if (i > s) frags.push(`${conv(s)} ${conv(i)}`);
      s = i + 1;
    }
  }
  return frags.join(';');
}

/** brat standoff `.ann`: T lines for spans, R lines for quotation → speaker, notes for normalised values. */
export function toBrat(a: Analysis): string {
  const conv = offsetConverter(a.text, 'codepoint');
  const lines: string[] = [];
  const tid = new Map<string, string>();
  const byRange = new Map<string, string>();
  a.annotations.forEach((x, i) => {
    const id = `T${i + 1}`;
    tid.set(x.id, id);
    if (x.kind === 'entity') byRange.set(`${x.start}:${x.end}`, id);
    lines.push(`${id}\t${x.label} ${bratFragments(a.text, x, conv)}\t${x.text.replace(/\n/g, ' ')}`);
  });
  let notes = 0;
  let rels = 0;
  for (const x of a.annotations) {
    const t = tid.get(x.id)!;
    if (x.kind === 'date' && x.attributes.value) lines.push(`#${++notes}\tAnnotatorNotes ${t}\tvalue=${x.attributes.value}${x.attributes.hijri ? ` hijri=${x.attributes.hijri}` : ''}`);
    const sp = x.attributes.speaker as { start?: number; end?: number } | undefined;
    const target = sp?.start !== undefined ? byRange.get(`${sp.start}:${sp.end}`) : undefined;
    if (x.kind === 'quotation' && target) lines.push(`R${++rels}\tSpeaker Arg1:${t} Arg2:${target}`);
  }
  return lines.join('\n') + '\n';
}

/** CoNLL BIO in the ANERcorp tag set, one token per line, blank line between sentences. */
export function toConll(a: Analysis): string {
  const mentions = a.annotations.filter((x) => x.kind === 'entity').sort((p, q) => p.start - q.start);
  const out: string[] = [];
  let mi = 0;
  for (const sentence of splitSentences(a.tokens)) {
    for (const t of sentence) {
      while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
      const m = mentions[mi];
      let tag = 'O';
      if (m && m.start < t.end && t.start < m.end) tag = (m.start >= t.start ? 'B-' : 'I-') + BIO_NAME[m.label as EntityLabel];
      out.push(`${t.text}\t${tag}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** One JSON object per document with `text` and `label: [[start, end, LABEL], …]` (doccano / spaCy style). */
export function toJsonl(a: Analysis, doc: ExportDocument, opts: ExportOptions): string {
  const conv = offsetConverter(a.text, opts.offsets);
  return JSON.stringify({
    text: a.text,
    label: a.annotations.map((x) => [conv(x.start), conv(x.end), x.label]),
    meta: { path: doc.path, sha256: doc.sha256, offsets: opts.offsets, schema: EXPORT_SCHEMA },
  }) + '\n';
}

export interface Rendered { name: string; content: string }

/**
 * The files one analysed article exports to in `format` (brat: the `.ann` and a copy of the
 * text) — what the CLI writes and the editor's export command writes.
 */
export function render(a: Analysis, file: string, sha256: string, opts: ExportOptions & { format: ExportFormat }): Rendered[] {
  const base = path.basename(file).replace(/\.txt$/, '');
  const doc = { path: file, sha256, referenceDate: a.documentDate ? isoDate(a.documentDate.date) : undefined };
  switch (opts.format) {
    case 'json': return [{ name: `${base}.json`, content: JSON.stringify(toJson(a, doc, opts), null, 2) + '\n' }];
    case 'jsonl': return [{ name: `${base}.jsonl`, content: toJsonl(a, doc, opts) }];
    case 'conll': return [{ name: `${base}.conll`, content: toConll(a) }];
    case 'brat': return [{ name: `${base}.ann`, content: toBrat(a) }, { name: `${base}.txt`, content: a.text }];
  }
}
