import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a club between a coach noun and the coach is the team, his nationality and name left to him', () => {
  const found = entities('وقال مدرب الشعلة البرتغالي مانويل جوزيه بعد المباراة إن الفريق لعب جيدا .');
  assert.ok(found.includes('ORGANIZATION الشعلة'), found.join(', '));
  assert.ok(found.some((e) => e.startsWith('PERSON') && e.includes('مانويل جوزيه') && !e.includes('الشعلة')), found.join(', '));
});

test('a club the tagger took into the coach name is cut off as the team', () => {
  const found = entities('فيما اتهم مدرب الصفاقسي الطاهر ماجري الحكم بعد المباراة بظلم الفريق .');
  assert.ok(found.includes('ORGANIZATION الصفاقسي'), found.join(', '));
  assert.ok(!found.some((e) => e.startsWith('PERSON') && e.includes('الصفاقسي')), found.join(', '));
});

test('an unknown word after a player noun, before a comma, is his club', () => {
  const found = entities('وتعاقد الفريق مع المهاجم النيجيري تشيديرا أوكونكوو ، لاعب إنيمبا ، مقابل 600 ألف دولار .');
  assert.ok(found.includes('ORGANIZATION إنيمبا'), found.join(', '));
  // An adjective agreeing with the noun is no club.
  const keeper = entities('وأضاف المدرب أن المهاجم محمد صلاح اصطدم في المباراة بحارس استثنائي .');
  assert.ok(!keeper.some((e) => e.includes('استثنائي')), keeper.join(', '));
});

test('a sport or a position after a player noun is no club, nor is a side outside sports news', () => {
  assert.ok(!entities('وفاز لاعب التنس الإسباني رافائيل نادال بالمباراة .').some((e) => e.startsWith('ORGANIZATION')));
  assert.ok(!entities('وقال مدرب الشعلة البرتغالي مانويل جوزيه إن الطقس جميل .').includes('ORGANIZATION الشعلة'));
});
