import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines, labelTexts } from './helpers';

test('علي after a name and before the next name of a list or a stop is the family name, not the preposition', () => {
  assert.deepEqual(entityLines('ويلعب في خط الهجوم عمرو زكي وعبدالحليم علي وهاني العجيزي.'), ['PERSON عمرو زكي', 'PERSON عبدالحليم علي', 'PERSON هاني العجيزي']);
  assert.deepEqual(entityLines('وتغلب فيدرر علي نادال في النهائي.'), ['PERSON فيدرر', 'PERSON نادال']);
});

test('على written with ى closing a name before أن is the preposition of "to stress that", not the name علي', () => {
  assert.deepEqual(labelTexts('واكد المدرب سامي على ان اللاعبين في حالة جيدة .', 'PERSON'), ['سامي']);
  // The name written with ى elsewhere stays whole (منذ عهد محمد على .).
  assert.deepEqual(labelTexts('وبني المسجد في عهد محمد على .', 'PERSON'), ['محمد على']);
});

test('علي with ي after a preposition is the name where the paragraph writes على with ى; where it writes every ى as ي it is left', () => {
  assert.deepEqual(labelTexts('ولكن عددا من ابنائها كانوا مع علي في الكوفة وفي صفين ، واستخلف على المدينة سهل بن حنيف .', 'PERSON'), ['علي', 'سهل بن حنيف']);
  assert.deepEqual(labelTexts('يعتقدون بالامامة المتمثلة في علي واحد عشر من ابنائه ، اتفق المسلمون على فضله .', 'PERSON'), ['علي']);
  assert.deepEqual(labelTexts('ولكن عددا من ابنائها كانوا مع علي في الكوفة وفي صفين ، واستخلف علي المدينة سهل بن حنيف .', 'PERSON'), ['سهل بن حنيف']);
});

test('علي with ي after a title and its complement, before a name opening on a given name, is the name where the paragraph writes على with ى', () => {
  assert.deepEqual(labelTexts('وأعلن قائد الشرطة علي عبد الله أن التحقيق مستمر حتى الآن .', 'PERSON'), ['علي عبد الله']);
  // After a verb's subject it is the preposition misspelt; before a kunya, two persons; where the paragraph writes every ى as ي, left.
  assert.deepEqual(labelTexts('وحكمت المحكمة علي محمد بالسجن عشر سنوات ، كما قضت على المتهم الآخر بالغرامة .', 'PERSON'), ['محمد']);
  assert.deepEqual(labelTexts('وأعلن قائد الشرطة علي عبد الله ان التحقيق مستمر حتي الان .', 'PERSON'), ['عبد الله']);
});

test('علي opening the sentence before a name is the given name, but before أن after the name it is the preposition of obligation', () => {
  assert.deepEqual(labelTexts('علي أحمد ، الظهير الأيسر للمنتخب ، غاب عن المباراة الأولى .', 'PERSON'), ['علي أحمد']);
  assert.deepEqual(labelTexts('علي سعيد أن يختار بين البقاء في النادي أو الرحيل إلى أوروبا .', 'PERSON'), ['سعيد']);
  assert.ok(!labelTexts('علي مصطفى وزملائه أن يعودوا إلى التدريبات غدا .', 'PERSON').some((x) => x.startsWith('علي')));
});

test('علي after a verb that governs على with a person and the verb\'s subject is the preposition, unless another على follows', () => {
  // aliOpeningNames would open the name here (a title before علي, ى written elsewhere); the tagger itself joins the second.
  assert.deepEqual(labelTexts('وتفوق اللاعب علي محمد صلاح في سباق الهدافين حتى الآن .', 'PERSON'), ['محمد صلاح']);
  assert.deepEqual(labelTexts('وفاز اللاعب علي محمود سعيد في الدور الثاني من البطولة التي جرت الأسبوع الماضي .', 'PERSON'), ['محمود سعيد']);
  // A later على is the verb's own: علي is the subject's given name; a verb of saying leaves the name whole.
  assert.deepEqual(labelTexts('وفاز اللاعب علي محمود سعيد على منافسه في الدور الثاني .', 'PERSON'), ['علي محمود سعيد']);
  // فاز with ب right after the name: the prize, so علي is the winner's name.
  assert.deepEqual(labelTexts('وفاز المرشح علي حسن بمقعد في البرلمان حتى الآن .', 'PERSON'), ['علي حسن']);
  // So with فاز bare or feminine, no و before it (its ف is the root's, not a conjunction).
  assert.deepEqual(labelTexts('فاز المرشح علي حسن بمقعد في البرلمان حتى الآن .', 'PERSON'), ['علي حسن']);
  assert.deepEqual(labelTexts('فازت المرشحة علي حسن بمقعد في البرلمان حتى الآن .', 'PERSON'), ['علي حسن']);
  assert.deepEqual(labelTexts('وقال المدرب علي حسين إن الفريق جاهز للمباراة حتى الآن .', 'PERSON'), ['علي حسين']);
});

test('a person span run into على or عبر and the platform he wrote on ends before the preposition', () => {
  // No final ي or ى elsewhere in the paragraph: splitAtAla has no sign, the platform is one.
  assert.deepEqual(labelTexts('وكتب اللاعب عادل كريم على فيسبوك أن الفريق سيعود .', 'PERSON'), ['عادل كريم']);
});

test('a person span that opens on على before a platform is the platform, no person', () => {
  // After a title, with no final ي elsewhere, the tagger read على as the given name علي and the platform as his surname.
  const text = 'وكتب الوزير على فيسبوك أن الحكومة لن تتراجع.';
  assert.deepEqual(labelTexts(text, 'PERSON'), []);
  assert.deepEqual(labelTexts(text, 'ORGANIZATION'), ['فيسبوك']);
});

test('after a person-governing verb علي stays the subject\'s name when على with a pronoun follows, or فاز\'s prize follows an aside', () => {
  assert.deepEqual(labelTexts('وتغلب اللاعب علي محمود عليه في المباراة النهائية .', 'PERSON'), ['علي محمود']);
  assert.deepEqual(labelTexts('وأثنى المدرب علي حسين عليهم بعد الفوز .', 'PERSON'), ['علي حسين']);
  assert.deepEqual(labelTexts('وفاز الكاتب علي حسن ، مساء أمس ، بجائزة الرواية العربية .', 'PERSON'), ['علي حسن']);
  // No prize after the aside: علي is the preposition still.
  assert.deepEqual(labelTexts('وتفوق اللاعب علي محمد صلاح في سباق الهدافين حتى الآن .', 'PERSON'), ['محمد صلاح']);
});
