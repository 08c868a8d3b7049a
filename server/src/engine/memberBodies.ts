// A listed movement named by its head and one word (تنظيم القاعدة، حركة فتح) is that word alone after its members or leader (مسلحي القاعدة).
import { beginTag } from './tagger';
import { wordSet } from './wordSets';
import { ORG_LIST } from './nameMarks';

const B_ORG = beginTag('ORG');
/** Heads the lists name movements with (normalised); not حزب, whose `حزب الله` leaves a word that is no name alone. */
const MOVEMENT_HEADS = [...wordSet('تنظيم حركة جماعة')];
/**
 * Nouns of an armed or political movement's members, cells and leaders, normalised and clitic-free: in construct before
 * the movement's name without its head they name it (زعيم القاعدة، مسلحي الشباب، أنصار فتح).
 */
const MEMBERS = wordSet(`زعيم زعماء قائد قادة أمير مسلحي مسلحو مسلحين عناصر مقاتلي مقاتلو مقاتلين متشددي متشددو أنصار مناصري
  مؤيدي أتباع خلية خلايا معاقل معقل نشطاء ناشطي`);

/**
 * A word the tagger left O after a member or leader noun, which with a movement head before it is a listed organisation
 * (`تنظيم القاعدة`، `حركة فتح`، `حركة الشباب`), is that movement: ORGANIZATION alone, the member noun outside (مسلحي
 * [القاعدة]، عناصر [فتح]). Such names are common words (القاعدة the base, فتح an opening), so the tagger and the one-word
 * list marks leave them; after these nouns they are the movement.
 */
export function tagMemberBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], listsOf: (w: string) => string | undefined): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || prefixes[k] || tags[k - 1] !== 0 || !MEMBERS.has(stems[k - 1])) continue;
    if (!MOVEMENT_HEADS.some((h) => ORG_LIST.test(listsOf(`${h} ${stems[k]}`) ?? ''))) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}
