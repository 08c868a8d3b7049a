// Where a repeat of a known one-word name cannot be that name: document consistency asks before it spreads a label.
import { ParagraphTags } from './entities';

/** A nisba adjective, definite (normalised): العربي، الأوروبية، المصري. */
const DEFINITE_NISBA = /^ال.{2,}(ي|يه)$/;

/**
 * Token i, a definite nisba without a clitic right after a definite word no mention covers, is that word's adjective
 * (العالم [العربي]، الشعر [العربي] الحديث، المنتخب [المصري]), not a repeat of the magazine «العربي» or the club «المصري»
 * found elsewhere in the document.
 */
export function adjectiveSlot(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array): boolean {
  if (i === 0 || p.prefixes[i] || !DEFINITE_NISBA.test(p.stems[i])) return false;
  const before = p.tokens[i - 1];
  return before.kind === 'word' && !covered[i - 1] && p.stems[i - 1].startsWith('ال') && p.stems[i - 1].length > 3;
}
