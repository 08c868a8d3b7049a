// A drug or app the article names once after its head (دواء ريمديسيفير) and then bare: the bare word is the product, not a person.
import type { Entity, LinkedMention } from './linking';
import { wordSet } from './wordSets';
import { MentionTokens, personCued } from './stormRepeats';

/**
 * Heads whose next word is the product itself, never its maker or a person (nameRules' drug and app heads, normalised):
 * a vaccine or drug (لقاح، عقار، دواء) and an app (تطبيق). Not a program, model, assistant or service (مساعد الوزيرة
 * names a person), nor a plural head (أدوية مثل …: a list, not one name).
 */
const PRODUCT_HEADS = wordSet('لقاح اللقاح عقار العقار دواء الدواء تطبيق التطبيق');
/** One proclitic before a head: بلقاح، لعقار، ودواء. */
const CLITIC = /^[وفبل]/;
/** Words rarer than this in the training text can be a product's name (nameRules' RARE): a listed given name is not one. */
const RARE = 3;

/** The mention's paragraph token right before it is a product head (bare, or behind one proclitic). */
function afterProductHead(m: LinkedMention, tokensOf: MentionTokens): boolean {
  const tokens = tokensOf(m);
  const at = tokens?.[m.firstToken];
  if (!tokens || !at || m.firstToken === 0 || at.start > m.start || m.start >= at.end) return false;
  const head = tokens[m.firstToken - 1];
  if (head.kind !== 'word') return false;
  return PRODUCT_HEADS.has(head.norm) || (CLITIC.test(head.norm) && PRODUCT_HEADS.has(head.norm.slice(1)));
}

/**
 * Relabels, in place, a person entity keyed by one rare word that the article names at least once right after a drug's,
 * vaccine's or app's head: the article's vote read the bare repeats (إن ريمديسيفير " يقصر … "، أجازت ريمديسيفير) as a
 * person by their shape and outvoted the one mention that says what the word names (لإنتاج دواء ريمديسيفير). Only an
 * entity whose every mention is that one word, none after a verb of saying or a title (a person speaking or named by
 * a role); `count` is the word's training-text count (a name the tagger has met stays a person: عقار محمد).
 */
export function relabelProductRepeats(entities: Entity[], tokensOf: MentionTokens, count: (norm: string) => number): void {
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.key.includes(' ') || e.mentions.length < 2 || count(e.key) >= RARE) continue;
    if (!e.mentions.every((m) => m.lastToken - m.firstToken === 1)) continue;
    if (!e.mentions.some((m) => afterProductHead(m, tokensOf)) || e.mentions.some((m) => personCued(m, tokensOf))) continue;
    e.label = 'MISC';
    for (const m of e.mentions) m.label = 'MISC';
  }
}
