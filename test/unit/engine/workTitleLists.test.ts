// Works picked out of a counted list behind a comma (خمسة دواوين ، أشهرها " … ") and quoted after an elative (ألبومه الأشهر " … "): MISC.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

const works = (text: string) => entityLines(text).filter((e) => e.startsWith('MISC'));

test('quoted titles a counted works head picks out behind a comma (أولها، أشهرها، أحدثها) are works', () => {
  assert.deepEqual(works('وأصدر الشاعر خمسة دواوين ، أشهرها " ظلال الماء " و " بيت الريح " ، ثم توقف عن النشر .'), ['MISC ظلال الماء', 'MISC بيت الريح']);
  assert.deepEqual(works('وأنتجت الشركة ثلاثة مسلسلات ، أحدثها " حكاية بحر " الذي يعرض في رمضان .'), ['MISC حكاية بحر']);
  assert.deepEqual(works('وسجلت المطربة ثلاثة ألبومات ، أولها « سماء بعيدة » عام 2010 .'), ['MISC سماء بعيدة']);
});

test('the same opener after a head that counts no works picks a slogan or a statement, no title', () => {
  assert.deepEqual(works('ورفع المحتجون عشرات اللافتات ، أبرزها " نريد الحرية " أمام البرلمان .'), []);
  assert.deepEqual(works('وأطلق الوزير عدة تصريحات ، أبرزها " لن نتراجع عن الإصلاح " أمس .'), []);
});

test('an elative between a work head and its quoted title describes the work; the head and the elative are no name', () => {
  assert.deepEqual(works('وتعد روايته الأبرز " عائد إلى حيفا " من كلاسيكيات الأدب .'), ['MISC عائد إلى حيفا']);
  assert.deepEqual(entityLines('وقدم الفنان مسرحيته الأنجح " ليل المدينة " على خشبة المسرح .').filter((e) => !e.startsWith('MISC ليل المدينة')), []);
  // A lone quoted elative is praise, no title.
  assert.deepEqual(works('وقال الناقد إن الفيلم " الأفضل " هذا العام لم يفز .'), []);
});
