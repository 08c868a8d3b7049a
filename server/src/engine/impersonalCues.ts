// Impersonal passive cues (وقيل إن «…»، ويقال إن «…»): words the text gives to no one, read as an unnamed source.
import type { Subject } from './speakerPhrase';
import type { TokenList } from './tokenView';
import { wordSet } from './wordSets';

/** قيل / يقال and their و/ف forms: no subject can follow them, so no earlier person may be read into them. */
const IMPERSONAL = wordSet('قيل وقيل فقيل يقال ويقال');
const THAT = wordSet('إن أن بأن');

/** `وقيل إن «…»`: the passive verb and its complementizer right before the opening mark o, inside the sentence from `from`. */
export function impersonalSource(tokens: TokenList, o: number, from: number): Subject | undefined {
  if (o - 2 < from) return undefined;
  const v = tokens.tok(o - 2), c = tokens.tok(o - 1);
  if (v.kind !== 'word' || c.kind !== 'word' || !IMPERSONAL.has(v.norm) || !THAT.has(c.norm)) return undefined;
  return { kind: 'anonymous', text: v.text, start: v.start, end: v.end, via: 'anonymous' };
}
