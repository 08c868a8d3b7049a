import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a lone word ICU names as a country is the place, though a given name is spelled the same', () => {
  assert.deepEqual(entities('وقال ساكاشفيلي إن جورجيا تتعرض للضغط .'), ['PERSON ساكاشفيلي', 'LOCATION جورجيا']);
});

test('the same word as part of a name, or after a title, is the person', () => {
  assert.ok(entities('وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن روما لن تتراجع .').includes('PERSON جورجيا ميلوني'));
  assert.ok(entities('وغنت المطربة جورجيا في الحفل .').includes('PERSON جورجيا'));
});
