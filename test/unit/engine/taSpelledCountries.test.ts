// Countries and continents written with a final ة for their ا.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a country or continent spelled with a final ة is the place; a feminine nisba or a common word is not', () => {
  assert.ok(entityLines('وتقع محكمة العدل الدولية في لاهاي في هولندة منذ عقود .').includes('LOCATION هولندة'));
  assert.ok(entityLines('وقد انقرضت الأسود من باقي أوروبة بحلول القرن الثاني .').includes('LOCATION أوروبة'));
  const others = entityLines('وقال إن الكابينة مريحة وإن الشركة ألمانية الأصل .');
  assert.ok(!others.some((l) => l.startsWith('LOCATION')), others.join(','));
});
