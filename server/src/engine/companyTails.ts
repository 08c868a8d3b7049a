// A foreign name ending in a company's, paper's or channel's own word (ويلكوم ترست، شفق نيوز، دايلي ميرور) is an organisation, not a person.
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { wordSet as set } from './wordSets';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/**
 * Last words of transliterated body names (normalised): no person's or place's name ends in one. NewsFANE, WikiFANE and
 * Wojood tag every name of two words or more that ends in one an organisation (64) or a facility (2), never a person or a place.
 */
const BODY_TAILS = set(`
  نيوز ترست تايمز بوست تريبيون هيرالد ميرور جورنال غروب جروب كابيتال موتورز هولدينغ هولدنغ بتروليوم إيرلاينز ايرلاينز إيرويز
  تليكوم سيستمز تكنولوجيز كوربوريشن ليمتد سيرفيسز ريسينغ إنترناشيونال انترناشيونال إنترناسيونال انترناسيونال انتيرناسيونال
  إنترناشونال انترناشونال
`);

/**
 * A person or place span of two words or more that ends in a body's tail word (BODY_TAILS) is an organisation: the tagger
 * reads an unseen transliteration as a person's name (وقال مدير [ويلكوم ترست] البريطانية، نقلت [دايلي ميرور]). Not MISC: a
 * facility's head keeps its span (مصنع بنتلي موتورز).
 */
export function relabelBodyTails(stems: string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (!tags[b] || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    if (e - b >= 2 && (tagLabel(tags[b]) === 'PERSON' || tagLabel(tags[b]) === 'LOCATION') && BODY_TAILS.has(stems[e - 1])) {
      if (out === tags) out = tags.slice();
      out[b] = B_ORG;
      out.fill(I_ORG, b + 1, e);
    }
    b = e - 1;
  }
  return out;
}
