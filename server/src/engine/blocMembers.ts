// The bloc whose member states are named (دول [الكوميسا]، ودول [الإيكواس]): a rare definite word after دول is the body, not a place.
import { beginTag, isInside, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';
import { endsAsNisba } from './namePatterns';

const B_ORG = beginTag('ORG');
/** `دول` in construct, bare or behind و/ف/ب/ل (normalised stems carry no clitic). */
const STATES = wordSet('دول');
/** tagBlocMembers' bit (wideCues.ts): a sentence without دول has no bloc named by its members. */
export const BLOC_CUE = wideCueBit([STATES]);
/**
 * Training count below which a definite word after دول is a bloc's own name (الكوميسا، الإيكواس، البريكس): the words of
 * the language there (الجوار، العالم، الخليج، الحلف، الجنوب) are met far more often.
 */
const RARE_BLOC = 5;
/** Shortest bloc name with its article (ال + three letters). */
const MIN_LENGTH = 5;

/**
 * A definite word right after `دول` (its member states) that the training text holds fewer than five times, is no listed
 * place or nationality and no nisba adjective (دول [الكوميسا]، لدول [الآسيان]) is the bloc: one ORGANIZATION, whatever the
 * tagger read there as a single word. `freqAt(k)`: the training count of token k; `placeAt(k)`: a listed place or nationality.
 */
export function tagBlocMembers(stems: readonly string[], tags: number[], isWordAt: (k: number) => boolean,
  freqAt: (k: number) => number, placeAt: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  const n = stems.length;
  for (let k = 1; k < n; k++) {
    if (!STATES.has(stems[k - 1]) || !isWordAt(k) || !isWordAt(k - 1)) continue;
    const w = stems[k];
    if (!w.startsWith('ال') || w.length < MIN_LENGTH || endsAsNisba(w) || !/^[\u0621-\u064A]+$/.test(w)) continue;
    const cur = out ?? tags;
    // One word standing alone: a name the tagger ran on (دول [الكوميسا حيث]) or that a span runs into is left.
    if (isInside(cur[k]) || (k + 1 < n && isInside(cur[k + 1])) || (cur[k] !== 0 && tagLabel(cur[k]) === 'ORGANIZATION')) continue;
    if (freqAt(k) >= RARE_BLOC || placeAt(k)) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}
