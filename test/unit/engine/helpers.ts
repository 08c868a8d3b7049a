// Shared test setup: one analyzer over the shipped model, and span lookup by text.
import { Analysis, Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { TAGS } from '../../../server/src/engine/tagger';

export const analyzer = new Analyzer(loadDefaultModel());

/**
 * An article open in an editor: `edit` tells the analyzer of each change as the server does (noteEdit, then a new version),
 * `analyze` reads the current version, so a test compares the incremental path with a fresh analysis of the same text.
 */
export function openDocument(open: Analyzer, uri: string, initial: string) {
  let text = initial;
  let version = 1;
  open.analyze(text, { document: uri, version });
  return {
    get text(): string { return text; },
    edit(from: number, to: number, insert: string): void {
      open.noteEdit(uri, from, to, insert.length, text.length, { before: version, after: version + 1 });
      text = text.slice(0, from) + insert + text.slice(to);
      version++;
    },
    analyze: (): Analysis => open.analyze(text, { document: uri, version }),
  };
}

export function analyze(text: string, referenceDate?: string): Analysis {
  const [y, m, d] = (referenceDate ?? '').split('-').map(Number);
  return analyzer.analyze(text, referenceDate ? { referenceDate: { date: { year: y, month: m, day: d }, source: 'test' } } : {});
}

export function find(a: Analysis, text: string, kind?: Annotation['kind']): Annotation | undefined {
  return a.annotations.find((x) => x.text === text && (!kind || x.kind === kind));
}

/** Every entity the analysis finds in `text` as `LABEL text`, in text order. */
export const entityLines = (text: string): string[] => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);

/** The texts of an analysis's entities of one label (`PERSON`, `LOCATION`…), in text order. */
export const textsOf = (a: Analysis, label: string): string[] => a.annotations.filter((x) => x.kind === 'entity' && x.label === label).map((x) => x.text);

/** The texts of the entities of one label the analysis finds in `text`, in text order. */
export const labelTexts = (text: string, label: string): string[] => textsOf(analyze(text), label);

/** Tag numbers by name (`'B-PERS'`, `'O'`), for rule passes tested on tag arrays. */
export const tagNumbers = (...names: string[]): number[] => names.map((n) => TAGS.indexOf(n));

/** Tag names of a pass's output, for readable assertions. */
export const tagNames = (t: number[]): string[] => t.map((x) => TAGS[x]);

/** The date expressions found in `text` (the document dated `ref`), as written. */
export const dateSpans = (text: string, ref: string): string[] => analyze(text, ref).annotations.filter((a) => a.kind === 'date').map((a) => a.text);

/** The label and value of the date expression `expr` in `text`; fails naming every date found when there is none. */
export function dateValue(text: string, expr: string, ref: string): { label: string; value: string } {
  const x = find(analyze(text, ref), expr, 'date');
  if (!x) throw new Error(`no date "${expr}" in "${text}": ${dateSpans(text, ref).join(' | ')}`);
  return { label: x.label, value: (x.attributes as { value: string }).value };
}

/** A quotation as the speaker tests read it. */
export type Quotation = { text: string; attributes: Record<string, unknown> };
/** The quotations found in `text`, in order. */
export const quotationsIn = (text: string): Quotation[] => analyze(text).annotations.filter((x) => x.kind === 'quotation');
/** The speaker a quotation was given (text, and how it was found), if any. */
export const speakerOf = (q: Quotation | undefined) => q?.attributes.speaker as { text: string; via?: string } | undefined;
