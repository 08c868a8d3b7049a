import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a team called by its colour or as the dean in sports news is the team', () => {
  assert.ok(entities('وقال مدرب المنتخب إن " الأخضر لعب بشجاعة أمام جماهيره " .').includes('ORGANIZATION الأخضر'));
  assert.ok(entities('ويواجه الأحمر منتخب الهند في الجولة المقبلة من التصفيات.').includes('ORGANIZATION الأحمر'));
});

test('a colour after its noun, after ب, listed with another colour, or a rank before a name stays O', () => {
  assert.ok(!entities('وحصل المدافع على الكارت الأحمر في المباراة.').some((e) => e.includes('الأحمر')));
  assert.ok(!entities('وارتدى لاعبو الفريق قمصانا بالأزرق في المباراة.').some((e) => e.includes('الأزرق')));
  assert.ok(!entities('ويحمل النادي شعار ( الأصفر و الأزرق ) منذ تأسيسه عام 1960 .').some((e) => e.startsWith('ORGANIZATION ال')));
});

test('an officer\'s rank before his office and a colour worn by the crowd stay O in a match report', () => {
  assert.ok(!entities('وأكد العميد المتحدث باسم الأمن أن مباراة الفريقين ستقام بحضور الجمهور.').some((e) => e.startsWith('ORGANIZATION العميد')));
  assert.ok(!entities('وملأت الجماهير الملعب وهي ترتدي الأزرق قبل المباراة النهائية.').some((e) => e.startsWith('ORGANIZATION الأزرق')));
});
