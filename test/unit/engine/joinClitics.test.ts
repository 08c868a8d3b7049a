import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSplitClitics } from '../../../server/src/engine/joinClitics';
import { parseConll } from '../../../server/src/engine/conll';

const sentence = (pairs: string) => parseConll(pairs.split(' ').map((p) => p.replace('/', '\t')).join('\n') + '\n');
const shown = (s: ReturnType<typeof parseConll>) => s[0].tokens.map((t, i) => `${t}/${s[0].tags[i]}`).join(' ');

test('split clitics are joined as raw news writes them, the joined word keeping the word\'s tag', () => {
  assert.equal(shown(joinSplitClitics(sentence('وقال/O ل/O الشرق/B-ORG الاوسط/I-ORG ان/O'))), 'وقال/O للشرق/B-ORG الاوسط/I-ORG ان/O');
  assert.equal(shown(joinSplitClitics(sentence('اسقف/O لود/B-PERS وزوجة/O ه/O هنرييت/B-PERS'))), 'اسقف/O لود/B-PERS وزوجته/O هنرييت/B-PERS');
  assert.equal(shown(joinSplitClitics(sentence('يلحق/O ب/O الحسن/B-PERS'))), 'يلحق/O بالحسن/B-PERS');
});

test('letters spelled one by one stay apart', () => {
  assert.equal(shown(joinSplitClitics(sentence('كاتمندو/B-LOC -/O د/B-ORG ب/I-ORG ا/I-ORG'))), 'كاتمندو/B-LOC -/O د/B-ORG ب/I-ORG ا/I-ORG');
});
