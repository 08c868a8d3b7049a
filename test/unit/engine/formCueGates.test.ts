// Each word-form cue bit of formCueGates is exact for its pass: every word the pass tags carries the bit, ordinary words none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLITIC_COUNTRY_CUE, FUTURE_VERB_CUE, REGION_NAME_CUE, SPEAKER_VERB_CUE, TA_COUNTRY_CUE } from '../../../server/src/engine/formCueGates';
import { inWideCues, wordWideCues, type WideCue } from '../../../server/src/engine/wideCues';
import { tagCliticCountries } from '../../../server/src/engine/cliticCountries';
import { tagCompassCountries } from '../../../server/src/engine/compassCountries';
import { tagTaSpelledCountries } from '../../../server/src/engine/taSpelledCountries';
import { speakerSubjects } from '../../../server/src/engine/speakerSubjects';
import { cueKind } from '../../../server/src/engine/quoteCues';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { dropFutureVerbMentions } from '../../../server/src/engine/verbMentions';
import { ENVOY_HOST_CUE, tagEnvoyHosts } from '../../../server/src/engine/envoyHosts';
import { tagSpeakersSplitAsClitics } from '../../../server/src/engine/titleNames';
import { MOVEMENT_HEAD_CUE, MOVEMENT_MEMBER_CUE, tagMemberMovements } from '../../../server/src/engine/memberBodies';
import { icuRegionNames } from '../../../server/src/engine/regionNames';
import { tokenize, type Token } from '../../../server/src/engine/tokenize';
import { entityLines } from './helpers';

const ALL = [CLITIC_COUNTRY_CUE, REGION_NAME_CUE, TA_COUNTRY_CUE, SPEAKER_VERB_CUE, FUTURE_VERB_CUE];
/** A token's bits as the analysis reads them off its word form (stem: the token's normalised form, as for a bare word). */
const bits = (t: Token, stem = t.norm) => wordWideCues(stem, t.norm);

/** Runs `pass` on a sentence of untagged words; every token it tags (or the one `before` it) must carry `cue`. Returns how many it tagged. */
function taggedCarry(text: string, cue: WideCue, pass: (s: Token[], tags: number[]) => number[], before = 0): number {
  const sentence = tokenize(text);
  const tags = sentence.map(() => 0);
  const out = pass(sentence, tags);
  let n = 0;
  for (let k = 0; k < out.length; k++) {
    if (out[k] === tags[k]) continue;
    n++;
    assert.ok(inWideCues(bits(sentence[k - before]), cue), `${text}: ${sentence[k].text}`);
  }
  return n;
}

// The country names as ICU writes them (its normalised forms fold ة and hamza, but tokenize folds the same way).
const countries = [...icuRegionNames()].filter((c) => !c.includes(' '));

test('every word tagCliticCountries tags carries the clitic-country bit (each country behind each clitic pair)', () => {
  let tagged = 0;
  for (const c of countries) for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ل', 'ك']) {
    const w = conj + prep + (prep === 'ل' && c.startsWith('ال') ? c.slice(1) : c);
    tagged += taggedCarry(w, CLITIC_COUNTRY_CUE, (s, t) => tagCliticCountries(s, s.map(() => []), t));
  }
  assert.ok(tagged > 500, String(tagged));
});

test('every word tagCompassCountries tags carries the region-name bit (after a compass word and after a clause-opening verb)', () => {
  let tagged = 0;
  for (const c of countries) {
    tagged += taggedCarry(`شمال ${c}`, REGION_NAME_CUE, (s, t) => tagCompassCountries(s, t));
    tagged += taggedCarry(`وتحكم ${c} منذ`, REGION_NAME_CUE, (s, t) => tagCompassCountries(s, t, () => 1));
  }
  assert.ok(tagged > 100, String(tagged));
});

test('every word tagTaSpelledCountries tags carries the ة-country bit (each country and continent written with ة for its ا)', () => {
  let tagged = 0;
  for (const c of [...countries, 'اوروبا', 'افريقيا', 'اسيا', 'امريكا', 'استراليا']) {
    if (!c.endsWith('ا')) continue;
    tagged += taggedCarry(c.slice(0, -1) + 'ة', TA_COUNTRY_CUE, (s, t) => tagTaSpelledCountries(s, s.map((x) => x.norm), t, () => true));
  }
  assert.ok(tagged > 10, String(tagged));
});

test('ordinary words carry none of the bits, so the gates close; the gated passes still tag through the analysis', () => {
  for (const w of ['الحكومة', 'شمال', 'مالية', 'المالي', 'لبنانية', 'كابينة', 'الشركة', 'في', 'وزير']) {
    assert.ok(!inWideCues(bits(tokenize(w)[0]), ...ALL), w);
  }
  assert.ok(entityLines('وتنشط الجماعات المسلحة في شمال مالي منذ سنوات .').includes('LOCATION مالي'));
  assert.ok(entityLines('وتقع المحكمة في لاهاي في هولندة منذ عقود .').includes('LOCATION هولندة'));
});

/** speakerSubjects with the analysis's verb test (verbAt: cueKind's 'verb') and every other read as lenient as it can be. */
const speakers = (s: Token[], tags: number[]) =>
  speakerSubjects(s, s.map((t) => t.norm), s.map(() => ''), tags, (k) => cueKind(s[k]) === 'verb', () => 0, () => false, () => false, () => false);

test('every word speakerSubjects tags follows a word with the speaker-verb bit; a sentence with none keeps its tags', () => {
  let tagged = 0;
  for (const verb of ['قال', 'وقال', 'فقال', 'أكد', 'وأكدت', 'أضاف', 'يقول', 'صرح', 'رفض', 'ورفضت', 'استقبل', 'فزار', 'التقى', 'وطلب']) {
    const text = `${verb} شو في المدينة`;
    // The pass tags the word after the verb; the gate opens on the verb itself.
    tagged += taggedCarry(text, SPEAKER_VERB_CUE, speakers, 1) > 0 ? 1 : 0;
  }
  assert.equal(tagged, 14);
  // A person the tagger read right after a verb before a quoted title is dropped: the verb carries the bit there too.
  const quoted = tokenize('وقال موفد " السفير " أمس');
  const B_PERS = beginTag('PERS');
  const out = speakerSubjects(quoted, quoted.map((t) => t.norm), quoted.map(() => ''), quoted.map((_, k) => (k === 1 ? B_PERS : 0)),
    (k) => cueKind(quoted[k]) === 'verb', (_k, t) => (t === B_PERS ? -1000 : 0), () => false, () => false, () => false);
  assert.ok(out[1] === 0 && inWideCues(bits(quoted[0]), SPEAKER_VERB_CUE));
  for (const text of ['الرئيس شو في المدينة', 'وصول شو إلى المدينة', 'قالت المصادر شو']) {
    const sentence = tokenize(text);
    if (!sentence.some((t) => inWideCues(bits(t), SPEAKER_VERB_CUE))) assert.deepEqual(speakers(sentence, sentence.map(() => 0)), sentence.map(() => 0), text);
  }
  assert.ok(!inWideCues(bits(tokenize('الرئيس')[0]), SPEAKER_VERB_CUE) && !inWideCues(bits(tokenize('المدينة')[0]), SPEAKER_VERB_CUE));
});

/** Tags the whole of `text` as one mention of each label in turn and runs `pass`: a change needs a word of the sentence with `cue`. */
function spanChangesCarry(text: string, cue: WideCue, pass: (s: Token[], tags: number[]) => number[]): number {
  const sentence = tokenize(text);
  let n = 0;
  for (const label of ['PERS', 'LOC', 'ORG', 'MISC']) {
    const tags = sentence.map((_, k) => (k === 0 ? beginTag(label) : insideTag(label)));
    if (pass(sentence, tags).every((t, k) => t === tags[k])) continue;
    n++;
    assert.ok(sentence.some((t) => inWideCues(bits(t), cue)), `${text} (${label})`);
  }
  return n;
}

test('dropFutureVerbMentions changes a mention only in a sentence with a future-verb-shaped word (the bit closes its gate elsewhere)', () => {
  // Every word counted (wordFreq 5) and none listed: the pass reads each future shape as the verb.
  const drop = (s: Token[], tags: number[]) => dropFutureVerbMentions(s.map((t) => t.norm), s.map(() => []), tags, () => 5);
  let changed = 0;
  for (const text of ['سيزور باريس', 'وسيتوجه الوفد', 'ميركل سيلتقي المالكي', 'المملكة ستوفر', 'فستقاتل القوات', 'الاتحاد سيرسل مراقبين', 'سنعمل معا']) {
    changed += spanChangesCarry(text, FUTURE_VERB_CUE, drop);
  }
  assert.ok(changed >= 14, String(changed));
  for (const text of ['الرئيس زار باريس', 'وزير الخارجية', 'ستة أشخاص']) assert.equal(spanChangesCarry(text, FUTURE_VERB_CUE, drop), 0, text);
  assert.ok(!inWideCues(bits(tokenize('سافر')[0]), FUTURE_VERB_CUE) && inWideCues(bits(tokenize('وسيتوجه')[0]), FUTURE_VERB_CUE));
});

test('tagMemberMovements tags only in a sentence holding both a movement head and a member noun (both bits)', () => {
  const movements = (s: Token[], tags: number[]) => tagMemberMovements(s.map((t) => t.norm), s.map(() => ''), tags, () => true, () => false, () => false);
  let tagged = 0;
  for (const member of ['القيادي في', 'عناصر من', 'قيادة', 'أعضاء', 'زعيم']) for (const head of ['حركة', 'تنظيم', 'جماعة']) {
    const text = `وقال ${member} ${head} الفجر إن`;
    const sentence = tokenize(text);
    const tags = sentence.map(() => 0);
    if (movements(sentence, tags).every((t) => t === 0)) continue;
    tagged++;
    for (const cue of [MOVEMENT_HEAD_CUE, MOVEMENT_MEMBER_CUE]) assert.ok(sentence.some((t) => inWideCues(bits(t), cue)), text);
  }
  assert.equal(tagged, 15);
  assert.ok(!inWideCues(bits(tokenize('الحكومة')[0]), MOVEMENT_HEAD_CUE, MOVEMENT_MEMBER_CUE));
});

test('tagEnvoyHosts tags only after لدى, which carries its bit', () => {
  const hosts = (s: Token[], tags: number[]) => tagEnvoyHosts(s.map((t) => t.norm), s.map(() => ''), s.map(() => []), tags, () => true);
  let tagged = 0;
  for (const text of ['سفير الأردن لدى الأمم المتحدة', 'مندوب فرنسا الدائم لدى اليونسكو', 'وقال سفير مصر لدى الاتحاد الأوروبي إن']) {
    const sentence = tokenize(text);
    if (hosts(sentence, sentence.map(() => 0)).every((t) => t === 0)) continue;
    tagged++;
    // The tagged words follow لدى: the bit is on لدى itself.
    assert.ok(sentence.some((t) => inWideCues(bits(t), ENVOY_HOST_CUE)), text);
  }
  assert.equal(tagged, 3);
  assert.ok(!inWideCues(bits(tokenize('الأمم')[0]), ENVOY_HOST_CUE));
});

test('tagSpeakersSplitAsClitics tags only right after a reporting verb, which carries the speaker-verb bit', () => {
  const split = (s: Token[], tags: number[]) => tagSpeakersSplitAsClitics(s, s.map((_, k) => (k === 1 ? 'ل' : '')), tags, (k) => cueKind(s[k]) === 'verb', () => true);
  let tagged = 0;
  for (const verb of ['وقالت', 'قال', 'وأضافت', 'أكد']) tagged += taggedCarry(`${verb} ليلى إن`, SPEAKER_VERB_CUE, split, 1);
  assert.equal(tagged, 4);
});
