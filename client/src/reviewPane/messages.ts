// Typed messages between the review pane's webview and the extension: the one contract both sides compile against.

export type PaneLabel = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISC' | 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'QUOTE';

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

/** What the pane draws: the document text and the server's spans for one version; the pane never analyses. */
export interface PaneModel {
  uri: string;
  version: number;
  title: string;
  text: string;
  spans: PaneSpan[];
  counts: Record<string, number>;
  reviewed: number;
  total: number;
}

export type ToPane =
  | { type: 'model'; model: PaneModel }
  /** The editor's cursor moved: focus the span there. */
  | { type: 'reveal'; offset: number };

export type DecideAction = 'accept' | 'reject' | 'remove' | 'relabel';

export type FromPane =
  | { type: 'ready' }
  | { type: 'decide'; action: DecideAction; offset: number; label?: PaneLabel }
  | { type: 'annotate'; start: number; end: number; label: PaneLabel }
  | { type: 'setSpeaker'; offset: number }
  | { type: 'undo' }
  /** The pane focused a span: the editor selects it. */
  | { type: 'select'; start: number; end: number }
  /** Timings the real-editor suite prints. */
  | { type: 'timing'; what: 'render' | 'focus'; ms: number };

/** Keys of the review loop in the pane (the pane and the README list the same table). */
export const RELABEL_KEYS: Record<string, PaneLabel> = { 1: 'PERSON', 2: 'LOCATION', 3: 'ORGANIZATION', 4: 'MISC' };

/** A span's identity across re-renders: ids change when a suggestion becomes a decision, offsets do not. */
export function spanKey(s: { kind: string; start: number; end: number }): string {
  return `${s.kind}:${s.start}:${s.end}`;
}
