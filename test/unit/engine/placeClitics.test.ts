// Where a place's mention starts: the letter the clitic splitter read as a preposition stays when the place is listed whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a place listed whole keeps a first letter the splitter took for ك (كابل: not ك + ابل, a name part)', () => {
  assert.deepEqual(places('ودوت انفجارات في كابل ليلة امس .'), ['كابل']);
  // A preposition on a place the list holds without it still stays outside (بدمشق).
  assert.deepEqual(places('وولد بدمشق وتوفي في كابل .'), ['دمشق', 'كابل']);
});
