// Ministries named by portfolios joined with و.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const orgs = (text: string) => labelTexts(text, 'ORGANIZATION');

test('a ministry named by two portfolios joined by و is one organisation with each portfolio\'s adjective', () => {
  assert.deepEqual(orgs('وقالت وزارة التخطيط والتعاون الدولي إن المنحة وصلت .'), ['وزارة التخطيط والتعاون الدولي']);
  assert.deepEqual(orgs('ومن المنتظر ان يعرض المشروع على وزارة الداخلية والجماعات المحلية الأسبوع المقبل .'), ['وزارة الداخلية والجماعات المحلية']);
});

test('bodies, quantities and titles after a ministry\'s و are no portfolio of it', () => {
  assert.deepEqual(orgs('وقالت وزارة الصحة والمنظمات الدولية إن الوباء انحسر .'), ['وزارة الصحة']);
  assert.ok(!orgs('وشاركت وزارة الصحة والعديد من المؤسسات في الحملة .').some((x) => x.includes('العديد')));
});

test('facilities in the plural and a plural in the nominative after a ministry\'s و are the other party, no portfolio', () => {
  // A portfolio is a field the ministry runs; hospitals and schools are bodies it works with.
  assert.deepEqual(orgs('وتعاونت وزارة الصحة والمستشفيات الخاصة في حملة التطعيم .'), ['وزارة الصحة']);
  assert.deepEqual(orgs('وتعمل وزارة التربية والمدارس الخاصة على خطة مشتركة .'), ['وزارة التربية']);
  // A portfolio is genitive like the one before it: -ون is the verb's second subject.
  assert.deepEqual(orgs('وتبادلت وزارة الداخلية والمحتجون الاتهامات .'), ['وزارة الداخلية']);
  // Plurals a ministry is named by stay (وزارة الاشغال والمواصلات).
  assert.deepEqual(orgs('وقالت وزارة الأشغال والمواصلات إن الطريق سيفتح .'), ['وزارة الأشغال والمواصلات']);
});
