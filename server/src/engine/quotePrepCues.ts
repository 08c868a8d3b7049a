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
