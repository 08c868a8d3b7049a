import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AgreementDoc, cohenKappa, dateValueAgreement, documentF1, labelAgreement, speakerAgreement } from '../../../server/src/engine/agreement';

// Ten one-character tokens at offsets 0, 2, 4, … 18 (token i covers [2i, 2i+1)).
const tokens = Array.from({ length: 10 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));

const doc: AgreementDoc = {
  name: 'one',
  tokens,
  a: [{ label: 'PERSON', start: 0, end: 3 }, { label: 'PERSON', start: 8, end: 9 }, { label: 'LOCATION', start: 12, end: 15 }],
  b: [{ label: 'PERSON', start: 0, end: 3 }, { label: 'PERSON', start: 8, end: 11 }, { label: 'LOCATION', start: 12, end: 15 }, { label: 'ORGANIZATION', start: 16, end: 17 }],
};

test('exact-span F1 and token kappa per label, computed by hand', () => {
  const byLabel = Object.fromEntries(labelAgreement([doc]).map((l) => [l.label, l]));
  assert.deepEqual(Object.keys(byLabel), ['LOCATION', 'ORGANIZATION', 'PERSON']);
  // PERSON: one of two spans identical (the other is t4 against t4–t5): P = R = F1 = 1/2.
  const p = byLabel.PERSON;
  assert.deepEqual([p.a, p.b, p.both, p.precision, p.recall, p.f1], [2, 2, 1, 0.5, 0.5, 0.5]);
  // Tokens: both t0 t1 t4, only B t5, neither 6 → po = .9, pA = .3, pB = .4, pe = .12 + .42 = .54, κ = .36 / .46.
  assert.ok(Math.abs(p.kappa! - 0.36 / 0.46) < 1e-12, String(p.kappa));
  assert.equal(byLabel.LOCATION.f1, 1);
  assert.equal(byLabel.LOCATION.kappa, 1);
  // ORGANIZATION only in B: F1 0, recall undefined (A has none), κ 0 (po = pe = .9).
  const o = byLabel.ORGANIZATION;
  assert.deepEqual([o.a, o.b, o.precision, o.recall, o.f1], [0, 1, 0, undefined, 0]);
  assert.ok(Math.abs(o.kappa!) < 1e-12);
  // All labels: 2 identical spans of 3 + 4 → 4/7.
  assert.equal(documentF1(doc), 4 / 7);
});

test('kappa is undefined when neither coder varies, and -1 when they always disagree on a balanced coding', () => {
  assert.equal(cohenKappa(0, 0, 0, 10), undefined);
  assert.equal(cohenKappa(0, 5, 5, 0), -1);
  assert.equal(cohenKappa(5, 0, 0, 5), 1);
});

test('speakers of shared quotations: same mention or same name agree; one-sided quotations are not counted', () => {
  const q: AgreementDoc = {
    name: 'quotes', tokens: [],
    a: [
      { label: 'QUOTE', start: 20, end: 30, speaker: { start: 0, end: 6, text: 'لافروف' } },
      { label: 'QUOTE', start: 40, end: 50, speaker: { start: 0, end: 6, text: 'لافروف' } },
      { label: 'QUOTE', start: 60, end: 70 },
      { label: 'QUOTE', start: 80, end: 90 },
    ],
    b: [
      { label: 'QUOTE', start: 20, end: 30, speaker: { start: 10, end: 16, text: 'لافروف' } },
      { label: 'QUOTE', start: 40, end: 50 },
      { label: 'QUOTE', start: 80, end: 90 },
    ],
  };
  assert.deepEqual(speakerAgreement([q]), { shared: 3, agree: 2 });
});

test('date values are compared on dates both sides marked with the same span and a value', () => {
  const d: AgreementDoc = {
    name: 'dates', tokens: [],
    a: [{ label: 'DATE', start: 5, end: 10, value: '2025-07-12' }, { label: 'DATE', start: 12, end: 15, value: 'XXXX-WXX-6' }, { label: 'DATE', start: 30, end: 35, value: '2025' }],
    b: [{ label: 'DATE', start: 5, end: 10, value: '2025-07-12' }, { label: 'DATE', start: 12, end: 15, value: '2025-07-12' }, { label: 'DATE', start: 30, end: 35 }],
  };
  assert.deepEqual(dateValueAgreement([d]), { shared: 2, agree: 1 });
});
