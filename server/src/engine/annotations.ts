// Builds the analysis's annotation list (every span with its details) and the bare spans semantic tokens need, in one order.
import type { Annotation, DateAnnotation } from './analysis';
import { DateCandidate } from './dates';
import { Entity } from './linking';
import { Quotation } from './quotations';
import { mentionOrder, MentionOrder } from './mentionOrder';
import { numberedId } from './numberedIds';

/**
 * An annotation with its kind, label and offsets only: id and text empty, confidence 0, no attributes
 * (the shape of Annotation, so the annotator's decisions apply to it as to a full one).
 */
export type SpanAnnotation = Annotation;
const NO_DETAILS: Record<string, unknown> = Object.freeze({});
const span = (kind: Annotation['kind'], label: Annotation['label'], start: number, end: number): SpanAnnotation =>
  ({ id: '', kind, label, start, end, text: '', source: 'auto', confidence: 0, attributes: NO_DETAILS });

/** Document order; of equal starts the longer first; of equal spans, entities, quotations, dates as pushed. */
const byPosition = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;

type Mention = Entity['mentions'][number];
/**
 * An annotation of these fields, with the review fields after them when `review` (the store applies the annotator's
 * decisions to it in place, decisions.ts): made in the object, not added to it, which would give each of the tens of
 * thousands of a large article a second store for them (0.8 MB at 1 M characters).
 */
function annotation(review: boolean, id: string, kind: Annotation['kind'], label: Annotation['label'], start: number, end: number, text: string, confidence: number, attributes: Record<string, unknown>): Annotation {
  return review
    ? { id, kind, label, start, end, text, source: 'auto', confidence, attributes, status: 'suggested', decisionId: undefined }
    : { id, kind, label, start, end, text, source: 'auto', confidence, attributes };
}
// Optional attributes come after the others, in the order exports print them (a spread of a conditional object costs
// more); the usual ones are in the literal (one added later gives the object a second store).
// `same`: the attributes last made for this entity, shared when this mention's are the same (see toAnnotations).
function entityAnnotation(text: string, m: Mention, e: Entity, i: number, review = false, same?: Record<string, unknown>): Annotation {
  const attributes = same !== undefined && same.normalized === m.key && (same.propagated === true) === m.propagated ? same : entityAttributes(m, e);
  return annotation(review, numberedId('m', i + 1), 'entity', e.label, m.start, m.end, text.slice(m.start, m.end), round(m.confidence), attributes);
}
function entityAttributes(m: Mention, e: Entity): Record<string, unknown> {
  const attributes: Record<string, unknown> = e.type
    ? { entityId: e.id, normalized: m.key, canonical: e.key, mentions: e.mentions.length, type: e.type }
    : { entityId: e.id, normalized: m.key, canonical: e.key, mentions: e.mentions.length };
  if (m.propagated) attributes.propagated = true;
  return attributes;
}
function quoteAnnotation(text: string, q: Quotation, i: number, review = false): Annotation {
  const content = text.slice(q.contentStart, q.contentEnd);
  const attributes: Record<string, unknown> = q.speaker ? { content, speaker: q.speaker } : { content };
  return annotation(review, numberedId('q', i + 1), 'quotation', 'QUOTE', q.start, q.end, text.slice(q.start, q.end), round(q.confidence), attributes);
}
// The resolution is the date's attributes as it is, not a copy (3,300 per analysis at 1 M characters): nothing changes an
// annotation's attributes in place (a decision's speaker is set on a copy), and the analyzer keeps resolutions frozen.
const dateAnnotation = (text: string, d: DateAnnotation, i: number, review = false): Annotation =>
  annotation(review, numberedId('d', i + 1), 'date', d.type, d.start, d.end, text.slice(d.start, d.end), 0.8, d.resolved as unknown as Record<string, unknown>);

/**
 * `review`: the annotations are made to have the annotator's decisions applied in place (applyDecisions, owned).
 * `order`: the entities' mentions in document order (mentionOrder.ts), when the caller has it. Each list is put in
 * annotation order alone (already so, or nearly: a check, or a sort that finds runs) and the three merged, as
 * annotationsInOrder() does: a sort of every annotation (300,000 at 5 M characters) took 100 ms per analysis.
 */
export function toAnnotations(text: string, entities: Entity[], quotations: Quotation[], dates: DateAnnotation[], review = false, order?: MentionOrder): Annotation[] {
  const { mentions, entity } = mentionOrder(entities, order);
  const ents = inPositionOrder(mentions);
  const quotes = inPositionOrder(quotations);
  const dated = inPositionOrder(dates);
  const out = new Array<Annotation>(mentions.length + quotations.length + dates.length);
  const spans = [mentions, quotations, dates] as const;
  const orders = [ents, quotes, dated] as const;
  const at = [0, 0, 0];
  // Per entity, the attributes its last mention's annotation got: a mention with the same form (and propagation) shares
  // them (nothing changes an annotation's attributes in place; a decision's speaker is set on a copy). About half of a
  // large article's mentions repeat a form of their entity: 0.4 MB per analysis at 1 M characters.
  const last = new Array<Record<string, unknown> | undefined>(entities.length);
  for (let k = 0; k < out.length; k++) {
    const best = nextList(spans, orders, at);
    const i = orders[best][at[best]++];
    if (best === 0) { const n = entity[i]; const a = entityAnnotation(text, mentions[i], entities[n], i, review, last[n]); last[n] = a.attributes; out[k] = a; }
    else if (best === 1) out[k] = quoteAnnotation(text, quotations[i], i, review);
    else out[k] = dateAnnotation(text, dates[i], i, review);
  }
  return out;
}

/**
 * Which of three lists, each walked in its own annotation order (`orders`, from `at`), holds the next annotation; -1 when
 * all are done. Of equal spans the earlier list: entities before quotations before dates, as the stable sort of the three
 * lists one after another gives.
 */
function nextList(spans: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>, orders: ReadonlyArray<ArrayLike<number>>, at: readonly number[]): number {
  let best = -1;
  for (let l = 0; l < 3; l++) {
    if (at[l] >= orders[l].length) continue;
    if (best < 0 || byPosition(spans[l][orders[l][at[l]]], spans[best][orders[best][at[best]]]) < 0) best = l;
  }
  return best;
}

/** The indices of `xs` in annotation order, stable (a list already in that order, the usual case, is checked, not sorted). */
function inPositionOrder(xs: ReadonlyArray<{ start: number; end: number }>): Int32Array {
  const n = xs.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) { order[i] = i; if (i && sorted && byPosition(xs[i - 1], xs[i]) > 0) sorted = false; }
  return sorted ? order : Int32Array.from(Array.from(order).sort((i, j) => byPosition(xs[i], xs[j])));
}

/**
 * toAnnotations() one at a time, in the same order, each built when taken: an export of a large
 * article never holds them all. (Each list sorted alone, then merged, entities before quotations
 * before dates on equal spans: what the stable sort of the three lists one after another gives.)
 */
export function* annotationsInOrder(text: string, entities: Entity[], quotations: Quotation[], dates: DateAnnotation[]): Generator<Annotation, void, undefined> {
  const { mentions, entity } = mentionOrder(entities);
  // Per list, its indices in annotation order (numbers: a few bytes an item, not an object).
  const spans = [mentions, quotations, dates] as const;
  const orders = spans.map(inPositionOrder);
  const at = [0, 0, 0];
  for (;;) {
    const best = nextList(spans, orders, at);
    if (best < 0) return;
    const i = orders[best][at[best]++];
    if (best === 0) yield entityAnnotation(text, mentions[i], entities[entity[i]], i);
    else if (best === 1) yield quoteAnnotation(text, quotations[i], i);
    else yield dateAnnotation(text, dates[i], i);
  }
}

/** The spans toAnnotations() gives for the same entities, quotations and dates, in the same order. */
export function toSpans(entities: Entity[], quotations: Array<{ start: number; end: number }>, dates: DateCandidate[]): SpanAnnotation[] {
  const { mentions, entity } = mentionOrder(entities);
  return spansInOrder(mentions.map((m, i) => ({ label: entities[entity[i]].label, start: m.start, end: m.end })), quotations, dates);
}

/**
 * Spans from entity mentions already in mentionOrder() order, quotations and dates (each in document order). Three lists
 * each in annotation order already (the usual case: checked) are merged, not sorted: the stable sort of them one after
 * another gives that merge, and sorting the 30,000 spans of a quote-dense 1 M article was most of an edit's spans.
 */
export function spansInOrder(mentions: ReadonlyArray<{ label: Annotation['label']; start: number; end: number }>, quotations: ReadonlyArray<{ start: number; end: number }>, dates: ReadonlyArray<{ type: DateCandidate['type']; start: number; end: number }>): SpanAnnotation[] {
  const out: SpanAnnotation[] = [];
  if (!inOrder(mentions) || !inOrder(quotations) || !inOrder(dates)) {
    for (const m of mentions) out.push(span('entity', m.label, m.start, m.end));
    for (const q of quotations) out.push(span('quotation', 'QUOTE', q.start, q.end));
    for (const d of dates) out.push(span('date', d.type, d.start, d.end));
    return out.sort(byPosition);
  }
  let e = 0, q = 0, d = 0;
  // Of equal spans the earlier list first: an entity before a quotation, a quotation before a date.
  for (;;) {
    let from = -1;
    let next: { start: number; end: number } | undefined;
    if (e < mentions.length) { from = 0; next = mentions[e]; }
    if (q < quotations.length && (!next || byPosition(quotations[q], next) < 0)) { from = 1; next = quotations[q]; }
    if (d < dates.length && (!next || byPosition(dates[d], next) < 0)) from = 2;
    if (from < 0) break;
    if (from === 0) { const m = mentions[e++]; out.push(span('entity', m.label, m.start, m.end)); }
    else if (from === 1) { const x = quotations[q++]; out.push(span('quotation', 'QUOTE', x.start, x.end)); }
    else { const x = dates[d++]; out.push(span('date', x.type, x.start, x.end)); }
  }
  return out;
}

/** Whether a list is in annotation order (of equal starts the longer first). */
function inOrder(xs: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let i = 1; i < xs.length; i++) if (byPosition(xs[i - 1], xs[i]) > 0) return false;
  return true;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
