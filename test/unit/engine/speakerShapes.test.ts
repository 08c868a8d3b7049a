import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';


test('a source who withheld their name is anonymous, whatever the verb (رفض ذكر اسمه، شريطة عدم نشر اسمه)', () => {
  const q = quotes('وفي الميناء، يقول صاحب مقهى في شارع البحر، رفض ذكر اسمه: «لم نر زبونا منذ شهرين». ويضيف: «الإدارة لا ترد على أحد».');
  assert.equal(q.length, 2);
  for (const x of q) assert.equal(who(x)?.via, 'anonymous');
  const r = quotes('ونفى قائد عسكري في الجيش، تحدث شريطة عدم نشر اسمه، وجود «أي نية للانسحاب من المدينة».');
  assert.equal(who(r[0])?.via, 'anonymous');
});

test('a journalist\'s question after سأل is the asker\'s; the answer after فأجاب is the official\'s', () => {
  const q = quotes('وقال المتحدث باسم الشرطة، المقدم رامي الشريف، إن «التحقيق مستمر». وسأل أحد الصحفيين: «هل هناك موقوفون أجانب؟» فأجاب الشريف: «لا تعليق حتى الآن».');
  assert.equal(q.length, 3);
  assert.equal(who(q[1])?.via, 'anonymous');
  assert.match(who(q[2])?.text ?? '', /الشريف/);
});

test('an outlet after لـ is the addressee: أما الطبيبة …، فقالت لـ«…»: «…» is the doctor\'s', () => {
  const q = quotes('أما الدكتورة سلوى الحكيم، أخصائية الأمراض الصدرية بمستشفى القصر العيني، فقالت لـ«الشروق»: «الحالات تضاعفت منذ بداية الشتاء».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /سلوى الحكيم/);
});

test('a clause of time after a surname is not part of the name (تبتسم X حين …، وتقول)', () => {
  const q = quotes('التقينا الكاتبة السورية هالة العطار في معرض الكتاب. تضحك العطار حين نذكر لها عبارة «الأدب النسوي»، وتقول: «لم أكتب لهم يوما».');
  assert.equal(q.length, 1);
  assert.doesNotMatch(who(q[0])?.text ?? '', /حين/);
  assert.match(who(q[0])?.text ?? '', /العطار/);
});

test('a quotation split around its speaker: both parts are the person a long title chain introduced', () => {
  const q = quotes('أعلنت وزيرة الثقافة والفنون والتراث، سليمة بوراوي، الأحد، عن افتتاح المكتبة الجديدة.\n"المكتبة ستفتح أبوابها في مارس"، قالت بوراوي، "وستكون مجانية للطلبة".\nوأشارت الوزيرة إلى أن "التمويل مضمون".');
  assert.equal(q.length, 3);
  for (const x of q) assert.match(who(x)?.text ?? '', /بوراوي/);
});

test('a federation named with a plural adjective after its ل-complement is the body that speaks', () => {
  const q = quotes('وقالت الوزيرة إن «الدعم سيصل». وفي بيان على صفحتها، أكدت الفدرالية الوطنية للأشخاص المكفوفين أن "المنحة لا تكفي لشيء".');
  assert.match(who(q[1])?.text ?? '', /الفدرالية الوطنية للأشخاص المكفوفين$/);
});

test('a quotation standing alone whose speaker opens the next paragraph (بهذه العبارة رد …، هكذا طمأن …)', () => {
  const q = quotes('وتواصلت الانتقادات طوال الأسبوع.\n"لن نترك المزارعين وحدهم في مواجهة الجفاف".\nبهذه العبارة رد وزير الفلاحة، أحمد البواري، على أسئلة النواب.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /أحمد البواري/);
  const r = quotes('وقال المدير العام للضرائب، كريم الساحلي، إن الإيرادات ارتفعت.\n"لا ضرائب جديدة هذا العام".\nهكذا طمأن الساحلي التجار في ختام اللقاء.');
  assert.match(who(r[0])?.text ?? '', /الساحلي/);
});

test('a cue with no subject after the quotation («…»، قالت.) goes back to the speaker before', () => {
  const q = quotes('وقالت مديرة المدرسة، نوال الشريف، إن الفصول مكتظة.\n"لا نملك مكانا لطفل واحد إضافي"، قالت.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /نوال الشريف/);
});

test('interview layout: a dashed question has no speaker, a dashed answer is the guest\'s', () => {
  const q = quotes('التقت «الصباح» المخرج التونسي نادر بن سالم في مهرجان قرطاج، فقال: «السينما عندنا تعيش على الصبر».\n- «هل تفكر في الهجرة؟»\n- «فكرت كثيرا، لكن الحكايات هنا».');
  assert.equal(q.length, 3);
  assert.equal(who(q[1]), undefined);
  assert.match(who(q[2])?.text ?? '', /نادر بن سالم/);
});

test('a dateline dash before quoted text is still no dialogue (بيروت - «…»)', () => {
  assert.equal(quotes('بيروت - «النهار» تنشر اليوم ملفا عن الكهرباء.').length, 0);
});

test('banners and chants are not speech, even after a colon; a speaker holding a banner still speaks', () => {
  assert.equal(quotes('ورفع المعلمون أمام الوزارة لافتة كبيرة: «التعليم ليس سلعة».').length, 0);
  assert.equal(quotes('وقال الوزير إن «الحوار مفتوح»، فيما رفع المحتجون لافتات تقول «لا تراجع عن المطالب».').length, 1);
  const q = quotes('وقال أحد المعلمين رافعا لافتة: «نريد أجرا يكفي للعيش فقط».');
  assert.equal(q.length, 1);
});

test('a short quotation after بما اعتبرته is the body\'s partial quote; plural unnamed sources are anonymous', () => {
  const q = quotes('واحتجت نقابة الأطباء على ما اعتبرته «إهانة للمهنة». لكن مقربين من الوزير قالوا إن «الباب مفتوح».');
  assert.equal(q.length, 2);
  assert.match(who(q[0])?.text ?? '', /نقابة الأطباء/);
  assert.equal(who(q[1])?.via, 'anonymous');
});

test('علي right after the verb starts a name, not the preposition على', () => {
  const q = quotes('وروى علي حسان، سائق أجرة في المدينة، أن الوقود نفد. ويقول: «أنتظر في الطابور منذ الفجر».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /علي حسان/);
});

test('the body that issued a document speaks (وبحسب بيان لوزارة الداخلية)', () => {
  const q = quotes('وبحسب بيان لوزارة الداخلية، فإن «الحدود مؤمنة بالكامل».');
  assert.match(who(q[0])?.text ?? '', /^وزارة الداخلية$/);
});

test('an indefinite plural with a nisba adjective is an unnamed group (نواب كويتيون)', () => {
  const q = quotes('وأكد نواب أردنيون أن «رفع الأسعار لن يمر».');
  assert.equal(who(q[0])?.via, 'anonymous');
});

test('relays and pointers with an object pronoun: ما نقلته … عن مصدر, هذا ما أكده X in the next paragraph', () => {
  const q = quotes('ووفق ما نقلته قناة «العربية» عن مصدر أمني، فإن «المنفذين غادروا البلاد».');
  assert.equal(who(q[0])?.via, 'anonymous');
  const r = quotes('وتحدث وزير الطاقة، فهد الصباح، في ختام المؤتمر.\n«لن نرفع الأسعار هذا العام».\nهذا ما أكده الصباح للصحفيين، مضيفا أن الدعم باق.');
  assert.match(who(r[0])?.text ?? '', /الصباح/);
});

test('a scene-setting opening introduces the person a later zero-subject cue speaks for', () => {
  const q = quotes('صنعاء - في سوق الخضار القديم قرب باب اليمن وسط المدينة، تبيع الحاجة أمينة الصبري الطماطم منذ ثلاثين عاما.\nتقول وهي ترتب الصناديق: «الأسعار تضاعفت ولا أحد يشتري».');
  assert.match(who(q[0])?.text ?? '', /أمينة الصبري/);
});

test('وكان لافتا قول + title and name: the person after قول speaks', () => {
  const q = quotes('وكان لافتا قول وزير الخارجية الإيطالي، أنطونيو تاياني، في الجلسة: «أوروبا لن تنتظر أكثر».');
  assert.match(who(q[0])?.text ?? '', /تاياني/);
});

test('interview labels: س: «…» has no speaker, ج: «…» is the guest the interview frame named', () => {
  const q = quotes('أجرت «الأيام» حوارا مع الكاتبة الجزائرية نوال بن علي بعد فوزها بالجائزة.\nس: «متى بدأت الكتابة؟»\nج: «في السجن، حين كان أبي معتقلا وكنت أكتب له الرسائل».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0]), undefined);
  assert.match(who(q[1])?.text ?? '', /نوال بن علي/);
});

test('a quotation followed by على حد تعبير + speaker is that speaker\'s', () => {
  const q = quotes('«لن نتراجع عن الإصلاح»، على حد تعبير رئيس الوزراء أحمد الخطيب أمام البرلمان.');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /أحمد الخطيب/);
});

test('a title whose genitive the tagger took for a name is held by the ranked name in apposition (رئيس وفد X، اللواء الركن فلان)', () => {
  const q = quotes('وقال رئيس وفد الحكومة، اللواء الركن سامي الدباغ، للصحفيين إن المحادثات «لم تصل إلى شيء».\nوقال المتحدث باسم قوات الأمن، العميد خالد المحمدي، إن الدوريات «ستستمر حتى نهاية الشهر».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0])?.text, 'سامي الدباغ');
  assert.equal(who(q[1])?.text, 'خالد المحمدي');
  // A second person after the comma, joined by و, is no apposition: the first name keeps the words.
  const r = quotes('وقال وزير الخارجية أحمد سالم، والسفير عمر داود، إن «الاتفاق قريب».');
  assert.equal(who(r[0])?.text, 'أحمد سالم');
});

test('a definite المسؤول is the person last made the subject, past a bystander; an unnamed official before keeps it unnamed', () => {
  const q = quotes('وقال مدير شركة المياه، كمال الورفلي، إن الانقطاع سيستمر يومين.\nوقال مواطن من حي النصر: «ننتظر منذ أسبوع».\n«الأنابيب قديمة ولا بد من استبدالها»، يقول المسؤول.');
  assert.equal(q.length, 2);
  assert.equal(who(q[1])?.text, 'كمال الورفلي');
  const r = quotes('وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن الاجتماع تأجل.\nوكان الوزير سامر الحلبي قد التقى السفير أمس.\nوأضاف المسؤول: «لا موعد جديدا حتى الآن».');
  assert.equal(who(r[0])?.via, 'anonymous');
});

test('وقال سموه goes back to the highness who spoke, past one named only as present (بحضور سمو الشيخ …) and past a سموه the tagger took for a name', () => {
  const q = quotes('أكد صاحب السمو الشيخ حمدان بن سالم، نائب رئيس الدولة، أن البلاد ماضية في مسيرتها.\nجاء ذلك خلال ترؤس سموه اجتماع مجلس الوزراء في قصر الوطن، بحضور سمو الشيخ سعيد بن خالد نائب رئيس مجلس الوزراء.\nوقال سموه: «اعتمدنا اليوم الميزانية».');
  assert.equal(who(q[0])?.text, 'الشيخ حمدان بن سالم');
  const r = quotes('أعلن صاحب السمو الشيخ خليفة بن حمد، ولي العهد، أن الخطة الجديدة تبدأ الشهر المقبل.\nجاء ذلك خلال ترؤس سموه اجتماع اللجنة العليا في الدوحة، بحضور سمو الشيخ جاسم بن فهد نائب رئيس اللجنة.\nوأضاف سموه: «لن نتأخر يوما واحدا».');
  assert.equal(who(r[0])?.text, 'الشيخ خليفة بن حمد');
});

test('an honorific the tagger made a name (قالت معالي [نورة …]) is the title of the name after it; سموه skips a speaker introduced as معالي', () => {
  const q = quotes('وفي السياق ذاته، قالت معالي نورة بنت سعيد الكعبي، وزيرة دولة للشؤون الثقافية: «سنفتح ثلاثة متاحف جديدة هذا العام».\nوأضافت معاليها: «الثقافة ليست ترفا».');
  assert.equal(who(q[0])?.text, 'نورة بنت سعيد الكعبي');
  assert.equal(who(q[1])?.text, 'نورة بنت سعيد الكعبي');
  const r = quotes('أكد صاحب السمو الشيخ خليفة بن حمد، ولي العهد، أن الخطة الجديدة تبدأ الشهر المقبل.\nمن جانبه، قال معالي فهد بن علي الكعبي، وزير المالية، إن الميزانية «تكفي لكل المشاريع».\nوكتب سموه لاحقا على حسابه في منصة إكس: «المستقبل يبدأ اليوم».');
  assert.equal(who(r[1])?.text, 'الشيخ خليفة بن حمد');
});

test('a speaker named by a short form reads as the name first written in full; an asker named after سألته is not who answers', () => {
  const q = quotes('قال وزير المالية المغربي فوزي بن عمر إن الإصلاح «مستمر».\nوقال الوزير فوزي ردا على سؤال حول الديون: «نحن لا نقترض للاستهلاك»\nوعندما سألته الصحفية ليلى مراد عن موعد الإصلاح المقبل، ابتسم قائلا: «قريبا جدا».');
  assert.equal(q.length, 3);
  assert.equal(who(q[1])?.text, 'فوزي بن عمر');
  assert.equal(who(q[2])?.text, 'فوزي بن عمر');
});

test('a bare title before its audience (قال الوزير للصحفيين) still finds the minister named before', () => {
  const q = quotes('ورد وزير الصحة الشيخ فهد السالم على النواب بأن الخطة «واضحة».\nوبعد انتهاء الجلسة، قال الوزير للصحفيين إنه مرتاح، مضيفا أن «الأرقام في صالحنا».');
  assert.equal(who(q[1])?.text, 'الشيخ فهد السالم');
});

test('a body after a preposition before the cue (يلتفت إلى مقاعد الوزارة ويضيف) is no subject of it', () => {
  const q = quotes('وقال النائب خالد المطيري إن الحكومة «تتهرب من المساءلة»، قبل أن يلتفت إلى مقاعد الوزارة ويضيف: «لن نصمت بعد اليوم».');
  assert.equal(who(q[1])?.text, 'خالد المطيري');
});
