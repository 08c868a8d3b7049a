// Reads annotations back from our JSON export or a brat .ann file, as UTF-16 spans checked against the text.
import { AnnotationKind, AnnotationLabel, LABEL_KIND } from './analysis';
import { universalNewlines } from './lineEnds';
import { OffsetConvention } from './offsets';

export interface ImportedSpan { start: number; end: number; kind: AnnotationKind; label: AnnotationLabel }
export interface ImportResult { spans: ImportedSpan[]; problems: string[] }

/** Maps offsets in `convention` to UTF-16 offsets of `text`. */
function toUtf16(text: string, convention: OffsetConvention): (x: number) => number {
  if (convention === 'utf16') return (x) => x;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) { table.push(u); u += ch.length; }
  table.push(u);
  return (x) => (x >= 0 && x < table.length ? table[x] : -1);
}

function check(text: string, span: ImportedSpan, expected: string | undefined, where: string, out: ImportResult): void {
  if (span.start < 0 || span.end > text.length || span.end <= span.start) { out.problems.push(`${where}: offsets outside the document`); return; }
  if (expected !== undefined && text.slice(span.start, span.end).replace(/\n/g, ' ') !== expected.replace(/\n/g, ' ')) {
    out.problems.push(`${where}: the text at ${span.start}-${span.end} is not “${expected}”`);
    return;
  }
  out.spans.push(span);
}

/** Our JSON export (`arabic-news-annotator/annotations@1`), in whichever offset convention it states. */
export function importJson(content: string, text: string): ImportResult {
  const out: ImportResult = { spans: [], problems: [] };
  let data: { schema?: unknown; document?: { offsets?: OffsetConvention }; annotations?: unknown };
  try { data = JSON.parse(content); } catch (e) { return { spans: [], problems: [`not valid JSON: ${(e as Error).message}`] }; }
  if (typeof data !== 'object' || data === null || typeof data.schema !== 'string' || !data.schema.startsWith('arabic-news-annotator/annotations@')) {
    return { spans: [], problems: ['not an Arabic News Annotator JSON export (no "schema")'] };
  }
  if (data.annotations !== undefined && !Array.isArray(data.annotations)) return { spans: [], problems: ['"annotations" is not a list'] };
  const conv = toUtf16(text, data.document?.offsets === 'utf16' ? 'utf16' : 'codepoint');
  // A hand-edited or foreign file: an entry that is not an object, or whose offsets are not whole numbers, is skipped with
  // its reason; it made the store refuse the whole import ("the annotation has bad offsets undefined-undefined").
  for (const [i, entry] of ((data.annotations ?? []) as unknown[]).entries()) {
    const a = (typeof entry === 'object' && entry !== null ? entry : {}) as { id?: unknown; label?: unknown; start?: unknown; end?: unknown; text?: unknown };
    const where = typeof a.id === 'string' ? a.id : `annotation ${i + 1}`;
    const kind = typeof a.label === 'string' ? LABEL_KIND[a.label as AnnotationLabel] : undefined;
    if (!kind) { out.problems.push(`${where}: unknown label ${String(a.label)}`); continue; }
    if (!Number.isSafeInteger(a.start) || !Number.isSafeInteger(a.end)) { out.problems.push(`${where}: offsets are not whole numbers`); continue; }
    check(text, { start: conv(a.start as number), end: conv(a.end as number), kind, label: a.label as AnnotationLabel }, typeof a.text === 'string' ? a.text : undefined, where, out);
  }
  return out;
}

/**
 * brat standoff: `T` lines (fragments joined to one span); other lines are skipped. brat counts code
 * points of the text as it reads it (no BOM, CRLF and CR as LF), so offsets are read on that view
 * and mapped back to `text`.
 */
export function importBrat(content: string, text: string): ImportResult {
  const out: ImportResult = { spans: [], problems: [] };
  const view = universalNewlines(text);
  const conv = toUtf16(view.text, 'codepoint');
  content.split(/\r\n?|\n/).forEach((line, i) => {
    if (!line.startsWith('T')) return;
    const [id, spec, ...tail] = line.split('\t');
    const covered = tail.join('\t');
    const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)\s*$/.exec(spec ?? '');
    if (!m) { out.problems.push(`line ${i + 1}: cannot read "${line}"`); return; }
    const kind = LABEL_KIND[m[1] as AnnotationLabel];
    if (!kind) { out.problems.push(`${id}: unknown label ${m[1]}`); return; }
    const frags = m[2].split(';').map((f) => f.split(' ').map((x) => conv(Number(x))));
    if (frags.some(([s, e]) => s < 0 || e < s)) { out.problems.push(`${id}: offsets outside the document`); return; }
    // brat's own check: the text column is the fragments' text joined by one space.
    const expected = frags.map(([s, e]) => view.text.slice(s, e)).join(' ');
    if (covered !== '' && covered.trimEnd() !== expected) { out.problems.push(`${id}: the text at ${m[2]} is not “${covered}”`); return; }
    const span = { start: view.toOriginal(frags[0][0]), end: view.toOriginal(frags[frags.length - 1][1]), kind, label: m[1] as AnnotationLabel };
    check(text, span, undefined, id, out);
  });
  return out;
}
