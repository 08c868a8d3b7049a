// The review pane in a real VS Code: right-to-left reading order from glyph positions, the keyboard review loop, timings.
/* global window, MutationObserver */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Runs in the webview: adjacent Arabic words of each paragraph, in logical order, must run right to left on their row. */
function paneWordOrder() {
  let pairs = 0;
  let outOfOrder = 0;
  for (const p of document.querySelectorAll('#article p')) {
    const words = [];
    const walker = document.createTreeWalker(p, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('.chip')) continue;
      const re = /\S+/g;
      for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
        if (!/[\u0600-\u06FF]/.test(m[0])) continue;
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        if (rects.length) words.push({ top: rects[0].top, left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)), cont: m.index + m[0].length === n.data.length });
      }
    }
    for (let k = 0; k + 1 < words.length; k++) {
      const a = words[k];
      const b = words[k + 1];
      if (Math.abs(a.top - b.top) > 4) continue; // a line break between them
      pairs++;
      if (b.right > a.left + 1) outOfOrder++;
    }
  }
  return { pairs, outOfOrder, spans: document.querySelectorAll('#article .ann').length };
}

async function paneFrame(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (await f.$('#article .ann').catch(() => null)) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('the review pane did not render');
}

export async function reviewPaneCheck({ page, workspace, results, record, runCommand, openFile }) {
  // The pane opens beside the editor: the text editor stays in group 1.
  const file = 'pane-article.ar.txt';
  await openFile(page, file);
  await page.waitForFunction(() => [...document.querySelectorAll('.view-overlays .cdr')].some((b) => /\bced-/.test(b.className)), null, { timeout: 90_000 });
  const editorBoxes = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-overlays .cdr')].map((b) => b.className).filter((c) => /\bced-/.test(c)).sort().join('|'));
  const boxesBefore = await editorBoxes();
  const t0 = Date.now();
  await runCommand(page, 'Arabic News: Open Review Pane');
  const frame = await paneFrame(page);
  const firstPaint = Date.now() - t0;
  const order = await frame.evaluate(paneWordOrder);
  record(`review pane renders right to left: ${order.spans} boxes, ${order.outOfOrder}/${order.pairs} adjacent Arabic word pairs out of reading order`, order.spans > 5 && order.pairs > 40 && order.outOfOrder === 0, JSON.stringify(order));
  await page.screenshot({ path: path.join(results, 'review-pane.png') });
  // The keyboard loop: J, Enter, J, X, 2 → accepted, rejected, relabelled.
  await frame.click('header');
  const focusedKey = () => frame.evaluate(() => document.querySelector('.ann.focused')?.getAttribute('data-key') ?? '');
  const keyTimes = [];
  for (const key of ['j', 'Enter', 'j', 'x', '2']) {
    const before = await focusedKey();
    const k0 = Date.now();
    await page.keyboard.press(key);
    if (key === 'j') { await frame.waitForFunction((b) => (document.querySelector('.ann.focused')?.getAttribute('data-key') ?? '') !== b, before, { timeout: 5_000 }); keyTimes.push(Date.now() - k0); }
    else await frame.waitForFunction((b) => document.querySelector('#progress')?.textContent !== b, await frame.evaluate(() => document.querySelector('#progress')?.textContent ?? ''), { timeout: 15_000 }).catch(() => {});
  }
  const sidecar = path.join(workspace, `${file}.annotations.json`);
  let decisions = [];
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try { decisions = JSON.parse(fs.readFileSync(sidecar, 'utf8')).decisions ?? []; } catch { /* not written yet */ }
    if (decisions.length >= 3) break;
    await page.waitForTimeout(250);
  }
  const statuses = decisions.map((d) => d.status).sort().join(',');
  const boxesAfter = await editorBoxes();
  record(`review pane keys J Enter J X 2 → sidecar ${statuses || 'empty'}; the editor's boxes changed`, statuses === 'accepted,manual,rejected' && boxesAfter !== boxesBefore, `${decisions.length} decisions`);
  // An edit in the editor re-renders the pane without losing the focused suggestion.
  const focused = await focusedKey();
  const r0 = Date.now();
  await frame.evaluate(() => { window.__renders = 0; new MutationObserver(() => { window.__renders++; }).observe(document.getElementById('article'), { childList: true }); });
  // Back to the text editor in the first group (Quick Open would open the file over the pane).
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  const rerendered = await frame.waitForFunction(() => window.__renders > 0, null, { timeout: 10_000 }).then(() => Date.now() - r0, () => -1);
  await page.keyboard.press('Backspace');
  // The pane draws an edited article's text first and its boxes when the analysis arrives (focus comes back with them), so
  // the focused suggestion is awaited, not read at once: on a loaded machine the read fell between the two draws.
  const stillFocused = focused === '' || await frame.waitForFunction((f) => (document.querySelector('.ann.focused')?.getAttribute('data-key') ?? '') === f,
    focused, { timeout: 10_000 }).then(() => true, () => false);
  record(`review pane follows an edit (re-rendered ${rerendered} ms after the keystroke, focus kept)`, rerendered >= 0 && stillFocused);
  const figures = { firstPaintMs: firstPaint, nextSuggestionMs: keyTimes, rerenderAfterEditMs: rerendered, note: 'wall-clock through the browser driver: upper bounds' };
  console.log(`review pane timings: ${JSON.stringify(figures)}`);
  fs.writeFileSync(path.join(results, 'review-pane-timings.json'), JSON.stringify(figures, null, 2));
  // A reload (or a restart) brings the pane back on its article, boxes drawn, reading right to left.
  // Wait for the main frame to navigate: until then the old workbench and the old pane still answer.
  const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await page.waitForLoadState('domcontentloaded');
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  let again;
  let tab = '';
  // A late second navigation of the webview destroys its context mid-read: read again, within a deadline.
  const restoreDeadline = Date.now() + 90_000;
  while (Date.now() < restoreDeadline) {
    try {
      const restored = await paneFrame(page, Math.max(1_000, restoreDeadline - Date.now()));
      again = await restored.evaluate(paneWordOrder);
      tab = await page.evaluate(() => [...document.querySelectorAll('.tab')].map((t) => t.textContent ?? '').find((t) => t.includes('Review:')) ?? '');
      break;
    } catch (e) {
      if (!/Execution context was destroyed|Target closed|detached/i.test(String(e))) { again = undefined; break; }
      again = undefined;
    }
  }
  record(`review pane restored after Developer: Reload Window (${again ? `${again.spans} boxes, ${again.outOfOrder}/${again.pairs} pairs out of order` : 'not restored'}; tab "${tab.trim()}")`,
    !!again && again.spans > 5 && again.outOfOrder === 0 && tab.includes(file), JSON.stringify(again ?? {}));
}
