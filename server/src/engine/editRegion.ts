// Where an edit's changed tokens may change a quotation's reading: the sentences around the change.

/**
 * The first token of the sentence before the one holding token `at`: a change may end or start a sentence there.
 * `boundary(k)`: a sentence starts at token k, by the speaker document's rule (a line feed ends one too, so this is
 * never before the line before, which the region was: a one-line article's region was the whole article).
 */
export function sentencesBefore(boundary: (k: number) => boolean, at: number): number {
  let found = 0;
  for (let k = at; k > 0; k--) if (boundary(k) && ++found === 2) return k;
  return 0;
}

/** The first token after the sentence after the one holding token `at` (`ceiling` at the document's end). */
export function sentencesAfter(boundary: (k: number) => boolean, at: number, ceiling: number): number {
  let found = 0;
  for (let k = at + 1; k < ceiling; k++) if (boundary(k) && ++found === 2) return k;
  return ceiling;
}
