// A place the article names with a place's cue (مدينة X، a dateline) is a place again after a preposition, though its name is a common word.
import type { Entity, LinkedMention } from './linking';
import type { MentionTokens } from './stormRepeats';
import type { Token } from './tokenize';
import { WELL_KNOWN } from './repeatSlots';
import { PREPOSITIONS, PRONOUN_PREPOSITION, wordSet as set } from './wordSets';

/**
 * Nouns of a settlement or a district, and the people living there, before a one-word place the tagger read (`بلدة [جوهر]`،
 * `ولاية [الجزيرة]`، `سكان [العمارة]`): the name is a place's, whatever else the word means.
 */
const PLACE_HEADS = set('مدينة محافظة ولاية بلدة قرية قضاء ناحية أهالي سكان');
/** The dateline's break after the place that opens a paragraph (`أكرا - ( رويترز )`، `كان ( رويترز )`). */
const DATELINE_BREAKS = new Set(['-', '(']);
/** The son/daughter of a name: a word before it is a person's (الزبير بن العوام). */
const LINEAGE = set('بن ابن بنت');
/**
 * Particles that stand before a verb (قد، لن، لم، سوف): after one the word was a verb (`من كان قد`، `حتى كان قد عرض`).
 */
const VERB_PARTICLES = set('قد لقد سوف لن لم');
/** Months spelt with the imperfect's ي: a date after a place (`في كان يونيو`) is no verb. */
const Y_MONTHS = set('يناير يونيو يوليو');
/** This/that after the word and no definite noun after them: the word was a noun (`من الزاوية هذه تحديدا`, not `في كان هذا العام`). */
const DEMONSTRATIVES = set('هذه هذا ذلك تلك');
/**
 * Whether the word after the name makes the name a verb: an imperfect verb (`من كان يريد`، not a month nor a short word like
 * يوم), a perfect verb's plural (`من الخمس أصيبوا`), a verb's particle (`كان قد`) or a preposition with a pronoun (`من كان له`).
 */
function verbal(next: Token): boolean {
  const w = next.norm;
  if (VERB_PARTICLES.has(w) || PRONOUN_PREPOSITION.test(w)) return true;
  if (w.length >= 4 && w.startsWith('ي') && !Y_MONTHS.has(w)) return true;
  return w.length >= 4 && w.endsWith('وا');
}

/** At most this many cued places are looked for, and this many repeats added, per analysis (bounds the paragraph scan). */
const MAX_CUED = 32;
const MAX_ADDED = 256;
/** At most this many words after a preposition are checked against the article's mentions. */
const MAX_CHECKED = 2048;
/** At most this many of the article's place mentions are read for a cue (each finds its paragraph's tokens). */
const MAX_CUE_READS = 256;

/** An article's paragraphs: how many, and the tokens of one (a caller without them tokenises on demand). */
export interface ParagraphSource {
  count: number;
  /** The paragraph's normalised text may hold one of `words` (false only where it cannot: a cheap test before tokenising). */
  mayHold: (i: number, words: readonly string[]) => boolean;
  tokens: (i: number) => ReadonlyArray<Token>;
}

/** Whether the tagger's one-word mention stands after a place's head noun, or opens its paragraph as a dateline. */
function cued(m: LinkedMention, tokens: ReadonlyArray<Token>): boolean {
  const k = m.firstToken;
  if (k > 0) return PLACE_HEADS.has(tokens[k - 1].norm);
  const next = tokens[1];
  return next !== undefined && DATELINE_BREAKS.has(next.text);
}

/** Whether any mention of the article overlaps [start, end). */
const coveredBy = (spans: ReadonlyArray<LinkedMention>, start: number, end: number) => spans.some((m) => m.start < end && start < m.end);

/**
 * A one-word place whose name the training text knows well as a word (جوهر a gem، الجزيرة the island، كان "was": at least
 * WELL_KNOWN times, where document consistency leaves its untagged repeats alone), which the tagger read as a place once
 * after a settlement's head noun or its people (`بلدة [جوهر]`، `أهالي [العمارة]`) or in a dateline (`[أكرا] - ( رويترز )`),
 * is the same place where it stands bare right after a preposition (`سحبت موظفيها من [جوهر] مؤقتا`، `القمة المقبلة في
 * [أكرا]`). Not before a definite word (its adjective or genitive: في الدورة السابقة، إلى الشعب الفلسطيني), nor before بن
 * (الزبير بن العوام), nor inside or right before another mention (على ود مدني). Gold first: a word the article so cues
 * is a lone place after a preposition 579 times in the four training corpora (within 50 sentences), O 6, another label 8,
 * the first word of a longer place 16; on the read sets the tagger left 5 such places untagged (4 found here) and 8 other
 * words (none taken: two letters, a compass word as the cue, a glued ل, a definite word after).
 * Both the full analysis and an open document run it on their grouped entities, after the relabels.
 */
export function spreadCuedPlaces(entities: Entity[], tokensOf: MentionTokens, paragraphs: ParagraphSource, count: (norm: string) => number): void {
  const places = new Map<string, Entity>();
  let reads = 0;
  for (const e of entities) {
    if (places.size >= MAX_CUED || reads >= MAX_CUE_READS) break;
    if (e.label !== 'LOCATION' || e.key.includes(' ') || e.key.length < 3 || count(e.key) < WELL_KNOWN) continue;
    for (const m of e.mentions) {
      if (m.propagated || m.lastToken - m.firstToken !== 1 || m.key !== e.key) continue;
      if (reads++ >= MAX_CUE_READS) break;
      const tokens = tokensOf(m);
      if (tokens && cued(m, tokens)) { places.set(e.key, e); break; }
    }
  }
  if (places.size === 0) return;
  const words = [...places.keys()];
  const spans: LinkedMention[] = [];
  for (const e of entities) for (const m of e.mentions) spans.push(m);
  const found: Array<{ e: Entity; t: Token; k: number }> = [];
  let checked = 0;
  for (let i = 0; i < paragraphs.count && found.length < MAX_ADDED && checked < MAX_CHECKED; i++) {
    if (!paragraphs.mayHold(i, words)) continue;
    const tokens = paragraphs.tokens(i);
    for (let k = 1; k < tokens.length && found.length < MAX_ADDED && checked < MAX_CHECKED; k++) {
      const t = tokens[k];
      const e = t.kind === 'word' ? places.get(t.norm) : undefined;
      if (!e || !PREPOSITIONS.has(tokens[k - 1].norm)) continue;
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && (next.norm.startsWith('ال') || LINEAGE.has(next.norm) || verbal(next))) continue;
      const after = tokens[k + 2];
      if (next && DEMONSTRATIVES.has(next.norm) && !(after && after.norm.startsWith('ال'))) continue;
      if (checked++, coveredBy(spans, t.start, next ? next.end : t.end)) continue;
      found.push({ e, t, k });
    }
  }
  for (const { e, t, k } of found) {
    const m: LinkedMention = { label: e.label, start: t.start, end: t.end, key: t.norm, confidence: 0.5, firstToken: k, lastToken: k + 1, entityId: e.id, propagated: true };
    let at = e.mentions.length;
    while (at > 0 && e.mentions[at - 1].start > m.start) at--;
    e.mentions.splice(at, 0, m);
  }
}
