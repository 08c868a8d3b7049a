// The scoring hot paths rewritten for speed answer exactly as the plain definitions they replace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextSums } from '../../../server/src/engine/contextSums';
import { FeatureTable } from '../../../server/src/engine/featureIndex';
import { KeyFilter } from '../../../server/src/engine/keyFilter';
import { buildGazetteer, foldTransliteration, gazetteerMarks, gazWord } from '../../../server/src/engine/gazetteer';
import { allowed, decode, isInside, NUM_TAGS, posteriors, spanEnd, tagLabel } from '../../../server/src/engine/tagger';
import { mulberry32 } from '../../../server/src/training/perceptron';

test('the feature table finds every name the model lists (a later duplicate wins) and no other, also by parts', () => {
  const names = ['w=بيروت', 'c=بيروت', 'c-1=بيروت', 'w=بيروت', 'p1=ب', 's3=وت', 'b'];
  const table = new FeatureTable(names);
  const byMap = new Map(names.map((n, r) => [n, r]));
  for (const [name, row] of byMap) assert.equal(table.row(name), row, name);
  assert.equal(table.size, byMap.size);
  assert.equal(table.rowOf('c-1=', 'بيروت'), byMap.get('c-1=بيروت'));
  assert.equal(table.rowOf('s3=', 'بيروت', 2, 5), byMap.get('s3=روت') ?? -1);
  assert.equal(table.rowOf('s3=', 'xوت', 1, 3), byMap.get('s3=وت'));
  for (const miss of ['w=دمشق', 'c=بيرو', 'w=بيروتي', '', 'c1=بيروت']) assert.equal(table.row(miss), -1, miss);
});

test('a table larger than its first size (thousands of names) keeps every row apart', () => {
  const names = Array.from({ length: 5000 }, (_, i) => (i % 3 ? 'w=' : 'c=') + i.toString(36));
  const table = new FeatureTable(names);
  names.forEach((n, r) => assert.equal(table.row(n), r));
  assert.equal(table.row('w=zzzz'), -1);
});

/** The fold as first written: letter by letter into a list. */
function foldPlain(word: string): string {
  const map: Record<string, string> = { 'غ': 'ج', 'ق': 'ج', 'ك': 'ج', 'ط': 'ت', 'ص': 'س', 'ث': 'س', 'ض': 'د', 'ذ': 'ز', 'ظ': 'ز', 'ه': 'ا' };
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = map[word[i]] ?? word[i];
    if (i > 0 && 'اوي'.includes(c)) continue;
    if (out.length && out[out.length - 1] === c) continue;
    out.push(c);
  }
  return out.join('');
}

test('transliteration folding gives the same key as the letter-by-letter definition, for short and very long words', () => {
  for (const w of ['غوتيريش', 'جوتيريس', 'ابوظبي', 'وووو', 'ا', '', 'ماكرون', 'Zelensky', 'ققق' + 'ه'.repeat(300) + 'طط']) {
    assert.equal(foldTransliteration(w), foldPlain(w), w);
  }
});

test('a word whose keys fold alike starts its folded phrases once, and its marks come in list order', () => {
  const gaz = buildGazetteer({ 'جوتيريش انطونيو': 'PER', 'بيروت': 'LOC|ORG', 'بيروت الغربيه': 'LOC' });
  const w = gazWord('قوتيريش', { prefix: '', stem: 'قوتيريش', core: 'قوتيريش' }, true);
  w.foldedKeys = [...w.foldedKeys, ...w.foldedKeys];
  const next = gazWord('انطونيو', { prefix: '', stem: 'انطونيو', core: 'انطونيو' }, true);
  const marks = gazetteerMarks([w, next], gaz);
  assert.deepEqual(w.starts!.map((s) => [s.first, s.folded]), [[foldTransliteration('قوتيريش'), true]]);
  assert.deepEqual(marks.map((m) => m.filter((x) => x.startsWith('fPER'))), [['fPER-B'], ['fPER-E']]);
  const city = gazWord('بيروت', { prefix: '', stem: 'بيروت', core: 'بيروت' }, false);
  assert.deepEqual(gazetteerMarks([city], gaz)[0], ['LOC-S', 'ORG-S']);
});

test('a phrase start met again reads each next word by its own stem: kept steps and pair bits change no match', () => {
  const gaz = buildGazetteer({ 'الامم المتحده': 'ORG', 'الامم المتحده للطفوله': 'ORG', 'الامم متحده': 'LOC', 'مجلس الامن': 'ORG' });
  const word = (whole: string, stem = whole) => gazWord(whole, { prefix: '', stem, core: stem }, false);
  const first = word('الامم');
  const united = word('المتحده');
  // The same written form read without its article (a split the lexicon could choose): another phrase, not the kept one.
  const unitedBare = word('المتحده', 'متحده');
  const only = (marks: string[][], list: string) => marks.map((m) => m.filter((x) => x.startsWith(list + '-')));
  assert.deepEqual(only(gazetteerMarks([first, united], gaz), 'ORG'), [['ORG-B'], ['ORG-E']]);
  assert.deepEqual(only(gazetteerMarks([first, unitedBare], gaz), 'LOC'), [['LOC-B'], ['LOC-E']]);
  assert.deepEqual(only(gazetteerMarks([first, unitedBare], gaz), 'ORG'), [[], []]);
  assert.deepEqual(only(gazetteerMarks([first, united, word('للطفوله', 'الطفوله')], gaz), 'ORG'), [['ORG-B'], ['ORG-I'], ['ORG-E']]);
  assert.deepEqual(only(gazetteerMarks([first, united], gaz), 'ORG'), [['ORG-B'], ['ORG-E']]);
  // A next word that continues none of the start's phrases (the bits or the set reject it) marks nothing.
  assert.deepEqual(gazetteerMarks([first, word('الجديده')], gaz), [[], []]);
  assert.deepEqual(only(gazetteerMarks([word('مجلس'), word('الامن')], gaz), 'ORG'), [['ORG-B'], ['ORG-E']]);
});

/** Confidences from a backward pass that tries every tag pair and skips the forbidden ones. */
function posteriorsPlain(em: Float64Array, n: number, trans: Float64Array, tags: number[], alpha: Float64Array): number[] {
  const T = NUM_TAGS;
  const beta = new Float64Array(n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let best = -Infinity;
      for (let t = 0; t < T; t++) if (allowed(p, t)) best = Math.max(best, trans[p * T + t] + em[(i + 1) * T + t] + beta[(i + 1) * T + t]);
      beta[i * T + p] = best;
    }
  }
  return tags.map((tag, i) => {
    let alt = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tag) alt = Math.max(alt, alpha[i * T + t] + beta[i * T + t]);
    return 1 / (1 + Math.exp(-(alpha[i * T + tag] + beta[i * T + tag] - alt) / 40));
  });
}

/** Viterbi as first written: every tag pair tried, the forbidden ones skipped, the first best predecessor kept. */
function decodePlain(em: Float64Array, n: number, trans: Float64Array): { tags: number[]; forward: Float64Array } {
  const T = NUM_TAGS;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(0, t) ? em[t] + trans[T * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + trans[p * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  const tags = new Array<number>(n);
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return { tags, forward: score };
}

test('the decoder picks the tags and scores of the plain Viterbi search, ties broken alike, on random sentences', () => {
  const r = mulberry32(7);
  for (let s = 0; s < 300; s++) {
    // Whole numbers half the time: equal path scores, where the first best predecessor must win as before.
    const round = s % 2 === 0 ? Math.round : (x: number) => x;
    const trans = Float64Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, () => round((r() - 0.5) * 8));
    const n = 1 + Math.floor(r() * 40);
    const em = Float64Array.from({ length: n * NUM_TAGS }, () => round((r() - 0.5) * 12));
    const plain = decodePlain(em, n, trans);
    const d = decode(em, n, trans);
    assert.deepEqual(d.tags, plain.tags);
    assert.deepEqual([...d.forward], [...plain.forward]);
  }
});

test('tag confidences equal those of the full backward pass on random sentences', () => {
  const r = mulberry32(5);
  const trans = Float64Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, () => (r() - 0.5) * 20);
  for (let s = 0; s < 200; s++) {
    const n = 1 + Math.floor(r() * 30);
    const em = Float64Array.from({ length: n * NUM_TAGS }, () => (r() - 0.5) * 30);
    const d = decode(em, n, trans);
    const alpha = d.forward.slice();
    const tags = d.tags.slice();
    const plain = posteriorsPlain(em, n, trans, tags, alpha);
    assert.deepEqual(posteriors(em, n, trans, tags, d.forward), plain);
    // A caller that keeps only some tokens (its names) gets those tokens' confidences unchanged.
    const wanted = tags.map(() => (r() < 0.3 ? 1 : 0));
    const some = posteriors(em, n, trans, tags, decode(em, n, trans).forward, wanted);
    wanted.forEach((w, i) => { if (w) assert.equal(some[i], plain[i]); });
  }
});

test('a key filter lets every key through and turns most other words away (words sharing their last letters too)', () => {
  const r = mulberry32(9);
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = () => Array.from({ length: 3 + Math.floor(r() * 6) }, () => letters[Math.floor(r() * letters.length)]).join('') + 'ات';
  const keys = new Set(Array.from({ length: 1000 }, word));
  const filter = new KeyFilter(keys);
  for (const k of keys) assert.ok(filter.mayHave(k), k);
  const others = Array.from({ length: 5000 }, word).filter((w) => !keys.has(w));
  const passed = others.filter((w) => filter.mayHave(w)).length;
  assert.ok(passed < others.length * 0.25, `${passed} of ${others.length} non-keys let through`);
});

test('a token\'s context sums equal adding its own row and each neighbour\'s role row in turn, at both sentence ends', () => {
  const r = mulberry32(11);
  const T = NUM_TAGS;
  const chunk = Float64Array.from({ length: 50 * 5 * T }, () => (r() - 0.5) * 10);
  const boundary = Float64Array.from({ length: 4 * T }, () => (r() - 0.5) * 10);
  for (const n of [1, 2, 3, 7]) {
    const words = Array.from({ length: n }, () => ({ chunk, at: Math.floor(r() * 50) * 5 * T }));
    const em = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      contextSums(words, i, boundary, em);
      const want = Array.from({ length: T }, (_, t) => {
        let v = chunk[words[i].at + t];
        [-2, -1, 1, 2].forEach((d, role) => { const j = i + d; v += j >= 0 && j < n ? chunk[words[j].at + T * (1 + role) + t] : boundary[role * T + t]; });
        return v;
      });
      assert.deepEqual(Array.from(em.subarray(i * T, (i + 1) * T)), want);
    }
  }
});

test('spanEnd reads the same span end as its definition, for every tag and for values no tag has', () => {
  const plain = (tags: readonly number[], i: number) => {
    let e = i + 1;
    while (e < tags.length && isInside(tags[e]) && tagLabel(tags[e]) === tagLabel(tags[i])) e++;
    return e;
  };
  const rnd = mulberry32(60);
  const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 2, 4, 6, 8, -1, 9, 10, 12, 1.5, 2.5, NaN];
  for (let round = 0; round < 3000; round++) {
    const tags = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => values[Math.floor(rnd() * values.length)]);
    for (let i = 0; i < tags.length; i++) assert.equal(spanEnd(tags, i), plain(tags, i), `${tags} at ${i}`);
  }
  assert.equal(spanEnd([1, 2, 2, 4, 2], 0), 3);
  assert.equal(spanEnd([3, 4, 4, 3, 4], 1), 3);
});
