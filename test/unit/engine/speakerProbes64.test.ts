// Speaker rules of session 64, from the probes in docs/probes/speakers-session64: talking verbs, relayed speech nouns, nicknames, قالها.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a short quote right after تحدث X عن is the talker\'s words (وتحدث الشافعي عن «مرحلة صعبة»)', () => {
  const q = quotes('القاهرة - التقى وزير التموين نادر الشافعي ممثلي الغرف التجارية.\nوتحدث الشافعي عن «مرحلة صعبة» تمر بها الأسواق، مؤكدا أن المخزون يكفي.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /الشافعي$/);
});

test('a quoted outlet after تحدثوا إلى is whom they talked to, not speech (تحدثوا إلى «الاقتصادية»)', () => {
  const q = quotes('الرياض - ارتفعت أسعار الشقق في العاصمة.\nغير أن عقاريين تحدثوا إلى «الاقتصادية» يرون أن الأسعار ستنخفض.');
  assert.equal(q.length, 0);
});

test('a speech noun with its pronoun after a relay gives the relayed person (ونقل النائب عن الوزير تحذيره من «…»)', () => {
  const q = quotes('عمان - عقدت لجنة الطاقة النيابية اجتماعا مع وزير الطاقة صالح الخرابشة.\nونقل رئيس اللجنة النائب عمر النبر عن الوزير تحذيره من «أزمة في إمدادات الغاز» خلال الشتاء.');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'صالح الخرابشة');
});

test('a nickname in marks after المعروف بـ is a name, not speech, inside a speaker\'s sentence', () => {
  const q = quotes('القاهرة - احتفل الحي بافتتاح أقدم مقهى فيه.\nويقول محمود عبد الحميد، المعروف بين جيرانه بـ«الأسطى»: «هذا المقهى عمره مئة عام».');
  assert.equal(q.length, 1);
  assert.equal(q[0].text, '«هذا المقهى عمره مئة عام»');
});

test('a quotation alone as a paragraph takes the speaker of قالها opening the next one', () => {
  const q = quotes('درعا - يجمع المزارعون ما تبقى من محصول القمح.\n«لم نر موسما كهذا منذ ثلاثين عاما».\nقالها المزارع أبو سليم الحريري وهو يشير إلى حقله المحروق.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /أبو سليم الحريري$/);
});

test('one word in marks after تحدث عن is what was talked about (a paper, a company), not the talker\'s words', () => {
  assert.equal(quotes('القاهرة - عقد الوزير مؤتمرا صحفيا.\nوتحدث الوزير عن «الأهرام» وتاريخها الطويل في الصحافة.').length, 0);
  assert.equal(quotes('الرياض - التقى المدير بالموظفين.\nوتحدث المدير العام للشركة عن «أرامكو» ومشاريعها.').length, 0);
});
