// Cues that govern a short quotation through a preposition: speech-act nouns (بالدعوة إلى «…») and verbs of talking about (تحدث عن «…»).
import { normalizeArabic } from './normalize';
import type { CueKind } from './quoteCues';
import type { Token } from './tokenize';
import type { TokenList } from './tokenView';

function forms(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Prepositions a partial quotation may follow when a cue governs it (أعرب عن «…», دعا إلى «…», واصفاً إياه بـ«…»). */
export const QUOTE_PREPS = forms('عن إلى على من ب بـ في حول ضرورة أهمية بضرورة بأهمية');

/** و or ف before a word of four letters or more (as quoteCues' stripConj reads them). */
const withoutConj = (w: string) => (/^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w);

const opensQuote = (t: Token | undefined) => t?.kind === 'punct' && /[«“"]/.test(t.text);

/** Verbal nouns of a speech act (بالدعوة إلى، مطالبته بـ، التحذير من): what they quote is their subject's words. */
const SPEECH_NOUNS = forms('الدعوة بالدعوة دعوته دعوتها بدعوته بدعوتها المطالبة بالمطالبة مطالبته مطالبتها بمطالبته التحذير بالتحذير تحذيره تحذيرها التنديد بالتنديد');

/** Only right before its preposition and the marks (بالدعوة إلى «التهدئة»): elsewhere the noun is no cue. */
export function speechNoun(tokens: TokenList, k: number): CueKind | undefined {
  if (!SPEECH_NOUNS.has(withoutConj(tokens.tok(k)?.norm ?? ''))) return undefined;
  return QUOTE_PREPS.has(tokens.tok(k + 1)?.norm ?? '') && opensQuote(tokens.tok(k + 2)) ? 'participle' : undefined;
}

/**
 * A speech-act noun with its pronoun (تحذيره، مطالبتها، دعوته): like قوله, it repeats a cue before it, so after a relay
 * (ونقل النائب عن الوزير تحذيره من «…») the words are the relayed person's, not the relaying subject's.
 */
export function ownSpeechNoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && /(ه|ها|هم)$/.test(t.norm) && SPEECH_NOUNS.has(withoutConj(t.norm));
}

/** Verbs of talking about (عن) or touching on (إلى): no cue of their own, since what follows them is a topic, not words said. */
const TALK_ABOUT = forms('تحدث تحدثت تحدثوا يتحدث تتحدث');
const TOUCH_ON = forms('تطرق تطرقت يتطرق تتطرق');
/** Most words of the subject between a talking verb and its preposition (وتحدث وزير التموين نادر الشافعي عن). */
const TALK_SUBJECT = 6;

/** Two words open the marks' text: one alone after تحدث عن is what was talked about (عن «الأهرام»، عن «أرامكو»), a name or a topic. */
const twoWords = (tokens: TokenList, k: number) => tokens.tok(k)?.kind === 'word' && tokens.tok(k + 1)?.kind === 'word';

/**
 * A verb of talking governs the marks right after its preposition (وتحدث الشافعي عن «مرحلة صعبة»، تطرق إلى «…»): the
 * words in them are the talker's own. Its subject follows it, as a reporting verb's does. Another preposition ends the
 * reach: تحدث إلى «الاقتصادية» and تحدث لـ«…» name whom he talked to, تحدث في «…» where.
 */
export function talkCue(tokens: TokenList, k: number): CueKind | undefined {
  const w = withoutConj(tokens.tok(k)?.norm ?? '');
  const prep = TALK_ABOUT.has(w) ? 'عن' : TOUCH_ON.has(w) ? 'الي' : undefined;
  if (!prep) return undefined;
  for (let j = k + 1; j <= k + TALK_SUBJECT + 1 && j + 1 < tokens.length; j++) {
    const t = tokens.tok(j);
    if (t.kind !== 'word') return undefined;
    if (t.norm === prep) return opensQuote(tokens.tok(j + 1)) && twoWords(tokens, j + 2) ? 'verb' : undefined;
    if (QUOTE_PREPS.has(t.norm)) return undefined;
  }
  return undefined;
}

const OPINION = normalizeArabic('رأي');
const IN = forms('في وفي');
const SO = forms('فإن فإنه فإنها');
/** Most words of the opinion holder between رأي and its comma (في رأي أستاذ البيئة في الجامعة الأميركية نجيب صعب). */
const OPINION_HOLDER = 10;

/**
 * في رأي المحامية فلانة، فإن القرار «…»: the holder of the opinion, named right after رأي and closed by a comma and فإن,
 * says the words in marks; the subject follows رأي as a reporting verb's does. رأي alone (في رأيه، في رأي الكثيرين) is no cue.
 */
export function opinionCue(tokens: TokenList, k: number): CueKind | undefined {
  if (tokens.tok(k)?.norm !== OPINION || !IN.has(tokens.tok(k - 1)?.norm ?? '')) return undefined;
  for (let j = k + 1; j <= k + OPINION_HOLDER + 1 && j + 1 < tokens.length; j++) {
    const t = tokens.tok(j);
    if (t.text === '،' || t.text === ',') return j > k + 1 && SO.has(tokens.tok(j + 1).norm) ? 'verb' : undefined;
    if (t.kind !== 'word') return undefined;
  }
  return undefined;
}
