// Latin-script names inside Arabic text: a run of capitalised words is a product (ChatGPT، iOS 18), a brand with one capital letter a model (سبوتنيك V), a company when one
// word speaks or signs (ردت Samsung), a person when plain capitalised words speak (قال Elon Musk).
import { beginTag as B, insideTag as I, isInside, markSpan, tagLabel } from './tagger';
import { Token } from './tokenize';
import { PREPOSITIONS, wordSet as set } from './wordSets';
import { FUTURE_VERB } from './triggers';
import { attachedHyphen } from './hyphenNames';
import { withoutProclitics } from './clitics';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_LATIN_PRODUCTS = new TagDraft();

const B_MISC = B('MISC');
const B_ORG = B('ORG');
const B_PERS = B('PERS');
const I_MISC = I('MISC');
const I_ORG = I('ORG');
const I_PERS = I('PERS');

/** A Latin word that is not an all-capitals acronym (those are organisations, see nameRules). */
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9.+-]*$/;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
/** A word written as a name is: one capital, then lower-case letters only (Musk, not iPhone, GPT or X6). */
const PLAIN_CAPITALISED = /^[A-Z][a-z]+$/;
/** Latin words that are function words of an English phrase, not a product name. */
const LATIN_STOP = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'with', 'by', 'at', 'from', 'http', 'https', 'www']);
/** More Latin words than this in one sentence: it quotes English text or a web address, not a product. */
const MAX_LATIN_IN_SENTENCE = 4;

/**
 * A run of Latin words the tagger left O, with a model number after it (`Mate X6`, `Llama 4`,
 * `iOS 18`, `Apple Intelligence`, `ChatGPT`), is in Arabic news most often a product, app or model
 * name: MISC. A lone all-capitals acronym is left to the acronym rule (organisations).
 */
export function tagLatinProducts(sentence: Token[], tags: number[], isSpeechVerb: (k: number) => boolean = () => false,
  isNationality: (k: number) => boolean = () => false): number[] {
  const n = tags.length;
  // LATIN_WORD's first letter is tested first: most words are Arabic and fail it without running the expression.
  // A و or ف joined to a Latin name as raw text writes it (وQualcomm) is a conjunction: the name is the rest (its mention
  // leaves the letter out, mentionStart.ts); it opens a name, never continues one.
  const latinText = (k: number) => { const t = sentence[k].text; return CONJOINED_LATIN.test(t) ? t.slice(1) : t; };
  const isLatin = (k: number) => { const t = latinText(k); const c = t.charCodeAt(0) | 32; return sentence[k].kind === 'word' && c >= 97 && c <= 122 && LATIN_WORD.test(t); };
  let count = 0;
  for (let k = 0; k < n; k++) if (isLatin(k)) count++;
  // No Latin word (most sentences): nothing to tag.
  if (count === 0 || count > MAX_LATIN_IN_SENTENCE) return tags;
  const out = DRAFT_TAG_LATIN_PRODUCTS.begin(tags);
  // Product names are written with capitals (ChatGPT، iOS، Mate); lower-case words are English prose or addresses.
  const latin = (k: number) => k < n && out[k] === 0 && isLatin(k) && /[A-Z]/.test(sentence[k].text) && !LATIN_STOP.has(latinText(k).toLowerCase());
  for (let i = 0; i < n; i++) {
    // One letter alone is a list's numbering, a symbol or a section mark (( I )، حرف V، E = m), no product; with its
    // number it may be one (C 119).
    if (!latin(i) || (latinText(i).length < 2 && !latin(i + 1) && sentence[i + 1]?.kind !== 'number')) continue;
    let e = i + 1;
    while (e < n && e - i < 4 && latin(e) && !CONJOINED_LATIN.test(sentence[e].text)) e++;
    // A hyphen written inside the name joins its parts (MNT-Halan، rVSV-ZEBOV): one name, however the tokenizer cut it.
    while (e + 1 < n && sentence[e].text === '-' && attachedHyphen(sentence, e) &&
      out[e] === 0 && (latin(e + 1) || (out[e + 1] === 0 && sentence[e + 1].kind === 'number'))) e += 2;
    // A model number or version right after the name is part of it (Pura 80, iOS 18).
    if (e < n && e - i < 4 && out[e] === 0 && sentence[e].kind === 'number') e++;
    // A strain after its pathogen's word is the virus, no product (فيروس H5N1، متحور XBB): the guide leaves viruses O.
    // Its code is whole however the tokenizer cut it (H5N1 → H5 N1).
    if (i > 0 && afterPathogen(sentence, i)) {
      while (e < n && sentence[e].start === sentence[e - 1].end && sentence[e].kind !== 'punct') e++;
      i = e - 1;
      continue;
    }
    const words = sentence.slice(i, e).filter((t) => t.kind === 'word');
    // A long English phrase is a quotation or a title, not a product; one acronym alone is an organisation; a run going
    // on in lower case (`( Nwe moon )`, a gloss) is English prose.
    if (words.length > 3 || (e - i === 1 && ACRONYM.test(sentence[i].text)) || (e < n && isLatin(e) && !/[A-Z]/.test(sentence[e].text))) { i = e - 1; continue; }
    // One word that speaks or signs is a company, not its product (ردت [Samsung]، اتفاقا مع [OpenAI]).
    // Not a word in a maker's product casing (أوضح [iPhone] الجديد، iPad، eSIM): lower case then a capital.
    // So is one written as a name that opens a reported clause and will act (إن [Amazon] ستفتح مستودعا; not إن ChatGPT سيحصل).
    const willAct = i > 0 && COMPLEMENTIZERS.has(sentence[i - 1].norm) && e < n && FUTURE_VERB.test(sentence[e].norm) && PLAIN_CAPITALISED.test(sentence[i].text);
    // A code written with its number (G42) is one word.
    const oneWord = e - i === 1 || (e - i === 2 && sentence[e - 1].kind === 'number' && sentence[e - 1].start === sentence[i].end);
    const acts = (oneWord && i > 0 && !/^[a-z][A-Z]/.test(sentence[i].text) && (isSpeechVerb(i - 1) || willAct || (sentence[i - 1].norm === 'مع' && i > 1 && PARTNERSHIP.has(sentence[i - 2].norm)))) ||
      companyAgreement(sentence, out, i, e, isNationality);
    // Two or three plain capitalised words that speak are a person (قال [Elon Musk] إن): a product or model speaks not.
    // So are such words right after a Latin name the tagger read as a person's (Jensen [Huang]): its surname.
    const plain = sentence.slice(i, e).every((t) => PLAIN_CAPITALISED.test(t.text));
    const surname = plain && i > 0 && isLatin(i - 1) && (out[i - 1] === B_PERS || out[i - 1] === I_PERS);
    if (surname || (plain && e - i >= 2 && e - i <= 3 && i > 0 && isSpeechVerb(i - 1))) {
      for (let k = i; k < e; k++) out[k] = k === i && !surname ? B_PERS : I_PERS;
      i = e - 1;
      continue;
    }
    for (let k = i; k < e; k++) out[k] = k === i ? (acts ? B_ORG : B_MISC) : (acts ? I_ORG : I_MISC);
    i = e - 1;
  }
  // A Latin name the tagger itself read as a product (ValU) is a company too where the words around it say so.
  for (let i = 0; i < n; i++) {
    if (out[i] !== B_MISC || !isLatin(i)) continue;
    let e = i + 1;
    while (e < n && out[e] === I_MISC && (isLatin(e) || sentence[e].kind === 'number')) e++;
    if (e < n && out[e] === I_MISC) continue;
    if (companyAgreement(sentence, out, i, e, isNationality)) markSpan(out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return DRAFT_TAG_LATIN_PRODUCTS.close(tags, out);
}

/** One capital letter written alone: a model's letter after its brand (سبوتنيك V، آيفون X). */
const MODEL_LETTER = /^[A-Z]$/;
/** A word opening with a Latin letter: the letter then belongs to a Latin name, no Arabic brand's model. */
const LATIN_START = /^[A-Za-z]/;
/** What goes on after the letter in a formula or a code: a Latin word, a digit, a symbol (H +). */
const GOES_ON = /^[A-Za-z0-9+=*/^]/;

/**
 * A brand the tagger read as a one-word name with one capital letter right after it (لقاح [سبوتنيك] V) is the model, one
 * MISC span with its letter: a vaccine, phone or car is named by its maker's word and the letter, and the maker alone is
 * another entity (the agency سبوتنيك, the company). Not after a person's name (an initial: جروفز L), nor where another
 * Latin word, a number or a symbol goes on (a list, a formula, a code: A و B، H +). Not after a place or a listed club
 * (`isClub`): a country's or a club's letter is its side, its rating or its zone (منتخب مصر B، برشلونة B، تصنيف الكويت A).
 */
export function tagModelLetters(sentence: Token[], tags: number[], isClub: (k: number) => boolean = () => false): number[] {
  const n = tags.length;
  let out: number[] | undefined;
  for (let k = 1; k < n; k++) {
    if (sentence[k].kind !== 'word' || !MODEL_LETTER.test(sentence[k].text) || tags[k] !== 0) continue;
    const b = k - 1;
    const label = tagLabel(tags[b]);
    if (!label || label === 'PERSON' || label === 'LOCATION' || isInside(tags[b]) || sentence[b].kind !== 'word' ||
      LATIN_START.test(sentence[b].text) || isClub(b)) continue;
    const next = sentence[k + 1];
    if (next && (next.kind === 'number' || GOES_ON.test(next.text))) continue;
    out ??= tags.slice();
    out[b] = B_MISC;
    out[k] = I_MISC;
  }
  return out ?? tags;
}

/** Words a virus's code follows (normalised, clitic-free). */
const PATHOGENS = set('فيروس الفيروس سلالة السلالة متحور المتحور متحورة المتحورة');
/** Token k follows a virus's word, its clitics allowed (بفيروس H5N1، المتحور XBB): k opens the virus's code. */
export const afterPathogen = (sentence: readonly Token[], k: number) =>
  PATHOGENS.has(sentence[k - 1].norm) || PATHOGENS.has(withoutProclitics(sentence[k - 1].norm));
/** A conjunction written onto a Latin name (وQualcomm، فOpenAI). */
export const CONJOINED_LATIN = /^[وف][A-Za-z]/;

/** إن and أن opening a reported clause, normalised. */
const COMPLEMENTIZERS = set('إن أن');
/** Agreements whose other side after مع is a company (اتفاقا مع، شراكة مع), normalised. */
const PARTNERSHIP = set('اتفاقا اتفاق اتفاقية شراكة بالتعاون بالشراكة صفقة عقدا عقد');

/**
 * A Latin name the words around it treat as a company (شركة is feminine, a product or model masculine): a feminine
 * nationality or a company's participle after it (G42 الإماراتية، ValU التابعة لـ، Halan التي حصلت), a company's speech
 * verb before it (وكانت G42 قد أعلنت), or a noun only a company has before it (مؤسس Careem، مجلس إدارة G42، سهم Nvidia).
 * After an Arabic noun (منصة Azure السحابية، ميزات Apple Intelligence التي، الطائرة F 35 التي) the agreement is the noun's.
 * So is one joined by و to a company just named (إنفيديا وOpenAI، AMD وQualcomm).
 */
function companyAgreement(sentence: Token[], tags: readonly number[], i: number, e: number, isNationality: (k: number) => boolean): boolean {
  const before = i > 0 ? sentence[i - 1].norm : '';
  // Joined by و to a company just named (إنفيديا وOpenAI): another company.
  if (i > 0 && CONJOINED_LATIN.test(sentence[i].text) && (tagLabel(tags[i - 1]) === 'ORGANIZATION' || ACRONYM.test(sentence[i - 1].text))) return true;
  if (i > 0 && sentence[i - 1].kind === 'word' && (COMPANY_NOUNS.has(before) || COMPANY_VERBS.has(before.replace(/^[وف]/, '')))) return true;
  // After an Arabic noun the name qualifies or glosses it (منصة Azure، ميزات Apple Intelligence، الطائرة F 35 التي، الخطة الجديدة
  // Young Plan التي): what follows agrees with that noun. Only after a preposition, a mark or the start is the name the subject.
  if (e >= sentence.length || sentence[e].kind !== 'word' || (i > 0 && sentence[i - 1].kind === 'word' && !/^[A-Za-z]/.test(sentence[i - 1].text) &&
    !PREPOSITIONS.has(before))) return false;
  const after = sentence[e].norm;
  return COMPANY_AGREEMENT.has(after) || (isNationality(e) && /(يه|ية)$/.test(after));
}

/** Words after a name that agree with a company (feminine, شركة), normalised. */
const COMPANY_AGREEMENT = set('التي التابعة المملوكة المدرجة الناشئة المتخصصة المطورة المشغلة');
/** Feminine verbs of a company's statements and deals just before its name, normalised, without و/ف. */
const COMPANY_VERBS = set('كانت قالت أعلنت أكدت ذكرت أوضحت أضافت نفت استحوذت جمعت حصلت وقعت');
/** Nouns in construct with a company's name, normalised: its founders, board, shares and staff. */
const COMPANY_NOUNS = set('مؤسس مؤسسي مؤسسو مؤسسة إدارة سهم أسهم موظفي موظفو مساهمي مساهمو');
