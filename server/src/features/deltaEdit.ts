// A semantic-tokens delta edit narrowed to the integers that changed: a block can be a whole line, and a line can be a
// megabyte (an article pasted without line breaks), so a keystroke in it must not re-send the line's tokens.

/**
 * One delta edit replacing `before` (at `start` in the last answer) with `after`, less the whole tokens both begin and
 * end with: after a keystroke in a 158,000-integer line only the tokens the edit moved are sent.
 */
export function narrowEdit(start: number, before: readonly number[], after: readonly number[]): { start: number; deleteCount: number; data: number[] } {
  const lim = Math.min(before.length, after.length);
  let head = 0;
  while (head < lim && before[head] === after[head]) head++;
  head -= head % 5;
  let tail = 0;
  while (tail < lim - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  tail -= tail % 5;
  return { start: start + head, deleteCount: before.length - head - tail, data: after.slice(head, after.length - tail) };
}
