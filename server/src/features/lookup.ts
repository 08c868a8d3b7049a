// Finds the annotations under an offset in an analysis (innermost first).
import { Analysis, Annotation } from '../engine/analysis';

export function annotationsAt(a: Analysis, offset: number): Annotation[] {
  return a.annotations.filter((x) => x.start <= offset && offset < x.end || (x.end === offset && x.start < offset))
    .sort((p, q) => (p.end - p.start) - (q.end - q.start));
}
