// The sides of a match frame in sports news (facingSides.ts): clubs named by common words there are teams; hardships, the game's people and non-sports frames are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a club named by a common word facing a team in a guest, host, match-noun or facing-verb frame is the team', () => {
  // يحل X ضيفا على Y: the guest named by a body's head faces a listed club.
  assert.ok(entities('ويحل الاتحاد ضيفا على الأهلي في الجولة المقبلة من الدوري .').includes('ORGANIZATION الاتحاد'));
  // مباراة X وY: an age group's word facing a listed club.
  assert.ok(entities('وتقام مباراة الشباب والفيصلي يوم الجمعة في الجولة الخامسة .').includes('ORGANIZATION الشباب'));
  // A facing verb, and the host with its guest named by نظيره: a listed club however common its word, the other side with it.
  assert.deepEqual(entities('ويلتقي الهلال مع الشباب في نصف النهائي .'), ['ORGANIZATION الهلال', 'ORGANIZATION الشباب']);
  assert.deepEqual(entities('واستضاف الهلال نظيره الشباب في الجولة الماضية من الدوري .'), ['ORGANIZATION الهلال', 'ORGANIZATION الشباب']);
});

test('a listed club however common its word is the host in a sports sentence', () => {
  assert.ok(entities('ويستضيف الهلال في الجولة المقبلة فريق الرائد .').includes('ORGANIZATION الهلال'));
});

test('the common-noun readings stay: a noun phrase, an open word facing no team, roles and the game\'s words', () => {
  // The Red Crescent: a definite word after the side makes a noun phrase.
  assert.ok(!entities('ويستضيف الهلال الأحمر اللاجئين في المخيم قبل المباراة .').includes('ORGANIZATION الهلال'));
  // Two open words: neither side is known to be a team.
  assert.deepEqual(entities('ويحل الوحدة ضيفا على الشباب في الجولة المقبلة .'), []);
  assert.deepEqual(entities('ويلتقي الشباب مع المدرب في الملعب قبل المباراة .'), []);
  // A role after the host verb, a match's legs after the match noun.
  assert.deepEqual(entities('ويستضيف المدرب اللاعبين في الملعب قبل المباراة .'), []);
  assert.deepEqual(entities('وشهدت مباراة الذهاب والإياب حضورا كبيرا .'), []);
});

test('a hardship or a stake a listed club overcomes or wins is no side (probe60)', () => {
  // تغلب X على Y and a headline's result verb facing a listed club: the object is what was overcome or won, not a team.
  assert.deepEqual(entities('وتغلب الهلال على الغيابات وفاز بثلاثية في الدوري .').filter((e) => e.includes('الغيابات')), []);
  assert.deepEqual(entities('وتغلب الهلال على الضغوط وحقق الفوز في المباراة .').filter((e) => e.includes('الضغوط')), []);
  assert.deepEqual(entities('الهلال يكسب الرهان في الدوري').filter((e) => e.includes('الرهان')), []);
  assert.deepEqual(entities('الهلال يتخطى الصعاب ويفوز بالدوري').filter((e) => e.includes('الصعاب')), []);
  // The same frames with a club facing it still tag it.
  assert.ok(entities('وفاز الهلال على الوحدة بثلاثة أهداف في الدوري .').includes('ORGANIZATION الوحدة'));
});

test('the game\'s officials, a club\'s own people and a place\'s common noun facing a listed club are no side (probe60)', () => {
  assert.deepEqual(entities('ولعب الهلال مع الحكم مباراة صعبة في الدوري .').filter((e) => e.includes('الحكم')), []);
  assert.deepEqual(entities('ويلتقي الهلال مع الإدارة لبحث التعاقدات قبل الدوري .').filter((e) => e.includes('الإدارة')), []);
  assert.deepEqual(entities('ويحل الهلال ضيفا على العاصمة لمواجهة الشباب في الدوري .').filter((e) => e.includes('العاصمة')), []);
  assert.deepEqual(entities('الهلال يكسب الجمهور بأداء مميز في المباراة').filter((e) => e.includes('الجمهور')), []);
  // A club facing the listed one is still the team.
  assert.ok(entities('ويلتقي الهلال مع الاتحاد في نهائي الكأس .').includes('ORGANIZATION الاتحاد'));
});
