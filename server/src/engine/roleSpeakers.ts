// A speaker named in apposition after their role noun, between a reporting verb and what they said (وقال التاجر [رامي عبد الله] إن): the name is a person whatever its words are.
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { PREPOSITIONS, RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';
import { DEFINITE_HEADS } from './bodyHeadPersons';
import { RANK_WORDS, readName } from './roleSpeakerName';
import { definite, RoleSentence, RoleSpeakerReads, word } from './roleSpeakerSentence';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** The إنّ/أنّ of what was said, as written: verbs that also take an object (أكد، ذكر) need one of these to close. */
const THAT = new Set(['إن', 'ان', 'أن', 'إنه', 'انه', 'أنه', 'إنها', 'انها', 'أنها']);
/** What closes the speaker's noun phrase: the إنّ/أنّ or colon of what was said, or a comma before an aside (، وهو نازح). */
const CLOSERS = new Set([...THAT, ':', '،', ',']);
/** Tokens from the verb to the closer: the role noun, its complements and the name. */
const MAX_PHRASE = 10;
/** Training count from which a word behind ل is a noun the text knows (موقع، الصحفيين), not a name's letters (لويس: ل + ويس). */
const KNOWN_ADDRESSEE = 5;
/** Words of the ل-phrase before إن, at most: لموقع هسبريس. */
const MAX_ADDRESSEE = 2;
/** Prepositions that open a role noun's complement before a definite word or a named body or place (مدير الصحة [في] المحافظة). */
const COMPLEMENT_PREPOSITIONS = wordSet('في ب ل لدى');
const B_ORG = beginTag('ORG');
const B_LOC = beginTag('LOC');

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
/** A definite singular noun (التاجر، الممرضة): a role noun's shape; not a plural or dual (المتظاهرون، الرجلان). */
const definiteSingular = (w: string) => w.startsWith('ال') && w.length > 3 && !/(ون|ين|ات|ان)$/.test(w);

/**
 * How the words between the role noun and the name read: not all as its complements ('none'); all, with a preposition
 * opening one of them (مدير الصحة [في] المحافظة: 'prepositional', a wider shape); or all as nouns, or no word at all ('plain').
 */
type ComplementsRead = 'none' | 'plain' | 'prepositional';

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
  const r: RoleSentence = { sentence, stems, prefixes, tags, reads };
  let out = tags;
  for (let v = 0; v + 3 < sentence.length; v++) {
    if (!SAYING.test(sentence[v].norm) || !reads.verb(v)) continue;
    const head = v + 1;
    if (!word(r, head) || prefixes[head] || !(reads.title(head) || definiteSingular(stems[head]))) continue;
    // A head the tagger read as a body or place (المنتخب اليوناني) is none; one it opened a person with is redrawn out of it
    // (قال [الطالب سامر خليل]), but for a name's own first word (الفاضل of [الفاضل بن عاشور]: no name opens with بن).
    if (tags[head] !== 0 && tags[head] !== B_PERS) continue;
    // The head may open a person span the tagger drew over it and the name (قال [الطبيب وليم كارتر]): it is redrawn.
    const headSpan = tags[head] === B_PERS ? spanEnd(tags, head) : head + 1;
    let c = head + 1;
    while (c < sentence.length && c - v <= MAX_PHRASE && !CLOSERS.has(sentence[c].text)) c++;
    if (c >= sentence.length || !CLOSERS.has(sentence[c].text) || headSpan > c) continue;
    if (!THAT.has(sentence[c].text) && !SAYING_ONLY.test(sentence[v].norm)) continue;
    const e = THAT.has(sentence[c].text) ? addresseeStart(r, c, head) : c;
    const name = readName(r, e, head);
    if (!name) continue;
    const s = name.start;
    // One word the tagger ran into the name as one person, whom the speaker speaks for or a body or place behind ل/ب
    // (المتحدث باسم [حماس سامي أبو زهري]): the complement's.
    const lead = s - 1 > head && isInside(tags[s]) && tagLabel(tags[s]) === 'PERSON' ? s - 1 : s;
    if (lead < s && (tags[lead] !== B_PERS || reads.given(lead) || !(stems[lead - 1] === 'باسم' || prefixes[lead] === 'ل' || prefixes[lead] === 'ب'))) continue;
    // Every token between the head and the name is a complement of the role noun.
    const complements = complementsRead(r, head, lead);
    if (complements === 'none') continue;
    // A name longer than the reading holds is read in the plain shape only: no word from a body's span, no prepositional
    // complement, no word of the complement's run into the name.
    if (name.capped && (name.fromSpan || complements === 'prepositional' || lead < s)) continue;
    // Past a prepositional complement, a person the tagger opened inside the reading is the name (الباحث في جامعة القاضي
    // عياض [يوسف بنعلي]): the words before it are the body's.
    if (complements === 'prepositional' && taggerName(tags, s, e)) continue;
    // Nothing to do where the tagger already reads the name so.
    if (tags[s] === B_PERS && spanEnd(tags, s) === e && headSpan === head + 1) continue;
    if (out === tags) out = tags.slice();
    for (let k = head; k < headSpan; k++) out[k] = 0;
    // A definite one (المتحدث باسم الحكومة) is a bare head, which the corpora leave untagged.
    if (lead < s) out[lead] = definite(r, lead) ? 0 : leadLabel(prefixes[lead]);
    // A place or body the tagger read over a lone definite word and the name (وزير [الدولة جدعون عيزرا]، المتحدث باسم
    // [الحكومة سوراسك]) was the role's complement, a bare noun the corpora leave untagged; a body head the lists hold
    // (المتحدث باسم [الشرطة] ميكي) as much as any.
    if (isInside(tags[s]) && (tags[s - 1] === B_LOC || tags[s - 1] === B_ORG) && definite(r, s - 1) &&
      (!reads.notName(s - 1) || DEFINITE_HEADS.has(stems[s - 1]))) out[s - 1] = 0;
    markSpan(out, s, e, B_PERS, I_PERS);
    // What the body's span ran on into past the name (… كيتيبونغ [ان]) is no body of its own.
    for (let k = e; k <= c && isInside(out[k]) && tagLabel(out[k]) !== 'PERSON'; k++) out[k] = 0;
    // The ل-phrase is whom it was said to: a person's span the tagger ran on into it ends at the name.
    for (let k = e; k < c; k++) if (tagLabel(out[k]) === 'PERSON') out[k] = 0;
  }
  return out;
}

/** A person span of two words or more that the tagger opened after `s` and closed at `e`. */
function taggerName(tags: readonly number[], s: number, e: number): boolean {
  for (let t = s + 1; t < e - 1; t++) if (tags[t] === B_PERS && spanEnd(tags, t) === e) return true;
  return false;
}

/** The tag of a body or place run into the name: a place behind ب (السفير بـ[أفغانستان]), else a body. */
function leadLabel(prefix: string): number {
  return prefix === 'ب' ? B_LOC : B_ORG;
}

/**
 * Where the name ends when a ل-phrase of whom it was said to stands between it and إن/أن (قال الطبيب يونس ترك [لموقع
 * هسبريس] إن، وقال التاجر رامي سعادة [للصحفيين] إن): the ل-word a known noun, the phrase at most MAX_ADDRESSEE words;
 * else the closer `c` itself.
 */
function addresseeStart(r: RoleSentence, c: number, head: number): number {
  const { prefixes, tags, reads } = r;
  for (let j = c - 1; j >= c - MAX_ADDRESSEE && j > head + 2; j--) {
    if (!word(r, j) || (j < c - 1 && !word(r, c - 1))) return c;
    // The ل-word a known noun, or one naming the outlet the tagger found after it (لراديو [إسرائيل]).
    if (prefixes[j] === 'ل' && (reads.stemCount(j) >= KNOWN_ADDRESSEE || (j + 1 < c && tags[j + 1] !== 0 && tagLabel(tags[j + 1]) !== 'PERSON'))) return j;
  }
  return c;
}

/** How the tokens after the role noun at `head`, up to `lead`, read as its complements (ComplementsRead). */
function complementsRead(r: RoleSentence, head: number, lead: number): ComplementsRead {
  let found: ComplementsRead = 'plain';
  for (let k = head + 1; k < lead; k++) {
    const one = complement(r, k);
    if (one === 'none') return 'none';
    if (one === 'prepositional') found = one;
  }
  return found;
}

/** One complement word of the role noun, and whether it is a preposition opening a phrase (مدير الصحة [في] المحافظة). */
function complement(r: RoleSentence, k: number): ComplementsRead {
  const { sentence, stems, prefixes, tags, reads } = r;
  if (!word(r, k)) return 'none';
  if (tags[k] !== 0) return tagLabel(tags[k]) !== 'PERSON' ? 'plain' : 'none';
  const w = stems[k];
  // Not a relative pronoun: the clause it opens is no complement (المنتخب [الذي] يلعب …).
  if (RELATIVE_PRONOUNS.has(w)) return 'none';
  if (w.startsWith('ال') || w === 'باسم' || reads.title(k) || RANK_WORDS.has(w)) return 'plain';
  if (COMPLEMENT_PREPOSITIONS.has(w) && !prefixes[k] && k + 1 < sentence.length && word(r, k + 1) &&
    (stems[k + 1].startsWith('ال') || (tags[k + 1] !== 0 && tagLabel(tags[k + 1]) !== 'PERSON'))) return 'prepositional';
  // An indefinite noun in construct before the definite word it governs (رئيس [لجنة] الصحة، عضو [تجمع] المهنيين).
  const construct = !prefixes[k] && k + 1 < sentence.length && word(r, k + 1) && (stems[k + 1].startsWith('ال') || tags[k + 1] !== 0) && !PREPOSITIONS.has(w);
  return construct ? 'plain' : 'none';
}
