// A disagreement of "Compare with Another Annotator…" and whether taking the other side is still safe: pure, so it is unit-tested without an editor.

export interface RangeJson { start: { line: number; character: number }; end: { line: number; character: number } }
export interface Side { label: string; range: RangeJson; start: number; end: number; text: string; speaker?: { start: number; end: number; text: string; range: RangeJson } }
export type Kind = 'label' | 'boundary' | 'onlyMine' | 'onlyTheirs' | 'speaker';
export interface Item { id: string; kind: Kind; mine?: Side; theirs?: Side; range: RangeJson; text: string }

/**
 * Why "Take Theirs" must not act on `item`: the article is closed (`textAt` undefined), or a span it would write or remove
 * no longer covers the words it covered when the comparison was made (the text was edited since). Undefined: take it.
 */
export function whyNotTake(item: Item, textAt: ((r: RangeJson) => string) | undefined): string | undefined {
  if (!textAt) return 'The article is closed: open it and compare again.';
  // A side's text is the article's text at its range when compared (the server slices it); a speaker's text is as its file wrote it, so it is not compared.
  const moved = (s: Side | undefined) => !!s && textAt(s.range) !== s.text;
  if (moved(item.theirs) || moved(item.mine)) {
    return `The text at «${item.text}» changed since the comparison; nothing was taken. Compare again (Refresh).`;
  }
  return undefined;
}
