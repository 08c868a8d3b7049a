// A caption's word, a date or a describing word in brackets after a body the tagger read is no short name (bracketGlosses.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, find } from './helpers';

const entity = (text: string, span: string) => find(analyze(text), span, 'entity')?.label;

test('after a body the tagger read, a caption word or a feminine nisba in brackets is no short name', () => {
  assert.equal(entity('جلسة سابقة لمجلس النواب في بغداد ( أرشيفية )\n\nعقد المجلس جلسة جديدة .', 'أرشيفية'), undefined);
  assert.equal(entity('أعلنت جمعية المهاجرين في فرنسا ( المغاربية ) عن لقاء .', 'المغاربية'), undefined);
});

test('a real short name in brackets after a body the tagger read stays the body', () => {
  assert.equal(entity('أعلنت هيئة تنظيم الاتصالات ( تراك ) عن لقاء جديد .', 'تراك'), 'ORGANIZATION');
});
