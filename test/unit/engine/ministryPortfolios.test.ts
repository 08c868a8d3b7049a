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
