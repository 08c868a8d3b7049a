// A credit rating's grade (Baa3، BBB-، A+) after the word rating is a grade on a scale, no product or body: no entity.
import { spanEnd } from './tagger';
import { Token } from './tokenize';

/** The grades of Moody's scale (Aaa، Baa1، Caa3) and of S&P's and Fitch's (AAA، BBB، CCC; a sign after them is its own token). */
const GRADE = /^(Aaa|Aa[123]|A[123]|Baa[123]|Ba[123]|B[123]|Caa[123]|Ca|AAA|AA|A|BBB|BB|B|CCC|CC|C|RD|SD)[+-]?$/;
/** The sign that refines an S&P or Fitch grade, where the tokenizer splits it off (BBB -). The tokenizer splits a grade's
 * digit off too (Baa 3): a span's tokens written together are read as one word. */
const SIGNS = new Set(['+', '-', '−']);
/** A rating word, normalised, with its article, clitics or pronoun on (تصنيف، التصنيف، بتصنيفها). */
const RATING = /تصنيف/;

/**
 * Drops an entity span that is a credit grade, alone or with its sign, in a sentence that speaks of a rating (`خفضت موديز
 * تصنيف عمان إلى [Baa3]`، `ثبتت تصنيف البنك عند " [Baa1] "`، `إلى [BBB] -`): the Latin product and acronym rules read it as a
 * product or a body. Without the rating word an A1 or a B2 may be a model's name, and stays.
 */
export function dropCreditRatings(sentence: readonly Token[], tags: number[]): number[] {
  let out = tags;
  let rated: boolean | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0) continue;
    const e = spanEnd(tags, b);
    let word = sentence[b].text;
    let k = b + 1;
    for (; k < e && sentence[k].start === sentence[k - 1].end && !SIGNS.has(sentence[k].text); k++) word += sentence[k].text;
    const grade = GRADE.test(word) && (k === e || (k === e - 1 && SIGNS.has(sentence[k].text)));
    if (grade && (rated ??= sentence.some((t) => t.kind === 'word' && RATING.test(t.norm)))) {
      if (out === tags) out = tags.slice();
      for (let k = b; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}
