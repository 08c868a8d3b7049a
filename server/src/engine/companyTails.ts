// A foreign name ending in a company's, paper's or channel's own word (ويلكوم ترست، شفق نيوز، دايلي ميرور) is an organisation, not a person.
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { wordSet as set } from './wordSets';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/**
 * Last words of transliterated body names (normalised): no person's or place's name ends in one. NewsFANE, WikiFANE and
 * Wojood tag every name of two words or more that ends in one an organisation (64) or a facility (2), never a person or a place.
 */
export const BODY_TAILS = set(`
  نيوز ترست تايمز بوست تريبيون هيرالد ميرور جورنال غروب جروب كابيتال موتورز هولدينغ هولدنغ بتروليوم إيرلاينز ايرلاينز إيرويز
  تليكوم سيستمز تكنولوجيز كوربوريشن ليمتد سيرفيسز ريسينغ إنترناشيونال انترناشيونال إنترناسيونال انترناسيونال انتيرناسيونال
  إنترناشونال انترناشونال مانجمنت مناجمنت اندستريال إندستريال اندستريز إندستريز اوتوموبيل أوتوموبيل انفستمنت إنفستمنت
`);
/** Tails that are also words of the language (a film, the media): they end a body only after one already read as a body. */
const BODY_ONLY_TAILS = set('فيلم فيلمز ميديا');
/**
 * Such a tail followed by a word governs it as a noun (شركة ديزني فيلم [الأسد الملك]، نيبون انيميشن فيلم [انمي]، فيلم
 * [وثائقي]): the company's film, not its name. Only the body's own feminine adjective (جلف فيلم المسؤولة) or no word may follow.
 */
const governsNext = (stems: readonly string[], k: number) => k < stems.length && /[\u0621-\u064Aa-zA-Z]/.test(stems[k]) &&
  !BODY_TAILS.has(stems[k]) && !(stems[k].startsWith('ال') && /[هة]$/.test(stems[k]));

/**
 * A person or place span of two words or more that ends in a body's tail word (BODY_TAILS) is an organisation: the tagger
 * reads an unseen transliteration as a person's name (وقال مدير [ويلكوم ترست] البريطانية، نقلت [دايلي ميرور]). Not MISC: a
 * facility's head keeps its span (مصنع بنتلي موتورز). Tail words the tagger left outside a name are the name's end
 * (شركة [جلف] فيلم، [داتونغ] اوتوموبيل اندستريال), and so are tail words read as a name of their own.
 */
export function relabelBodyTails(stems: string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (!tags[b] || isInside(tags[b])) continue;
    let e = spanEnd(tags, b);
    const label = tagLabel(tags[b]);
    const body = label === 'ORGANIZATION';
    const end = e;
    if (body || label === 'PERSON' || label === 'LOCATION') {
      for (;;) {
        const tail = BODY_TAILS.has(stems[e]) || (body && BODY_ONLY_TAILS.has(stems[e]) && !governsNext(stems, e + 1));
        if (e < tags.length && out[e] === 0 && tail) { e++; continue; }
        // The tail read as a name of its own ([داتونغ] [اوتوموبيل اندستريال]): one name.
        const next = e < tags.length && out[e] !== 0 && !isInside(out[e]) ? spanEnd(out, e) : e;
        if (next > e && stems.slice(e, next).every((w) => BODY_TAILS.has(w))) { e = next; continue; }
        break;
      }
    }
    if (e > end || (e - b >= 2 && (label === 'PERSON' || label === 'LOCATION') && BODY_TAILS.has(stems[e - 1]))) {
      if (out === tags) out = tags.slice();
      out[b] = B_ORG;
      out.fill(I_ORG, b + 1, e);
    }
    b = e - 1;
  }
  return out;
}
