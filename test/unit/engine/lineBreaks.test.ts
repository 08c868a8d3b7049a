// Old Mac files end lines with a bare CR: each line is still its own paragraph, as with LF and CRLF.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

// A name ends one line and another begins the next: joined lines would make them one PERSON.
const LINES = [
  'استقبل الرئيس المصري عبد الفتاح السيسي',
  'محمد بن سلمان وصل إلى الرياض أمس',
  'وقال الوزير إن الوفد السوداني وصل يوم الاثنين 3 آذار/مارس 2025',
];

const shape = (text: string) => analyze(text).annotations.map((x) => `${x.kind}:${x.label ?? ''}:${x.start}-${x.end}:${x.text}`);

test('bare-CR line ends split paragraphs exactly as LF does', () => {
  const lf = shape(LINES.join('\n'));
  assert.ok(lf.length >= 3, `expected entities and a date, got ${lf.join(' | ')}`);
  assert.deepEqual(shape(LINES.join('\r')), lf);
  assert.deepEqual(shape(LINES.join('\r\n')).length, lf.length);
});
