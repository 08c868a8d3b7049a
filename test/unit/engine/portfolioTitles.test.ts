// A portfolio and its nationality after a minister's title are the title's; after the ministry's head they are the ministry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test('a portfolio with its nationality after وزير is no organisation', () => {
  assert.deepEqual(labelTexts('تسلمها الدكتور لام اكول وزير الخارجية السودانية ، خلال استقبال انان', 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts('والتقى وزير الداخلية الفرنسية بنظيره', 'ORGANIZATION'), []);
});

test('the ministry named with its head keeps its nationality', () => {
  assert.deepEqual(labelTexts('وأعلنت وزارة الخارجية الألمانية أن السفير سيعود .', 'ORGANIZATION'), ['وزارة الخارجية الألمانية']);
});

test('ministers of a body named by its head are its members: the body stays an organisation', () => {
  assert.deepEqual(labelTexts('وانسحب اثنان من وزراء الحكومة العراقية من الجلسة .', 'ORGANIZATION'), ['الحكومة العراقية']);
  assert.deepEqual(labelTexts('وصوت وزراء الحكومة الأردنية على القانون أمس .', 'ORGANIZATION'), ['الحكومة الأردنية']);
});

test('a span the tagger opens on a minister\'s title with its portfolio and nationality is no organisation; the minister stays a person', () => {
  const text = 'وصرح نائب رئيس المجلس ، وزير الطاقة الليبي فتحي بن شتوان ، بأن الإنتاج سيزيد .';
  assert.deepEqual(labelTexts(text, 'ORGANIZATION'), []);
  assert.deepEqual(labelTexts(text, 'PERSON'), ['فتحي بن شتوان']);
});
