// One random edit of an article, as the randomised incremental tests make them: names copied and cut, lines split and joined, quote marks, quotation lines, letters, deletions.

const MARKS = ['«', '»', '“', '”', '"', ':', '.', '،'];

/**
 * Where edits go and which kind, as cumulative thresholds of one draw each (a kind whose threshold equals the
 * previous one never happens). The draws come in a fixed order, so a seed replays the same edits.
 */
export interface EditMix {
  nearStart: number; nearEnd: number;
  copy: number; cut: number; split: number; join: number; mark: number; quote: number; letter: number;
  /** The quotation paragraph the 'quote line' edit inserts. */
  quoteLine: string;
}

/** Makes one edit of `text` through `change` (replace [from, to) by `insert`); returns what it did, for messages. */
export function randomEdit(r: () => number, text: string, eol: string, names: ReadonlyArray<{ text: string; start: number; end: number }>,
  change: (from: number, to: number, insert: string) => void, mix: EditMix): string {
  const zone = r();
  const at = zone < mix.nearStart ? Math.floor(r() * Math.min(300, text.length))
    : zone < mix.nearEnd ? Math.max(0, text.length - 1 - Math.floor(r() * 300)) : Math.floor(r() * text.length);
  const op = r();
  let what: string;
  if (op < mix.copy) { const m = names[Math.floor(r() * names.length)]; what = `copy ${m?.text}`; change(at, at, ' ' + (m?.text ?? 'محمد') + ' '); }
  else if (op < mix.cut && names.length) { const m = names[Math.floor(r() * names.length)]; what = `cut ${m.text}`; change(m.start, m.end, ''); }
  else if (op < mix.split) { what = 'split'; change(at, at, eol); }
  else if (op < mix.join) { const nl = text.indexOf('\n', at); what = 'join'; if (nl > 0) change(eol === '\r\n' ? nl - 1 : nl, nl + 1, ' '); }
  else if (op < mix.mark) { const c = MARKS[Math.floor(r() * MARKS.length)]; what = `mark ${c}`; change(at, at, c); }
  else if (op < mix.quote) { what = 'quote line'; change(at, at, `${eol}${mix.quoteLine}${eol}`); }
  else if (op < mix.letter) { what = 'letter'; change(at, at, 'ب'); }
  else { const n = 1 + Math.floor(r() * 60); what = `delete ${n}`; change(at, Math.min(text.length, at + n), ''); }
  return `${what} at ${at}`;
}
