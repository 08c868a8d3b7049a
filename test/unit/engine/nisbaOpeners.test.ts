import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nisbaOpenersOut } from '../../../server/src/engine/nisbaOpeners';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** nisbaOpenersOut on words written out, with their list marks; `stems` where the splitter cut a clitic. */
function run(words: string[], marks: string[][], input: string[], stems: Record<number, string> = {}, nameParts: string[] = []): string[] {
  return nisbaOpenersOut(words.map((w, k) => stems[k] ?? normalizeArabic(w)), marks, input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    (w) => nameParts.includes(w)).map((t) => TAGS[t]);
}

test('a nisba describing the word before a name stays outside the name', () => {
  assert.deepEqual(entityLines('وقال الشيخ القبلي حمد بن سالم إن المسلحين هاجموا القرية').filter((l) => l.startsWith('PERSON')), ['PERSON حمد بن سالم']);
  assert.deepEqual(run(['رئيس', 'الوزراء', 'الأذري', 'يعقوب', 'أيابوف'], [[], [], ['fNAME-S'], ['NAME-S'], []], ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS']);
  // The Wikidata name parts hold such adjectives (الدولي): only the given-name and surname lists say a nisba is a name.
  assert.deepEqual(run(['المهاجم', 'الهولندي', 'الدولي', 'رود'], [[], ['NAT-S'], ['NAME-S'], ['NAME-S']], ['O', 'O', 'B-PERS', 'I-PERS']),
    ['O', 'O', 'O', 'B-PERS']);
});

test('a nisba that is the name stays in it', () => {
  // Before a lineage word it is a given name with the article; before a definite word or a cut clitic, an old name's part.
  assert.deepEqual(run(['المعارض', 'المهدي', 'بن', 'بركة'], [[], ['NAME-S'], [], []], ['O', 'B-PERS', 'I-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['الأمير', 'الأرغوني', 'الكاملي'], [[], [], []], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['الخليفة', 'المستكفي', 'بالله'], [[], [], []], ['O', 'B-PERS', 'I-PERS'], { 2: 'الله' }), ['O', 'B-PERS', 'I-PERS']);
  // A surname the lists hold, after a definite word (the listing of a name, surname first).
  assert.deepEqual(run(['الفائز', 'الهاشمي', 'أحمد'], [[], ['PLAST-S'], ['FIRST-S']], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
  // Not after a word that is no definite one: the name opens the clause (قال الهاشمي أحمد … is the list style too).
  assert.deepEqual(run(['قال', 'الهاشمي', 'أحمد'], [[], [], ['FIRST-S']], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
  // A given name with the article before a lone surname: the lists hold it without the article (هادي، جيلالي).
  for (const [sentence, name] of [['وترأس الجلسة الوزير الأول الهادي نويرة .', 'الهادي نويرة'], ['وأشاد المدرب الوطني الجيلالي فاضل بروح اللاعبين .', 'الجيلالي فاضل']]) {
    assert.deepEqual(entityLines(sentence).filter((l) => l.startsWith('PERSON')), [`PERSON ${name}`]);
  }
  // Before a full name the same word is the adjective still.
  assert.deepEqual(run(['الشاعر', 'السوداني', 'الهادي', 'يعقوب', 'أيابوف'], [[], ['NAT-S'], [], ['NAME-S'], []], ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS'], {}, ['هادي']),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS']);
});
