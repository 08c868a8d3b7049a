// Mends of session 63's speaker rules where probes in docs/probes/speakers-session63b found them misfiring.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a quote opening with ف and a pronoun after a comma is a title, not speech, when a word follows it (، «فنحن والقمر جيران» أحدها)', () => {
  const q = quotes('بيروت - قال مدير مهرجان الأفلام القديمة رامي فاخوري إن الدورة الجديدة تعرض أفلاما من الستينيات، «فنحن والقمر جيران» أحدها.');
  assert.equal(q.length, 0);
});

test('a quote opening with ف and a particle after a comma still goes on with the reported clause before a comma (، «فلا إصابات لدينا»، لكنه)', () => {
  const q = quotes('يستعد نادي السد لنهائي كأس الأمير.\nوأكد المدرب البرتغالي ماركو سيلفا أن لاعبيه جاهزون، «فلا إصابات لدينا»، لكنه حذر من الإرهاق.');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'ماركو سيلفا');
});

test('a feminine accusative of how she spoke after a definite surname is not part of the name (وقالت الحسيني ضاحكة)', () => {
  const q = quotes('فازت العداءة المغربية سناء الحسيني بذهبية سباق ثلاثة آلاف متر موانع.\nوقالت الحسيني ضاحكة: «لم أصدق أنني عبرت خط النهاية أولا».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /الحسيني$/);
});
