// Regnal numbers in person names: where a king's or pope's name ends (محمد السادس، بنديكتوس السادس عشر).
import { normalizeArabic } from './normalize';
import { insideTag, spanEnd, beginTag } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Regnal numbers (normalised), masculine and feminine: محمد السادس، إليزابيث الثانية، بنديكتوس السادس عشر. */
const REGNAL = new Set(['الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي',
  'الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الحادية'].join(' ').split(' ').map(normalizeArabic));
/**
 * 7b. A regnal number closes a name before a definite word or a given name: what follows is the sentence going on
 *     (الملك محمد السادس [الغزواني بفوزه], the congratulated man and his win; محمد السادس [شكيب بنموسى]). Lineage, tens and
 *     a house's name or a listed epithet go on (عبد الله الثاني بن الحسين، بنديكتوس السادس عشر، جيمس الأول ستيوارت،
 *     فيليب الثاني المقدوني). In the training corpora
 *     230 person spans end at the number, 26 go on with بن or عشر, 20 with a house or epithet (يوحنا الخامس باليولوج).
 */
export function regnalNumbersEndNames(stems: string[], marks: readonly string[][], out: number[]): void {
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    let e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      if (!REGNAL.has(stems[k])) continue;
      const next = stems[k + 1] ?? '';
      // The tens the tagger left out are the number's (بنديكتوس السادس [عشر]).
      if (k + 1 === e && (next === 'عشر' || next === 'عشره')) out[e++] = I_PERS;
      // An epithet the people list ends a name with goes on (فيليب الثاني [المقدوني]، يوحنا الثالث [والعشرون]).
      else if (k + 1 < e && !marks[k + 1].includes('PLAST-S') && (next.startsWith('ال') || marks[k + 1].some((m) => m.startsWith('FIRST')))) out.fill(0, k + 1, e);
      break;
    }
    b = e - 1;
  }
}
