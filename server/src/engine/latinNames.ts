// Latin-script names inside Arabic text: a run of capitalised words is a product (ChatGPT، iOS 18), a company when one
// word speaks or signs (ردت Samsung), a person when plain capitalised words speak (قال Elon Musk).
import { beginTag as B, insideTag as I } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { FUTURE_VERB } from './triggers';

const B_MISC = B('MISC');
const B_ORG = B('ORG');
const B_PERS = B('PERS');
const I_MISC = I('MISC');
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
export function tagLatinProducts(sentence: Token[], tags: number[], isSpeechVerb: (k: number) => boolean = () => false): number[] {
  const n = tags.length;
  // LATIN_WORD's first letter is tested first: most words are Arabic and fail it without running the expression.
  const isLatin = (k: number) => { const t = sentence[k]; const c = t.text.charCodeAt(0) | 32; return t.kind === 'word' && c >= 97 && c <= 122 && LATIN_WORD.test(t.text); };
  let count = 0;
  for (let k = 0; k < n; k++) if (isLatin(k)) count++;
  // No Latin word (most sentences): nothing to tag.
  if (count === 0 || count > MAX_LATIN_IN_SENTENCE) return tags;
  const out = [...tags];
  // Product names are written with capitals (ChatGPT، iOS، Mate); lower-case words are English prose or addresses.
  const latin = (k: number) => k < n && out[k] === 0 && isLatin(k) && /[A-Z]/.test(sentence[k].text) && !LATIN_STOP.has(sentence[k].text.toLowerCase());
  for (let i = 0; i < n; i++) {
    if (!latin(i)) continue;
    let e = i + 1;
    while (e < n && e - i < 4 && latin(e)) e++;
    // A model number or version right after the name is part of it (Pura 80, iOS 18).
    if (e < n && e - i < 4 && out[e] === 0 && sentence[e].kind === 'number') e++;
    const words = sentence.slice(i, e).filter((t) => t.kind === 'word');
    // A long English phrase is a quotation or a title, not a product; one acronym alone is an organisation; a run going
    // on in lower case (`( Nwe moon )`, a gloss) is English prose.
    if (words.length > 3 || (e - i === 1 && ACRONYM.test(sentence[i].text)) || (e < n && isLatin(e) && !/[A-Z]/.test(sentence[e].text))) { i = e - 1; continue; }
    // One word that speaks or signs is a company, not its product (ردت [Samsung]، اتفاقا مع [OpenAI]).
    // Not a word in a maker's product casing (أوضح [iPhone] الجديد، iPad، eSIM): lower case then a capital.
    // So is one written as a name that opens a reported clause and will act (إن [Amazon] ستفتح مستودعا; not إن ChatGPT سيحصل).
    const willAct = i > 0 && COMPLEMENTIZERS.has(sentence[i - 1].norm) && e < n && FUTURE_VERB.test(sentence[e].norm) && PLAIN_CAPITALISED.test(sentence[i].text);
    const acts = e - i === 1 && i > 0 && !/^[a-z][A-Z]/.test(sentence[i].text) && (isSpeechVerb(i - 1) || willAct || (sentence[i - 1].norm === 'مع' && i > 1 && PARTNERSHIP.has(sentence[i - 2].norm)));
    // Two or three plain capitalised words that speak are a person (قال [Elon Musk] إن): a product or model speaks not.
    // So are such words right after a Latin name the tagger read as a person's (Jensen [Huang]): its surname.
    const plain = sentence.slice(i, e).every((t) => PLAIN_CAPITALISED.test(t.text));
    const surname = plain && i > 0 && isLatin(i - 1) && (out[i - 1] === B_PERS || out[i - 1] === I_PERS);
    if (surname || (plain && e - i >= 2 && e - i <= 3 && i > 0 && isSpeechVerb(i - 1))) {
      for (let k = i; k < e; k++) out[k] = k === i && !surname ? B_PERS : I_PERS;
      i = e - 1;
      continue;
    }
    for (let k = i; k < e; k++) out[k] = k === i ? (acts ? B_ORG : B_MISC) : I_MISC;
    i = e - 1;
  }
  return out;
}

/** إن and أن opening a reported clause, normalised. */
const COMPLEMENTIZERS = set('إن أن');
/** Agreements whose other side after مع is a company (اتفاقا مع، شراكة مع), normalised. */
const PARTNERSHIP = set('اتفاقا اتفاق اتفاقية شراكة بالتعاون بالشراكة صفقة عقدا عقد');
