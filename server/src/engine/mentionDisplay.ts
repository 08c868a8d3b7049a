// How a mention reads when shown alone (hover, outline, entities view): the article's letters a preposition ل swallowed.
import { Annotation } from './analysisTypes';
import { normalizeArabic } from './normalize';

/** Letters a word may carry before the preposition ل: the conjunctions. */
const CONJUNCTIONS = new Set(['و', 'ف']);
const MARK = /\p{M}/u;
const LETTER = /\p{L}|\p{M}/u;

/**
 * The mention's text as a reader writes the name alone. After the preposition ل the article ال drops its alef
 * (ل + الولايات is written للولايات), so a span that leaves the preposition out, as every span does, opens on the
 * article's ل and reads `لولايات المتحدة`; shown alone it is `الولايات المتحدة` (before a name opening with ل the
 * article's ل goes too: للجنة is ل + اللجنة). What the article lost is written back only where the name's normalised,
 * clitic-free form (`normalized`: an annotation's attribute, an entity mention's key) opens with it — ل + لبنان, written
 * للبنان, stays `لبنان` — and only after a ل that opens its word or follows a conjunction there (وللولايات). The
 * offsets and the exported `text` stay the covered text.
 */
export function mentionDisplayText(source: string, start: number, end: number, normalized: unknown): string {
  const text = source.slice(start, end);
  if (typeof normalized !== 'string' || !normalized.startsWith('ال') || text[0] !== 'ل') return text;
  // Back over the preposition (its vowel marks too), then a conjunction: nothing else of the word may stand before it.
  let w = start;
  const back = () => { while (w > 0 && MARK.test(source[w - 1])) w--; };
  back();
  if (w < 1 || source[w - 1] !== 'ل') return text;
  w--;
  back();
  if (w > 0 && CONJUNCTIONS.has(source[w - 1])) w--;
  if (w > 0 && LETTER.test(source[w - 1])) return text;
  // What the article lost: its alef (للولايات: ل + الولايات), or its alef and ل before a name opening with ل (للجنة: ل + اللجنة).
  const first = normalizeArabic(text.split(' ', 1)[0]);
  const keyFirst = normalized.split(' ', 1)[0];
  return keyFirst === 'ا' + first ? 'ا' + text : keyFirst === 'ال' + first ? 'ال' + text : text;
}

/** The same for an annotation: a manual one, with no normalised form, reads as covered. */
export const annotationDisplayText = (source: string, x: Pick<Annotation, 'start' | 'end' | 'attributes'>): string =>
  mentionDisplayText(source, x.start, x.end, x.attributes.normalized);
