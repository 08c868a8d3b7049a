// Session 63's speaker mends, each checked on its probes in docs/probes/speakers-session63 (where it must act and near-misses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';

test('a named bystander after a definite role noun is the speaker, not the noun (قال المواطن أحمد الزين، الطالبة المصرية مريم خليل)', () => {
  const q = quotes('اكتظت محطات الوقود في العاصمة بطوابير طويلة.\nوقال المواطن أحمد الزين، وهو ينتظر دوره، إن «الانتظار تجاوز خمس ساعات».\nوقالت الطالبة المصرية مريم خليل: «لم أعد أعرف إن كنت سأدرس الطب أم سأنتظر عاما آخر».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0])?.text, 'أحمد الزين');
  assert.equal(who(q[1])?.text, 'مريم خليل');
});

test('an unnamed bystander stays anonymous (وقال مواطن من سكان الحي، وقالت المواطنة التي رفضت ذكر اسمها)', () => {
  const q = quotes('عادت الكهرباء إلى أحياء الضاحية الجنوبية بعد انقطاع دام ثلاثة أيام.\nوقال مواطن من سكان حي السلم إن «المولدات الخاصة رفعت أسعارها إلى الضعف».\nوقالت المواطنة، التي رفضت ذكر اسمها، إن «الأطفال ناموا في العتمة ثلاث ليال».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0])?.via, 'anonymous');
  assert.equal(who(q[1])?.via, 'anonymous');
});

test('words in marks after a verb of describing are the describer\'s speech (ما وصفه بـ«…»)', () => {
  const q = quotes('واصل النائب مسلم الشمري استجوابه لوزير المالية.\nوعاد الشمري إلى ما وصفه بـ«التلاعب بالأرقام» في الحساب الختامي.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /الشمري/);
});

test('a reporting verb with its object pronoun after a relative pronoun governs a partial quote (القانون، الذي اعتبره «خطأ تاريخيا»)', () => {
  const q = quotes('صوت مجلس الأمة على قانون الإقامة الجديد بأغلبية ضئيلة.\nوانتقد النائب فهد المطيري القانون، الذي اعتبره «خطأ تاريخيا»، داعيا الحكومة إلى سحبه.');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'فهد المطيري');
});

test('a speech-act noun before its preposition governs a partial quote (فاكتفى … بالدعوة إلى «ضبط النفس»)', () => {
  const q = quotes('تصاعد التوتر بين الكتل السياسية بعد جلسة البرلمان الأخيرة.\nأما رئيس الوزراء فاكتفى، خلال لقائه وفدا من شيوخ العشائر، بالدعوة إلى «ضبط النفس».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'رئيس الوزراء');
});

test('a short quote opening with ف and a particle after a comma goes on with the reported clause (…، «فلا حجة لأحد»)', () => {
  const q = quotes('يستعد منتخب قطر لمواجهة نظيره الأردني مساء الخميس.\nوقال وزير الرياضة سالم الكعبي إن المباراة ستقام ليلا وفي ملعب مكيف، «فلا حجة لأحد».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.text, 'سالم الكعبي');
});

test('quoted names listed after a comma stay names (تطبيقين، «مسار» و«سند»، and a name starting with ف)', () => {
  assert.equal(quotes('أعلنت وزارة النقل أنها أطلقت تطبيقين جديدين، «مسار» و«سند»، لتسهيل حجز الرحلات.').length, 0);
  assert.equal(quotes('قال المدير العام للمتحف محمود هواري إن المعرض الجديد يضم لوحات من مدن عدة، «فلسطين حرة» إحداها.').length, 0);
});

test('a circumstantial accusative after the cue is how the zero subject spoke, not a name (ثم أضاف ضاحكا:)', () => {
  const q = quotes('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في إسطنبول أمس.\nوقال فيدان في مؤتمر صحفي إن «اللقاء كان صريحا ومفيدا». ثم أضاف ضاحكا: «والطقس الجميل ساعدنا أيضا».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /فيدان/);
  assert.doesNotMatch(who(q[1])?.text ?? '', /ضاحكا/);
});

test('a circumstantial accusative the tagger put into the name is left out of the speaker (ورد جيسوس ضاحكا إن)', () => {
  const q = quotes('فاز الهلال على النصر بثلاثة أهداف مقابل هدف.\nوسئل مدرب الهلال البرتغالي جورجي جيسوس عن غياب نجمه الأول، ورد جيسوس ضاحكا إن «الفريق لا يقف على لاعب واحد».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /جيسوس$/);
});

test('names of the same shape stay names (وقالت كارلا، خوسيه ماريا)', () => {
  const q = quotes('افتتح مهرجان البندقية السينمائي دورته الجديدة مساء الأربعاء.\nوقالت كارلا: «هذا أجمل افتتاح حضرته منذ عشر سنوات».\nوقال الممثل الإسباني خوسيه ماريا إن «الجمهور الإيطالي لا يرحم».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0])?.text, 'كارلا');
  assert.equal(who(q[1])?.text, 'خوسيه ماريا');
});
