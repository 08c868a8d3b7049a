// The name lists' text form inside the model file: one `phrase<TAB>lists` line per phrase, read and written.

/**
 * Reads the model file's `phrase<TAB>lists` lines. Each phrase is a flat copy (a slice would keep the whole
 * list text alive) and each distinct list string is kept once (a few dozen for 30,000 phrases). `escaped`: the text
 * as the JSON file holds it, tabs and line ends written `\t` and `\n` (modelBytes.ts escapedLines), which spares
 * decoding it into a second string.
 */
export function parseGazetteer(text: string, escaped = false): Map<string, string> {
  const out = new Map<string, string>();
  const lists = new Map<string, string>();
  const tabMark = escaped ? '\\t' : '\t';
  const lineEnd = escaped ? '\\n' : '\n';
  const step = lineEnd.length;
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf(lineEnd, at);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf(tabMark, at);
    if (tab > at && tab < nl) {
      const v = text.slice(tab + step, nl);
      let shared = lists.get(v);
      if (shared === undefined) { shared = flat(v); lists.set(shared, shared); }
      out.set(flat(text.slice(at, tab)), shared);
    }
    at = nl + step;
  }
  return out;
}

/** A copy of `s` that shares no memory with the string it was cut from. */
function flat(s: string): string {
  // Short strings are copied by slice() already; a longer one is a view on its parent until flattened.
  return s.length > 12 ? (' ' + s).slice(1) : s;
}

export function formatGazetteer(entries: Map<string, string> | Record<string, string>): string {
  return [...(entries instanceof Map ? entries : Object.entries(entries))].map(([k, v]) => k + '\t' + v).join('\n');
}
