// Countries whose names are also common words, joined by و to another country.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a country that is also an adjective, joined by و to other countries, is the country (السنغال ومالي وغامبيا)', () => {
  assert.deepEqual(places('وشارك في القمة رؤساء السنغال ومالي وغامبيا .'), ['السنغال', 'مالي', 'غامبيا']);
  assert.deepEqual(places('وزار الرئيس الولايات المتحدة ومالي الشهر الماضي .'), ['الولايات المتحدة', 'مالي']);
});

test('the adjective joined to another adjective stays no place (عجز مالي وتجاري)', () => {
  assert.deepEqual(places('وتعاني البلاد من عجز مالي وتجاري .'), []);
  assert.deepEqual(places('وقدمت الدولة دعما سياسيا وماليا .'), []);
});

test('outside sports, a country read as a body after مالي و is a place, and so is مالي (اتفاق مع مالي والنيجر)', () => {
  assert.deepEqual(places('ووقعت الجزائر اتفاقا مع مالي والنيجر لمكافحة التهريب .'), ['الجزائر', 'مالي', 'النيجر']);
  assert.deepEqual(labelTexts('ووقعت الجزائر اتفاقا مع مالي والنيجر لمكافحة التهريب .', 'ORGANIZATION'), []);
});

test('a country that is also an adjective before و + a two-word country is the country (مع مالي وبوركينا فاسو)', () => {
  assert.deepEqual(places('وقال الوزير إن بلاده ستتعاون مع مالي وبوركينا فاسو في مكافحة الإرهاب .'), ['مالي', 'بوركينا فاسو']);
  assert.deepEqual(places('وقدم البنك دعما مالي وفنيا للمشروع .'), []);
});

test('a country-shaped adjective before و + a country a verb follows is no place: that و opens a clause (دعم مالي وكوريا الجنوبية تعهدت)', () => {
  assert.deepEqual(places('وأعلنت اليابان عن دعم مالي وكوريا الجنوبية تعهدت بإرسال خبراء .'), ['اليابان', 'كوريا الجنوبية']);
  assert.deepEqual(places('وتلقت البلدية دعم مالي وجنوب أفريقيا تعهدت بالمزيد .'), ['جنوب أفريقيا']);
  assert.deepEqual(places('وتلقت البلدية دعم مالي وكندا تعهدت بالمزيد .'), ['كندا']);
  // A masculine verb agrees with the noun before the countries, whose genitive they are (جيش مالي والنيجر يواجه).
  assert.deepEqual(places('وأشار إلى أن جيش مالي والنيجر يواجه صعوبات .'), ['مالي', 'النيجر']);
  // A list of countries after a noun stays a list (رؤساء مالي والنيجر).
  assert.deepEqual(places('واجتمع رؤساء مالي والنيجر في العاصمة .'), ['مالي', 'النيجر']);
  // After a preposition the word is the country, whatever follows the next one.
  assert.deepEqual(places('ووقعت الجزائر اتفاقا مع مالي وتونس تسعى لاتفاق مماثل .'), ['الجزائر', 'مالي', 'تونس']);
});
