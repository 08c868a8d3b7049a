// Converts UTF-16 offsets (LSP, JavaScript) to Unicode code points (brat, spaCy, Python) for exports.

export type OffsetConvention = 'codepoint' | 'utf16';

/** Returns a converter from UTF-16 offsets in `text` to the requested convention. */
export function offsetConverter(text: string, convention: OffsetConvention): (utf16: number) => number {
  // Without surrogate pairs the two conventions agree: no table (4 bytes a character) for most articles.
  if (convention === 'utf16' || !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (x) => x;
  // astralBefore[i] = number of surrogate pairs that end before UTF-16 offset i.
  const astralBefore = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    astralBefore[i] = count;
    const c = text.charCodeAt(i);
    if (c >= 0xDC00 && c <= 0xDFFF && i > 0 && text.charCodeAt(i - 1) >= 0xD800 && text.charCodeAt(i - 1) <= 0xDBFF) count++;
  }
  astralBefore[text.length] = count;
  return (x) => x - astralBefore[Math.max(0, Math.min(x, text.length))];
}
