import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string, label: string) =>
  analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === label).map((x) => x.text);

test('bodies named by their cue words: a court with its adjectives, a paper by its head noun, a body named for a purpose', () => {
  assert.ok(entities('القاهرة - قضت المحكمة الإدارية العليا برفض الطعن.', 'ORGANIZATION').includes('المحكمة الإدارية العليا'));
  assert.ok(entities('وقال في تصريح لصحيفة النهار إن الحوار متوقف.', 'ORGANIZATION').includes('صحيفة النهار'));
  assert.ok(entities('وقالت الرابطة التونسية للدفاع عن حقوق الإنسان إن التوقيفات تعسفية.', 'ORGANIZATION')
    .includes('الرابطة التونسية للدفاع عن حقوق الإنسان'));
  // A body that fights a disease keeps the disease in its name; the disease alone stays O.
  const orgs = entities('جنيف - قال الصندوق العالمي لمكافحة الإيدز إنه خصص مليار دولار لمكافحة الإيدز.', 'ORGANIZATION');
  assert.ok(orgs.includes('الصندوق العالمي لمكافحة الإيدز'), orgs.join(','));
  assert.equal(orgs.length, 1, orgs.join(','));
});

test('a state institution takes its nationality adjective; a sports body its game, a national team not', () => {
  assert.ok(entities('وعقد مجلس الوزراء السعودي جلسته الأسبوعية في الرياض.', 'ORGANIZATION').includes('مجلس الوزراء السعودي'));
  assert.ok(entities('أقالت الجامعة الملكية المغربية لكرة القدم المدرب الفرنسي.', 'ORGANIZATION').includes('الجامعة الملكية المغربية لكرة القدم'));
});

test('a country in the opponent slot of a result is the team, and a verb never opens a club name', () => {
  const orgs = entities('توج المنتخب الإسباني بلقب كأس العالم بعد فوزه على هولندا بهدف في المباراة النهائية.', 'ORGANIZATION');
  assert.ok(orgs.includes('المنتخب الإسباني') && orgs.includes('هولندا'), orgs.join(','));
});

test('two coordinated place spans that the place list holds as one are one place', () => {
  const places = entities('وصل الرئيس إلى ترينيداد وتوباغو ثم توجه إلى البوسنة والهرسك في زيارة رسمية.', 'LOCATION');
  assert.deepEqual(places, ['ترينيداد وتوباغو', 'البوسنة والهرسك']);
});

test('a given name the clitic splitter cut is still a name: a speaker, a surname, a later mention with its first letter', () => {
  assert.deepEqual(entities('وقالت ليلى إن الوزارة ستعلن النتائج غدا.', 'PERSON'), ['ليلى']);
  assert.deepEqual(entities('قال رئيس مجلس الاحتياطي الفيدرالي جيروم باول إن التضخم تراجع.', 'PERSON'), ['جيروم باول']);
  // `قال لهم إن`: a pronoun after a preposition is no name.
  assert.deepEqual(entities('وقال لهم إن الوقت حان.', 'PERSON'), []);
  const persons = entities('وقال المحلل مارك فيسر إن الأسواق هادئة، وأضاف فيسر أن الأسعار سترتفع.', 'PERSON');
  assert.deepEqual(persons, ['مارك فيسر', 'فيسر']);
});
