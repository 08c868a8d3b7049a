// The review pane's keys: the review loop's table, and a focused button or checkbox keeps its own Enter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyAction } from '../../../client/src/reviewPane/paneKeys';

test('Enter on a focused menu button (keyboard-only use) is left to the button: it accepted the span whatever the button said', () => {
  assert.equal(keyAction({ key: 'Enter' }, true, false), undefined);
  assert.equal(keyAction({ key: 'x' }, true, false), undefined);
  assert.equal(keyAction({ key: '2' }, true, false), undefined);
  // Escape still closes the menu from its buttons.
  assert.deepEqual(keyAction({ key: 'Escape' }, true, false), { type: 'closeMenu' });
});

test('in the article, the review keys are those the pane and the README list', () => {
  assert.deepEqual(keyAction({ key: 'j' }, false, false), { type: 'step', direction: 1 });
  assert.deepEqual(keyAction({ key: 'K' }, false, false), { type: 'step', direction: -1 });
  assert.deepEqual(keyAction({ key: 'ArrowLeft' }, false, false), { type: 'step', direction: 1 });
  assert.deepEqual(keyAction({ key: 'Enter' }, false, false), { type: 'decide', action: 'accept' });
  assert.deepEqual(keyAction({ key: 'Backspace' }, false, false), { type: 'decide', action: 'reject' });
  assert.deepEqual(keyAction({ key: '3' }, false, false), { type: 'decide', action: 'relabel', label: 'ORGANIZATION' });
  assert.deepEqual(keyAction({ key: '3' }, false, true), { type: 'annotate', label: 'ORGANIZATION' });
  assert.deepEqual(keyAction({ key: 's' }, false, false), { type: 'speaker' });
  assert.deepEqual(keyAction({ key: 'u' }, false, false), { type: 'undo' });
  assert.equal(keyAction({ key: 'j', ctrlKey: true }, false, false), undefined);
  assert.equal(keyAction({ key: 'q' }, false, false), undefined);
});
