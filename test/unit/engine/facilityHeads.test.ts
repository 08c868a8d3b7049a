import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('a facility\'s indefinite head stays outside its own name, as the README\'s convention has it', () => {
  assert.ok(entities('سرق لصوص مجوهرات من متحف اللوفر في باريس .').includes('MISC:اللوفر'));
  assert.ok(entities('فاز ريال مدريد 3 - 0 على ملعب سانتياغو برنابيو .').includes('MISC:سانتياغو برنابيو'));
});

test('the head stays in when the one word after it is a common word, not a name', () => {
  assert.ok(!entities('أقيم الحفل مساء السبت في قصر المؤتمرات .').includes('MISC:المؤتمرات'));
});
