// A body's short name coordinated with another body (بين [فتح] وحماس، توتال [وشل]): the name the lists hold after its head.
import { beginTag as B, insideTag as I } from './tagger';
import { ORG_LIST } from './nameMarks';
import { wordSet } from './wordSets';
import { PREPOSITIONS } from './speakerName';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/** Heads whose listed name may stand alone (حركة فتح → فتح، شركة شل → شل), normalised. */
const SHORTENED_HEADS = [...wordSet('حركة حزب جماعة منظمة شركة جبهة تيار مجموعة')];

/**
 * A word the tagger left O right before `و` and a body (بين [فتح] وحماس، اتفقت [أمل] وحزب الله), or after a body with its
 * `و` (حماس [وفتح]، توتال [وشل]), is a body when the lists hold it after a body's head (حركة فتح، حركة أمل، شركة
 * شل): news names a body so in a list of bodies, while the word alone is a common one (فتح open, أمل hope, شل paralysis)
 * that the lists leave out. Not a word followed by a definite noun it governs (فتح المعابر). `lists(w)`: the gazetteer's
 * categories for the normalised phrase w.
 */
export function tagShortNameConjuncts(stems: readonly string[], prefixes: readonly string[], tags: number[],
  isWord: (k: number) => boolean, lists: (w: string) => string | undefined): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const shortName = (k: number) => isWord(k) && out[k] === 0 && stems[k].length >= 2 && !stems[k].startsWith('ال') &&
    !(k + 1 < n && !prefixes[k + 1] && stems[k + 1].startsWith('ال')) &&
    SHORTENED_HEADS.some((h) => ORG_LIST.test(lists(`${h} ${stems[k]}`) ?? ''));
  const bodyEnds = (k: number) => k >= 0 && (out[k] === B_ORG || out[k] === I_ORG) && (k + 1 >= n || out[k + 1] !== I_ORG);
  // After a body, و and the word may open a clause whose verb it is, its object an indefinite noun that a definite noun or a
  // preposition follows (بمحاسبة وزارة المالية [وفتح] تحقيق في الصفقة، [وفتح] ملف التسرب). Not a verb of the two bodies
  // (وفتح تتبادلان الاتهامات، اتفقتا على), a particle (وفتح إن الحوار، خلال اللقاء) nor a time word with no such complement
  // (وفتح مساء أمس).
  const governs = (k: number) => k + 2 < n && out[k + 1] === 0 && !prefixes[k + 1] && isWord(k + 1) && stems[k + 1].length >= 3 && !stems[k + 1].startsWith('ال') &&
    !PREPOSITIONS.has(stems[k + 1]) && !/^[يت].*(ان|ون)$|(وا|تا)$/.test(stems[k + 1]) && (stems[k + 2].startsWith('ال') || PREPOSITIONS.has(stems[k + 2]));
  for (let k = 0; k < n; k++) {
    // و on the next word, or its own token as the FANE corpora write it (بين فتح و حماس).
    const before = ((k + 1 < n && prefixes[k + 1] === 'و' && out[k + 1] === B_ORG) || (k + 2 < n && stems[k + 1] === 'و' && out[k + 2] === B_ORG)) &&
      (prefixes[k] === '' || prefixes[k] === 'و' || prefixes[k] === 'ب' || prefixes[k] === 'ل');
    const after = ((prefixes[k] === 'و' && bodyEnds(k - 1)) || (!prefixes[k] && k >= 2 && stems[k - 1] === 'و' && bodyEnds(k - 2))) && !governs(k);
    if ((before || after) && shortName(k)) {
      if (out === tags) out = tags.slice();
      out[k] = B_ORG;
    }
  }
  return out;
}
