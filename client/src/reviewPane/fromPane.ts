// Checks each message from the review pane's webview before the extension acts on it: the page is untrusted input, and a decision names the article and version it was made on.
import { FromPane, LoadMarks, PANE_LABELS, PaneLabel } from './messages';

const LABELS: ReadonlySet<string> = new Set<PaneLabel>(PANE_LABELS);
const ACTIONS: ReadonlySet<string> = new Set(['accept', 'reject', 'remove', 'relabel']);
const MARKS: Array<keyof LoadMarks> = ['navigation', 'script', 'drawnFromPage', 'hostReady', 'visible', 'text', 'model', 'boxes', 'font'];

/** The messages that act on the article the pane shows: each says which article and which version of it. */
export type ActingMessage = Extract<FromPane, { uri: string }>;

const isOffset = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** `m` as a FromPane message if it has that shape exactly enough to act on; anything else is dropped. */
export function parseFromPane(m: unknown): FromPane | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const x = m as Record<string, unknown>;
  const target = typeof x.uri === 'string' && Number.isSafeInteger(x.version) ? { uri: x.uri, version: x.version as number } : undefined;
  switch (x.type) {
    case 'ready': return { type: 'ready' };
    case 'undo': return target && { type: 'undo', ...target };
    case 'decide': {
      if (!target || typeof x.action !== 'string' || !ACTIONS.has(x.action) || !isOffset(x.offset)) return undefined;
      const action = x.action as 'accept' | 'reject' | 'remove' | 'relabel';
      if (action !== 'relabel') return { type: 'decide', ...target, action, offset: x.offset };
      return typeof x.label === 'string' && LABELS.has(x.label) ? { type: 'decide', ...target, action, offset: x.offset, label: x.label as PaneLabel } : undefined;
    }
    case 'annotate':
      if (!target || !isOffset(x.start) || !isOffset(x.end) || x.end <= x.start || typeof x.label !== 'string' || !LABELS.has(x.label)) return undefined;
      return { type: 'annotate', ...target, start: x.start, end: x.end, label: x.label as PaneLabel };
    case 'setSpeaker': return target && isOffset(x.offset) ? { type: 'setSpeaker', ...target, offset: x.offset } : undefined;
    case 'select': return target && isOffset(x.start) && isOffset(x.end) && x.end >= x.start ? { type: 'select', ...target, start: x.start, end: x.end } : undefined;
    case 'timing': return (x.what === 'render' || x.what === 'focus') && isTime(x.ms) ? { type: 'timing', what: x.what, ms: x.ms } : undefined;
    case 'loaded': {
      const k = x.marks;
      if (typeof k !== 'object' || k === null) return undefined;
      const r = k as Record<string, unknown>;
      if (!isTime(r.navigation) || !isTime(r.script) || !isOffset(r.drawnFromPage)) return undefined;
      const marks: LoadMarks = { navigation: r.navigation, script: r.script, drawnFromPage: r.drawnFromPage };
      for (const name of MARKS) if (isTime(r[name])) marks[name] = r[name] as number;
      return { type: 'loaded', marks };
    }
    default: return undefined;
  }
}

/** What the pane's message can act on: the open document of its uri (version and length), if any. */
export interface OpenArticle { uri: string; version: number; length: number }

/**
 * Why `m` must not act: its article is closed, or was edited since the pane drew it (its offsets would land on other
 * words), or its offsets run past the text. Undefined: act.
 */
export function staleReason(m: ActingMessage, doc: OpenArticle | undefined, name: string): string | undefined {
  if (!doc) return `${name} is closed: open it again to review it.`;
  if (m.uri !== doc.uri) return `${name} is not the article this message is for.`;
  // Undo names no words (it undoes the article's last annotation command), so an edit since does not matter.
  if (m.type === 'undo') return undefined;
  const ends = m.type === 'decide' || m.type === 'setSpeaker' ? [m.offset] : [m.start, m.end];
  if (m.version !== doc.version || ends.some((o) => o > doc.length)) return `${name} changed since the review pane drew it; nothing was decided. The pane shows it again: decide once more.`;
  return undefined;
}
