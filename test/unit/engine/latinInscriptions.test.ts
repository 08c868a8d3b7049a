import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('Latin words written on a banner, a shirt or a screen, or named as a word, are no product', () => {
  assert.deepEqual(entities('ورفع الطلاب لافتة كتب عليها بالفرنسية Liberte أمام الجامعة.').filter((e) => e.includes('Liberte')), []);
  assert.deepEqual(entities('وارتدى اللاعبون قمصانا كتب عليها Forever Young بعد المباراة.').filter((e) => e.includes('Young')), []);
  assert.deepEqual(entities('ونشرت الصحيفة على صفحتها الأولى كلمة Shame بخط عريض.').filter((e) => e.includes('Shame')), []);
});

test('a Latin product after its own noun or as a subject keeps its tag', () => {
  assert.ok(entities('وأطلقت الشركة تطبيق Wasla 2 لتحويل الأموال.').some((e) => e.includes('Wasla')));
  assert.ok(entities('ويعتمد المهندسون على ChatGPT في كتابة الشيفرة.').some((e) => e.includes('ChatGPT')));
});
