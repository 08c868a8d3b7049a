// Reads one annotator's work on an article — a sidecar or a JSON export — as spans in UTF-16 offsets, with the article's text.
import * as fs from 'fs';
import * as path from 'path';
import { AgreementSpan } from '../engine/agreement';
import { EXPORT_SCHEMA } from '../engine/exporters';
import { parseSidecar, SIDECAR_SCHEMA } from '../engine/sidecarSchema';
import { readArticle } from './readArticle';

/** `unanchored`: spans left out because the given text no longer holds their words at their offsets. */
export interface AnnotatorFile { article: string; text: string; spans: AgreementSpan[]; unanchored: number }

export const SIDECAR_SUFFIX = '.annotations.json';

/** Code-point offset → UTF-16 offset for `text` (exports count code points by default). */
function codePointsToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[Math.min(Math.max(cp, 0), map.length - 1)];
}

/** The export's `document.path` as written (relative to the working folder) or relative to the export's own folder. */
function findArticle(file: string, docPath: string): string {
  const candidates = path.isAbsolute(docPath) ? [docPath] : [docPath, path.join(path.dirname(file), docPath), path.join(path.dirname(file), path.basename(docPath))];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

/**
 * A sidecar gives the annotator's accepted and manual spans (suggestions never reviewed are not
 * their judgement; rejected and orphaned ones are out). An export gives every annotation it holds
 * except rejected ones, with date values and speakers from its attributes. With `text` (the article as open
 * in the editor, maybe with unsaved edits) the article beside the file is not read: a colleague may send
 * only their sidecar. Spans whose recorded words are not at their offsets in that text are then left out.
 */
export function readAnnotatorFile(file: string, given?: { text: string }): AnnotatorFile {
  let unanchored = 0;
  const anchored = (text: string, s: { start: number; end: number }, words: unknown) => {
    const ok = !given || typeof words !== 'string' || text.slice(s.start, s.end) === words;
    if (!ok) unanchored++;
    return ok;
  };
  const raw = fs.readFileSync(file, 'utf8');
  let schema: unknown;
  try { schema = (JSON.parse(raw) as { schema?: unknown }).schema; } catch (e) { throw new Error(`not JSON: ${(e as Error).message.split('\n')[0]}`); }
  if (schema === SIDECAR_SCHEMA) {
    const sidecar = parseSidecar(raw);
    const article = file.endsWith(SIDECAR_SUFFIX) ? file.slice(0, -SIDECAR_SUFFIX.length) : path.join(path.dirname(file), sidecar.document.path);
    const text = given?.text ?? readArticle(article).text;
    const spans = sidecar.decisions.filter((d) => (d.status === 'accepted' || d.status === 'manual') && anchored(text, d, d.text)).map((d) => ({
      label: d.label, start: d.start, end: d.end, ...(d.speaker ? { speaker: { start: d.speaker.start, end: d.speaker.end, text: d.speaker.text } } : {}),
    }));
    return { article, text, spans, unanchored };
  }
  if (schema === EXPORT_SCHEMA) {
    const doc = JSON.parse(raw) as { document: { path: string; offsets?: string }; annotations: Array<{ label: string; start: number; end: number; text?: string; status?: string; attributes?: Record<string, unknown> }> };
    const article = findArticle(file, doc.document.path);
    const text = given?.text ?? readArticle(article).text;
    const conv = doc.document.offsets === 'utf16' ? (x: number) => x : codePointsToUtf16(text);
    const spans = doc.annotations.filter((x) => x.status !== 'rejected' && anchored(text, { start: conv(x.start), end: conv(x.end) }, x.text)).map((x) => {
      const speaker = x.attributes?.speaker as { start?: number; end?: number; text?: string } | undefined;
      const value = x.attributes?.value;
      return {
        label: x.label, start: conv(x.start), end: conv(x.end),
        ...(speaker?.start !== undefined && speaker.end !== undefined ? { speaker: { start: conv(speaker.start), end: conv(speaker.end), text: speaker.text ?? '' } } : {}),
        ...(typeof value === 'string' ? { value } : {}),
      };
    });
    return { article, text, spans, unanchored };
  }
  throw new Error(`neither a sidecar (${SIDECAR_SCHEMA}) nor a JSON export (${EXPORT_SCHEMA})`);
}

/** Annotator files under `dir` (sidecars and JSON exports), relative to it, sorted. */
export function listAnnotatorFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.json') && !f.split(path.sep).some((p) => p.startsWith('.')))
    .sort();
}
