// Entities as the annotator sees them: the tagger's entities minus rejected mentions, plus manual spans.
import { Analysis, Annotation } from '../engine/analysis';
import { normalizeArabic } from '../engine/normalize';

export interface VisibleEntity {
  /** The tagger's entity id, or `manual:<normalised text>` for manual spans. */
  id: string;
  key: string;
  label: string;
  mentions: Annotation[];
}

/** Groups the entity annotations of the (review-merged) analysis; outline, references and the view all use this. */
export function visibleEntities(a: Analysis): VisibleEntity[] {
  const byId = new Map<string, VisibleEntity>();
  for (const x of a.annotations) {
    if (x.kind !== 'entity') continue;
    const auto = typeof x.attributes.entityId === 'string' ? x.attributes.entityId : undefined;
    const key = auto ? String(x.attributes.canonical ?? x.attributes.normalized ?? x.text) : normalizeArabic(x.text);
    const id = auto ?? `manual:${x.label}:${key}`;
    let e = byId.get(id);
    if (!e) { e = { id, key, label: x.label, mentions: [] }; byId.set(id, e); }
    e.mentions.push(x);
  }
  return [...byId.values()];
}

export function entityOf(a: Analysis, x: Annotation): VisibleEntity | undefined {
  return visibleEntities(a).find((e) => e.mentions.includes(x));
}
