import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { extendBodyHeads, trimListedBodies } from '../../../server/src/engine/bodyNames';
import { takeLegalForms } from '../../../server/src/engine/bodyComplements';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const norms = (words: string) => words.split(' ').map((w) => normalizeArabic(w));

const orgs = (text: string) => labelTexts(text, 'ORGANIZATION');

test('a body named by a لل complement takes the adjectives and nouns coordinated in it', () => {
  assert.ok(orgs('وقال مدير المركز المصري للحقوق الاقتصادية والاجتماعية ان الحكم تاريخي .').includes('المركز المصري للحقوق الاقتصادية والاجتماعية'));
  // Another body after و is its own (and no title joins: للصحفيين والعقيد).
  assert.deepEqual(orgs('وقال رئيس الاتحاد المغربي للشغل والكونفدرالية الديمقراطية للشغل ان الاضراب مستمر .'), ['الاتحاد المغربي للشغل', 'الكونفدرالية الديمقراطية للشغل']);
  assert.ok(!orgs('وشارك ممثلون عن الاتحاد الدولي للصحفيين والعقيد خالد في الاجتماع .').some((x) => x.includes('العقيد')));
});

test('a body named by its head and own name takes its لل complement, also when the lists hold the shorter name', () => {
  assert.deepEqual(orgs('وقالت وكالة موديز للتصنيف الائتماني انها خفضت تصنيف البلاد .'), ['وكالة موديز للتصنيف الائتماني']);
  // A complement with more words after it is the sentence's: the listed body ends at its name.
  const league = orgs('واكدت السفيرة الامين العام المساعد للجامعة العربية للشؤون الاجتماعية المشرف علي القطاع اهمية الاجتماع .');
  assert.equal(league.length, 1);
  assert.ok(league[0].endsWith('جامعة العربية'), league[0]);
});

test('a listed body ending in its لل complement keeps the nouns joined to that complement by و, with their adjectives', () => {
  const stems = norms('قالت الهيئة العامة الاستثمار المناطق الحرة إن');
  const prefixes = ['', '', '', 'ل', 'و', '', ''];
  const marks = [[], ['ORG-B'], ['ORG-I'], ['ORG-E'], [], [], []];
  assert.deepEqual(trimListedBodies(stems, prefixes, marks, spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  // Another body's head after و is another body: the listed one ends where the list ends.
  const other = norms('مع الهيئة العامة الاستثمار البنك الدولي');
  assert.deepEqual(trimListedBodies(other, ['', '', '', 'ل', 'و', ''], [[], ['ORG-B'], ['ORG-I'], ['ORG-E'], [], []], spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'));
});

test('a body span ending in its لل complement takes every noun joined to it by و and their feminine adjectives, not a day', () => {
  const s = tokenize('وأعلنت منظمة الأمم المتحدة للتربية والعلم والثقافة عن برنامج');
  const stems = norms('أعلنت منظمة الأمم المتحدة التربية العلم الثقافة عن برنامج');
  const prefixes = ['و', '', '', '', 'ل', 'و', 'و', '', ''];
  const out = extendBodyHeads(stems, prefixes, s, spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O'), () => false);
  assert.deepEqual(out, spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O'));
  const day = tokenize('وأعلنت شركة مصر للكهرباء والمياه الجمعة عن خطة');
  const dayOut = extendBodyHeads(norms('أعلنت شركة مصر الكهرباء المياه الجمعة عن خطة'), ['و', '', '', 'ل', 'و', '', '', ''], day,
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O'), () => false);
  assert.deepEqual(dayOut, spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'));
});

test('a company\'s legal form after its name is part of it, also after a name the lists hold shorter', () => {
  assert.deepEqual(takeLegalForms(norms('أعلنت شركة السلام القابضة أرباحها'), ['', '', '', '', ''], spans('O', 'B-ORG', 'I-ORG', 'O', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(orgs('وقالت مجموعة طلعت مصطفى القابضة إن مبيعاتها ارتفعت .'), ['مجموعة طلعت مصطفى القابضة']);
});

test('an adjective of a body\'s standing after its name is part of it; one agreeing with the noun before the body is not', () => {
  assert.ok(orgs('وقالت مفوضية الانتخابات المستقلة إن نسبة المشاركة بلغت 40 في المئة .').includes('مفوضية الانتخابات المستقلة'));
  assert.deepEqual(takeLegalForms(norms('رئيس أرامكو التنفيذي قال'), ['', '', '', ''], spans('O', 'B-ORG', 'O', 'O')), spans('O', 'B-ORG', 'O', 'O'));
});

test('a legal form\'s word going on to its object is the sentence\'s verbal noun, outside the body', () => {
  assert.deepEqual(takeLegalForms(norms('يواصل الاتحاد الأوروبي المساهمة في الإعمار'), ['', '', '', '', '', ''], spans('O', 'B-ORG', 'I-ORG', 'O', 'O', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'));
  assert.deepEqual(orgs('طلب البنك الدولي المساهمة في تمويل المشروع .'), ['البنك الدولي']);
});

test('after a body\'s coordinated لل complement and its adjective, the sentence\'s own definite noun stays outside', () => {
  assert.deepEqual(orgs('أعلنت الهيئة العامة للاستثمار والمناطق الحرة الموافقة على المشروع .'), ['الهيئة العامة للاستثمار والمناطق الحرة']);
  const s = tokenize('أعلنت هيئة قناة السويس للتنمية والاستثمار الموافقة على الخطة');
  const out = extendBodyHeads(norms('أعلنت هيئة قناة السويس التنمية الاستثمار الموافقة على الخطة'), ['', '', '', '', 'ل', 'و', '', '', ''], s,
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O'), () => false);
  assert.deepEqual(out, spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'));
});

test('a construct body the tagger ended before its adjectives takes them with the لل word that names it', () => {
  assert.deepEqual(orgs('أحال الملف إثر شكاية تقدمت بها هيئة الرقابة العامة للمالية سنة 2019 .'), ['هيئة الرقابة العامة للمالية']);
  // A conjunction on the head opens the second body of a list: it is named by its لل complement too.
  assert.ok(orgs('وتمول الحملة الوكالة الألمانية للتعاون الدولي وبنك موريتانيا للتجارة الدولية ، بحسب بيان الجمعية .')
    .includes('بنك موريتانيا للتجارة الدولية'));
});

test('a لل complement already joined by و to another noun goes on through their adjectives and conjuncts', () => {
  assert.deepEqual(orgs('وتقدر الوكالة الوطنية للإحصاء والتحليل الديمغرافي والاقتصادي نسبة الأمية في الولاية .'),
    ['الوكالة الوطنية للإحصاء والتحليل الديمغرافي والاقتصادي']);
});

test('a listed short name of a party (حزب التجمع) takes the adjective and لل complement of its full name', () => {
  assert.ok(orgs('واتهم القيادي في حزب التجمع اليمني للإصلاح عادل الشجاع الحوثيين بعرقلة الاتفاق .').includes('حزب التجمع اليمني للإصلاح'));
  // Not whom a statement addresses, nor a time.
  assert.ok(orgs('وقال حزب التجمع اليمني للصحفيين إن الحوار متعثر .').includes('حزب التجمع'));
});

test('a head followed by a preposition is a common noun with its phrase, no body (مجموعة من، هيئة في خدمة)', () => {
  assert.deepEqual(orgs('وقال إن مجموعة من شباب المدينة نظموا وقفة أمام المبنى .'), []);
  assert.deepEqual(orgs('وتحدثت إلى لجنة من خيار العلماء عن المشروع .'), []);
  // A construct head with its genitives is still a body (هيئة الرقابة الإدارية).
  assert.ok(orgs('وقالت هيئة الرقابة الإدارية إنها تحقق في القضية .').some((x) => x.startsWith('هيئة الرقابة')));
});

test('a body cut after ل + a noun in construct takes the genitive and its adjectives; a name beginning with ل stays as it is', async () => {
  const { extendLamConstructs } = await import('../../../server/src/engine/bodyComplements');
  const run = (words: string, t: string[], known: string[], nationality: number[] = []) => {
    const toks = tokenize(words);
    const stems = toks.map((x) => x.norm);
    return extendLamConstructs(toks, stems, stems.map(() => ''), spans(...t), (w) => known.includes(w), (k) => nationality.includes(k), () => false);
  };
  assert.deepEqual(run('مؤشر معهد ايفو الالماني لمناخ الاعمال الرئيسي اقل', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'], [normalizeArabic('مناخ')]),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.ok(orgs('وانخفض مؤشر معهد ايفو الالماني لمناخ الاعمال الرئيسي اقل من التوقعات .').includes('معهد ايفو الالماني لمناخ الاعمال الرئيسي'));
  // ليون is no noun the training text knows without its ل: the club's name is whole, the nationality outside.
  assert.deepEqual(run('نادي ليون الفرنسي', ['B-ORG', 'I-ORG', 'O'], [], [2]), spans('B-ORG', 'I-ORG', 'O'));
});

test('a لل complement takes a noun coordinated with it in construct with its genitive', () => {
  assert.deepEqual(orgs('بينما قدرت منظمة إلمان للسلام وحقوق الإنسان عدد القتلى بخمسين .'), ['منظمة إلمان للسلام وحقوق الإنسان']);
  // An adjective after the genitive describes the whole body, outside its name.
  assert.deepEqual(orgs('بينما قدرت منظمة إلمان للسلام وحقوق الإنسان المحلية عدد القتلى بخمسين .'), ['منظمة إلمان للسلام وحقوق الإنسان']);
  assert.deepEqual(orgs('وأعلنت الهيئة العامة للاستثمار وتنمية الصادرات خطة جديدة .'), ['الهيئة العامة للاستثمار وتنمية الصادرات']);
  // A title after و is another person's, not the body's.
  assert.deepEqual(orgs('وقالت المنظمة العربية للتنمية ووزير الخارجية في بيان إن الخطة جاهزة .'), ['المنظمة العربية للتنمية']);
});

test('people in construct after a لل complement\'s و are another party, not the body\'s field', () => {
  assert.deepEqual(orgs('وقالت اللجنة العليا للانتخابات وممثلو الأحزاب إن الفرز انتهى .'), ['اللجنة العليا للانتخابات']);
  assert.deepEqual(orgs('والتقى رئيس المفوضية العليا للانتخابات وممثلي الأحزاب في بغداد .'), ['المفوضية العليا للانتخابات']);
  assert.deepEqual(orgs('وقالت اللجنة العليا للانتخابات وأعضاء الأحزاب إن الفرز انتهى .'), ['اللجنة العليا للانتخابات']);
  // A field in construct stays the body's.
  assert.deepEqual(orgs('وقالت الهيئة العامة للاستثمار وتنمية الصادرات إن الطلبات زادت .'), ['الهيئة العامة للاستثمار وتنمية الصادرات']);
});

test('a head-and-adjective body before ل + a noun in construct takes that complement with its genitive, not a nationality after it', () => {
  assert.deepEqual(orgs('وذكرت الجمعية الوطنية لحماية المستهلك أن الأسعار ارتفعت .'), ['الجمعية الوطنية لحماية المستهلك']);
  assert.deepEqual(orgs('وقالت الجمعية المغربية لمساندة الأسرة في بيان إن البرنامج بدأ .'), ['الجمعية المغربية لمساندة الأسرة']);
  // Not a word that goes on with the sentence (لصالح).
  assert.ok(!orgs('وصوتت الجمعية الوطنية لصالح القانون الجديد .').some((x) => x.includes('لصالح')));
});

test('a front or movement named by what it fights for takes its ل complement with the genitive', () => {
  assert.deepEqual(orgs('وتبنت الجبهة الشعبية لتحرير الوادي الهجوم على القافلة .'), ['الجبهة الشعبية لتحرير الوادي']);
  assert.deepEqual(orgs('وقالت الحركة الوطنية لتحرير الساحل في بيان إن المفاوضات فشلت .'), ['الحركة الوطنية لتحرير الساحل']);
});

test('a body span ending in its لل word takes that word\'s agreeing adjective, not a nationality or a masculine one after ة', async () => {
  assert.deepEqual(orgs('وقال مدير المعهد الوطني للبحوث الزراعية إن المحصول تراجع .'), ['المعهد الوطني للبحوث الزراعية']);
  const { extendLamConstructs } = await import('../../../server/src/engine/bodyComplements');
  const run = (words: string, t: string[], nationality: number[] = []) => {
    const toks = tokenize(words);
    return extendLamConstructs(toks, norms(words), norms(words).map(() => ''), spans(...t), () => true, (k) => nationality.includes(k), () => false);
  };
  assert.deepEqual(run('مع الوكالة الدولية للطاقة الذرية امس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  // A nationality stays outside, as after any body's own name.
  assert.deepEqual(run('مع الوكالة الدولية للنشر الاسكتلندية امس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'], [4]),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'));
  // A masculine nisba after a feminine لل word describes something else.
  assert.deepEqual(run('مع الوكالة الدولية للطاقة الرسمي امس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'));
});

test('a body cut at ل + a noun in construct takes the place that is its genitive, or a chain noun and its definite genitive', () => {
  assert.deepEqual(labelTexts('وقال الاتحاد العام لعمال تونس إن الإضراب قائم .', 'ORGANIZATION'), ['الاتحاد العام لعمال تونس']);
  assert.deepEqual(labelTexts('وأعلنت الإدارة العامة لمكافحة جرائم الأموال العامة توقيف موظفين .', 'ORGANIZATION'), ['الإدارة العامة لمكافحة جرائم الأموال العامة']);
});

test('ل + a noun written with its hamza (لأمن) is a complement in construct, not لا: its genitive chain stays in the body', () => {
  assert.ok(orgs('وأبلغت الشركة الوكالة الوطنية لأمن الشبكات بالهجوم .').includes('الوكالة الوطنية لأمن الشبكات'));
});
