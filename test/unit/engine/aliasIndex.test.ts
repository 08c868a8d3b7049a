// The alias map kept through edits (LinkIndex with AliasIndex) equals the one made from scratch after every change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { EntityMention } from '../../../server/src/engine/entities';
import { linkMaps } from '../../../server/src/engine/linking';
import { LinkIndex } from '../../../server/src/engine/linkIndex';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { EntityLabel } from '../../../server/src/engine/tagger';
import { mulberry32 } from '../../../server/src/training/perceptron';

// Few words, so names share surnames, shorter forms and short forms often (ties included); some common, some short.
const GIVEN = ['سامر', 'نادر', 'عبد', 'وليد', 'هاني'];
const LAST = ['الخطيب', 'السعدي', 'نوفل', 'بو', 'الناس', 'مروان'];
const HEADS = ['شركة', 'حزب', 'مجلس'].map(normalizeArabic);
const COMMON = new Set(['الناس', 'مروان']);
const lex = { freq: (w: string) => (COMMON.has(w) ? 500 : 2) };
const LABELS: EntityLabel[] = ['PERSON', 'PERSON', 'ORGANIZATION', 'LOCATION'];

function mention(r: () => number): EntityMention {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words = r() < 0.3 ? [pick(HEADS), pick(LAST)] : [pick(r() < 0.7 ? GIVEN : LAST)];
  for (let n = Math.floor(r() * 3); n > 0; n--) words.push(pick(r() < 0.5 ? GIVEN : LAST));
  if (r() < 0.2) words.splice(0, words.length - 1);
  const key = words.join(' ');
  return { label: pick(LABELS), start: 0, end: key.length, key, confidence: 0.5 + r() / 2, firstToken: 0, lastToken: words.length };
}

const entities = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text} ${(x.attributes as { entityId?: string }).entityId}`);

const paragraph = (r: () => number) => ({ mentions: Array.from({ length: Math.floor(r() * 4) }, () => mention(r)) });

function fuzz(seed: number, edits: number): void {
  const r = mulberry32(seed);
  let all = Array.from({ length: 12 }, () => paragraph(r));
  const index = new LinkIndex(lex);
  index.update(all, [], all);
  for (let e = 0; e < edits; e++) {
    const before = linkMaps(all, lex);
    const at = Math.floor(r() * (all.length + 1));
    const removed = all.slice(at, at + Math.floor(r() * 3));
    const added = Array.from({ length: Math.floor(r() * 3) }, () => paragraph(r));
    all = all.slice(0, at).concat(added, all.slice(at + removed.length));
    const changed = index.update(all, removed, added);
    const fresh = linkMaps(all, lex);
    const kept = index.maps();
    assert.deepEqual(kept.canonical, fresh.canonical, `edit ${e} of seed ${seed}`);
    // Every key whose linking reads differently now is reported, so the paragraphs that read it are linked again.
    for (const k of new Set([...before.canonical.keys(), ...fresh.canonical.keys()])) {
      const was = before.canonical.get(k), now = fresh.canonical.get(k);
      const differs = was !== now || (was !== undefined && before.labelOf(was) !== fresh.labelOf(now!));
      if (differs) assert.ok(changed.has(k), `edit ${e} of seed ${seed}: ${k} changed unreported`);
    }
  }
}

test('after random changes of names (persons, bodies, shared surnames and shorter forms), the kept aliases equal a fresh count', () => {
  for (let seed = 1; seed <= 40; seed++) fuzz(seed, 60);
});

test('an open document: a full name typed after a lone surname links it to the person; deleting the name unlinks it', () => {
  const model = loadDefaultModel();
  const doc = 'file:///alias.ar.txt';
  const open = new Analyzer(model);
  const lone = 'وطالب المحاميد بزيادة الرواتب.';
  const named = '\nقال وزير المالية خالد المحاميد في مؤتمر صحفي إن القرار نهائي.';
  let text = lone;
  let version = 1;
  open.analyze(text, { document: doc, version });
  const type = (at: number, cut: number, insert: string) => {
    open.noteEdit(doc, at, at + cut, insert.length, text.length, { before: version, after: version + 1 });
    text = text.slice(0, at) + insert + text.slice(at + cut);
    version++;
    const seen = open.analyze(text, { document: doc, version });
    assert.deepEqual(entities(seen), entities(new Analyzer(model).analyze(text)), `version ${version}`);
    return entities(seen);
  };
  // The surname alone is no mention; once the article names the person, it is theirs.
  assert.deepEqual(entities(open.analyze(text, { document: doc, version })), []);
  const linked = type(lone.length, 0, named);
  const person = linked.find((e) => e.startsWith('PERSON خالد المحاميد'))?.split(' ').pop();
  assert.ok(person && linked[0] === `PERSON المحاميد ${person}`, linked.join(' | '));
  // A letter typed into the given name (a new person key) and taken out again: as a fresh analysis each time.
  const given = lone.length + named.indexOf('خالد') + 2;
  type(given, 0, 'ب');
  type(given, 1, '');
  assert.deepEqual(type(lone.length, named.length, ''), []);
});
