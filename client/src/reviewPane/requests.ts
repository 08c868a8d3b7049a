// What each message from the review pane asks of the server: a pure mapping, so the pane's decisions are the editor's decisions.
import type { FromPane } from './messages';

interface Pos { line: number; character: number }

export type PaneRequest =
  | { kind: 'server'; method: string; params: Record<string, unknown> }
  | { kind: 'command'; command: string; args: Record<string, unknown> }
  | { kind: 'select'; start: number; end: number }
  | { kind: 'none' };

/** Maps a pane message onto the same requests the editor's commands send (offsets become positions of `uri`). */
export function requestFor(m: FromPane, uri: string, positionAt: (offset: number) => Pos): PaneRequest {
  switch (m.type) {
    case 'decide': return { kind: 'server', method: 'arabicNews/decide', params: { uri, position: positionAt(m.offset), action: m.action, ...(m.label ? { label: m.label } : {}) } };
    case 'annotate': return { kind: 'server', method: 'arabicNews/annotate', params: { uri, range: { start: positionAt(m.start), end: positionAt(m.end) }, label: m.label, literal: false } };
    case 'undo': return { kind: 'server', method: 'arabicNews/undo', params: { uri } };
    case 'setSpeaker': return { kind: 'command', command: 'arabicNews.setSpeaker', args: { uri, position: positionAt(m.offset) } };
    case 'select': return { kind: 'select', start: m.start, end: m.end };
    default: return { kind: 'none' };
  }
}
