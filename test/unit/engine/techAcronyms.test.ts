// A technical acronym is no organisation; a body's acronym stays one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a format or device acronym is no organisation', () => {
  for (const text of ['1 - الموسوعة العربية 2001 - CD انتاج شركة العريس للكمبيوتر .', 'ويمكن تحميل التقرير بصيغة PDF من الموقع .', 'وزودت السيارات بنظام GPS لتحديد المواقع .']) {
    const found = entityLines(text);
    assert.ok(!found.some((l) => /^ORGANIZATION [A-Z]+$/.test(l)), found.join(', '));
  }
});

test('a body\'s acronym stays an organisation', () => {
  assert.ok(entityLines('وقالت شبكة CNN إن الرئيس سيزور المنطقة .').some((l) => l.startsWith('ORGANIZATION') && l.includes('CNN')));
});

test('a virus\'s code in capitals after its word is no organisation, a body\'s acronym after another word stays one', () => {
  assert.deepEqual(entityLines('وانتشرت سلالة KQX بسرعة في المدن الساحلية .'), []);
  assert.deepEqual(entityLines('ورصدت المختبرات المتحور QD.4 في عينات جديدة .'), []);
  assert.ok(entityLines('وقالت وكالة KQX إن الفريق وصل .').some((l) => l.startsWith('ORGANIZATION') && l.includes('KQX')));
});
