import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string, label: string) =>
  analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === label).map((x) => x.text);

test('a contest span ends before the day, the relative clause or the time adjective after it', () => {
  const misc = entities('وتنطلق بطولة العالم للسباحة اليوم الخميس في الدوحة بمشاركة 150 سباحا .', 'MISC');
  assert.ok(misc.includes('بطولة العالم للسباحة'), misc.join(','));
  const misc2 = entities('وكان المنتخب قد خرج من بطولة العالم التي استضافتها قطر .', 'MISC');
  assert.ok(misc2.includes('بطولة العالم'), misc2.join(','));
});

test('بطولة before an actor is the credit "starring": the actor is a person, no contest', () => {
  const text = 'ويعرض المسلسل الجديد من بطولة أحمد حلمي على شاشة القناة في رمضان .';
  assert.ok(entities(text, 'PERSON').includes('أحمد حلمي'), entities(text, 'PERSON').join(','));
  assert.deepEqual(entities(text, 'MISC').filter((x) => x.includes('بطولة')), []);
  // A contest named after a person keeps its name.
  assert.ok(entities('ويشارك الفريق في بطولة محمد السادس الدولية للغولف .', 'MISC').some((x) => x.startsWith('بطولة محمد السادس')));
});

test('an English gloss in brackets is no product name', () => {
  assert.deepEqual(entities('ويعرف ذلك بالاقتران ( Nwe moon ) عند الفلكيين .', 'MISC'), []);
});
