// Which gazetteer marks (`NAME-S`, `fPER-B`, `LOC-S` …) say a word is a name part, and which say it is something else.

/** The gazetteer's lists as its marks name them: people, name parts, given names, surnames, places, peoples, bodies, clubs, companies. */
export type ListName = 'PER' | 'NAME' | 'FIRST' | 'LAST' | 'PLAST' | 'LOC' | 'NAT' | 'ORG' | 'CLUB' | 'COMP';

/**
 * The test of a word's marks from `lists`, for hasMark: as spelled and transliteration-folded (`f`) unless `exact`, at any
 * place of a listed phrase unless `places` names some (`BS`: a phrase that opens at the word). One builder, so that every
 * module asks the lists in the one mark syntax.
 */
export function listMarks(lists: readonly ListName[], { exact = false, places = '' }: { exact?: boolean; places?: string } = {}): RegExp {
  return new RegExp(`^${exact ? '' : 'f?'}(${lists.join('|')})-${places ? `[${places}]$` : ''}`);
}

/** The test of a phrase's list string (`LOC|NAME`, the gazetteer's value for a phrase) holding one of `lists`. */
const listString = (lists: readonly ListName[]) => new RegExp(`(^|\\|)(${lists.join('|')})(\\||$)`);

/** Lists of name parts and full names, exact and transliteration-folded (`f` prefix). */
export const NAME_LISTS = listMarks(['PER', 'NAME', 'FIRST', 'LAST', 'PLAST']);
/** The same lists as spelled, without the folded matches (folding drops letters that matter: خطابا → خطاب). */
export const EXACT_NAME_LISTS = listMarks(['PER', 'NAME', 'FIRST', 'LAST', 'PLAST'], { exact: true });
/** Given names, surnames and the people list, exact or folded: not the Wikidata name parts, which hold many verbs (أدين). */
export const PERSON_WORD_LISTS = listMarks(['FIRST', 'LAST', 'PLAST', 'PER']);
/** The same lists as spelled: a folded match is loose (الرقيب، الطبيبة fold onto surnames). */
export const PERSON_WORD_LISTS_SPELLED = listMarks(['FIRST', 'LAST', 'PLAST', 'PER'], { exact: true });
/** Lists that say a word is a place, a people or a body rather than a name part. */
export const NOT_NAME_LISTS = listMarks(['LOC', 'NAT', 'ORG', 'CLUB'], { exact: true });
/** Lists, as spelled, that name the word itself: a person's name part, a place, a body or a club (a nationality only describes). */
export const OWN_NAME_LISTS = listMarks(['PER', 'NAME', 'FIRST', 'LAST', 'PLAST', 'LOC', 'ORG', 'CLUB'], { exact: true });
/** A mark of the people, place and body lists, exact or folded; not the Wikidata name parts (NAME), which hold common nouns (عقل): a noun one holds may be a name or a body itself. */
export const PERSON_PLACE_BODY_LISTS = listMarks(['PER', 'FIRST', 'LAST', 'PLAST', 'LOC', 'ORG', 'CLUB']);
/** The same lists as spelled: a name the tagger read in quotes that they hold is an owner or actor, not a system's or an operation's name. */
export const PERSON_PLACE_BODY_SPELLED = listMarks(['PER', 'FIRST', 'LAST', 'PLAST', 'LOC', 'ORG', 'CLUB'], { exact: true });
/** Every list as spelled, the nationalities too: a word any of them holds is no unseen word of the language. */
export const ANY_LISTS = listMarks(['PER', 'NAME', 'FIRST', 'LAST', 'PLAST', 'LOC', 'ORG', 'CLUB', 'NAT'], { exact: true });
/**
 * One of a word's marks is in `lists`: a loop, not `marks.some(closure)`, for the person steps test every token so
 * (most tokens have no mark at all).
 */
export function hasMark(marks: readonly string[], lists: RegExp): boolean {
  for (let j = 0; j < marks.length; j++) if (lists.test(marks[j])) return true;
  return false;
}
/** A word's marks: a name list holds it and no place, people, body or club list does (a name part and nothing else). */
export const onlyNameListed = (marks: readonly string[]) => hasMark(marks, NAME_LISTS) && !hasMark(marks, NOT_NAME_LISTS);

/** A phrase's list string (`LOC|NAME`, the gazetteer's value for a word) holds the place list. */
export const PLACE_LIST = listString(['LOC']);
/** A phrase's list string holds the place or the nationality list. */
export const PLACE_OR_PEOPLE_LIST = listString(['LOC', 'NAT']);
/** A phrase's list string holds the organisation list. */
export const ORG_LIST = listString(['ORG']);
/** A phrase's list string holds the given names' list. */
export const GIVEN_LIST = listString(['FIRST']);
/** A phrase's list string holds any list of names or name parts (the list-string form of EXACT_NAME_LISTS). */
export const ANY_NAME_LIST = listString(['PER', 'NAME', 'FIRST', 'LAST', 'PLAST']);
/** A phrase's list string holds a place, people, body or club (the list-string form of NOT_NAME_LISTS). */
export const NOT_NAME_LIST = listString(['LOC', 'NAT', 'ORG', 'CLUB']);

/** Training-text count under which a word is unseen as a word of the language (a foreign surname: زعيف، جيرل، سيمونجك). */
export const RARE_WORD = 3;
/** Training-text count from which a listed name part is rather a word of the sentence (إن، قاضي). */
export const COMMON_WORD = 50;
/**
 * A word that carries a name on as its surname, from its training count: unseen, or a name part (`nameListed`, as
 * onlyNameListed says) the training text knows little.
 */
export const surnameCount = (count: number, nameListed: boolean) => count < RARE_WORD || (nameListed && count < COMMON_WORD);

/**
 * A given name a list holds as spelled, known to the training text or not (علي، عمر): the given-name list, or the Wikidata
 * name parts where a surname list holds the word too or the text knows it little; those parts alone hold common nouns
 * (أمير [بحر] روجر الصقلي: the admiral), and a place's word is no given name here (بين).
 */
export function listedGiven(marks: readonly string[], count: number): boolean {
  if (marks.includes('FIRST-S')) return true;
  return marks.includes('NAME-S') && !hasMark(marks, NOT_NAME_LISTS) && (count < COMMON_WORD || marks.includes('PLAST-S') || marks.includes('LAST-S'));
}
