import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('a governor\'s place and his name read as one span are the place, then the person', () => {
  const a = entities('وقال محافظ نينوى عبد القادر الدخيل إن إعادة الإعمار بطيئة .');
  assert.ok(a.includes('LOCATION:نينوى'), a.join(' '));
  assert.ok(a.includes('PERSON:عبد القادر الدخيل'), a.join(' '));
  const b = entities('أعلن والي ولاية الجزيرة الطاهر إبراهيم الخير عودة الخدمات .');
  assert.ok(b.includes('LOCATION:الجزيرة'), b.join(' '));
  assert.ok(b.some((x) => x.startsWith('PERSON:الطاهر إبراهيم')), b.join(' '));
});

test('after a definite title the name follows at once: no place between (a second reader\'s case)', () => {
  const a = entities('وقال المحافظ هفال أبو بكر إن الإقليم يرحب بالنازحين .');
  assert.ok(a.includes('PERSON:هفال أبو بكر'), a.join(' '));
});
