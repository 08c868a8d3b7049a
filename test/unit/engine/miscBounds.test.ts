import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';
import { trimMiscSpans } from '../../../server/src/engine/miscBounds';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';


test('a contest span ends before the day, the relative clause or the time adjective after it', () => {
  const misc = entities('وتنطلق بطولة العالم للسباحة اليوم الخميس في الدوحة بمشاركة 150 سباحا .', 'MISC');
  assert.ok(misc.includes('بطولة العالم للسباحة'), misc.join(','));
  const misc2 = entities('وكان المنتخب قد خرج من بطولة العالم التي استضافتها قطر .', 'MISC');
  assert.ok(misc2.includes('بطولة العالم'), misc2.join(','));
});

test('بطولة before an actor is the credit "starring": the actor is a person, no contest', () => {
  const text = 'ويعرض المسلسل الجديد من بطولة أحمد حلمي على شاشة القناة في رمضان .';
  assert.ok(entities(text, 'PERSON').includes('أحمد حلمي'), entities(text, 'PERSON').join(','));
  assert.deepEqual(entities(text, 'MISC').filter((x) => x.includes('بطولة')), []);
  // A contest named after a person keeps its name.
  assert.ok(entities('ويشارك الفريق في بطولة محمد السادس الدولية للغولف .', 'MISC').some((x) => x.startsWith('بطولة محمد السادس')));
});

test('an English gloss in brackets is no product name', () => {
  assert.deepEqual(entities('ويعرف ذلك بالاقتران ( Nwe moon ) عند الفلكيين .', 'MISC'), []);
});

test('a well-known surname the training text never saw, read alone as MISC, is the person; after a head or a definite noun it names the thing', () => {
  assert.deepEqual(entities('ورد الكرملين على تصريحات ماكرون بشأن إرسال قوات إلى أوكرانيا .', 'PERSON'), ['ماكرون']);
  const s = tokenize('وأبحرت حاملة الطائرات أيزنهاور نحو البحر', 0);
  const stems = s.map((t) => t.norm);
  const marks = s.map((t) => (t.text === 'أيزنهاور' ? ['NAME-S', 'PLAST-S'] : []));
  const tags = s.map((t) => (t.text === 'أيزنهاور' ? TAGS.indexOf('B-MISC') : 0));
  assert.deepEqual(trimMiscSpans(s, stems, marks, tags, () => 0), tags);
  // Without the definite noun before it, the same word is the person.
  const t = tokenize('وأشاد الوفد بتصريحات أيزنهاور أمس', 0);
  const tTags = t.map((x) => (x.text === 'أيزنهاور' ? TAGS.indexOf('B-MISC') : 0));
  assert.deepEqual(trimMiscSpans(t, t.map((x) => x.norm), t.map((x) => (x.text === 'أيزنهاور' ? ['PLAST-S'] : [])), tTags, () => 0).map((x) => TAGS[x])[3], 'B-PERS');
});

test('بطولة before a cast noun is the credit "starring", the name after it a person; the article of an ordinal stays out of a contest', () => {
  const text = 'المسلسل من بطولة الممثلين امل عرفة و عابد فهد .';
  assert.deepEqual(entities(text, 'MISC'), []);
  assert.ok(entities(text, 'PERSON').includes('امل عرفة'), entities(text, 'PERSON').join(','));
  assert.deepEqual(entities('وتعرف بطولة العالم ال 11 لالعاب القوى للشبان .', 'MISC'), ['بطولة العالم']);
});

test('a complement counting a contest\'s wins (للمرة الرابعة) ends its name', () => {
  assert.deepEqual(entities('توج اللاعب بلقب بطولة سيدني المفتوحة للمرة الرابعة بعد فوزه .', 'MISC'), ['بطولة سيدني المفتوحة']);
  assert.deepEqual(entities('وأحرز الفريق كأس العالم للعام الثاني على التوالي .', 'MISC'), ['كأس العالم']);
});

test('a venue\'s head and closing adjective are outside its name (ملعب [سانتياغو برنابيو]); a sport after the head is no name', () => {
  const misc = (text: string) => entities(text, 'MISC');
  assert.deepEqual(misc('وتعادل الفريقان سلبيا على ملعب سانتياغو برنابيو مساء أمس .'), ['سانتياغو برنابيو']);
  assert.deepEqual(misc('وخسر الضيوف بثلاثية على ملعب خالد بن الوليد في حمص .'), ['خالد بن الوليد']);
  assert.deepEqual(misc('وبنت البلدية ملعب كرة سلة جديدا قرب المدرسة .'), []);
});

test('a venue\'s head before a lone participle is a ground described, no name (ملعب مغلق); a listed name after it stays', () => {
  const misc = (text: string) => entities(text, 'MISC');
  assert.deepEqual(misc('وتقرر نقل المباراة إلى ملعب مغلق بسبب العاصفة .'), []);
  assert.deepEqual(misc('ويتدرب الفريق على ملعب مكشوف قرب النادي .'), []);
  assert.deepEqual(misc('وخاض الفريق مرانه على ملعب منصور الزهراني مساء الخميس .'), ['منصور الزهراني']);
});

test('a head before a quoted name leaves the name alone as the span; a lone facility or product head is no name', () => {
  const s = tokenize('وانفجرت عبوة في سوق " الزيتونة " الشعبي', 0);
  const tags = s.map((_, k) => (k === 3 ? TAGS.indexOf('B-MISC') : k === 4 || k === 5 ? TAGS.indexOf('I-MISC') : 0));
  const out = trimMiscSpans(s, s.map((t) => t.norm), s.map(() => []), tags).map((x) => TAGS[x]);
  assert.deepEqual(out.slice(3, 7), ['O', 'O', 'B-MISC', 'O']);
  const t = tokenize('وأغلقت الشرطة الجسر أمام السيارات', 0);
  const tTags = t.map((x) => (x.text === 'الجسر' ? TAGS.indexOf('B-MISC') : 0));
  assert.deepEqual(trimMiscSpans(t, t.map((x) => x.norm), t.map(() => []), tTags).map((x) => TAGS[x])[2], 'O');
});
