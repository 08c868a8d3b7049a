// A body's one-word name that is also a noun of feeling (حماس: zeal; أمل: hope) governing the people it belongs to is the noun.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { SPLIT_PRONOUNS } from './pronounNouns';

const B_ORG = beginTag('ORG');
/** Listed bodies named by a verbal noun of feeling (normalised). */
const FEELINGS = wordSet('حماس أمل');
/** Pronouns a construct plural carries (لاعبيها، مشجعيه), attached, longest first. */
const ATTACHED = ['هما', 'هم', 'ها', 'كم', 'نا', 'ه'];
/**
 * Plurals in construct of a movement's own people (normalised, construct ي): fighters, gunmen, supporters, envoys, members,
 * negotiators, leaders, activists, prisoners. The movement sends, urges or calls them (حثت حماس مقاتليها); zeal governs
 * players, fans and residents.
 */
const MEMBERS = wordSet('مقاتلي مسلحي مؤيدي مناصري ممثلي منتسبي محازبي مفاوضي قياديي ناشطي معتقلي أعضائي');
/** Training-text count from which the plural's bare form is a known word, not a name. */
const KNOWN = 3;

/**
 * The word at k as a masculine plural in construct, ending in ي, with or without its pronoun (أهالي، لاعبيها، لاعب ي ها),
 * when the training text knows that form: a noun of people (players, fans, residents). Not a definite word or a given name.
 */
function constructPlural(stems: readonly string[], k: number, known: (w: string) => number, given: (k: number) => boolean): boolean {
  const w = stems[k];
  if (w === undefined || w.startsWith('ال') || given(k)) return false;
  let bare = w;
  if (stems[k + 1] === 'ي' && w.length >= 3) bare = w + 'ي';
  else for (const p of ATTACHED) if (w.endsWith(p) && w.length - p.length >= 4) { bare = w.slice(0, -p.length); break; }
  // A final ه is also ة as normalised: a word the training text knows better whole than without it is a feminine noun or
  // adjective (أطلقت حماس [عملية]: عملي + ه), the movement's object, no plural with its pronoun.
  if (bare !== w && w.endsWith('ه') && known(w) >= KNOWN && known(w) >= known(bare)) return false;
  if (!bare.endsWith('ي') || bare.length < 4 || MEMBERS.has(bare)) return false;
  // A pronoun written apart after the plural (لاعبي ها) or none at all: both are the construct.
  if (bare === w && stems[k + 1] !== undefined && SPLIT_PRONOUNS.has(stems[k + 1]) && known(w) < KNOWN) return false;
  // FANE writes the ي of the construct apart too (لاعب ي): its stem counts as well.
  return known(bare) >= KNOWN || known(bare.slice(0, -1)) >= KNOWN;
}

/**
 * A one-word ORGANIZATION span that is a body named by a noun of feeling, right before a construct plural of people, is the
 * noun, no name (`وألهبت حماس لاعبيها`، `أثارت حماس أهالي المدينة`): the movement is followed by its leaders' names or by
 * a verb's object, not by a plural it governs (FANE tags the zeal O 3 times in 3). A given name after it is the
 * movement's spokesman (`حماس سامي أبو زهري`) and stays.
 */
export function dropFeelingBodies(stems: readonly string[], tags: number[], known: (w: string) => number, given: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== B_ORG || spanEnd(tags, k) !== k + 1 || !FEELINGS.has(stems[k])) continue;
    if (tags[k + 1] !== 0 || !constructPlural(stems, k + 1, known, given)) continue;
    out ??= tags.slice();
    out[k] = 0;
  }
  return out ?? tags;
}
