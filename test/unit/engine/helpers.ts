// Shared test setup: one analyzer over the shipped model, and span lookup by text.
import { Analysis, Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';

export const analyzer = new Analyzer(loadDefaultModel());

export function analyze(text: string, referenceDate?: string): Analysis {
  const [y, m, d] = (referenceDate ?? '').split('-').map(Number);
  return analyzer.analyze(text, referenceDate ? { referenceDate: { date: { year: y, month: m, day: d }, source: 'test' } } : {});
}

export function find(a: Analysis, text: string, kind?: Annotation['kind']): Annotation | undefined {
  return a.annotations.find((x) => x.text === text && (!kind || x.kind === kind));
}

/** Every entity the analysis finds in `text` as `LABEL text`, in text order. */
export const entityLines = (text: string): string[] => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
