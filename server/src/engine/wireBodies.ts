// Organisation names by shapes of wire text: a name in quote marks after its head noun, an agency credit in brackets, an agency's `وكالة … للأنباء`.
import { beginTag as B, insideTag as I, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { BRACKET_CUE, cueBit } from './sentenceCues';
import { hasMark } from './nameMarks';
import { hasWideCue, wideCueBit } from './wideCues';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/** Indefinite heads whose name may follow in quote marks (صحيفة " النهار "، شركة " المو "، لحركة " حماس "). */
const QUOTED_NAME_HEADS = set('صحيفة جريدة مجلة وكالة شركة قناة حزب حركة مؤسسة جمعية منظمة مصرف بنك إذاعة');
/** tagQuotedBodies starts at one of these heads: without one it changes nothing (sentenceCues.ts). */
export const QUOTED_BODY_CUE = cueBit(QUOTED_NAME_HEADS);
/** Marks that open or close a quoted name or title. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”', '„']);
/** What closes a name opened by each mark: quote marks any quote mark, a bracket its bracket (مجلة ( العربي )). */
const closes = (open: string, close: string) => (open === '(' ? close === ')' : QUOTE_MARKS.has(close));
/** A name in quotes is short; more words are a quotation (قالت صحيفة " إن الحكومة … "). */
const MAX_QUOTED_WORDS = 4;
/** Particles that open a clause, never a body's name: a quotation follows the head, not a name. */
const CLAUSE_WORDS = set('إن أن ان لا لم لن ما قد هو هي هذا هذه');

/**
 * A body's head before a name in quote marks or brackets: the quoted words are the organisation (`صحيفة " [واشنطن تايمز] "`،
 * `شركة " [المو] "`، `مجلة ( [العربي] )`) and the head stays out, as NewsFANE tags it in most such cases. A name never runs across a quote
 * mark here, so the head alone would be left a one-word organisation that document consistency spreads to every `صحيفة`.
 */
export function tagQuotedBodies(sentence: Token[], stems: string[], tags: number[], count: (w: string) => number): number[] {
  const n = tags.length;
  let out = tags;
  for (let i = 0; i + 3 < n; i++) {
    const open = sentence[i + 1].text;
    if (!QUOTED_NAME_HEADS.has(stems[i]) || sentence[i].kind !== 'word' || (!QUOTE_MARKS.has(open) && open !== '(')) continue;
    // The head is O or a one-word organisation (the tagger's B-ORG that the quote mark cut off).
    if (tags[i] !== 0 && tags[i] !== B_ORG) continue;
    // The head alone is no name, whatever follows the quote mark.
    if (tags[i] === B_ORG) { if (out === tags) out = tags.slice(); out[i] = 0; }
    let close = i + 2;
    while (close < n && close - i - 2 < MAX_QUOTED_WORDS && sentence[close].kind !== 'punct') close++;
    if (close === i + 2 || close >= n || !closes(open, sentence[close].text)) continue;
    if (stems.slice(i + 2, close).some((s) => CLAUSE_WORDS.has(s))) continue;
    // Inside, one name or nothing: a person or place inside the quotes is the paper's name (صحيفة " نيويورك تايمز ").
    const inside = tags.slice(i + 2, close);
    if (inside.some((t, k) => k > 0 && t !== 0 && tagLabel(t) !== tagLabel(inside[0]))) continue;
    if (close === i + 3 && (inside[0] === 0 || inside[0] === I_ORG) && quotedAdjective(stems[i + 2], count)) {
      // The head's span ran on over the quote mark: the adjective goes with the head.
      if (inside[0] === I_ORG) { if (out === tags) out = tags.slice(); out[i + 2] = 0; }
      continue;
    }
    if (out === tags) out = tags.slice();
    for (let k = i + 2; k < close; k++) out[k] = k === i + 2 ? B_ORG : I_ORG;
    i = close;
  }
  return out;
}

/** Training-text count from which a word is one the model knows (عملاقة؛ عائلة behind عائلي), not a brand (سوني، نستله). */
const KNOWN_ADJECTIVE = 3;
/**
 * A lone indefinite quoted word ending as an adjective agrees with the head (شركة " عملاقة "، حزب " عائلي "): a scare-quoted
 * description, no name. An adjective in ة or a nisba in ي/ية is built on a word the training text knows (عملاقة on عملاق،
 * عائلي on عائلة), and a nisba is known itself. Brands so spelt (سوني، هيونداي، نستله) and nouns in ة (رسالة) are not.
 */
function quotedAdjective(stem: string, count: (w: string) => number): boolean {
  if (stem.startsWith('ال') || !/^[\u0621-\u064A]+$/.test(stem)) return false;
  const nisba = /^(.{2,}?)(ي|يه)$/.exec(stem);
  // The adjective itself is known too, bare or definite: a name ending as a nisba on a common word is none (إذاعة " كلمية ": كلم).
  if (nisba) {
    const known = [nisba[1] + 'ي', nisba[1] + 'يه'].reduce((sum, w) => sum + count(w) + count('ال' + w), 0);
    return known >= KNOWN_ADJECTIVE && [nisba[1], nisba[1] + 'ه'].some((w) => count(w) >= KNOWN_ADJECTIVE);
  }
  // A feminine adjective is its masculine + ة, the two about as common (عملاقة 7، عملاق 5); a noun in ة (جمعية " رسالة ")
  // is far commoner than any word without its ة (رسالة 61، رسال 6).
  const masculine = count(stem.slice(0, -1));
  return stem.endsWith('ه') && masculine >= KNOWN_ADJECTIVE && masculine * 4 >= count(stem);
}

/** لغة، لغتين، اللغات… (normalised, clitics off): a bracketed nisba after it is a language. */
const LANGUAGE_WORD = /^(ال)?لغ(ه|ت|ات|تين|تان)/;
const LANGUAGE_REACH = 9;

/** A definite feminine nisba (normalised): الفرنسيه، الاوروبيه، العمانيه. */
const FEMININE_NISBA = /^ال(.{2,})يه$/;

/**
 * An agency credited in brackets by its nationality or region (`مسقط ( [العمانية] ) -`، `… بكربلاء ( [الأوروبية] )`،
 * `( [الفرنسية] - أرشيف )`): a definite feminine nisba alone in brackets, or before a dash inside them, whose country or
 * region a list holds (`placeListed`: عمان، أوروبا) or which is a listed nationality (`isNationality`), is the agency.
 * Document consistency does not carry the label to the adjective after a noun (repeatSlots.ts).
 */
export function tagAgencyCredits(sentence: Token[], stems: string[], tags: number[], isNationality: (k: number) => boolean,
  placeListed: (w: string) => boolean): number[] {
  const n = tags.length;
  let out = tags;
  for (let i = 0; i + 2 < n; i++) {
    if (sentence[i].text !== '(' || tags[i + 1] !== 0 || sentence[i + 1].kind !== 'word') continue;
    const after = sentence[i + 2].text;
    if (after !== ')' && after !== '-') continue;
    // A language named in brackets after لغة (باللغتين ( الإنجليزية ) و ( الفرنسية )، بثلاث لغات ( … ) و ( … ) و ( … ))
    // is no agency: a few bracketed languages may stand between.
    if (hasMark(stems.slice(Math.max(0, i - LANGUAGE_REACH), i), LANGUAGE_WORD)) continue;
    const m = FEMININE_NISBA.exec(stems[i + 1]);
    if (!m || !(isNationality(i + 1) || placeListed(m[1]) || placeListed(m[1] + 'ا'))) continue;
    if (out === tags) out = tags.slice();
    out[i + 1] = B_ORG;
    i += 2;
  }
  return out;
}

/** An agency's name between وكالة and its للأنباء is short (وكالة تونس إفريقيا للأنباء: two words). */
const MAX_AGENCY_WORDS = 3;
/** Words describing an agency, not naming it (normalised, ال off): وكالة [رسمية] للأنباء، وكالة فارس [شبه الرسمية] للأنباء. */
const AGENCY_DESCRIPTORS = set('شبه رسمية محلية حكومية مستقلة خاصة');

/**
 * A news agency named `وكالة … للأنباء` (وكالة المغرب العربي للأنباء، وكالة تونس إفريقيا للأنباء، وكالة سبأ للأنباء) is one
 * organisation, with a clitic on its head too (`لوكالة`), whatever the tagger read between: a place (المغرب العربي) or nothing.
 * Not across punctuation, nor over a person the tagger read there.
 */
function tagNewsAgencies(sentence: Token[], stems: string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let i = 0; i + 2 < tags.length; i++) {
    if (stems[i] !== 'وكاله' || sentence[i].kind !== 'word') continue;
    let j = i + 1;
    while (j < tags.length && j - i <= MAX_AGENCY_WORDS && sentence[j].kind === 'word' && sentence[j].norm !== 'للانباء' && tagLabel(tags[j]) !== 'PERSON') j++;
    if (j === i + 1 || j >= tags.length || sentence[j].norm !== 'للانباء') continue;
    // An adjective agreeing with وكالة describes the agency, no name holds it (وكالة [محلية] للأنباء، وكالة شينخوا [الصينية]
    // للأنباء: the name is شينخوا, the nationality after it stays out); one agreeing with a place is the place's (المغرب العربي).
    if (describesAgency(stems, i + 1, j, isNationality)) {
      // Nothing but describing words is no name at all (وكالة محلية للأنباء), though the tagger read one.
      if (onlyDescribed(stems, i + 1, j, isNationality) && tags[i] !== 0 && tagLabel(tags[i]) === 'ORGANIZATION' && !isInside(tags[i]) && spanEnd(tags, i) <= j + 1) {
        if (out === tags) out = tags.slice();
        for (let k = i; k <= j; k++) out[k] = 0;
      }
      continue;
    }
    if (out === tags) out = tags.slice();
    markSpan(out, i, j + 1, B_ORG, I_ORG);
    i = j;
  }
  return out;
}

/** A word between i and j describes the agency: a feminine nationality (الصينية) or a describing word (رسمية، شبه الرسمية). */
function describesAgency(stems: string[], i: number, j: number, isNationality: (k: number) => boolean): boolean {
  for (let k = i; k < j; k++) {
    const bare = stems[k].replace(/^ال/, '');
    if (AGENCY_DESCRIPTORS.has(bare) || (isNationality(k) && bare.endsWith('ه'))) return true;
  }
  return false;
}

/** Every word between i and j describes the agency. */
function onlyDescribed(stems: string[], i: number, j: number, isNationality: (k: number) => boolean): boolean {
  for (let k = i; k < j; k++) if (!describesAgency(stems, k, k + 1, isNationality)) return false;
  return true;
}

/** Letters of an abbreviation spelled out (أ ف ب، يو بي آي): one or two letters a token. */
const LETTER = /^[\u0621-\u064A]{1,2}$/;
/** A bracketed abbreviation is two to four spelled letters (`( أ ب )`, `( و م ع )`); one is a list's item or a blessing (ص). */
const MAX_LETTERS = 4;

/** Agencies credited by their letters (normalised: أ → ا): أ ف ب، أ ب، و م ع، أ ش أ، د ب أ، يو بي آي، ق ن أ. */
const AGENCY_LETTERS = new Set(['ا ف ب', 'ا ب', 'و م ع', 'ا ش ا', 'د ب ا', 'يو بي اي', 'ق ن ا']);

/**
 * An agency or body credited in brackets by its letters (`جوهر ( [أ ب] )`، `البرلمان ( [و م ع] )`، `( [يو بي آي] )`):
 * two to four tokens of one or two Arabic letters, untagged, alone between the brackets, are one organisation — the letters
 * of a known agency, or any letters in a dateline's credit (`المنامة ( ب ن أ ) -`). Other bracketed letters abbreviate an
 * era, a currency or a blessing (`384 ( ق م )`، `25 ( ر س )`، `المهدي ( ع ج )`).
 */
export function tagBracketedLetters(sentence: Token[], tags: number[]): number[] {
  const n = tags.length;
  let out = tags;
  for (let i = 0; i + 3 < n; i++) {
    if (sentence[i].text !== '(') continue;
    let e = i + 1;
    while (e < n && e - i - 1 < MAX_LETTERS && tags[e] === 0 && sentence[e].kind === 'word' && LETTER.test(sentence[e].text)) e++;
    if (e - i - 1 < 2 || e >= n || sentence[e].text !== ')') continue;
    const dateline = e + 1 < n && /^[-–]$/.test(sentence[e + 1].text);
    if (!dateline && !AGENCY_LETTERS.has(sentence.slice(i + 1, e).map((t) => t.norm).join(' '))) continue;
    if (out === tags) out = tags.slice();
    for (let k = i + 1; k < e; k++) out[k] = k === i + 1 ? B_ORG : I_ORG;
    i = e;
  }
  return out;
}

/** A spelled letter after a period may take three (`ايه` of `سي . اي . ايه`). */
const LAST_LETTERS = /^[\u0621-\u064A]{1,3}$/;
/**
 * Bodies known by their spelled letters, as spaced (`أ ف ب`، `اف ب`; dots between them are dropped: `أ.ف.ب`، `اف . بي . اي`).
 * Not `أ ب` nor `ق ن أ` outside brackets (a list's items, a town), nor any letters run together (`و مع` is and-with).
 */
const KNOWN_LETTERS = new Set([...AGENCY_LETTERS].filter((k) => k !== 'ا ب' && k !== 'ق ن ا')
  .concat(['اف ب', 'اف بي اي', 'سي اي اي', 'سي اي ايه', 'بي بي سي', 'سي ان ان']));
/**
 * tagKnownLetters builds its key from the norm of the run's first letter, so it changes nothing unless a token's whole normalised
 * form is the first letter of a KNOWN_LETTERS key (ا، و، د، يو، اف، سي، بي): most sentences hold none written apart.
 */
export const KNOWN_LETTERS_CUE = wideCueBit([], [[...KNOWN_LETTERS].map((k) => k.split(' ')[0])]);
/**
 * Every key's leading letters, one letter or more (`اف`، `اف بي`, and the whole key): a run whose letters so far are none of
 * these can end in no key, so tagKnownLetters stops building it (the one letter alone is asked before its regex tests).
 */
const KNOWN_LETTER_PREFIXES: ReadonlySet<string> = new Set([...KNOWN_LETTERS].flatMap((k) => k.split(' ').map((_, i, ws) => ws.slice(0, i + 1).join(' '))));

/**
 * A known body spelled by its letters anywhere in a sentence (`انقرة - [اف ب] :`، `غزة - [ا . ش . ا] :`، `( [اف . بي . اي] )`) is
 * one organisation, dots between its letters included: untagged, or an organisation the tagger cut after its first letters.
 */
export function tagKnownLetters(sentence: Token[], tags: number[]): number[] {
  const n = tags.length;
  let out = tags;
  for (let i = 0; i + 1 < n; i++) {
    // The article split off before the letters (مدير ال [اف . بي . اي]) is no letter before them.
    if (sentence[i].kind !== 'word' || sentence[i].text.length > 2 || !KNOWN_LETTER_PREFIXES.has(sentence[i].norm) || !LETTER.test(sentence[i].text) ||
      (i > 0 && sentence[i - 1].kind === 'word' && LETTER.test(sentence[i - 1].text) && sentence[i - 1].text !== 'ال')) continue;
    let e = i + 1;
    let letters = 1;
    let key = sentence[i].norm;
    for (;;) {
      const dot = e + 1 < n && sentence[e].text === '.' && sentence[e + 1].kind === 'word' && LAST_LETTERS.test(sentence[e + 1].text) ? 1 : 0;
      if (e + dot >= n || sentence[e + dot].kind !== 'word' || !(dot ? LAST_LETTERS : LETTER).test(sentence[e + dot].text) || letters === MAX_LETTERS) break;
      key += ' ' + sentence[e + dot].norm;
      e += dot + 1;
      letters++;
      // No key goes on from these letters: the run cannot end in one, whatever follows.
      if (!KNOWN_LETTER_PREFIXES.has(key)) break;
    }
    if (letters < 2 || !KNOWN_LETTERS.has(key)) continue;
    // Names the tagger read inside the letters (`[سي . اي] . ايه`، `[اف] ب`) give way; one running into or out of them does not.
    if (isInside(tags[i]) || (e < n && isInside(tags[e]) && tags[e - 1] !== 0)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return out;
}

/** The passes, as the pipeline runs them (entities.ts): `cues` is the sentence's cue summary (sentenceCues.ts). */
export function tagWireBodies(sentence: Token[], stems: string[], tags: number[], cues: number, isNationality: (k: number) => boolean,
  placeListed: (w: string) => boolean, count: (w: string) => number): number[] {
  const quoted = cues & QUOTED_BODY_CUE ? tagQuotedBodies(sentence, stems, tags, count) : tags;
  const named = cues & QUOTED_BODY_CUE ? tagNewsAgencies(sentence, stems, quoted, isNationality) : quoted;
  const agencies = hasWideCue(KNOWN_LETTERS_CUE) ? tagKnownLetters(sentence, named) : named;
  // Both start at an opening bracket, which most sentences lack.
  if ((cues & BRACKET_CUE) === 0) return agencies;
  return tagBracketedLetters(sentence, tagAgencyCredits(sentence, stems, agencies, isNationality, placeListed));
}
