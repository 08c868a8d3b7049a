// A Latin-script name right after an indefinite شركة or مجموعة (مجموعة [stc]، شركة [Moyasar]، لمجموعة [G42]) is the company, one ORGANIZATION with its head.
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { Token } from './tokenize';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Indefinite heads that name a company by the word after them, normalised, with the clitics news writes on them (و، ف،
 * ل، ب). Not the definite الشركة / المجموعة: the name after them is an apposition the project tags without its head, and
 * a definite head is as often the article's own firm named again (الشركة X التي). Not مجموعة's plural, nor heads that name
 * products or sites as often as firms (منصة Azure is a product, منصة FTX a firm).
 */
const COMPANY_HEADS = wordSet('شركة مجموعة وشركة ومجموعة فشركة فمجموعة لشركة لمجموعة بشركة بمجموعة ولشركة ولمجموعة وبشركة وبمجموعة');
/** A Latin word as a company writes its name: any case (stc، e&), digits and & inside (G42، AT&T). */
const LATIN_NAME_WORD = /^[A-Za-z][A-Za-z0-9&.+]*$/;
/** Latin function words: a run holding one is an English phrase, no company's name. */
const ENGLISH_FUNCTION = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'with', 'by', 'at', 'from', 'http', 'https', 'www']);
/** Words of a Latin name after its head at most: a longer run quotes English text. */
const MAX_WORDS = 4;

/** Token k is glued to the one before it (no space): a code's number or a symbol of the same name (G42، e&، MNT-Halan). */
const glued = (sentence: readonly Token[], k: number) => sentence[k].start === sentence[k - 1].end;

/**
 * Where a Latin name after a company head ends: its Latin words (up to `MAX_WORDS`) and what is written onto them
 * (a number, &, a hyphen and its part). 0 where no Latin name starts at i or the run is English prose.
 */
function latinNameEnd(sentence: readonly Token[], i: number): number {
  const n = sentence.length;
  const latinWord = (k: number) => k < n && sentence[k].kind === 'word' && LATIN_NAME_WORD.test(sentence[k].text);
  if (!latinWord(i)) return 0;
  let e = i;
  let words = 0;
  while (e < n) {
    if (e > i && glued(sentence, e) && (sentence[e].kind === 'number' || sentence[e].text === '&' || sentence[e].text === '-' || latinWord(e))) e++;
    else if (latinWord(e)) {
      if (ENGLISH_FUNCTION.has(sentence[e].text.toLowerCase())) return 0;
      words++;
      e++;
    } else break;
  }
  // A hyphen written last belongs to the sentence, not the name.
  while (e > i + 1 && sentence[e - 1].text === '-') e--;
  return words > MAX_WORDS ? 0 : e;
}

/**
 * A Latin name right after an indefinite company head (`COMPANY_HEADS`) is the company: head and name one ORGANIZATION,
 * whatever the tagger read in it (a product, nothing, a code cut at its number: شركة G | 42). The read sets' gold does so
 * 10 times in 11 (one keeps the head out), WikiFANE tags the Latin word after شركة a company 7 times in 8, and its Arabic
 * name after an indefinite شركة / مجموعة is a company far more often than any other kind. Left alone: a head already inside
 * a longer entity (its name goes on before it), and a name whose next token goes on another entity (the tagger's span
 * runs past it: left as read).
 */
export function tagHeadedLatinCompanies(sentence: Token[], tags: number[]): number[] {
  const n = tags.length;
  let out: number[] | undefined;
  for (let h = 0; h + 1 < n; h++) {
    if (sentence[h].kind !== 'word' || !COMPANY_HEADS.has(sentence[h].norm) || isInside(tags[h])) continue;
    const e = latinNameEnd(sentence, h + 1);
    if (e === 0) continue;
    // The tagger's entity runs on past the name (شركة Novell الأمريكية): leave its bounds; relabel only when it is a company.
    if (e < n && isInside(tags[e]) && tagLabel(tags[e]) !== 'ORGANIZATION') continue;
    out ??= tags.slice();
    out[h] = B_ORG;
    for (let k = h + 1; k < e; k++) out[k] = I_ORG;
    h = e - 1;
  }
  return out ?? tags;
}
