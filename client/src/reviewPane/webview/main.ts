// The review pane inside the webview: draws the article right to left with boxes and label chips, and runs the keyboard review loop.
/// <reference lib="dom" />
import { layout, Piece } from '../layout';
import { groupOf } from '../../labelGroups';
import { FromPane, PaneArticle, PaneInit, PaneLabel, PaneModel, PaneSpan, RELABEL_KEYS, spanKey, ToPane } from '../messages';
import { INIT_ID } from '../page';
import { keyAction } from '../paneKeys';
import { LoadTimer } from './loadTimer';

interface VsCodeApi { postMessage(m: FromPane): void; getState(): PaneState | undefined; setState(s: PaneState): void }
/** Kept by VS Code with the page; `uri` lets the extension bring the pane back on its article after a reload. */
interface PaneState { uri?: string; focus?: string; scroll?: number; hidden?: string[] }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: FromPane) => vscode.postMessage(m);
const LABEL_NAMES: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG', MISC: 'MISC', DATE: 'DATE', TIME: 'TIME', DURATION: 'DUR', SET: 'SET', QUOTE: 'QUOTE' };
const LAYERS: Record<string, string> = { entity: 'Entities', quotation: 'Quotations', date: 'Dates' };

let model: PaneModel | undefined;
/** The drawn model is the article's text only: its render model has not arrived yet. */
let pending = false;
let state: PaneState = vscode.getState() ?? {};
/** Element of every drawn span, by span key (offsets survive a re-render; ids do not). */
let elements = new Map<string, HTMLElement>();
/** Text node → its UTF-16 offset in the document, to turn a DOM selection into offsets. */
let textBase = new WeakMap<Node, number>();

const article = document.getElementById('article')!;
const legend = document.getElementById('legend')!;
const progress = document.getElementById('progress')!;
const menu = document.getElementById('menu')!;

/** Where this load's time goes, reported once the boxes are on screen (the real-editor suite prints it). */
const timer = new LoadTimer((marks) => post({ type: 'loaded', marks }));

/** The article and version the pane shows: every message that acts names them, so a decision never lands on an edited or other text. */
function target(): { uri: string; version: number } | undefined {
  return model && { uri: model.uri, version: model.version };
}

function saveState(patch: Partial<PaneState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

function draw(pieces: Piece[], into: HTMLElement, text: string): void {
  for (const p of pieces) {
    if (p.type === 'text') {
      const t = document.createTextNode(text.slice(p.start, p.end));
      textBase.set(t, p.start);
      into.append(t);
      continue;
    }
    const s = p.span;
    const el = document.createElement('span');
    el.className = `ann ${s.kind} g-${groupOf(s.label)} ${s.status}${s.lowConfidence ? ' low' : ''}`;
    el.dataset.key = spanKey(s);
    el.dataset.start = String(s.start);
    el.dataset.end = String(s.end);
    el.title = `${s.label} · ${s.status}${s.speaker ? ` · speaker ${s.speaker.text}` : ''}`;
    draw(p.children, el, text);
    if (s.kind !== 'quotation' && p.end === s.end) {
      // The chip is its own isolated element after the span: it never joins the Arabic letters.
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = LABEL_NAMES[s.label] ?? s.label;
      chip.setAttribute('aria-hidden', 'true');
      el.append(chip);
    }
    if (!elements.has(spanKey(s))) elements.set(spanKey(s), el);
    into.append(el);
  }
}

function render(m: PaneModel, textOnly = false): void {
  const t0 = performance.now();
  model = m;
  pending = textOnly;
  elements = new Map();
  textBase = new WeakMap();
  const hidden = new Set(state.hidden ?? []);
  const visible = m.spans.filter((s) => !hidden.has(s.kind));
  const frag = document.createDocumentFragment();
  for (const para of layout(m.text, visible)) {
    const p = document.createElement('p');
    p.dir = 'rtl';
    p.dataset.start = String(para.start);
    draw(para.pieces, p, m.text);
    const q = para.quote;
    if (q) { p.classList.add('has-quote'); if (q.speaker) p.dataset.speaker = q.speaker.text; }
    frag.append(p);
  }
  article.replaceChildren(frag);
  drawLegend(m, hidden);
  progress.textContent = pending ? 'Waiting for the analysis…' : `${m.reviewed} / ${m.total} reviewed`;
  (progress as HTMLElement).style.setProperty('--done', `${m.total ? (100 * m.reviewed) / m.total : 100}%`);
  document.title = m.title;
  const keep = state.focus && elements.get(state.focus);
  if (keep) focus(state.focus!, false);
  else if (state.scroll !== undefined) window.scrollTo(0, state.scroll);
  post({ type: 'timing', what: 'render', ms: performance.now() - t0 });
  timer.drawn('text');
  if (!pending) timer.drawn('boxes');
}

/** The article's text before its render model: no boxes yet, the same paragraphs and offsets. */
function renderText(a: PaneArticle): void {
  // A model already drawn for this very version stays: the text adds nothing to it.
  if (model && !pending && model.uri === a.uri && model.version === a.version) return;
  render({ ...a, spans: [], counts: {}, reviewed: 0, total: 0 }, true);
}

function drawLegend(m: PaneModel, hidden: Set<string>): void {
  legend.replaceChildren();
  for (const [group, labels] of [['person', ['PERSON']], ['location', ['LOCATION']], ['organization', ['ORGANIZATION']], ['misc', ['MISC']], ['date', ['DATE', 'TIME', 'DURATION', 'SET']], ['quote', ['QUOTE']]] as const) {
    const n = labels.reduce((k, l) => k + (m.counts[l] ?? 0), 0);
    const item = document.createElement('span');
    item.className = `legend-item g-${group}`;
    item.textContent = `${labels[0] === 'QUOTE' ? 'Quotations' : labels.length > 1 ? 'Dates' : labels[0]} ${pending ? '…' : n}`;
    legend.append(item);
  }
  for (const [kind, title] of Object.entries(LAYERS)) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(kind);
    box.addEventListener('change', () => {
      const next = new Set(state.hidden ?? []);
      if (box.checked) next.delete(kind); else next.add(kind);
      saveState({ hidden: [...next] });
      if (model) render(model);
    });
    label.append(box, ` ${title}`);
    legend.append(label);
  }
}

function spanOf(key: string | undefined): PaneSpan | undefined {
  return key ? model?.spans.find((s) => spanKey(s) === key) : undefined;
}

function focus(key: string, tell = true): void {
  const t0 = performance.now();
  document.querySelectorAll('.ann.focused').forEach((e) => e.classList.remove('focused'));
  const el = elements.get(key);
  if (!el) return;
  el.classList.add('focused');
  el.scrollIntoView({ block: 'nearest' });
  saveState({ focus: key, scroll: window.scrollY });
  const s = spanOf(key);
  drawSpeakerLink(s);
  const t = target();
  if (tell && s && t) post({ type: 'select', ...t, start: s.start, end: s.end });
  post({ type: 'timing', what: 'focus', ms: performance.now() - t0 });
}

/** For a focused quotation: outlines its speaker's mention and draws a line from the quotation to it. */
function drawSpeakerLink(s: PaneSpan | undefined): void {
  document.querySelectorAll('.speaker-of-focus').forEach((e) => e.classList.remove('speaker-of-focus'));
  const svg = document.getElementById('links')!;
  svg.replaceChildren();
  const sp = s?.kind === 'quotation' ? s.speaker : undefined;
  if (!s || sp?.start === undefined) return;
  const target = [...elements.values()].find((e) => e.dataset.start === String(sp.start) && e.dataset.end === String(sp.end));
  const from = elements.get(spanKey(s));
  if (!target || !from) return;
  target.classList.add('speaker-of-focus');
  const a = from.getClientRects()[0];
  const b = target.getBoundingClientRect();
  if (!a) return;
  svg.setAttribute('width', String(document.documentElement.scrollWidth));
  svg.setAttribute('height', String(document.documentElement.scrollHeight));
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  const [x1, y1, x2, y2] = [a.right + window.scrollX, a.top + window.scrollY, b.left + b.width / 2 + window.scrollX, b.bottom + window.scrollY];
  line.setAttribute('d', `M ${x1} ${y1} C ${x1} ${Math.min(y1, y2) - 30}, ${x2} ${Math.min(y1, y2) - 30}, ${x2} ${y2}`);
  svg.append(line);
}

/** Next / previous unreviewed suggestion after the focused one, in reading order, wrapping around. */
function step(direction: 1 | -1, from?: number): void {
  if (!model) return;
  const open = model.spans.filter((s) => s.status === 'suggested' && elements.has(spanKey(s))).sort((a, b) => a.start - b.start || a.end - b.end);
  if (!open.length) return;
  const cur = spanOf(state.focus);
  const at = from ?? (cur ? cur.start : direction === 1 ? -1 : Infinity);
  const next = direction === 1 ? open.find((s) => s.start > at) ?? open[0] : [...open].reverse().find((s) => s.start < at) ?? open[open.length - 1];
  focus(spanKey(next));
}

function focusedSpan(): PaneSpan | undefined {
  return spanOf(state.focus);
}

function decide(action: 'accept' | 'reject' | 'remove' | 'relabel', label?: PaneLabel): void {
  const s = focusedSpan();
  const t = target();
  if (!s || !t) return;
  post({ type: 'decide', ...t, action, offset: s.start, ...(label ? { label } : {}) });
}

/** The document offsets of the DOM selection, if it lies in the article. */
function selectionOffsets(): { start: number; end: number } | undefined {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return undefined;
  const r = sel.getRangeAt(0);
  const at = (node: Node, offset: number) => (textBase.has(node) ? textBase.get(node)! + offset : undefined);
  const start = at(r.startContainer, r.startOffset);
  const end = at(r.endContainer, r.endOffset);
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

document.addEventListener('keydown', (e) => {
  const el = e.target as HTMLElement;
  const selected = selectionOffsets();
  const a = keyAction(e, !!el.closest?.('input, button, select, textarea'), !!selected);
  const t = target();
  if (!a || !t) return;
  if (a.type === 'annotate') { post({ type: 'annotate', ...t, ...selected!, label: a.label }); window.getSelection()?.removeAllRanges(); }
  else if (a.type === 'step') step(a.direction);
  else if (a.type === 'decide') decide(a.action, a.label);
  else if (a.type === 'speaker') { const s = focusedSpan(); if (s) post({ type: 'setSpeaker', ...t, offset: s.start }); }
  else if (a.type === 'undo') post({ type: 'undo', ...t });
  else menu.hidden = true;
  e.preventDefault();
});

article.addEventListener('click', (e) => {
  const el = (e.target as HTMLElement).closest<HTMLElement>('.ann');
  menu.hidden = true;
  if (!el?.dataset.key || selectionOffsets()) return;
  focus(el.dataset.key);
  const s = spanOf(el.dataset.key);
  if (!s) return;
  menu.replaceChildren(...([['accept', 'Accept'], ['reject', 'Reject'], ['1', 'PER'], ['2', 'LOC'], ['3', 'ORG'], ['4', 'MISC'], ['remove', 'Remove']] as const).map(([action, title]) => {
    const b = document.createElement('button');
    b.textContent = title;
    b.addEventListener('click', (ev) => {
      ev.stopPropagation();
      menu.hidden = true;
      if (RELABEL_KEYS[action]) decide('relabel', RELABEL_KEYS[action]); else decide(action as 'accept' | 'reject' | 'remove');
    });
    return b;
  }));
  const r = el.getBoundingClientRect();
  menu.style.top = `${r.bottom + window.scrollY + 4}px`;
  menu.style.left = `${Math.max(4, r.left + window.scrollX)}px`;
  menu.hidden = false;
});

window.addEventListener('scroll', () => saveState({ scroll: window.scrollY }), { passive: true });

function receive(m: ToPane): void {
  if (m.type === 'article' || m.type === 'model') {
    const uri = m.type === 'article' ? m.article.uri : m.model.uri;
    if (state.uri !== uri) saveState({ uri });
  }
  if (m.type === 'article') renderText(m.article);
  else if (m.type === 'model') {
    timer.modelArrived();
    const before = focusedSpan();
    render(m.model);
    // A decision on the focused suggestion moves on to the next one, as in the editor.
    if (before?.status === 'suggested' && !model?.spans.some((s) => spanKey(s) === spanKey(before) && s.status === 'suggested')) step(1, before.start);
  } else if (m.type === 'unanalysed') {
    // Said instead of waiting for boxes that will not come (a file that is not an Arabic article, or too large).
    if (model?.uri === m.uri && model.version === m.version && pending) progress.textContent = 'Not analysed as an Arabic article: no annotations to review.';
  } else if (m.type === 'reveal' && model) {
    const hit = model.spans.filter((s) => s.start <= m.offset && m.offset <= s.end && elements.has(spanKey(s))).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    if (hit) focus(spanKey(hit), false);
  }
}

window.addEventListener('message', (e: MessageEvent<ToPane>) => receive(e.data));

// The page carries its first state: the article is drawn while the page loads, before any message can arrive.
receive(JSON.parse(document.getElementById(INIT_ID)!.textContent!) as PaneInit);
timer.marks.drawnFromPage = article.querySelectorAll('p').length;
post({ type: 'ready' });
