// The review pane's page: one self-contained document — style, script, font and the article's first state inline under a per-load nonce — so nothing is fetched before the article shows.
import type { PaneInit } from './messages';

export interface PageParts {
  /** A fresh random value per page: the only inline style and script the page may run carry it. */
  nonce: string;
  /** The shipped Arabic font (woff2) as a data: URI: a fetched font would keep the page hidden until it arrives. */
  fontDataUri: string;
  /** The pane's style sheet and browser bundle, inlined (they ship in dist/media). */
  style: string;
  script: string;
  init: PaneInit;
}

/** The name the pane's script reads its first state from. */
export const INIT_ID = 'pane-init';

/** JSON inside `<script type="application/json">`: escaping every "<" means no text of the article can close the element. */
export function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The page VS Code loads into the pane. VS Code keeps a webview's frame hidden until the page's load event, so
 * every fetched resource (a style sheet, a script, the font: each a round trip through VS Code's service worker)
 * delays the first sight of the article; inlined, the script draws the article while the page is parsed, and the
 * boxes too when the render model is already known.
 */
export function panePage(p: PageParts): string {
  if (/<\/script/i.test(p.script)) throw new Error('the review pane script cannot be inlined: it contains "</script"');
  if (/<\/style/i.test(p.style)) throw new Error('the review pane style cannot be inlined: it contains "</style"');
  if (!p.fontDataUri.startsWith('data:font/woff2;base64,')) throw new Error('the review pane font must be a woff2 data: URI');
  const csp = `default-src 'none'; style-src 'nonce-${p.nonce}'; script-src 'nonce-${p.nonce}'; font-src data:`;
  return `<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${p.nonce}">
@font-face { font-family: 'Noto Naskh Arabic'; font-style: normal; font-weight: 400; font-display: block; src: url('${p.fontDataUri}') format('woff2'); }
${p.style}
</style>
<title>${escapeHtml(p.init.type === 'model' ? p.init.model.title : p.init.article.title)}</title>
</head>
<body>
<header dir="ltr"><div id="legend"></div><div id="progress" role="progressbar"></div>
<div class="keys">J/K next/previous · Enter accept · X reject · 1–4 PER/LOC/ORG/MISC · S speaker · U undo · select text + 1–4 to add</div></header>
<main id="article" dir="rtl" lang="ar" tabindex="0"></main>
<div id="menu" hidden dir="ltr"></div>
<svg id="links" aria-hidden="true"></svg>
<script type="application/json" id="${INIT_ID}">${jsonInHtml(p.init)}</script>
<script nonce="${p.nonce}">${p.script}</script>
</body>
</html>`;
}
