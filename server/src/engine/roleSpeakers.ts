// A speaker named in apposition after their role noun, between a reporting verb and what they said (وقال التاجر [رامي عبد الله] إن): the name is a person whatever its words are.
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { DAY_PARTS, GREGORIAN_MONTHS, WEEKDAYS } from './dateLexicon';
import { LAM_STOPS, LAM_WORDS, PREPOSITIONS, RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';
import { governedByAla } from './pronounNouns';
import { RARE_WORD } from './nameMarks';
import { DEFINITE_HEADS } from './bodyHeadPersons';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** What closes the speaker's noun phrase: the إنّ/أنّ or colon of what was said, or a comma before an aside (، وهو نازح). */
const CLOSERS = new Set(['إن', 'ان', 'أن', 'إنه', 'انه', 'أنه', 'إنها', 'انها', 'أنها', ':', '،', ',']);
/** Closers that are the إنّ/أنّ of what was said: verbs that also take an object (أكد، ذكر) need one of these. */
const THAT = new Set(['إن', 'ان', 'أن', 'إنه', 'انه', 'أنه', 'إنها', 'انها', 'أنها']);
/** Words of a name, at most: longer runs are rather a clause the verb's subject went on into. */
const MAX_NAME = 4;
/** Tokens from the verb to the closer: the role noun, its complements and the name. */
const MAX_PHRASE = 10;
/** Training count from which a word behind ل is a noun the text knows (موقع، الصحفيين), not a name's letters (لويس: ل + ويس). */
const KNOWN_ADDRESSEE = 5;
/** Words of the ل-phrase before إن, at most: لموقع هسبريس. */
const MAX_ADDRESSEE = 2;
/** Name openers that take a definite word as their second part (عبد الله، أبو الغيط). */
const OPENERS = wordSet('عبد ابو أبو ام أم بن ابن بنت');
/** A compound given name's definite second part (وعد الله، نور الدين): like an opener's, it may stand inside the name. */
const SECOND_PARTS = wordSet('الله الدين');
/** Words that join a name's parts (فلان بن فلان): no name starts with them. */
const MIDDLES = wordSet('بن ابن بنت ولد');
/** آل written alone (مسلي [آل] معمر، زايد آل نهيان): a family's link inside a name, normalised ال; never its article. */
const FAMILY_LINK = 'ال';
/** Prepositions that open a role noun's complement before a definite word or a named body or place (مدير الصحة [في] المحافظة). */
const COMPLEMENT_PREPOSITIONS = wordSet('في ب ل لدى');
const B_ORG = beginTag('ORG');
const B_LOC = beginTag('LOC');
/**
 * Words that sit where a speaker's name would but are no name: time words (يوم، أمس), adverbs and particles the subject is
 * followed by (أيضا، كذلك، نفسه), and nouns that open a prepositional phrase (خلال، بعد، عقب، لدى).
 */
const NOT_NAME_WORDS = wordSet(`
  يوم اليوم أمس امس غدا الان الآن حينها لاحقا مؤخرا أيضا ايضا كذلك نفسه نفسها ذاته ذاتها بدوره بدورها خلال بعد قبل عقب
  أثناء اثناء لدى منذ عند ضمن حول دون عبر وفق وفقا بحسب حسب اثر إثر اليوم أمام امام تجاه ضد ثم إنه انه أنه إنها انها أنها
  مرارا كثيرا دائما أحيانا احيانا مجددا سابقا علنا رسميا أخيرا اخيرا صراحة تكرارا
  هذا هذه ذلك تلك هو هي هم هما ه ها ذات الذي التي الذين عام العام شهر الشهر الأسبوع الاسبوع الماضي المقبل الجاري الحالي
`);

/** What roleSpeakers reads of the sentence, by token. */
export interface RoleSpeakerReads {
  /** A reporting verb (قال، أضاف، أكد …). */
  verb: (k: number) => boolean;
  /** A title or role noun of the shipped title lists (وزير، الطبيب، المتحدث). */
  title: (k: number) => boolean;
  /** A known verb form, a listed nationality or place word: none opens or carries a name. */
  notName: (k: number) => boolean;
  /** A given name of the lists (لينا، سامي): a title-shaped word after it is the family name (لينا [الشيخ]). */
  given: (k: number) => boolean;
  /** Training-text count of token k's stem, clitic off (موقع of لموقع). */
  stemCount: (k: number) => number;
  /** Training-text count of a form: a known noun under a pronoun ending after علي (صفحة of صفحته) makes it على. */
  wordFreq: (w: string) => number;
}

/**
 * Verbs of saying whose subject the role noun is (قال، أضاف، أكد، أوضح), normalised, with an optional و/ف: verbs of acting
 * take an object after their subject (ونفى المتحدث … الاتهامات، أعلن البنك … رفع الفائدة), which this slot would misread.
 */
const SAYING_VERBS = ['قال', 'قالت', 'يقول', 'تقول', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'ذكر', 'ذكرت', 'روي', 'روت', 'صرح', 'صرحت', 'تابع', 'تابعت', 'قالا'];
const SAYING = new RegExp(`^[وف]?(${SAYING_VERBS.join('|')})$`);
/** roleSpeakers' bit (wideCues.ts): SAYING's verbs as written, bare or behind و or ف. */
export const SAYING_CUE = wideCueBit([], [SAYING_VERBS.flatMap((v) => [v, 'و' + v, 'ف' + v])]);
/** Of those, the ones that take no object, so a colon or comma may close their subject too (وقال الطيار سامر خليل ، وهو …). */
const SAYING_ONLY = /^[وف]?(قال|قالت|يقول|تقول|اضاف|اضافت|تابع|تابعت|قالا)$/;
/** A rank's second word (الفريق أول، العميد ركن): part of the title, not the name. */
const RANK_WORDS = wordSet('أول اول ركن طيار بحري');
const timeWord = (w: string) => WEEKDAYS.has(w) || DAY_PARTS.has(w) || GREGORIAN_MONTHS.has(w);
/** A definite singular noun (التاجر، الممرضة): a role noun's shape; not a plural or dual (المتظاهرون، الرجلان). */
const definiteSingular = (w: string) => w.startsWith('ال') && w.length > 3 && !/(ون|ين|ات|ان)$/.test(w);

/**
 * After a reporting verb, a role noun (a title of the lists, or any definite singular noun: التاجر، الممرضة، المتظاهر)
 * with its complements (definite words, `باسم`, a body or place the tagger found, an indefinite noun in construct before a
 * definite one), then two to four words up to إن/أن, a colon or a comma: those words are the speaker's name, in apposition
 * (وقال الطيار [سامر خليل] إن، وقالت وزيرة الصحة [هند بكر] إن). The slot, not the words, makes the name: its words may be
 * common ones (سعادة، جميل) the lists never held as names. The tagger's cut or role-noun-led span there is redrawn over them.
 * The role noun's own adjectives are definite (الطبيب المختص، المتظاهر الغاضب), so they are complements and never the name;
 * the name's words are indefinite but its last (a definite family name: الكبير) or a definite word after عبد/أبو.
 */
export function roleSpeakers(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[], reads: RoleSpeakerReads): number[] {
  let out = tags;
  // Whether the slot's reading used one of the wider shapes (a word taken from a body's span, a prepositional complement).
  let ranOn = false;
  let prepositional = false;
  const word = (k: number) => sentence[k].kind === 'word' && /^[\u0621-\u064A]+$/.test(sentence[k].norm);
  for (let v = 0; v + 3 < sentence.length; v++) {
    if (!SAYING.test(sentence[v].norm) || !reads.verb(v)) continue;
    const head = v + 1;
    if (!word(head) || prefixes[head] || !(reads.title(head) || definiteSingular(stems[head]))) continue;
    // A head the tagger read as a body or place (المنتخب اليوناني) is none; one it opened a person with is redrawn out of it
    // (قال [الطالب سامر خليل]), but for a name's own first word (الفاضل of [الفاضل بن عاشور]: no name opens with بن).
    if (tags[head] !== 0 && tags[head] !== B_PERS) continue;
    // The head may open a person span the tagger drew over it and the name (قال [الطبيب وليم كارتر]): it is redrawn.
    const headSpan = tags[head] === B_PERS ? spanEnd(tags, head) : head + 1;
    let c = head + 1;
    while (c < sentence.length && c - v <= MAX_PHRASE && !CLOSERS.has(sentence[c].text)) c++;
    if (c >= sentence.length || !CLOSERS.has(sentence[c].text) || headSpan > c) continue;
    if (!THAT.has(sentence[c].text) && !SAYING_ONLY.test(sentence[v].norm)) continue;
    const e = THAT.has(sentence[c].text) ? addresseeStart(c, head) : c;
    // The name, read back from its end.
    let s = e;
    ranOn = false;
    while (s - 1 > head && e - (s - 1) <= MAX_NAME && nameWord(s - 1, e, head)) s--;
    // A name longer than the reading can hold (عبد الله سيف الدين مادي): the new shapes read it whole or leave it.
    const capped = s - 1 > head && nameWord(s - 1, e, head);
    // A definite word inside the name only after an opener (عبد الرحمن): else the run starts after it.
    while (s < e - 1 && definite(s)) s++;
    // The word after باسم is whom the speaker speaks for (المتحدث باسم [حماس] سامي أبو زهري), never the name's first.
    if (s - 1 > head && stems[s - 1] === 'باسم' && s < e - 2) s++;
    if (e - s < 2 || definite(s)) continue;
    if ((s - 1 > head && OPENERS.has(stems[s - 1])) || MIDDLES.has(stems[s]) || stems[s] === FAMILY_LINK) continue;
    // One word the tagger ran into the name as one person, whom the speaker speaks for or a body or place behind ل/ب
    // (المتحدث باسم [حماس سامي أبو زهري]): the complement's.
    const lead = s - 1 > head && isInside(tags[s]) && tagLabel(tags[s]) === 'PERSON' ? s - 1 : s;
    if (lead < s && (tags[lead] !== B_PERS || reads.given(lead) || !(stems[lead - 1] === 'باسم' || prefixes[lead] === 'ل' || prefixes[lead] === 'ب'))) continue;
    // Every token between the head and the name is a complement of the role noun.
    let ok = true;
    prepositional = false;
    for (let k = head + 1; k < lead && ok; k++) ok = complement(k);
    if (!ok || (capped && (ranOn || prepositional || lead < s))) continue;
    // Past a prepositional complement, a person the tagger opened inside the reading is the name (الباحث في جامعة القاضي
    // عياض [يوسف بنعلي]): the words before it are the body's.
    if (prepositional && taggerName(s, e)) continue;
    // Nothing to do where the tagger already reads the name so.
    if (tags[s] === B_PERS && spanEnd(tags, s) === e && headSpan === head + 1) continue;
    if (out === tags) out = tags.slice();
    for (let k = head; k < headSpan; k++) out[k] = 0;
    // A definite one (المتحدث باسم الحكومة) is a bare head, which the corpora leave untagged.
    if (lead < s) out[lead] = definite(lead) ? 0 : leadLabel(lead);
    // A place or body the tagger read over a lone definite word and the name (وزير [الدولة جدعون عيزرا]، المتحدث باسم
    // [الحكومة سوراسك]) was the role's complement, a bare noun the corpora leave untagged; a body head the lists hold
    // (المتحدث باسم [الشرطة] ميكي) as much as any.
    if (isInside(tags[s]) && (tags[s - 1] === B_LOC || tags[s - 1] === B_ORG) && definite(s - 1) &&
      (!reads.notName(s - 1) || DEFINITE_HEADS.has(stems[s - 1]))) out[s - 1] = 0;
    markSpan(out, s, e, B_PERS, I_PERS);
    // What the body's span ran on into past the name (… كيتيبونغ [ان]) is no body of its own.
    for (let k = e; k <= c && isInside(out[k]) && tagLabel(out[k]) !== 'PERSON'; k++) out[k] = 0;
    // The ل-phrase is whom it was said to: a person's span the tagger ran on into it ends at the name.
    for (let k = e; k < c; k++) if (tagLabel(out[k]) === 'PERSON') out[k] = 0;
  }
  return out;

  /** A person span of two words or more that the tagger opened after `s` and closed at `e`. */
  function taggerName(s: number, e: number): boolean {
    for (let t = s + 1; t < e - 1; t++) if (tags[t] === B_PERS && spanEnd(tags, t) === e) return true;
    return false;
  }

  /** A definite word: the article, not a foreign name's أل/آل (ألبرت، آلان) nor آل itself. */
  function definite(k: number): boolean {
    return stems[k].startsWith('ال') && stems[k] !== FAMILY_LINK && !/^[أآ]ل/.test(sentence[k].text);
  }

  /** The tag of a body or place run into the name: a place behind ب (السفير بـ[أفغانستان]), else a body. */
  function leadLabel(k: number): number {
    return prefixes[k] === 'ب' ? B_LOC : B_ORG;
  }

  /**
   * Where the name ends when a ل-phrase of whom it was said to stands between it and إن/أن (قال الطبيب يونس ترك [لموقع
   * هسبريس] إن، وقال التاجر رامي سعادة [للصحفيين] إن): the ل-word a known noun, the phrase at most MAX_ADDRESSEE words;
   * else the closer `c` itself.
   */
  function addresseeStart(c: number, head: number): number {
    for (let j = c - 1; j >= c - MAX_ADDRESSEE && j > head + 2; j--) {
      if (!word(j) || (j < c - 1 && !word(c - 1))) return c;
      // The ل-word a known noun, or one naming the outlet the tagger found after it (لراديو [إسرائيل]).
      if (prefixes[j] === 'ل' && (reads.stemCount(j) >= KNOWN_ADDRESSEE || (j + 1 < c && tags[j + 1] !== 0 && tagLabel(tags[j + 1]) !== 'PERSON'))) return j;
    }
    return c;
  }

  function nameWord(k: number, c: number, head: number): boolean {
    // A place or body list's word, or one the tagger read as a place, after a listed given name is the family name (وزير
    // الصحة مات [هانكوك]، الخبير سيدي ولد محمد [فال]): the given name settles the slot. A given name a place or body list
    // holds too opens the name after the role noun or its definite complement (الشاهدة [أمل] فكري).
    const afterGiven = k - 1 > head && reads.given(k - 1) && plainName(k - 1, c, head, true);
    if (tags[k] !== 0 && tagLabel(tags[k]) !== 'PERSON' && !(afterGiven && tagLabel(tags[k]) === 'LOCATION') && !runOn(k, c, head)) return false;
    if (reads.notName(k) && !afterGiven && !(reads.given(k) && k + 1 < c && (k - 1 === head || stems[k - 1].startsWith('ال')))) return false;
    return plainName(k, c, head, true);
  }

  /**
   * A name the tagger ran a complement's body or place on into (حاكم [مصرف لبنان رياض] سلامة، إقليم [كردستان نيجيرفان]):
   * a word inside that span, not its first, a given name or one the training text hardly knows and no list's place; or a
   * listed given name opening a place span the name's family word closes (مدير الصحة [منذر الخليل]: Hebron).
   */
  function runOn(k: number, c: number, head: number): boolean {
    if (tagLabel(tags[k]) === 'PERSON' || definite(k) || reads.notName(k) && !reads.given(k)) return false;
    // Where the tagger opened a person right after the word, the body or place ended with it (جامعة القاضي [عياض] | يوسف).
    if (k + 1 < c && tags[k + 1] === B_PERS) return false;
    if (!isInside(tags[k])) return tagLabel(tags[k]) === 'LOCATION' && reads.given(k) && k + 1 < c && isInside(tags[k + 1]) && tags[k + 1] === tags[k] + 1;
    let b = k;
    while (b > head && isInside(tags[b])) b--;
    // The span opens with a word of the complement's kind, not with a rare name (the tagger's [فيليبي أرانسيبيا] body).
    const bodyWord = definite(b) || reads.notName(b) || (reads.stemCount(b) >= RARE_WORD && !reads.given(b));
    // Not where another entity stands right before the span: two spans side by side are one body the later passes join
    // (دويتشه [بنك فيليب كرامر]).
    const taken = b > head && bodyWord && tags[b - 1] === 0 && (reads.given(k) || reads.stemCount(k) < RARE_WORD);
    ranOn ||= taken;
    return taken;
  }

  /** The tests of nameWord but the list and tagger reads (`listRead` false: those are tested too). */
  function plainName(k: number, c: number, head: number, listRead = false): boolean {
    // A definite word only last (a family name: الكبير) or after an opener (عبد الرحمن).
    const w = stems[k];
    if (!word(k) || prefixes[k] || sentence[k].norm !== w || w.length < 2) return false;
    if (!listRead && ((tags[k] !== 0 && tagLabel(tags[k]) !== 'PERSON') || reads.notName(k))) return false;
    // Not `باسم` after the role noun (متحدث باسم الوزير: on behalf of), nor a definite plural (… الاتهامات).
    if ((w === 'باسم' && (k === head + 1 || reads.title(k - 1))) || (definite(k) && /(ات|ون|ين)$/.test(w) && !secondPart(k))) return false;
    if (NOT_NAME_WORDS.has(w) || RANK_WORDS.has(w) || (PREPOSITIONS.has(w) && !givenAli(k, c)) || LAM_STOPS.has(w) || LAM_WORDS.has(w) || timeWord(w)) return false;
    // A title closing the name after a given name is the family name (وقالت وزيرة العمل [لينا الشيخ] إن، [سامي الأمير]،
    // الناشر [كريم شيخ]): a role stands before the name it is in apposition with, not after it.
    if (reads.title(k) && !(k === c - 1 && k - 1 > head && reads.given(k - 1))) return false;
    return !(definite(k) && k + 1 < c && !OPENERS.has(stems[k - 1]) && !secondPart(k));
  }

  /**
   * علي written so (not على) before a given name or a word the training text hardly knows (محافظ البنك [علي] العلاق):
   * the given name; before a known noun it is the preposition news writes with ي (علي هامش المؤتمر).
   */
  function givenAli(k: number, c: number): boolean {
    return stems[k] === 'علي' && sentence[k].text === 'علي' && k + 1 < c && !governedByAla(stems[k + 1], reads.wordFreq, reads.given(k + 1)) &&
      (reads.given(k + 1) || reads.stemCount(k + 1) < RARE_WORD);
  }

  /**
   * الله or الدين after a listed given name (حسام [الدين]), الله after a bare word the training text hardly knows (ذبيح
   * [الله]); after a field noun it is a genitive (وزيرة شؤون الدين).
   */
  function secondPart(k: number): boolean {
    if (!SECOND_PARTS.has(stems[k]) || k === 0) return false;
    return reads.given(k - 1) || (stems[k] === 'الله' && !prefixes[k - 1] && reads.stemCount(k - 1) < RARE_WORD);
  }

  function complement(k: number): boolean {
    if (!word(k)) return false;
    if (tags[k] !== 0) return tagLabel(tags[k]) !== 'PERSON';
    const w = stems[k];
    // Not a relative pronoun: the clause it opens is no complement (المنتخب [الذي] يلعب …).
    if (RELATIVE_PRONOUNS.has(w)) return false;
    if (w.startsWith('ال') || w === 'باسم' || reads.title(k) || RANK_WORDS.has(w)) return true;
    if (COMPLEMENT_PREPOSITIONS.has(w) && !prefixes[k] && k + 1 < sentence.length && word(k + 1) &&
      (stems[k + 1].startsWith('ال') || (tags[k + 1] !== 0 && tagLabel(tags[k + 1]) !== 'PERSON'))) return (prepositional = true);
    // An indefinite noun in construct before the definite word it governs (رئيس [لجنة] الصحة، عضو [تجمع] المهنيين).
    return !prefixes[k] && k + 1 < sentence.length && word(k + 1) && (stems[k + 1].startsWith('ال') || tags[k + 1] !== 0) && !PREPOSITIONS.has(w);
  }
}
