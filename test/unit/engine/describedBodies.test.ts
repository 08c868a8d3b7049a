// A company the article names once with its description (a definite head and adjective, or its trade after لل) is the same company named alone later.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { bodyShorts } from '../../../server/src/engine/linkAliases';
import { entityPrefix } from '../../../server/src/engine/mentionStart';
import { splitClitics } from '../../../server/src/engine/clitics';
import { tokenize } from '../../../server/src/engine/tokenize';

const model = loadDefaultModel();
const entities = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text} ${(x.attributes as { entityId?: string }).entityId}`);

test('a company named after a definite head and its adjective is that company where the article names it alone', () => {
  const found = entities(new Analyzer(model).analyze('أعلنت الشركة الحكومية زيرباتيكو استئناف تصدير الصمغ من ميناء بورتسودان بعد توقف دام ثلاثة أشهر .\n' +
    'وقال تجار إن زيرباتيكو تدفع للمزارعين متأخرة دائما .\nوباع المزارعون محصولهم لزيرباتيكو بأسعار منخفضة .'));
  const id = found.find((e) => e.startsWith('ORGANIZATION الشركة الحكومية زيرباتيكو'))?.split(' ').pop();
  assert.ok(id && found.filter((e) => e === `ORGANIZATION زيرباتيكو ${id}`).length === 2, found.join(' | '));
});

test('a company named before its trade keeps a ك that is its own letter, and its bare repeats are the company', () => {
  const found = entities(new Analyzer(model).analyze('وفي المعرض ، عرضت شركة عائلية صغيرة تدعى كسراج للإنارة مصابيح تعمل بالطاقة الشمسية .\n' +
    'وقال مديرها إن كسراج تبيع ألف مصباح في الشهر .\n\nوتنوي كسراج افتتاح فرع في البصرة العام المقبل .'));
  const id = found.find((e) => e.startsWith('ORGANIZATION كسراج للإنارة'))?.split(' ').pop();
  assert.ok(id && found.filter((e) => e === `ORGANIZATION كسراج ${id}`).length === 2, found.join(' | '));
});

/** The letters a body's mention at word `i` of `text` leaves out, the words split as the tagger splits them. */
const cut = (text: string, i: number) => {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  const splits = tokens.map((t) => splitClitics(t.norm, model.lexicon));
  return entityPrefix(tokens, splits.map((s) => s.stem), splits.map((s) => s.prefix), i, model, 'ORGANIZATION');
};

test('only ك before a never-met name and its trade is the name\'s own letter; ب, ل and a conjunction stay clitics', () => {
  assert.equal(cut('شركة تدعى كسراج للإنارة', 2), '');
  assert.equal(cut('شركة تدعى وكسراج للإنارة', 2), 'و');
  assert.equal(cut('باع حصته لسراج للاستثمار', 2), 'ل');
  assert.equal(cut('شركة تدعى كسراج في بغداد', 2), 'ك');
});

test('no short form where the word before the definite one is a known noun, a head, or a word the text met', () => {
  // A known noun governing a definite genitive, a body's head, a place the text knows a little.
  assert.deepEqual(bodyShorts('مقاصد الشريعه', model.lexicon), []);
  assert.deepEqual(bodyShorts('مفوضيه الامم المتحده', model.lexicon), []);
  assert.deepEqual(bodyShorts('ظفار التامين', model.lexicon), []);
  // A definite head needs its adjective before the name, and a definite word after them is a description, no name.
  assert.deepEqual(bodyShorts('الشركه الوطنيه النفط', model.lexicon), []);
  assert.deepEqual(bodyShorts('الشركه زيرباتيكو', model.lexicon), []);
  assert.deepEqual(bodyShorts('الشركه الحكوميه زيرباتيكو', model.lexicon), ['زيرباتيكو']);
  assert.deepEqual(bodyShorts('كسراج الاناره', model.lexicon), ['كسراج']);
});
