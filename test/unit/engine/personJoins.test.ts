import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { cutNames } from '../../../server/src/engine/cutNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { applyNameRules } from '../../../server/src/engine/nameRules';
import { mapLexicon } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, tagNames as names, tagNumbers as tags } from './helpers';


/** adjustPersonBounds on a sentence written out: `listed` words are name parts, `freqs` the training counts (default 100). */
function bounds(sentence: string, marks: string[][], input: string[], listed: string[], freqs: Record<string, number> = {}): string[] {
  const words = sentence.split(' ');
  const stems = words.map(normalizeArabic);
  const count = (w: string) => freqs[w] ?? 100;
  return names(adjustPersonBounds(stems, marks, tags(...input), (k) => count(words[k]), (k) => words[k], (w) => count(w),
    (w) => listed.map(normalizeArabic).includes(w)));
}

test('a nationality read as a one-word person before a name is the nationality', () => {
  assert.deepEqual(bounds('سجل المصري محمد صلاح', [[], ['NAT-S', 'LAST-S'], ['FIRST-S'], ['FIRST-S']], ['O', 'B-PERS', 'B-PERS', 'I-PERS'], ['محمد', 'صلاح']),
    ['O', 'O', 'B-PERS', 'I-PERS']);
});

test('a name joined to the next by و is two people', () => {
  assert.deepEqual(bounds('حضر ماكرون وشولتس القمة', [[], ['PLAST-S'], ['NAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['ماكرون', 'شولتس'], { ماكرون: 0, وشولتس: 0 }),
    ['O', 'B-PERS', 'B-PERS', 'O']);
  // A name that begins with the letter stays one name.
  assert.deepEqual(bounds('قال محمد وليد إن', [[], ['FIRST-S'], ['FIRST-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['محمد', 'وليد'], { وليد: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
  // A foreign surname spelled with و whose rest is a definite word the text never saw is the name's (Christopher Walken).
  assert.deepEqual(bounds('الممثل كريستوفر والكين ،', [[], ['NAME-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['كريستوفر', 'الكين'], { والكين: 0, الكين: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
  // A definite name the text knows is coordinated all the same.
  assert.deepEqual(bounds('زار علي والحسين المدينة', [[], ['FIRST-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['علي', 'الحسين'], { والحسين: 0, الحسين: 40 }),
    ['O', 'B-PERS', 'B-PERS', 'O']);
  assert.deepEqual(bounds('بإعدام مبارك والعادلي ،', [[], ['PLAST-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['مبارك', 'العادلي'], { والعادلي: 0, العادلي: 0 }),
    ['O', 'B-PERS', 'B-PERS', 'O']);
});

test('two person spans side by side are one name, unless و or a common word meets there', () => {
  assert.deepEqual(bounds('قال قائد الجيش عاصم منير إن', [[], [], [], ['NAME-S'], ['NAME-S'], []], ['O', 'O', 'O', 'B-PERS', 'B-PERS', 'O'], []),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('كتبه ستيفين كورين ومارك أوكيفي', [[], ['NAME-S'], [], ['NAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], ['مارك'], { كورين: 0, أوكيفي: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
  assert.deepEqual(bounds('أيد أيمن نور ترشيح موسى مصطفى', [[], ['FIRST-S'], ['NAME-S'], [], ['NAME-S'], ['FIRST-S']], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], []),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
});

test('after a listed name part, a second span opening with a surname the text knows a little and no list holds is the same person', () => {
  // A famous surname is frequent in news text (here 8), a new one is in no list: one person, not a given name and a second person.
  assert.deepEqual(bounds('هاجم الألماني مارتن فيلدكامب أمس', [[], ['NAT-S'], ['NAME-S'], [], []], ['O', 'O', 'B-PERS', 'B-PERS', 'O'], [], { فيلدكامب: 8 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A place list's mark does not keep it out: the places list holds many surnames (a town named for a family).
  assert.deepEqual(bounds('ودافعت جوليا هاملتون عنه', [[], ['NAME-S'], ['LOC-S'], []], ['O', 'B-PERS', 'B-PERS', 'O'], [], { هاملتون: 10 }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
  // A word the text knows well is a common word, and a nationality no surname: two spans stay.
  assert.deepEqual(bounds('قال مارتن فيلدكامب أمس', [[], ['NAME-S'], [], []], ['O', 'B-PERS', 'B-PERS', 'O'], [], { فيلدكامب: 200 }),
    ['O', 'B-PERS', 'B-PERS', 'O']);
  // A word behind a clitic opens a second person ("by Gil"), and names listed without commas stay apart.
  const clitic = tags('O', 'B-PERS', 'B-PERS', 'O');
  cutNames(['استبدل', 'مارتن', 'جيل', 'امس'], [[], ['NAME-S'], [], []], () => 5, (k) => ['استبدل', 'مارتن', 'بجيل', 'أمس'][k], clitic);
  assert.deepEqual(names(clitic), ['O', 'B-PERS', 'B-PERS', 'O']);
  assert.deepEqual(bounds('هم سالم عارف الطويل نورمان ناجي', [[], ['FIRST-S'], ['FIRST-S'], ['NAME-S'], [], ['NAME-S']], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], [], { نورمان: 8 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
  assert.deepEqual(bounds('استبدل مارتن سبيندلر بجيل أميليو', [[], ['NAME-S'], ['NAME-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], [], { بجيل: 5, أميليو: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
  assert.deepEqual(bounds('قال مارتن الألماني أمس', [[], ['NAME-S'], ['NAT-S'], []], ['O', 'B-PERS', 'B-PERS', 'O'], [], { الألماني: 8 }),
    ['O', 'B-PERS', 'B-PERS', 'O']);
});

test('a listed full name keeps the name parts the tagger ran on with, and drops the common words', () => {
  const marks = [[], ['PER-B', 'NAME-S'], ['PER-E', 'NAME-S'], ['NAME-S'], []];
  assert.deepEqual(bounds('تولى فرديناند ماركوس جونيور رئاسة', marks, ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], []), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('وقال محمود عباس القيادي إن', [[], ['PER-B'], ['PER-E'], [], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], []), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
});

test('a disease behind a clitic the splitter kept is no well-known surname', () => {
  // The people list holds a surname spelled like the virus; the clitic-free form is a disease word.
  assert.deepEqual(bounds('المضاد لفيروس كورونا', [[], ['PLAST-S'], []], ['O', 'O', 'O'], [], { لفيروس: 0 }), ['O', 'O', 'O']);
  assert.deepEqual(bounds('وصل دراغي أمس', [[], ['PLAST-S'], []], ['O', 'O', 'O'], [], { دراغي: 0 }), ['O', 'B-PERS', 'O']);
});

test('a kunya or a particle before a name is part of it, but أم after a name is "or"', () => {
  assert.deepEqual(bounds('خالتي أم كريم وعمي', [[], ['NAME-S'], ['NAME-S'], []], ['O', 'O', 'B-PERS', 'O'], []), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('أهداف دي ستيفانو كثيرة', [[], ['NAME-S'], ['NAME-S'], []], ['O', 'O', 'B-PERS', 'O'], []), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('هل يفوز ترامب أم هاريس', [[], [], ['PLAST-S'], ['NAME-S'], ['NAME-S']], ['O', 'O', 'B-PERS', 'O', 'B-PERS'], []), ['O', 'O', 'B-PERS', 'O', 'B-PERS']);
  // فإن written without hamza is no particle.
  assert.deepEqual(bounds('فان ستولمان يرى', [[], [], []], ['O', 'B-PERS', 'O'], [], { ستولمان: 0 }), ['O', 'B-PERS', 'O']);
});

test('a family nisba after a lone given name is the family name', () => {
  assert.deepEqual(bounds('خلفا للبحريني خالد الكويتي .', [[], ['NAT-S'], ['FIRST-S'], ['NAT-S'], []], ['O', 'O', 'B-PERS', 'O', 'O'], []), ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // After a full name the adjective describes the person.
  assert.deepEqual(bounds('التقى جو بايدن الأمريكي', [[], ['FIRST-S'], ['PLAST-S'], ['NAT-S']], ['O', 'B-PERS', 'I-PERS', 'O'], []), ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('a name link the tagger left out joins the two parts of one name', () => {
  assert.deepEqual(bounds('وكان أمادو ولد عبد الرحمن', [[], ['NAME-S'], [], ['NAME-S'], []], ['O', 'B-PERS', 'O', 'B-PERS', 'I-PERS'], [], { أمادو: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  // After a link the next word is a name even when no list holds it, also when the tagger ended the name with the link.
  assert.deepEqual(bounds('ومحمد البشير ولد المختار .', [['FIRST-S'], ['NAME-S'], [], [], []], ['B-PERS', 'I-PERS', 'O', 'O', 'O'], [], { المختار: 30 }),
    ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('وحمودي ولد المصطفى ولد الوالي .', [[], [], ['FIRST-S'], [], [], []], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O', 'O'], [], { الوالي: 10 }),
    ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // A name the tagger ended with a link or أبو takes the word after it, also one a body list holds (Al-Fath, a club).
  assert.deepEqual(bounds('وقال الوكيل نبيل أبو الفتح إن', [[], [], ['NAME-S'], ['NAME-S'], ['CLUB-S'], []], ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O'], [], { الفتح: 20, إن: 5000 }),
    ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('ضريح سعد بن أبي وقاص فاتح', [[], ['FIRST-S'], [], [], [], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'], [], { وقاص: 2 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // ولد as a verb after a name, before a place, stays out.
  assert.deepEqual(bounds('محمد ولد في القاهرة', [['FIRST-S'], [], ['NAME-S'], ['LOC-S']], ['B-PERS', 'O', 'O', 'B-LOC'], [], { في: 19197 }), ['B-PERS', 'O', 'O', 'B-LOC']);
  // A title after the link is an ancestor's, inside the lineage, when the name goes on after it.
  assert.deepEqual(bounds('وأدى سيدي محمد ولد الشيخ عبد الله اليمين', [[], ['NAME-S'], ['FIRST-S'], ['NAME-S'], ['NAME-S'], ['FIRST-B'], ['FIRST-E'], []],
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS', 'O'], [], { اليمين: 500 }), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('an unseen word after an unseen one-word name is its surname, but not an unseen form of a common word', () => {
  const marks = [[], [], [], [], []];
  assert.deepEqual(bounds('قال الوزير منوشهر متكي إن', marks, ['O', 'O', 'B-PERS', 'O', 'O'], [], { منوشهر: 0, متكي: 0 }), ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  for (const word of ['سيطرته', 'يبحثان', 'ممازحاً', 'مؤكدا']) {
    assert.deepEqual(bounds(`قال الوزير منوشهر ${word} إن`, marks, ['O', 'O', 'B-PERS', 'O', 'O'], [], { منوشهر: 0, [word]: 0 }), ['O', 'O', 'B-PERS', 'O', 'O'], word);
  }
  // After a surname the training text knows (a one-word mention of a known person) the unseen word is the sentence's.
  assert.deepEqual(bounds('قال الوزير لافروف متكي إن', marks, ['O', 'O', 'B-PERS', 'O', 'O'], [], { متكي: 0 }), ['O', 'O', 'B-PERS', 'O', 'O']);
});

test('a name run on into a disease keeps the name; a span that opens with the disease goes whole', () => {
  const tok = tokenize('ونائب وزير الصحة إيرج حريرجي بالفيروس وفيروس كورونا');
  const stems = tok.map((t) => normalizeArabic(t.text));
  const given = ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'I-PERS'];
  const out = applyNameRules(tok, stems, given.map((g) => TAGS.indexOf(g)), mapLexicon({})).map((t) => TAGS[t]);
  assert.deepEqual(out, ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
});

test('a rare foreign given name takes an unseen surname that ends like a pronoun suffix (كلوغه), not a known word + suffix', () => {
  const marks = [[], ['NAME-S'], [], []];
  assert.deepEqual(bounds('وقال هانز كلوغه مدير', marks, ['O', 'B-PERS', 'O', 'O'], [], { هانز: 3, كلوغه: 0, كلوغ: 0 }), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('وأعلن هانز سيطرته على', marks, ['O', 'B-PERS', 'O', 'O'], [], { هانز: 3, سيطرته: 0, سيطرت: 5 }), ['O', 'B-PERS', 'O', 'O']);
  // A surname the training text knows well is no rare given name.
  assert.deepEqual(bounds('وقال بوتين كلوغه مدير', marks, ['O', 'B-PERS', 'O', 'O'], [], { بوتين: 24, كلوغه: 0 }), ['O', 'B-PERS', 'O', 'O']);
});

test('a regnal number closes a name before the sentence goes on; lineage, tens and a house name go on', () => {
  // The congratulated man after the king is the object, not more of the king's name.
  assert.deepEqual(bounds('هنأ الملك محمد السادس الغزواني بفوزه', [[], [], ['FIRST-S'], [], ['NAME-S'], []],
    ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'], ['محمد', 'الغزواني'], { الغزواني: 0 }), ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(bounds('استقبل محمد السادس شكيب بنموسى', [[], ['FIRST-S'], [], ['FIRST-S'], ['NAME-S']],
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'], ['محمد', 'شكيب', 'بنموسى'], { بنموسى: 0 }), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(bounds('استقبل عبد الله الثاني بن الحسين الوفد', [[], ['FIRST-S'], ['FIRST-S'], [], [], ['FIRST-S'], []],
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O'], ['عبد', 'الله', 'الحسين']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('زار بنديكتوس السادس عشر عمان', [[], ['NAME-S'], [], [], ['LOC-S']], ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'], ['بنديكتوس'], { بنديكتوس: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-LOC']);
  assert.deepEqual(bounds('حكم جيمس الأول ستيوارت إنجلترا', [[], ['NAME-S'], [], ['NAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['جيمس', 'ستيوارت']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // An epithet the people list ends a name with stays: a historical king's, a pope's tens after و.
  assert.deepEqual(bounds('غزا فيليب الثاني المقدوني أثينا', [[], ['NAME-S'], [], ['NAT-S', 'PLAST-S'], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['فيليب']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a city only the place lists hold, closing a name of three words, is the place after the name; not after a kunya', () => {
  assert.deepEqual(bounds('زار عمرو موسى بيروت أمس', [[], ['FIRST-S'], ['NAME-S'], ['LOC-S'], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['عمرو', 'موسى']),
    ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O']);
  assert.deepEqual(bounds('قال أحمد أبو غزة إن', [[], ['FIRST-S'], ['NAME-S'], ['LOC-S'], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['أحمد', 'أبو']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a folded full-name match takes in no common word the tagger left out; an unseen word it still takes', () => {
  // ميلوني سياسة folds as the singer ميلاني سي: سياسة is a word of every day.
  assert.deepEqual(bounds('وانتقدت ميلوني سياسة الهجرة', [[], ['NAME-S', 'PLAST-S', 'fPER-B'], ['fPER-E'], []], ['O', 'B-PERS', 'O', 'O'], ['ميلوني']),
    ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(bounds('وقال ميلوني سي إن', [[], ['NAME-S', 'fPER-B'], ['fPER-E'], []], ['O', 'B-PERS', 'O', 'O'], ['ميلوني'], { سي: 0 }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('a nisba after a noun with its pronoun that a name ran into is the noun\'s, not a family name', () => {
  assert.deepEqual(bounds('والتقى أردوغان بنظيره الروسي فلاديمير', [[], ['PLAST-S'], [], ['NAT-S'], ['NAME-S']], ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS'], ['أردوغان'],
    { بنظيره: 0 }), ['O', 'B-PERS', 'O', 'O', 'B-PERS']);
});

test('after a particle that opens a name, a word the place lists hold too is the name\'s: two spans side by side are one', () => {
  assert.deepEqual(bounds('وقالت فون دير لاين إن', [[], ['NAME-S', 'PLAST-S'], ['LOC-S', 'NAME-S'], ['NAME-S'], []], ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'O'], ['فون', 'لاين']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('two players the tagger joined across على are two persons where the text writes a final ي elsewhere', () => {
  const persons = (text: string) => entityLines(text).filter((e) => e.startsWith('PERSON'));
  assert.deepEqual(persons('وتغلب ديوكوفيتش على نادال 6 - 4 و6 - 3 في النهائي.'), ['PERSON ديوكوفيتش', 'PERSON نادال']);
});

/** As bounds, with the stems of the words the splitter cut (`cut`: index → stem); every word a common one unless `freqs` says. */
function cutBounds(sentence: string, cut: Record<number, string>, marks: string[][], input: string[], freqs: Record<string, number> = {}): string[] {
  const words = sentence.split(' ');
  const stems = words.map((w, k) => cut[k] ?? normalizeArabic(w));
  const count = (w: string) => freqs[w] ?? 100;
  return names(adjustPersonBounds(stems, marks, tags(...input), (k) => count(stems[k]), (k) => words[k], count, () => false));
}

test('the tagger\'s role noun before a lone listed name is left out; a nisba or a regnal name keeps its word', () => {
  assert.deepEqual(bounds('وقال المحلل مارك إن', [[], [], ['NAME-S', 'PLAST-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], ['مارك']), ['O', 'O', 'B-PERS', 'O']);
  // A nisba is the surname before the given name; a word the splitter cut (ب + الله) is no lone name.
  assert.deepEqual(bounds('ووجه المالكي الشكر', [[], [], ['NAME-S']], ['O', 'B-PERS', 'I-PERS'], []), ['O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(cutBounds('بويع المستنصر بالله', { 2: 'الله' }, [[], [], ['NAME-S']], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
});

test('a relative day, or a body the training text knows behind ل, ends a name', () => {
  assert.deepEqual(bounds('وقال الوزير محمد أمس إن', [[], [], ['FIRST-S'], [], []], ['O', 'O', 'B-PERS', 'I-PERS', 'O'], ['محمد']), ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(cutBounds('وأكد المدرب جمال لرويترز أن', { 3: 'رويترز' }, [[], [], ['FIRST-S'], ['ORG-S'], []], ['O', 'O', 'B-PERS', 'I-PERS', 'O']),
    ['O', 'O', 'B-PERS', 'B-ORG', 'O']);
  // A rare one is the surname's own letters (ب + نيس).
  assert.deepEqual(cutBounds('وقال محمد بنيس إن', { 2: 'نيس' }, [[], ['FIRST-S'], ['LOC-S'], []], ['O', 'B-PERS', 'I-PERS', 'O'], { نيس: 3 }),
    ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('a person the tagger read after a one-word person and opened by فان before a little-known word is one name; before a common name, فان is فإن', () => {
  assert.deepEqual(bounds('الدولي رود فان نيستلروي انتقادات', [[], ['FIRST-S'], [], [], []], ['O', 'B-PERS', 'B-PERS', 'I-PERS', 'O'], ['رود'], { فان: 500, نيستلروي: 11 }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(bounds('كلام يوسف ندا فان نصر الدين كان', [[], ['FIRST-S'], [], [], ['NAME-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['يوسف', 'ندا', 'نصر'], { فان: 500, نصر: 60 }),
    ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});
