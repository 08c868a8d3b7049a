// A satellite named after its head (القمر الاصطناعي [نكسات-2]، بقمرها [إيجيبت سات 1]): MISC, as the guide tags products.
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { hasDigit, Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** A satellite's head, with or without its article or pronoun (normalised stems); the splitter leaves a clitic on a word with a pronoun (بقمرها). */
const SATELLITE_HEADS = set(['قمر', 'القمر', 'قمرا', ...['قمرها', 'قمره'].flatMap((w) => ['', 'ب', 'ل', 'و', 'وب', 'ول'].map((c) => c + w))].join(' '));
/** The adjective that makes the head a satellite for sure (القمر الاصطناعي، قمر صناعي). */
const MAN_MADE = set('الاصطناعي الصناعي اصطناعي صناعي الاصطناعية الصناعية');
/** tagSatellites starts at a satellite head: without one it changes nothing (a wide bit: sentenceCues' 31 are taken). */
export const SATELLITE_CUE = wideCueBit([SATELLITE_HEADS]);
const MAX_NAME_WORDS = 3;
/** Words rarer than this in the training text can be a satellite's name. */
const RARE = 3;

const isLatin = (w: string) => /^[A-Za-z]/.test(w);

/**
 * The words after a satellite head, up to three, that are unknown, Latin or a model number (نكسات-2، إيجيبت سات 1) are the
 * satellite's name, MISC. `القمر` alone is as often the moon (غروب القمر، القمر بدرا): after it the name must carry a
 * number, the mark of a satellite's series; after `القمر الاصطناعي` any unknown word names it. The tagger's reading of the
 * head and name as a place (القمر نكسات-2 as a place) is replaced; a name it read as a body or person is left to it.
 * `freq(k)`: token k's count in the training text.
 */
export function tagSatellites(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number): number[] {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!SATELLITE_HEADS.has(stems[i]) || isInside(out[i])) continue;
    let at = i + 1;
    const manMade = MAN_MADE.has(stems[at]);
    if (manMade) at++;
    if (at >= n) break;
    // The head read with its name as one place: that span only, nothing past the name.
    const placeFrom = tagLabel(out[i]) === 'LOCATION' ? spanEnd(out, i) : -1;
    if (out[i] !== 0 && placeFrom < 0) continue;
    const free = (k: number) => out[k] === 0 || (k < placeFrom);
    const named = (k: number) => sentence[k].kind === 'word' && free(k) && !stems[k].startsWith('ال') &&
      (hasDigit(sentence[k].text) || isLatin(sentence[k].text) || freq(k) < RARE);
    // A number after the name, bare or behind a dash, is its series (سات [1]، نكسات[-2]): the splitter parts the dash off.
    const series = (k: number) => k < n && free(k) && sentence[k].kind === 'number';
    const dashed = (k: number) => k + 1 < n && free(k) && sentence[k].text === '-' && series(k + 1);
    let e = at;
    let words = 0;
    while (e < n && words < MAX_NAME_WORDS && named(e)) { e++; words++; }
    if (words > 0 && dashed(e)) e += 2;
    else if (words > 0 && words < MAX_NAME_WORDS && series(e)) e++;
    if (words === 0 || (placeFrom >= 0 && placeFrom > e)) continue;
    let number = false;
    for (let k = at; k < e; k++) number ||= hasDigit(sentence[k].text);
    if (!manMade && !number) continue;
    if (out === tags) out = [...tags];
    for (let k = i; k < at; k++) out[k] = 0;
    markSpan(out, at, e, B_MISC, I_MISC);
    i = e - 1;
  }
  return out;
}
