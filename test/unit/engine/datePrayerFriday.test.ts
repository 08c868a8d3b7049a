import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, dateValue as value, find } from './helpers';

// صلاة الجمعة is the Friday prayer, an event like صلاة العصر: its weekday is no date of its own (session 65, hard2's table).

test('the الجمعة of صلاة الجمعة is no date, and the day named after it still is', () => {
  const a = analyze('وتجمع المحتجون أمام المسجد بعد صلاة الجمعة أمس ورددوا هتافات.', '2026-12-05');
  assert.equal(find(a, 'الجمعة', 'date'), undefined);
  assert.equal(value('وتجمع المحتجون أمام المسجد بعد صلاة الجمعة أمس ورددوا هتافات.', 'أمس', '2026-12-05').value, '2026-12-04');
  assert.equal(find(analyze('ودعا الإمام المصلين إلى الهدوء خلال صلاة الجمعة في الجامع الكبير.', '2026-12-05'), 'الجمعة', 'date'), undefined);
});

test('a bare الجمعة with no prayer word before it is still a day', () => {
  assert.equal(value('وتظاهر المحتجون الجمعة أمام مقر الحكومة.', 'الجمعة', '2026-12-05').value, '2026-12-04');
});
