// Nationality adjectives in the other spellings news writes them (الأميركية، الإنكليزي، السوفياتي), added to the model's nationality list when it loads.
import { addList } from './newsLists';

/**
 * Spelling alternations of transliterated nationality stems, normalised (listed → also written): the shipped list knows
 * one spelling each, and Levantine and wire desks write the other (`الأميركية` about as often as `الأمريكية` in the
 * corpora's text, and none of the nationality-driven rules saw it: `الخارجية الأميركية`, `السفارة الأميركية`).
 */
const ALTERNATIONS: ReadonlyArray<readonly [listed: string, written: string]> = [
  ['امريك', 'اميرك'],
  ['انجليز', 'انكليز'],
  ['سوفيت', 'سوفيات'],
  ['سوفييت', 'سوفيات'],
  ['تايلند', 'تايلاند'],
  ['بيروي', 'بيروفي'],
  ['اسكتلند', 'اسكوتلند'],
  ['فلبين', 'فيليبين'],
  // Peoples the list names by a longer or rarer form than news does (الأرميني → الأرمني، الكازاخستاني → الكازاخي).
  ['ارميني', 'ارمني'],
  ['اذربيجاني', 'اذري'],
  ['كازاخستاني', 'كازاخي'],
  ['قيرغيزستاني', 'قرغيزي'],
  ['اوزبكستاني', 'اوزبكي'],
  ['مجري', 'هنغاري'],
  ['تشيلي', 'شيلي'],
  ['كونغوي', 'كونغولي'],
  ['توغوي', 'توغولي'],
  ['ملاوي', 'مالاوي'],
  ['مولدوفي', 'مولدافي'],
  ['بارغواياني', 'باراغوياني'],
  ['دومينيكي', 'دومينيكاني'],
];

/** Whether a phrase's lists (`LOC|NAT`) include the nationality list. */
const NAT = /(^|\|)NAT(\||$)/;
const nationality = (lists: string) => NAT.test(lists);

/**
 * Adds to `phrases` (normalised phrase → lists) every nationality form of the list in its other spellings, as NAT only:
 * the variant's other readings, if any, are kept beside it.
 */
export function addNationalitySpellings(phrases: Map<string, string>): void {
  const added: string[] = [];
  for (const [phrase, lists] of phrases) {
    if (!nationality(lists)) continue;
    for (const [listed, written] of ALTERNATIONS) {
      if (phrase.includes(listed) && !phrase.includes(written)) added.push(phrase.split(listed).join(written));
    }
  }
  for (const phrase of added) addList(phrases, phrase, 'NAT');
}
