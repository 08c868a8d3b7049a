import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a one-word place or product right after a company\'s definite description is the company', () => {
  assert.deepEqual(entities('وجمعت الشركة الناشئة المصرية سيناء تمويلا جديدا .'), ['ORGANIZATION سيناء']);
  assert.deepEqual(entities('وتواصل منافستها بوينغ تطوير طائرة جديدة .'), ['ORGANIZATION بوينغ']);
});

test('an adjective that describes no company leaves the place after it a place', () => {
  assert.ok(entities('وظلت ممالك بعيدة عن سيطرة الشركة المباشرة كشمير وحيدر أباد .').includes('LOCATION كشمير'));
});

test('a country after a company\'s description is the verb\'s object, no company', () => {
  assert.deepEqual(entities('وزودت الشركة الروسية إيران بقطع غيار للطائرات .'), ['LOCATION إيران']);
});
