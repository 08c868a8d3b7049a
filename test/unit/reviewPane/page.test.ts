// The review pane's page: it carries the article itself (no server answer needed to show it), exactly, under a strict CSP.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { INIT_ID, panePage, PageParts } from '../../../client/src/reviewPane/page';
import { PaneInit } from '../../../client/src/reviewPane/messages';

const parts = (init: PaneInit, script = 'console.log(1)'): PageParts => ({
  nonce: 'bm9uY2U=', fontDataUri: 'data:font/woff2;base64,d09GMgABAAA=',
  style: 'main { color: red; }', script, init,
});

/** What the page's script reads: the data block up to the first "</script" (case-insensitive), as an HTML parser ends it. */
function initOf(html: string): PaneInit {
  const open = `<script type="application/json" id="${INIT_ID}">`;
  const from = html.indexOf(open) + open.length;
  assert.ok(from >= open.length, 'the page has its first state');
  const to = html.toLowerCase().indexOf('</script', from);
  return JSON.parse(html.slice(from, to)) as PaneInit;
}

test('the page holds the article text exactly, whatever it contains (markup, comment openers, CRLF, emoji, combining marks, U+2028)', () => {
  const text = 'قال: «</script><script>alert(1)</script>» <!-- و -->\r\nمصرَ 👍🏽 & <b>\u2028سطر</b>\n';
  const init: PaneInit = { type: 'article', article: { uri: 'file:///a.ar.txt', version: 3, title: 'Review: a.ar.txt', text } };
  const html = panePage(parts(init));
  assert.deepEqual(initOf(html), init);
  // Nothing of the article became markup: the only scripts are the data block and the pane's own.
  assert.equal(html.match(/<script/gi)?.length, 2);
});

test('a render model known when the pane opens is in the page too, so the boxes need no message', () => {
  const model = {
    uri: 'file:///a.ar.txt', version: 1, title: 'Review: a.ar.txt', text: 'زار لافروف بيونغ يانغ.', counts: { PERSON: 1 }, reviewed: 0, total: 1,
    spans: [{ kind: 'entity' as const, label: 'PERSON' as const, status: 'suggested' as const, lowConfidence: false, start: 4, end: 10 }],
  };
  assert.deepEqual(initOf(panePage(parts({ type: 'model', model }))), { type: 'model', model });
});

test('strict CSP: inline style and script only with the page nonce, the font inline, nothing fetched', () => {
  const html = panePage(parts({ type: 'article', article: { uri: 'u', version: 1, title: 't', text: 'نص' } }));
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-bm9uY2U='(;|$)/);
  assert.match(csp, /style-src 'nonce-bm9uY2U='(;|$)/);
  assert.match(csp, /font-src data:(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
  assert.match(html, /<script nonce="bm9uY2U=">console\.log\(1\)<\/script>/);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=|<link[^>]*stylesheet|\son[a-z]+="/i, 'nothing to fetch, no inline handlers');
  assert.match(html, /@font-face \{[^}]*src: url\('data:font\/woff2;base64,d09GMgABAAA='\)/);
});

test('a script that would end its own element is refused rather than cut short', () => {
  assert.throws(() => panePage(parts({ type: 'article', article: { uri: 'u', version: 1, title: 't', text: '' } }, 'let s = "</script>";')), /cannot be inlined/);
});

test('the shipped pane script and style can be inlined (npm test builds them first)', () => {
  const script = fs.readFileSync('dist/media/reviewPane.js', 'utf8');
  const style = fs.readFileSync('dist/media/reviewPane.css', 'utf8');
  const html = panePage({ ...parts({ type: 'article', article: { uri: 'u', version: 1, title: 't', text: 'نص' } }, script), style });
  assert.ok(html.includes(script) && html.includes(style));
  assert.doesNotMatch(style, /url\(/, 'the style sheet fetches nothing itself (page.ts writes the font\'s URI)');
});

test('a file name with markup or quotes is text in the page title, not markup', () => {
  const init: PaneInit = { type: 'article', article: { uri: 'file:///x.txt', version: 1, title: 'Review: <img src=x onerror="alert(1)">&.txt', text: 'نص' } };
  const html = panePage(parts(init));
  assert.match(html, /<title>Review: &lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;&amp;\.txt<\/title>/);
  assert.equal(html.match(/<img/gi), null);
});
