// Lone-quotation rule of session 65, narrowed from the probes in docs/probes/speakers-session65b: the person must be the
// sentence before's subject, not the object of a body that acted on them (اعتقلت الشرطة الناشط فلان).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a quotation alone after a body acted on a person (the police arrested, a ministry received) is not that person\'s', () => {
  const arrested = quotes('الإسكندرية - اعتقلت الشرطة المدون ياسر القاضي فجر اليوم من منزله في حي سيدي بشر.\n«لن نسكت على ما حدث، وسنرفع الأمر إلى النائب العام خلال أيام».');
  assert.equal(arrested.length, 1);
  assert.notEqual(who(arrested[0])?.text, 'ياسر القاضي');
  const received = quotes('مسقط - استقبلت وزارة الخارجية السفير الإيطالي ماركو روسي صباح اليوم لبحث التعاون البحري.\n«نريد شراكة طويلة تخدم الشعبين، ونحن مستعدون للبدء فورا».');
  assert.equal(received.length, 1);
  assert.notEqual(who(received[0])?.text, 'ماركو روسي');
});

test('a quotation alone after a titled person acted (رئيس البرلمان فلان استقبل) stays theirs: a body word in the title is no subject', () => {
  const q = quotes('الكويت - استقبل رئيس البرلمان سامي الجبوري السفير الياباني جون ميلر في مكتبه أمس.\n«الكويت منفتحة على كل شركائها، ونريد علاقات متوازنة مع الجميع».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'سامي الجبوري');
});
