// Speaker rules of session 65, from the probes in docs/probes/speakers-session65: datelines, a quotation alone after a
// sentence about a person, kunyas after a role noun, clauses in apposition, spokespersons by nisba, في رأي فلان، فإن.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a dateline of two words or with an agency is not the first sentence\'s subject: وأضاف goes on with the one who spoke', () => {
  const withPlace = quotes('رام الله - قال رئيس البلدية عيسى قسيس إنه التقى محافظ المدينة ليلى غنام لبحث أزمة المياه.\nوأضاف: «اتفقنا على خطة طوارئ للصيف».');
  assert.equal(who(withPlace[0])?.text, 'عيسى قسيس');
  const withAgency = quotes('عمان (رويترز) - قال وزير المياه محمد النجار إن الوزارة ستوزع المياه بالصهاريج.\nوأضاف: «اتفقنا على تمويل محطة جديدة».');
  assert.equal(who(withAgency[0])?.text, 'محمد النجار');
});

test('a person\'s dashes at a line\'s start (محمد علي - 45 عاماً -، الرئيس الأمريكي - الذي … -) are no dateline: وأضاف goes on with them', () => {
  const aged = quotes('أحمد حسن - 45 عاما - قال إن المياه غمرت منزله بالكامل.\nوأضاف: «فقدنا كل شيء».');
  assert.equal(who(aged[0])?.text, 'أحمد حسن');
  const titled = quotes('الرئيس الأمريكي - الذي يزور المنطقة - قال إن بلاده تدعم الحل.\nوأضاف: «لا بديل عن السلام».');
  assert.equal(who(titled[0])?.text, 'الرئيس الأمريكي');
});

test('a place and an outlet on a line of their own stay as they were read (no dateline to skip)', () => {
  const q = quotes('عمان - الغد\nقال وزير المياه محمد النجار إن الوزارة ستوزع المياه بالصهاريج.\nوأضاف: «اتفقنا على تمويل محطة جديدة».');
  assert.equal(who(q[0])?.text, 'محمد النجار');
});

test('a quotation standing alone after a sentence about a named person is that person\'s', () => {
  const q = quotes('غزة - تعمل المستشفيات الميدانية بطاقة تفوق قدرتها.\nالممرضة هبة العطار تعمل منذ ثلاثين ساعة دون نوم. "لا نستطيع أن نترك المرضى، فلا أحد غيرنا هنا".');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'هبة العطار');
});

test('an untagged kunya after a role noun is the speaker a later تقول carries (المزارعة أم عمر، وهي أرملة …)', () => {
  const q = quotes('عمان - حذر وزير المياه محمد النجار من صيف صعب.\nفي الأغوار، تقف المزارعة أم عمر، وهي أرملة في الخمسينيات، بين أشجار موز ذبلت. "كنا نسقي مرتين في الأسبوع"، تقول.');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'أم عمر');
});

test('a clause in apposition opened by its pronoun (، وهي أم لخمسة أبناء،) is read as no one\'s name', () => {
  const q = quotes('المفرق - قال محافظ المفرق حسن الزيود إن الحكومة ستوزع الأعلاف.\nفي البادية، تجلس امرأة، وهي أم لخمسة أبناء، أمام خيمتها. "الأعلاف غالية"، تقول.');
  assert.equal(q.length, 1);
  assert.doesNotMatch(who(q[0])?.text ?? '', /وهي/);
});

test('a spokesperson named again by a nisba alone (المتحدث العسكري) is the spokesperson introduced before', () => {
  const q = quotes('بغداد - أعلنت قيادة العمليات المشتركة عن عملية أمنية.\nوقال المتحدث باسم القيادة العميد يحيى رسول إن العملية «أسفرت عن تدمير عشرة مخابئ».\nوأكد المتحدث العسكري أن القوات «ستواصل ملاحقة الخلايا النائمة».');
  assert.equal(q.length, 2);
  assert.equal(who(q[1])?.text, 'يحيى رسول');
});

test('في رأي فلان، فإن … «…»: the holder of the opinion says the quoted words', () => {
  const q = quotes('بيروت - تعود أزمة النفايات إلى شوارع العاصمة.\nفي رأي أستاذ البيئة في الجامعة الأميركية نجيب صعب، فإن الحل «ليس في المطامر بل في الفرز من المصدر».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'نجيب صعب');
});

test('في رأي with no comma and فإن after the holder is no cue (في رأي الكثيرين «…»)', () => {
  const q = quotes('القاهرة - عرض الفيلم الجديد في دور السينما.\nوفي رأي الكثيرين من النقاد أن الفيلم «تحفة».');
  assert.equal(q.length, 0);
});
