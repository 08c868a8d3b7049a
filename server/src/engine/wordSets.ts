// Word lists written in the rule modules, as sets of normalised forms (the form every lookup asks with).
import { FilteredSet } from './keyFilter';
import { normalizeArabic } from './normalize';

/** The words of a space-separated list, normalised. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => normalizeArabic(w)));
}

/** The words of a space-separated list, normalised, each bare and with the article (سفير، السفير): a title or head read either way. */
export function wordSetWithArticle(words: string): ReadonlySet<string> {
  return new Set([...wordSet(words)].flatMap((w) => [w, 'ال' + w]));
}

/** The comma, Arabic and Latin, as a token's text (both are written in Arabic news). */
export const COMMAS: ReadonlySet<string> = new Set(['،', ',']);

/** A particle with the conjunction the clitic splitter leaves on it (وفي، فمن): و/ف and at least two letters. */
const CONJ_PARTICLE = /^[وف]../;
/** `w` is in `words` alone or behind و/ف (في، وفي، ففي). */
export const hasBehindConjunction = (words: ReadonlySet<string>, w: string): boolean => words.has(w) || (CONJ_PARTICLE.test(w) && words.has(w.slice(1)));

/** A word set asked about every token: a key filter turns most words away before the set is probed (keyFilter.ts). */
export const filteredWordSet = (words: string): FilteredSet => new FilteredSet(wordSet(words));

/** The reported clause's particle (قال إن، ذكرت أن، and أن/إن written without the hamza), normalised: it ends a speaker's name. */
export const THAT_PARTICLES = wordSet('إن أن');
/** Prepositions that stand alone before their object: several passes read a word before one as governing it. */
export const PREPOSITIONS = wordSet('في إلى من عن على مع بين حتى نحو');
/** A preposition with an object pronoun (رد عليه سليمان، قال له), normalised: never a word of a name. */
export const PRONOUN_PREPOSITION = /^[وف]?(عليه|عليها|عليهم|له|لها|لهم|منه|منها|عنه|عنها|اليه|اليها|معه|معها)$/;

/** Words that scale a number into an amount (10 ملايين، ثلاثة آلاف), the accusative too (عشرين ألفا). */
/** The compass words and their adjectives (شمال … غربي), as written: places are located and named by them. */
export const COMPASS_WORDS = 'شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي';

export const SCALE_WORDS = wordSet('ألف آلاف ألفا مليون ملايين مليونا مليار مليارات مليارا');

/** Time words after لـ that count an event (للمرة الأولى، للموسم الثاني, للدورة الثالثة): they do not name it. */
export const COUNTING_TIMES = wordSet('المرة الموسم العام السنة الفترة الدورة الجولة');

/** Relative pronouns in every number and case: definite-looking words that open the clause after a name, never part of it. */
export const RELATIVE_PRONOUNS = wordSet('الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي اللائي');

/**
 * The words a wire credits agencies at large with, beside a paper (لندن : الشرق الأوسط [والوكالات]) or alone in a dateline's
 * bracket (`( وكالات ) -`): no one body, and the sign that the name before them is a credited outlet.
 */
export const AGENCIES_AT_LARGE = wordSet('الوكالات وكالات');

/** Feminine ordinals (normalised), الأولى … العاشرة: they count channels (القناة الثانية) and wars (حرب الخليج الثانية). */
export const FEMININE_ORDINALS = wordSet('الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة');
/** Masculine ordinals first to tenth as written without the article: the one list both forms below are made from. */
const ORDINAL_WORDS = 'أول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر';
/** Masculine ordinals without the article (normalised): they rank the noun after them (ثاني لاعب، ثالث مرة). */
export const BARE_ORDINALS = wordSet(ORDINAL_WORDS);
/** Masculine ordinals with the article (normalised), الأول … العاشر. */
export const MASCULINE_ORDINALS = wordSet(ORDINAL_WORDS.split(' ').map((w) => 'ال' + w).join(' '));

/** Words with a leading ل that begin the sentence's next part, never a body's complement (صوت المجلس الوطني [لصالح] …). */
export const LAM_STOPS = wordSet('لصالح لمصلحة لاسيما لا ليس ليست لعل لعله لعلها لكي لم لن لو لولا لأن لان لما لإن لذا');
/** Words that begin with ل and are no لـ + noun (لكن، لدى، لأجل). */
export const LAM_WORDS = wordSet('لكن لكنه لكنها لدى لدي لذلك لأجل لاجل لماذا لأنه لانه لأنها لانها لأنهم لانهم لهذا لهذه لتلك لقاء لقاءات');
