// Typed messages between the review pane's webview and the extension: the one contract both sides compile against.

/** The labels a span in the pane can carry: the type, and the list the extension checks the page's messages against (fromPane.ts). */
export const PANE_LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC', 'DATE', 'TIME', 'DURATION', 'SET', 'QUOTE'] as const;
export type PaneLabel = typeof PANE_LABELS[number];

export interface PaneSpan {
  kind: 'entity' | 'quotation' | 'date';
  label: PaneLabel;
  status: 'suggested' | 'accepted' | 'manual';
  lowConfidence: boolean;
  /** UTF-16 offsets into `PaneModel.text`, the same convention as the editor's document. */
  start: number;
  end: number;
  speaker?: { text: string; via?: string; start?: number; end?: number };
}

/** The article as the pane shows it before its render model is known: the document's text for one version. */
export interface PaneArticle {
  uri: string;
  version: number;
  title: string;
  text: string;
}

/** What the pane draws: the document text and the server's spans for one version; the pane never analyses. */
export interface PaneModel extends PaneArticle {
  spans: PaneSpan[];
  counts: Record<string, number>;
  reviewed: number;
  total: number;
}

export type ToPane =
  | { type: 'model'; model: PaneModel }
  /** The text at once; its boxes follow in a 'model' message when the server has analysed this version. */
  | { type: 'article'; article: PaneArticle }
  /** The editor's cursor moved: focus the span there. */
  | { type: 'reveal'; offset: number }
  /** The server does not analyse this version of the article (not Arabic, too large, not a text file): no boxes will come. */
  | { type: 'unanalysed'; uri: string; version: number };

/** The page's first state, written into it as if it were the first message: the model if the extension has it for this version, else the text. */
export type PaneInit = Extract<ToPane, { type: 'model' | 'article' }>;

export type DecideAction = 'accept' | 'reject' | 'remove' | 'relabel';

/** The article and version a message was made on: the extension acts only if that version is still the open one (fromPane.ts). */
export interface PaneTarget { uri: string; version: number }

export type FromPane =
  | { type: 'ready' }
  | ({ type: 'decide'; action: DecideAction; offset: number; label?: PaneLabel } & PaneTarget)
  | ({ type: 'annotate'; start: number; end: number; label: PaneLabel } & PaneTarget)
  | ({ type: 'setSpeaker'; offset: number } & PaneTarget)
  | ({ type: 'undo' } & PaneTarget)
  /** The pane focused a span: the editor selects it. */
  | ({ type: 'select'; start: number; end: number } & PaneTarget)
  /** Timings the real-editor suite prints. */
  | { type: 'timing'; what: 'render' | 'focus'; ms: number }
  /** Once per load of the page: when it reached each stage. */
  | { type: 'loaded'; marks: LoadMarks };

/**
 * Stages of one load of the pane's page, in ms since the epoch on the webview's clock (the editor's machine):
 * where the time between "open" and "the user sees the article" goes.
 */
export interface LoadMarks {
  /** The page's navigation began (the webview's document was requested). */
  navigation: number;
  /** The pane's script started running. */
  script: number;
  /** Paragraphs the page drew from its own first state, before any message or render model arrived. */
  drawnFromPage: number;
  /** VS Code's webview host was ready to load the page (its service worker; a VS Code mark, absent if VS Code renames it). */
  hostReady?: number;
  /** VS Code showed the page's frame (it hides it until the page's load event, or for 200 ms). */
  visible?: number;
  /** A frame with the article's text was on screen: drawn, the frame shown and the font loaded (text waits for it). */
  text?: number;
  /** The first render model arrived (in the page or by message). */
  model?: number;
  /** A frame with the boxes was on screen. */
  boxes?: number;
  /** The shipped Arabic font was ready. */
  font?: number;
}

/** Keys of the review loop in the pane (the pane and the README list the same table). */
export const RELABEL_KEYS: Record<string, PaneLabel> = { 1: 'PERSON', 2: 'LOCATION', 3: 'ORGANIZATION', 4: 'MISC' };

/** A span's identity across re-renders: ids change when a suggestion becomes a decision, offsets do not. */
export function spanKey(s: { kind: string; start: number; end: number }): string {
  return `${s.kind}:${s.start}:${s.end}`;
}
