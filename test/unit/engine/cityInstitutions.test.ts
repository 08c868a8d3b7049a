import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a city head, its name and a لل complement are an institution, not the city', () => {
  assert.deepEqual(entityLines('وهي شركة للانتاج في مدينة دبي للاعلام ، كما انني أعمل فيها .'), ['ORGANIZATION مدينة دبي للاعلام']);
});

test('a journey to a city for a purpose leaves the city a place', () => {
  assert.deepEqual(entityLines('ووصل الوفد إلى مدينة جدة للمشاركة في المؤتمر .'), ['LOCATION جدة']);
});
