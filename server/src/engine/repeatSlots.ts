// Where a repeat of a known one-word name cannot be that name: document consistency asks before it spreads a label.
import { Lexicon } from './clitics';
import { ParagraphTags } from './entities';
import { EntityLabel } from './tagger';

/** A definite nisba adjective, optionally after و (normalised): العربي، والأوروبية، المصري. */
const DEFINITE_NISBA = /^ال.{2,}(ي|يه)$/;
/**
 * Training-text count from which a word, as written, is one the tagger knows well: where it left such a word O, its
 * reading stands (حركة [الأرض] حول الشمس, الشعب, المصري), whatever another sentence of the document made of it.
 */
const WELL_KNOWN = 100;

/** Whether a word, as written (normalised, clitics included), is common in the training text. */
export const commonWord = (lex: Lexicon) => (norm: string): boolean => lex.freq(norm) >= WELL_KNOWN;

/**
 * Token i, a definite nisba (alone or after و) right after a definite word no mention covers, is that word's adjective
 * (العالم [العربي]، الشعر [العربي] الحديث، البلدان الآسيوية [والأوروبية]), not a repeat of the magazine «العربي» or the
 * agency «الأوروبية» found elsewhere in the document.
 */
export function adjectiveSlot(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array): boolean {
  if (i === 0 || (p.prefixes[i] && p.prefixes[i] !== 'و') || !DEFINITE_NISBA.test(p.stems[i])) return false;
  const before = p.tokens[i - 1];
  return before.kind === 'word' && !covered[i - 1] && p.stems[i - 1].startsWith('ال') && p.stems[i - 1].length > 3;
}

/**
 * Whether document consistency leaves token i alone although its word is a known name's key: a common word the tagger
 * left O here (not for organisations, whose names are often common words the tagger misses: الأهلي، الوفاق، العربي as
 * a subject), or (not for persons) an adjective after a noun. `common`: commonWord over the model's lexicon.
 */
export function noRepeatAt(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array, label: EntityLabel,
  common: (norm: string) => boolean): boolean {
  return (label !== 'ORGANIZATION' && common(p.tokens[i].norm)) || (label !== 'PERSON' && adjectiveSlot(p, i, covered));
}
