// A facility's MISC span run on into ب + a listed place (جامع الأزهر [بالقاهرة]) ends before it: the place is where it stands.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { Token } from './tokenize';

const B_MISC = beginTag('MISC');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/**
 * Cuts a MISC span of three words or more at a word after its second that is ب + a place the lists hold, alone or with the
 * span's words after it (`مسجد الحسن الثاني [بالدار البيضاء]`): a name is not joined to its place by a preposition. The
 * place becomes a LOCATION.
 */
export function cutMiscAtPlaces(sentence: Token[], tags: number[], isPlaceWord: (w: string) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_MISC) continue;
    const e = spanEnd(tags, b);
    for (let k = b + 2; k < e; k++) {
      const norm = sentence[k].norm;
      if (!norm.startsWith('ب') || norm.length < 4) continue;
      const place = [norm.slice(1), ...sentence.slice(k + 1, e).map((t) => t.norm)].join(' ');
      if (!isPlaceWord(place)) continue;
      if (out === tags) out = tags.slice();
      markSpan(out, k, e, B_LOC, I_LOC);
      break;
    }
    b = e - 1;
  }
  return out;
}
