// A work named in quotes right after its head (فيلم " X ") weighs more in the article's vote: its other mentions follow it.
import { Token } from './tokenize';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { accountAt, accountOfEvents, QUOTED_WORK_HEADS, workHeadIn } from './workTitles';

/**
 * The vote of such a mention. The head names the work outright, as brackets define a body: the article's later mentions
 * of the bare title, which the tagger reads as a person by its words (بطل " [عمارة يعقوبيان] "), take the work's label.
 * As DEFINITION_CONFIDENCE, above a person's slot (SLOT_CONFIDENCE).
 */
export const WORK_TITLE_CONFIDENCE = 0.95;

/**
 * Whether the MISC mention over words k..e-1 is a title quoted right after a work's head: `فيلم " k … " e`,
 * `روايات " … "`, the head behind a preposition too (بفيلمها " … "); not رواية as an account (بحسب رواية " … "، رواية " … " للأحداث).
 */
export function quotedAfterWorkHead(sentence: readonly Token[], stems: readonly string[], k: number, e: number): boolean {
  if (k < 2 || e >= sentence.length || !TITLE_OPENERS.has(sentence[k - 1].text) || !TITLE_CLOSERS.has(sentence[e].text)) return false;
  // An account is no work, as tagWorkTitles reads it: by what stands before رواية (accountAt: بحسب رواية، ونفى الجيش رواية)
  // or by what it is of after its quote (accountOfEvents: في رواية " … " للأحداث); after a bare في it may be either.
  if (accountAt(sentence, stems, k - 2) || accountOfEvents(sentence, stems, k - 2, e)) return false;
  return workHeadIn(stems[k - 2], sentence[k - 2].norm) || QUOTED_WORK_HEADS.has(stems[k - 2]);
}
