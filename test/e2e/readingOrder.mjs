// Measures in the browser what an Arabic reader sees: word order from glyph positions, and whether boxes sit on glyph edges.
/* global NodeFilter */

/**
 * Runs in the page. For every rendered row of the active editor, takes the words that hold Arabic letters in
 * logical (DOM) order and counts adjacent pairs whose second word is not to the left of the first: in
 * right-to-left reading, the next word must sit further left on the same row.
 */
export function measureWordOrder() {
  const editor = [...document.querySelectorAll('.monaco-editor')].find((e) => e.querySelector('.view-lines .view-line') && e.closest('.editor-instance'));
  const rows = editor ? [...editor.querySelectorAll('.view-lines .view-line')] : [];
  let pairs = 0;
  let outOfOrder = 0;
  const examples = [];
  for (const row of rows) {
    const chars = [];
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i, ch: n.data[i] });
    const words = [];
    let cur = null;
    chars.forEach((c, k) => {
      if (/[\s\u00a0]/.test(c.ch)) { if (cur) words.push(cur); cur = null; } else { if (!cur) cur = { from: k, to: k }; cur.to = k; }
    });
    if (cur) words.push(cur);
    const arabic = words.map((w) => ({ ...w, text: chars.slice(w.from, w.to + 1).map((c) => c.ch).join('') })).filter((w) => /[\u0600-\u06FF]/.test(w.text));
    const rectOf = (w) => {
      const r = document.createRange();
      r.setStart(chars[w.from].node, chars[w.from].i);
      r.setEnd(chars[w.to].node, chars[w.to].i + 1);
      const rects = [...r.getClientRects()].filter((x) => x.width > 0);
      return { left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)) };
    };
    for (let k = 0; k + 1 < arabic.length; k++) {
      const a = rectOf(arabic[k]);
      const b = rectOf(arabic[k + 1]);
      pairs++;
      if (b.right > a.left + 1) { outOfOrder++; if (examples.length < 5) examples.push(`${arabic[k].text} → ${arabic[k + 1].text}`); }
    }
  }
  return { rows: rows.length, pairs, outOfOrder, examples };
}

/**
 * Runs in the page. The extension's boxes are overlay divs (`.cdr.ced-…`); each box's left and right edge
 * must fall on a glyph edge of its row (a box that cuts a letter, or floats beside the words, fails), and a box
 * must cover `name` and end on one of its edges.
 */
export function measureBoxes(name) {
  const editor = [...document.querySelectorAll('.monaco-editor')].find((e) => e.querySelector('.view-lines .view-line') && e.closest('.editor-instance'));
  if (!editor) return { boxes: 0, offEdge: 0, framesName: false };
  const boxes = [...editor.querySelectorAll('.view-overlays .cdr')].filter((b) => /\bced-/.test(b.className) && b.style.width !== '100%').map((b) => b.getBoundingClientRect()).filter((r) => r.width > 2);
  const edges = [];
  let nameRect;
  for (const row of editor.querySelectorAll('.view-lines .view-line')) {
    const rowRect = row.getBoundingClientRect();
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let text = '';
    const pos = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (let i = 0; i < n.data.length; i++) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const c = [...r.getClientRects()][0];
      if (c) { edges.push({ top: rowRect.top, bottom: rowRect.bottom, x: c.left }, { top: rowRect.top, bottom: rowRect.bottom, x: c.right }); }
      text += n.data[i];
      pos.push(c);
    }
    const at = text.indexOf(name);
    if (at >= 0 && !nameRect) {
      const rs = pos.slice(at, at + name.length).filter(Boolean);
      nameRect = { top: rowRect.top, left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)) };
    }
  }
  const onEdge = (x, r) => edges.some((e) => e.top <= r.top + r.height / 2 && r.top + r.height / 2 <= e.bottom && Math.abs(e.x - x) <= 1.5);
  const offEdge = boxes.filter((r) => !onEdge(r.left, r) || !onEdge(r.right, r)).length;
  // The name may be the end of a longer span (a first name before it): the box covers it and ends where it ends.
  const framesName = !!nameRect && boxes.some((r) => r.left <= nameRect.left + 1.5 && r.right >= nameRect.right - 1.5 && (Math.abs(r.left - nameRect.left) <= 1.5 || Math.abs(r.right - nameRect.right) <= 1.5) && r.top <= nameRect.top + 4 && r.bottom >= nameRect.top);
  return { boxes: boxes.length, offEdge, framesName };
}
