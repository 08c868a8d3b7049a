// The review pane's keys as actions: pure, so the key table (and which keys a focused button or checkbox keeps) is unit-tested without a browser.
import { DecideAction, PaneLabel, RELABEL_KEYS } from './messages';

export type KeyAction =
  | { type: 'annotate'; label: PaneLabel }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'decide'; action: DecideAction; label?: PaneLabel }
  | { type: 'speaker' }
  | { type: 'undo' }
  | { type: 'closeMenu' };

export interface Key { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }

/**
 * What a key does in the pane. `onControl`: the key went to a button or checkbox (the action menu, the layer boxes),
 * whose own Enter and Space must act: Enter on the menu's "Reject" button rejected nothing and accepted the span.
 * `selection`: text is selected in the article, so 1–4 add a span instead of relabelling.
 */
export function keyAction(k: Key, onControl: boolean, selection: boolean): KeyAction | undefined {
  if (k.ctrlKey || k.metaKey || k.altKey) return undefined;
  if (k.key === 'Escape') return { type: 'closeMenu' };
  if (onControl) return undefined;
  const key = k.key.toLowerCase();
  const label = RELABEL_KEYS[key];
  if (selection && label) return { type: 'annotate', label };
  if (key === 'j' || k.key === 'ArrowDown' || k.key === 'ArrowLeft') return { type: 'step', direction: 1 };
  if (key === 'k' || k.key === 'ArrowUp' || k.key === 'ArrowRight') return { type: 'step', direction: -1 };
  if (k.key === 'Enter') return { type: 'decide', action: 'accept' };
  if (k.key === 'Backspace' || key === 'x') return { type: 'decide', action: 'reject' };
  if (label) return { type: 'decide', action: 'relabel', label };
  if (key === 's') return { type: 'speaker' };
  if (key === 'u') return { type: 'undo' };
  return undefined;
}
