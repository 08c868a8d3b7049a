// Whether a body's mention in brackets right after a body is its short name, defined there for the whole article.
import { definiteNisba } from './namePatterns';
import { icuAreaNames, icuRegionNames } from './regionNames';
import { tagLabel } from './tagger';
import { Token } from './tokenize';

/** Lists that say a word is a person's surname or given name (a leader's name in brackets, not the body's). */
const PERSON_NAME_LIST = /(^|\|)(PLAST|FIRST)($|\|)/;

/**
 * The organisation tokens k..e-1 sit in brackets right after another organisation (المجلس الوطني لحقوق الإنسان ( سنيد )):
 * its definition, whose label the article's later mentions follow. Not where the bracket names the body's leader, as
 * election tables and party lists do (حزب النهضة (الغنوشي)، ائتلاف دولة القانون (المالكي)): a word listed as a surname
 * or given name, or a definite nisba, that no list gives as a body. `lists(w)`: the gazetteer lists of stem w.
 */
export function definesBody(sentence: Token[], stems: string[], tags: number[], k: number, e: number, lists: (w: string) => string): boolean {
  if (k < 2 || e >= tags.length || sentence[k - 1].text !== '(' || sentence[e].text !== ')' || tagLabel(tags[k - 2]) !== 'ORGANIZATION') return false;
  for (let j = k; j < e; j++) {
    const l = lists(stems[j]);
    if (l.includes('ORG')) continue;
    if (PERSON_NAME_LIST.test(l) || (e - k === 1 && definiteNisba(stems[j], 3, false))) return false;
  }
  return true;
}

/** Lists that say a word is a given name (the first word of a person's full name). */
const GIVEN_NAME_LIST = /(^|\|)(NAME|FIRST)($|\|)/;

/**
 * Whether a definition (definesBody) of key `key` also makes it a body for the whole article (EntityMention.defines,
 * linking.ts). Not a country or region ICU names, as a mission's country (بعثة … ( مالي ) … في شمال مالي; the place lists
 * alone cannot tell: they hold wire acronyms such as أميس as places too), nor a person's full name opening on a listed given
 * name, as a party's leader (حزب الأمة ( الصادق المهدي ) … وقال الصادق المهدي): their later mentions are the place and the
 * person, whatever the bracket was read as.
 */
export function definesShortName(key: string, stems: string[], k: number, e: number, lists: (w: string) => string): boolean {
  if (icuRegionNames().has(key) || icuAreaNames().includes(key)) return false;
  const first = lists(stems[k]);
  return !(e - k > 1 && GIVEN_NAME_LIST.test(first) && !first.includes('ORG'));
}
