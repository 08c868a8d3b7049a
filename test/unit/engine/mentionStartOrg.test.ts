import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityPrefix } from '../../../server/src/engine/mentionStart';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';

const model = loadDefaultModel();
/** The letters the mention-start pass leaves out of a one-word mention of `label` at word `i` of `text`, no split given. */
const cut = (text: string, i: number, label: 'ORGANIZATION' | 'PERSON') => {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  return entityPrefix(tokens, tokens.map((t) => t.norm), tokens.map(() => ''), i, model, label);
};

test('an unknown body name opening with ف keeps it; و and ف + ال are still clitics', () => {
  assert.equal(cut('واتفقت أمازون مع فيلترونيكس على الصفقة', 3, 'ORGANIZATION'), '');
  assert.equal(cut('واتفقت أمازون وفيلترونيكس على الصفقة', 2, 'ORGANIZATION'), 'و');
  assert.equal(cut('وقال إن فالكوريكس ستعلن أرباحها', 2, 'ORGANIZATION'), 'ف');
});
