// After an edit the full analysis waits for a pause as long as the document's last one took, so the keys a user types
// meanwhile are answered at once; a small article's analysis is not delayed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FullPause, MAX_PAUSE_MS } from '../../../server/src/fullPause';

test('a large document waits as long as its last analysis took, a small one not at all', () => {
  const p = new FullPause();
  assert.equal(p.pauseMs('big'), 0, 'the first analysis (the open) does not wait');
  p.record('big', 400);
  p.record('small', 8);
  assert.equal(p.pauseMs('big'), 400);
  assert.equal(p.pauseMs('small'), 0);
  p.record('huge', 9000);
  assert.equal(p.pauseMs('huge'), MAX_PAUSE_MS, 'never longer than the cap');
});

test('an analysis a feature had already made (answered at once) does not shorten the pause; a closed document forgets', () => {
  const p = new FullPause();
  p.record('big', 700);
  p.record('big', 1);
  assert.equal(p.pauseMs('big'), 700);
  p.record('big', 300);
  assert.equal(p.pauseMs('big'), 300, 'a real analysis that got quicker is what counts');
  p.forget('big');
  assert.equal(p.pauseMs('big'), 0);
});
