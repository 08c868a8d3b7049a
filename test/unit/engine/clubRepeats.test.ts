import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';
import { clubRepeats } from '../../../server/src/engine/clubRepeats';
import { phraseHeads } from '../../../server/src/engine/phraseRepeats';
import { tokenize } from '../../../server/src/engine/tokenize';

// Issue 10: a club the article names once with its head (نادي الاتحاد) and then bare, a word every text uses.
/** The organisations document consistency added (the bare repeats), as their text. */
const spread = (text: string) => analyze(text).entities.filter((e) => e.label === 'ORGANIZATION')
  .flatMap((e) => e.mentions.filter((m) => m.propagated).map((m) => text.slice(m.start, m.end)));

test('a club named once with its head is the bare word of a later sports sentence', () => {
  const text = 'أعلن نادي الاتحاد تعاقده مع المدرب الجديد .\nوقرر الاتحاد تأجيل مباريات الدوري بسبب الأمطار .\n';
  assert.deepEqual(spread(text), ['الاتحاد']);
});

test('the bare word is no club outside sports sentences, though the paragraph holds one', () => {
  const text = 'أعلن نادي الاتحاد تعاقده مع المدرب الجديد . وتحدث الاتحاد عن الأزمة الاقتصادية في البلاد .\n';
  assert.deepEqual(spread(text), []);
});

test('a club of judges does not make its bare word a club: the head is no sports word here', () => {
  const text = 'طالب نادي القضاة بزيادة الرواتب .\nوقال القضاة إنهم لن يقبلوا بالتعديل .\n';
  assert.deepEqual(spread(text), []);
});

test('the head or a member of the body, a place after في, or a noun before بين is not the club', () => {
  const head = 'أعلن نادي الاتحاد تعاقده مع المدرب الجديد .\nوقال رئيس الاتحاد إن المباراة ستقام في موعدها .\n';
  const place = 'أعلن نادي الجزيرة تعاقده مع المدرب الجديد .\nوأقيمت المباراة في الجزيرة أمام جمهور كبير .\n';
  const noun = 'تعاقد نادي الوحدة مع مهاجم سوري .\nوتعد الوحدة بين البلدين هدفا أهم من أي مباراة .\n';
  for (const text of [head, place, noun]) assert.deepEqual(spread(text), [], text);
});

test('a definite word after the bare word makes another body of it (a union, the federation)', () => {
  const text = 'أعلن نادي الاتحاد تعاقده مع المدرب الجديد .\nوأعلن الاتحاد الدولي لكرة القدم موعد البطولة .\n';
  assert.ok(!spread(text).includes('الاتحاد'));
});

test('the heads the document keys open with keep each club key: named by فريق alone, or by نادي among other names', () => {
  const tokens = tokenize('وقرر الاتحاد تأجيل مباريات الدوري بسبب الأمطار .');
  const p = { tokens, stems: tokens.map((t) => t.norm.replace(/^و/, '')), prefixes: tokens.map((t) => (t.norm.startsWith('و') ? 'و' : '')) };
  for (const keys of [['فريق الاتحاد'], ['نادي الاتحاد', 'وزارة الرياضة'], ['وزارة الرياضة']]) {
    const canonical = new Map(keys.map((k) => [k, k]));
    const clubs = (heads?: Pick<Set<string>, 'has'>) => clubRepeats(p, new Uint8Array(tokens.length), { canonical, labelOf: () => 'ORGANIZATION', heads }).map((e) => e.m.key);
    // Without `heads` every head is probed: the gate must find what the full probe finds.
    assert.deepEqual(clubs(phraseHeads(canonical.keys())), clubs(), keys.join(', '));
    assert.deepEqual(clubs(), keys[0] === 'وزارة الرياضة' ? [] : [keys[0]], keys.join(', '));
  }
});
