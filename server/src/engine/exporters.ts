// Writes an analysis as JSON, brat standoff, CoNLL BIO or JSONL, in the offset convention asked for.
import * as path from 'path';
import { Analysis, Annotation } from './analysis';
import { isoDate } from './hijri';
import { offsetConverter, OffsetConvention } from './offsets';
import { toBratDocument } from './bratExport';
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
  return { schema: EXPORT_SCHEMA, document: jsonDocument(a, doc, opts, conv), annotations: a.annotations.map((x) => jsonAnnotation(x, conv)) };
}

/**
 * A JSONL record's line: `JSON.stringify({ id, ...toJson(a, doc, opts) })` with no `document.path` (a record has
 * no file), character for character, printed piece by piece: no copy of the export object, no property deleted.
 */
export function jsonRecordLine(id: string | number, a: Analysis, doc: Omit<ExportDocument, 'path'>, opts: ExportOptions): string {
  const conv = offsetConverter(a.text, opts.offsets);
  const document = { sha256: doc.sha256, offsets: opts.offsets, referenceDate: doc.referenceDate ?? null, length: conv(a.text.length) };
  const annotations = new Array<object>(a.annotations.length);
  for (let i = 0; i < annotations.length; i++) annotations[i] = jsonAnnotation(a.annotations[i], conv, false);
  return `{"id":${JSON.stringify(id)},"schema":${JSON.stringify(EXPORT_SCHEMA)},"document":${JSON.stringify(document)},"annotations":${JSON.stringify(annotations)}}`;
}

function jsonDocument(a: Analysis, doc: ExportDocument, opts: ExportOptions, conv: (offset: number) => number): object {
  return { path: doc.path, sha256: doc.sha256, offsets: opts.offsets, referenceDate: doc.referenceDate ?? null, length: conv(a.text.length) };
}

/** `copy`: false when the object is printed at once, so it may share the annotation's unchanged attributes (a copy prints the same). */
function jsonAnnotation(x: Annotation, conv: (offset: number) => number, copy = true): object {
  const speaker = x.attributes.speaker as { start?: number; end?: number } | undefined;
  const converted = speaker?.start !== undefined;
  // Dates carry their TIMEX3 type (DATE/TIME/DURATION/SET) as an attribute too, next to value and begin/end points.
  const attributes: Record<string, unknown> = x.kind === 'date' ? { type: x.label, ...x.attributes } : copy || converted ? { ...x.attributes } : x.attributes;
  if (converted) attributes.speaker = { ...speaker, start: conv(speaker.start!), end: conv(speaker.end!) };
  return { ...x, start: conv(x.start), end: conv(x.end), attributes };
}

/** Characters per part of jsonParts(): large enough to write efficiently, small against a large article's export. */
const PART_CHARS = 1 << 20;

/**
 * The text of `JSON.stringify(toJson(…), null, 2) + '\n'`, character for character, in parts of about
 * a megabyte: each annotation is converted and printed on its own, so a large article's export is never
 * one object tree nor one string (indentation nests: an element printed alone and indented by its depth
 * is what the whole print holds; no JSON string holds a raw line break).
 */
export function jsonParts(a: Analysis, doc: ExportDocument, opts: ExportOptions): string[] {
  return [...jsonChunks(a, doc, opts)];
}

/**
 * jsonParts() one part at a time: a writer that writes each as it comes never holds the whole export.
 * `annotations`: a.annotations, or the same made one at a time (annotationsInOrder). Parts of `partChars`:
 * the pieces of a smaller part die young (a 1 MB part's are promoted, then collected by full GCs).
 */
export function* jsonChunks(a: Analysis, doc: ExportDocument, opts: ExportOptions, annotations: Iterable<Annotation> = a.annotations, partChars = PART_CHARS): Generator<string, void, undefined> {
  const conv = offsetConverter(a.text, opts.offsets);
  let part = `{\n  "schema": ${JSON.stringify(EXPORT_SCHEMA)},\n  "document": ${JSON.stringify(jsonDocument(a, doc, opts, conv), null, 2).replace(/\n/g, '\n  ')},\n  "annotations": `;
  const print = (x: Annotation) => '    ' + JSON.stringify(jsonAnnotation(x, conv, false), null, 2).replace(/\n/g, '\n    ');
  // Each annotation is printed when the next one is known (a comma) or the list has ended.
  let last: Annotation | undefined;
  for (const x of annotations) {
    if (last) {
      part += print(last) + ',\n';
      if (part.length >= partChars) { yield part; part = ''; }
    } else part += '[\n';
    last = x;
  }
  if (!last) { yield part + '[]\n}\n'; return; }
  yield part + print(last) + '\n  ]\n}\n';
}

/** brat standoff `.ann` (offsets on the copy `toBratDocument(a).txt`, see bratExport.ts). */
export function toBrat(a: Analysis): string {
  return toBratDocument(a).ann;
}

/**
 * CoNLL BIO in the ANERcorp tag set, one token per line, blank line between sentences. A token
 * starts with B- unless it continues the previous token's mention in the same sentence, so the
 * tags are valid BIO even where a sentence break cuts a mention.
 */
export function toConll(a: Analysis): string {
  return [...conllChunks(a)].join('');
}

/** toConll's text in parts of about `partChars` characters, made as they are taken (a large article's export is never one string). */
export function* conllChunks(a: Pick<Analysis, 'annotations' | 'tokens'>, partChars = 1 << 16): Generator<string, void, undefined> {
  const mentions = a.annotations.filter((x) => x.kind === 'entity').sort((p, q) => p.start - q.start);
  let part = '';
  let first = true;
  const line = (l: string) => { part += first ? l : '\n' + l; first = false; };
  let mi = 0;
  for (const sentence of splitSentences(a.tokens)) {
    let prev: Annotation | undefined;
    for (const t of sentence) {
      while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
      const m = mentions[mi] && mentions[mi].start < t.end && t.start < mentions[mi].end ? mentions[mi] : undefined;
      line(`${t.text}\t${m ? (m === prev ? 'I-' : 'B-') + BIO_NAME[m.label as EntityLabel] : 'O'}`);
      prev = m;
    }
    line('');
    if (part.length >= partChars) { yield part; part = ''; }
  }
  if (part) yield part;
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

/** `news.ar.txt` → `news.ar`: the name every export file of an article starts with. */
export function exportBase(file: string): string {
  return path.basename(file).replace(/\.txt$/i, '');
}

/** The names `render` gives its files, known before analysis so a writer can check them first. */
export function outputNames(file: string, format: ExportFormat): string[] {
  const base = exportBase(file);
  return format === 'brat' ? [`${base}.ann`, `${base}.txt`] : [`${base}.${format}`];
}

/**
 * The files one analysed article exports to in `format` (brat: the `.ann` and the copy of the
 * text it is counted on) — what the CLI writes and the editor's export command writes.
 */
export function render(a: Analysis, file: string, sha256: string, opts: ExportOptions & { format: ExportFormat }): Rendered[] {
  const [name, second] = outputNames(file, opts.format);
  const doc = { path: file, sha256, referenceDate: a.documentDate ? isoDate(a.documentDate.date) : undefined };
  switch (opts.format) {
    case 'json': return [{ name, content: JSON.stringify(toJson(a, doc, opts), null, 2) + '\n' }];
    case 'jsonl': return [{ name, content: toJsonl(a, doc, opts) }];
    case 'conll': return [{ name, content: toConll(a) }];
    case 'brat': {
      const brat = toBratDocument(a);
      return [{ name, content: brat.ann }, { name: second, content: brat.txt }];
    }
  }
}
