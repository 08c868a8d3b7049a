import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('a verb opening a clause before its subject\'s title is no person (وأشرف وزير الداخلية على …)', () => {
  assert.deepEqual(entities('وأشرف وزير الداخلية على الانتخابات في المحافظات.').filter((e) => e.startsWith('PERSON')), []);
  // The name with its surname stays a name.
  assert.ok(entities('وأشرف حكيمي لاعب باريس سان جيرمان شارك في التدريبات.').includes('PERSON:أشرف حكيمي'));
});

test('a place or body does not end in the future verb after it (أن [المملكة] ستوفر اللقاح)', () => {
  assert.ok(entities('وأعلن الوزير أن المملكة ستوفر اللقاح مجانا للمواطنين.').includes('LOCATION:المملكة'));
});

test('a surname joined by و to another name before an apposed title is a person, not a verb (بين أولمرت وعباس رئيس السلطة)', () => {
  const persons = (text: string) => entities(text).filter((e) => e.startsWith('PERSON'));
  assert.ok(persons('وجاء الاجتماع بين أولمرت وعباس رئيس السلطة الفلسطينية في مقر الرئاسة بالقدس.').includes('PERSON:عباس'));
  assert.ok(persons('والتقى بوش وبلير رئيس الوزراء البريطاني في كامب ديفيد لبحث الملف العراقي.').includes('PERSON:بلير'));
  assert.ok(persons('واتصل شيراك وبوتين الرئيس الروسي ببعضهما هاتفيا لبحث أزمة الطاقة.').includes('PERSON:بوتين'));
  // After a comma the verb still opens its clause.
  assert.deepEqual(persons('وانتهى التصويت مساء أمس، وأشرف وزير الداخلية على فرز الأصوات.'), []);
});

test('a common word opening its clause before a listed name is the verb, not the name\'s first word (واشترى ماسك، وأدين ساركوزي)', () => {
  assert.ok(entities('واشترى ماسك شركة تويتر مقابل 44 مليار دولار .').includes('PERSON:ماسك'));
  assert.ok(entities('وأدين ساركوزي بالفساد واستغلال النفوذ .').includes('PERSON:ساركوزي'));
  // A kunya opens the name it belongs to.
  assert.ok(entities('وأبو غسان خارطة تظهر المنطقة العازلة .').includes('PERSON:أبو غسان'));
});

test('a sentence opening with a past verb before a body or a titled person is no name (صادق المجلس، أشرف وزير الطاقة محمد عرقاب)', () => {
  const body = entities('الجزائر ( واج ) - صادق المجلس الشعبي الوطني بالأغلبية على مشروع القانون .');
  assert.ok(!body.includes('PERSON:صادق'), body.join(' | '));
  const titled = entities('وهران - ( واج ) - أشرف وزير الطاقة محمد عرقاب على تدشين محطة جديدة .');
  assert.ok(!titled.includes('PERSON:أشرف') && titled.includes('PERSON:محمد عرقاب'), titled.join(' | '));
  // A name with its own title and no other name after it stays (أشرف حكيمي لاعب …).
  assert.ok(entities('أشرف حكيمي لاعب باريس سان جيرمان .').includes('PERSON:أشرف حكيمي'));
});

test('a surname opening a sentence before his own title and full name is the man, not a verb', () => {
  const same = entities('عباس رئيس السلطة الفلسطينية محمود عباس يلتقي بلينكن في رام الله .');
  assert.ok(same.includes('PERSON:عباس') && same.includes('PERSON:محمود عباس'), same.join(' | '));
  // Before a title someone else holds the word is the verb.
  assert.ok(!entities('أشرف وزير الداخلية محمد إبراهيم على تأمين الانتخابات .').includes('PERSON:أشرف'));
});
