import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn, speakerOf } from './helpers';

test('a description no title introduced (قال المدرب، تقول السيدة الخمسينية) is the person just spoken of', () => {
  const coach = quotationsIn('وصل خالد المرزوقي إلى الملعب قبل ساعتين من المباراة، وجلس طويلا مع لاعبيه في غرفة الملابس.\n«قلت لهم أن يلعبوا بلا خوف»، قال المدرب بعد اللقاء.\n');
  assert.equal(speakerOf(coach[0])?.text, 'خالد المرزوقي');
  const seller = quotationsIn('في السوق القديم، كانت هدى الساعدي تبيع الخضار منذ الفجر.\n«الأسعار نار، والناس لا تشتري»، تقول السيدة الخمسينية.\n');
  assert.equal(speakerOf(seller[0])?.text, 'هدى الساعدي');
});

test('an office held alone (المرشد الإيراني) is no description: it does not take up an earlier source', () => {
  const q = quotationsIn('وقال مسؤول أمريكي للصحافيين إن المحادثات كانت «بناءة».\nوقال المرشد الإيراني في خطاب إن المفاوضات «لا تعني الثقة».\n');
  assert.equal(speakerOf(q[1])?.text, 'المرشد الإيراني');
});

test('a long article whose sentences all open with a description is read, not a stack overflow (the look back does not chain)', () => {
  const text = 'وقال المدرب إن الفريق جاهز للمباراة. '.repeat(3000) + 'وقال المدرب: «سنفوز غدا».\n';
  const q = quotationsIn(text);
  assert.equal(q.length, 1);
  assert.equal(speakerOf(q[0])?.text, 'المدرب');
});

test('a long article whose sentences all open with an official anaphor (وقال المسؤول) is read too: that look back does not chain either', () => {
  const text = 'وقال المسؤول إن الوضع هادئ في المدينة. '.repeat(3000) + 'وقال المسؤول: «سنعيد فتح الطريق».\n';
  const q = quotationsIn(text);
  assert.equal(q.length, 1);
  assert.ok(speakerOf(q[0]), 'a speaker is found');
});
