import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityMention, ParagraphTags } from '../../../server/src/engine/entities';
import { linkEntities } from '../../../server/src/engine/linking';
import { phraseHeads } from '../../../server/src/engine/phraseRepeats';

// linkEntities asks phraseHeads before a word's lexicon count: a word no key of several words opens is passed by.

/** One paragraph of words given as [prefix, stem] with mentions over the token ranges given. */
function paragraph(words: Array<[string, string]>, base: number, names: Array<[number, number, EntityMention['label']]>): ParagraphTags {
  let at = base;
  const tokens = words.map(([p, s]) => { const w = p + s; const t = { start: at, end: at + w.length, text: w, norm: w, kind: 'word' as const }; at += w.length + 1; return t; });
  const mentions: EntityMention[] = names.map(([a, b, label]) => ({
    label, start: tokens[a].start, end: tokens[b - 1].end, key: words.slice(a, b).map(([, s]) => s).join(' '), confidence: 0.9, firstToken: a, lastToken: b,
  }));
  return { tokens, stems: words.map(([, s]) => s), prefixes: words.map(([p]) => p), mentions };
}

test('the heads of phrase repeats are the first words of the keys of several words, and no other word', () => {
  const heads = phraseHeads(['وادي النخيل الكبير', 'سهل القمح', 'تلمسان']);
  assert.ok(heads.has('وادي') && heads.has('سهل'));
  assert.ok(!heads.has('تلمسان') && !heads.has('النخيل') && !heads.has('القمح') && !heads.has('الكبير'));
});

test('a name of several words behind a clitic is still found as a repeat, and a word opening no such name is not', () => {
  const lex = { freq: () => 0 };
  // «زار وفد سهل القمح ثم عاد الى سهل القمح ولسهل القمح ربيع»: the name read once, its repeat behind و + ل.
  const first = paragraph([['', 'زار'], ['', 'وفد'], ['', 'سهل'], ['', 'القمح']], 0, [[2, 4, 'LOCATION']]);
  const again = paragraph([['', 'عاد'], ['', 'الوفد'], ['ول', 'سهل'], ['', 'القمح'], ['', 'ربيع'], ['ول', 'ربيع'], ['', 'القمح']], 30, []);
  const entities = linkEntities([first, again], lex);
  const place = entities.find((e) => e.key === 'سهل القمح');
  assert.ok(place, 'the place is linked');
  assert.deepEqual(place.mentions.map((m) => [m.firstToken, m.lastToken, m.propagated]), [[2, 4, false], [2, 4, true]]);
  assert.equal(entities.length, 1, 'ربيع القمح is no repeat: ربيع opens no key');
});
