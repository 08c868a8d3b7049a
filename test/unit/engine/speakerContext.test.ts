import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationsIn as quotes, speakerOf as who } from './helpers';


test('a phrase of place or audience after the cue is never the speaker (وسط، أمام)', () => {
  const q = quotes('وكان المدير العام للميناء سليم الفارسي قد صرح أمس أمام أعضاء غرفة التجارة بأن «الرصيف الجديد سيفتح قبل الصيف المقبل». وتابع المدير، وسط هتافات الحاضرين: «هذا إنجاز لكل العمال الذين صبروا معنا».');
  assert.equal(q.length, 2);
  for (const x of q) assert.match(who(x)?.text ?? '', /سليم الفارسي/);
});

test('أما … فـ: the topic before the verb is the speaker, not a body in its apposition', () => {
  const q = quotes('وقالت الوزارة إن «المشروع يسير وفق الجدول». أما المهندسة ريم الحلبي، مديرة مكتب شركة «بنى» الاستشارية، فقالت: «التأخير حقيقي ولا داعي لإنكاره».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /ريم الحلبي/);
  const r = quotes('وقال محامي الدفاع إن موكله «بريء من كل التهم». أما المدعي العام فقد طالب في مرافعته بأن «ينال المتهم أقصى عقوبة».');
  assert.match(who(r[1])?.text ?? '', /المدعي العام/);
});

test('لكن + title, name in apposition, then a second verb: the apposition name speaks', () => {
  const q = quotes('وقال الناطق باسم الشرطة، العقيد مازن عطية، في بيان: «الوضع تحت السيطرة تماماً». لكن ممثل لجان الأحياء، كمال بدر، رفض هذه الرواية، وكتب على صفحته أن «الاشتباكات لم تتوقف طوال الليل».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /كمال بدر/);
});

test('a participle hangs on the nearest verb of its clause, whose subject is a new person', () => {
  const q = quotes('وكان رئيس البلدية قد أكد سابقاً أن المشروع «سيكتمل هذا العام»، وهو ما أيده الخبير المالي طارق زيدان، مشيراً إلى أن «التمويل مضمون بالكامل».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /طارق زيدان/);
});

test('بقوله takes the person named right before it, not the anonymous subject of an earlier verb', () => {
  const q = quotes('ويعتقد محللون أن السوق ستتعافى، وهو ما لخصه الباحث في مركز الدراسات الاقتصادية، الدكتور نادر سلوم، بقوله: «الأسوأ صار خلفنا، لكن التعافي سيكون بطيئاً».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /نادر سلوم/);
});

test('an interview frame: the person asked answers, not the outlet that asked', () => {
  const q = quotes('والتقت «الوطن» بالمزارعة سعاد الشمري، التي فقدت محصولها كله في الفيضان. سألناها عن التعويضات، فقالت: «لم يصلنا شيء حتى الآن».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /سعاد الشمري/);
});

test('a zero subject after a quotation already given a speaker in the same sentence keeps that speaker', () => {
  const q = quotes('«الاتفاق سيوقع الشهر المقبل»، قال الوسيط القطري محمد الخليفي، قبل أن يعتبر أن التأخير «مسألة تقنية لا أكثر».');
  assert.equal(q.length, 2);
  for (const x of q) assert.match(who(x)?.text ?? '', /محمد الخليفي/);
});

test('audience and occasion phrases between the cue and a postposed subject are skipped', () => {
  const q = quotes('وقال وزير النقل إن الطريق «سيفتح قريباً». وقال للصحفيين بعد الاجتماع وزير الزراعة، منصور العتيبي: «المحصول هذا العام أفضل من المتوقع».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /منصور العتيبي/);
  const r = quotes('وقال في مؤتمر صحفي: «لن نقبل بأي تأجيل».');
  assert.equal(r.length, 1);
  assert.ok(!/صحفي/.test(who(r[0])?.text ?? ''));
});

test('an unnamed role (عضو في …) is an anonymous source, and وأضافت goes back to the woman who relayed it', () => {
  const q = quotes('وقالت رئيسة النقابة، منى السيد: «الأجور مجمدة منذ سنوات». ونقلت عن موظف في الشركة قوله إن الإدارة «لم ترد على أي رسالة»، ثم أضافت: «سننتظر أسبوعاً واحداً فقط».');
  assert.equal(q.length, 3);
  assert.equal(who(q[1])?.via, 'anonymous');
  assert.match(who(q[2])?.text ?? '', /منى السيد/);
});

test('a second partial quotation after لكنه is speech', () => {
  const q = quotes('وأكد المدرب أن فريقه «لم يكن في يومه»، لكنه «سيعود أقوى في الجولة المقبلة».');
  assert.equal(q.length, 2);
});

test('a title with a possessive pronoun (أمينها العام) is no name: the name in apposition speaks', () => {
  const q = quotes('وانتقدت النقابة العامة للتعليم القرار، وقال أمينها العام المساعد، فريد الحمامي، في تصريح إذاعي: «المعلمون لن يقبلوا بهذا الإجراء».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /فريد الحمامي/);
});

test('a surname alone refers to the person given in full earlier, even when the tagger missed the full name', () => {
  const q = quotes('واستقبل رئيس مجلس الشورى فهد الحربي وفداً من البرلمان الأوروبي. وبعد اللقاء، قال الحربي للصحفيين: «تحدثنا بصراحة عن كل الملفات».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /الحربي/);
});

test('a woman or a man the text does not name is an anonymous source; ويدعى names them after all', () => {
  const q = quotes('وقالت سيدة كانت تنتظر أمام المخبز: «الخبز صار يباع بالقطعة». وقال أحد الباعة، ويدعى أبو حسن، وهو يغلق دكانه: «لا طحين منذ يومين».');
  assert.equal(q.length, 2);
  assert.equal(who(q[0])?.via, 'anonymous');
  assert.match(who(q[1])?.text ?? '', /أبو حسن/);
});

test('a kin word with a pronoun (زوجته) after أما is the speaker, not the man of the last sentence', () => {
  const q = quotes('يجلس الصياد أبو خليل أمام قاربه المعطل. يقول: «البحر لم يعد يعطي شيئاً». أما زوجته، التي تبيع الخبز في السوق، فتقول إن الدخل «لا يكفي لدفع الإيجار».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /زوجته/);
});

test('a role whose genitive is a body (مدير شركة …) is no name; one who asked not to be named is anonymous', () => {
  const q = quotes('وفي حديث إلى «الأيام»، حمّل مدير شركة نقل خاصة، فضل عدم ذكر اسمه، البلدية مسؤولية الفوضى، وقال: «ننتظر التراخيص منذ سنة».');
  assert.equal(q.length, 1);
  assert.equal(who(q[0])?.via, 'anonymous');
});

test('a platform after a post (في منشور على «…») is a name, not speech', () => {
  const q = quotes('وكتب الخبير أن الخطة «متأخرة عشر سنوات»، وأضاف في منشور على «لينكدإن»: «الوقت لا ينتظر أحداً في هذا القطاع».');
  assert.equal(q.length, 2);
  assert.ok(!q.some((x) => x.text.includes('لينكدإن')));
});

test('a definite title the tagger took for a name (الأمينة) gives way to the name in apposition', () => {
  const q = quotes('وقالت الأمينة العامة لاتحاد الممرضين، كلير دوبوا، أمام المعتصمين: «لن نعود إلى العمل قبل توقيع الاتفاق».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /كلير دوبوا/);
});

test('a plural cue (وأضافوا) skips a single person named in between and goes back to the group', () => {
  const q = quotes('وقال ممثلو سائقي الأجرة في بيان إن التسعيرة الجديدة «ظالمة ولا تراعي أسعار الوقود». وردّ وزير النقل، حسان العلي، بأن الوزارة «مستعدة للحوار». وأضافوا: «سنواصل الإضراب حتى يلغى القرار».');
  assert.equal(q.length, 3);
  assert.match(who(q[1])?.text ?? '', /حسان العلي/);
  assert.match(who(q[2])?.text ?? '', /ممثلو سائقي الأجرة/);
});

test('an addressee glued to ل after the verb (قال للمحكمة) is not the speaker', () => {
  const q = quotes('وطعن محامي المتهمة، سامر الخطيب، في تقرير الخبرة، وقال للمحكمة: «التقرير أعد في غياب الدفاع».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /سامر الخطيب/);
});

test('an adjective agreeing with the genitive stays in the title (ممثل النيابة العامة); a son is a speaker of his own', () => {
  const q = quotes('وطالب ممثل النيابة العامة بأن «ينال المتهمون أشد العقوبات». وبعد الجلسة، قال نجل أحد المتهمين للصحفيين: «سنطعن في الحكم».');
  assert.equal(q.length, 2);
  assert.match(who(q[0])?.text ?? '', /ممثل النيابة العامة/);
  assert.match(who(q[1])?.text ?? '', /نجل/);
});

test('an unnamed fan or protester is anonymous, also after فيما … بالقول', () => {
  const q = quotes('وقال مشجع عجوز عند بوابة الملعب: «انتظرنا هذا اللقب ثلاثين عاماً»، فيما اكتفت متظاهرة كانت تحمل علماً بالقول: «نريد حقوقنا فقط».');
  assert.equal(q.length, 2);
  for (const x of q) assert.equal(who(x)?.via, 'anonymous');
});

test('a verb with an object pronoun (ووصفته) takes the unnamed group after it as its subject', () => {
  const q = quotes('وقال وزير المالية إن الموازنة «متوازنة لأول مرة منذ عقد»، وهو ما رفضته أحزاب يسارية، ووصفته بأنه «تلاعب بالأرقام».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /أحزاب يسارية/);
});

test('between commas the whole apposition slot is the name, even when the tagger cut its last word', () => {
  const q = quotes('من جهته، انتقد مدير الهيئة الوطنية للإحصاء، مروان يوسف عبده، طريقة احتساب البطالة، وقال إنها «لا تعكس الواقع».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /مروان يوسف عبده/);
});

test('a pre-verbal subject with its name in apposition (رئيس الفرع، فلان، قال) speaks', () => {
  const q = quotes('وكانت الإدارة قد وصفت الموسم بأنه «موسم انتقالي»، غير أن رئيس فرع السباحة، كمال العياري، قال بعد السباق ضاحكاً: «يبدو أن الانتقال انتهى مبكراً».');
  assert.equal(q.length, 2);
  assert.match(who(q[1])?.text ?? '', /كمال العياري/);
});

test('an unnamed group (مصرفيون) with a plural cue (يرون) is an anonymous source, and its partial quotation is found', () => {
  const q = quotes('وقال محافظ البنك إن التضخم «تحت السيطرة». غير أن مصرفيين تحدثوا إلى «الصباح» يرون أن الخطر «في الديون الخاصة لا في الأسعار».');
  assert.equal(q.length, 2);
  assert.equal(who(q[1])?.via, 'anonymous');
});

test('a body whose head is a plural in ات keeps its feminine adjective (القوات … المشتركة)', () => {
  const q = quotes('أما قوات حفظ السلام المشتركة، فقد دعت في بيان «كل الأطراف إلى وقف القتال فوراً».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /قوات حفظ السلام المشتركة/);
});

test('a name after an apposition comma keeps a first letter the tagger took for a conjunction or كـ', () => {
  const q = quotes('وقالت النائبة عن الحزب، فاتن حمدي، للصحفيين: «لن نصوت على هذا القانون». وقال رئيس الكتلة، كريم عواد، إن «الباب ما زال مفتوحاً».');
  assert.equal(q.length, 2);
  assert.match(who(q[0])?.text ?? '', /فاتن حمدي/);
  assert.match(who(q[1])?.text ?? '', /كريم عواد/);
});

test('an unnamed head (أحد …) named after all in apposition speaks by that name; a suffixed adverb is no part of a name', () => {
  const q = quotes('وقال أحد وجهاء القرية، الشيخ سالم الهاشمي، الذي قاد الوساطة: «الطرفان وافقا على التهدئة». وأضاف الهاشمي يومها: «السلاح لن يحل شيئاً».');
  assert.equal(q.length, 2);
  assert.match(who(q[0])?.text ?? '', /سالم الهاشمي/);
  assert.match(who(q[1])?.text ?? '', /الهاشمي/);
  assert.ok(!/يومها/.test(who(q[1])?.text ?? ''));
});
