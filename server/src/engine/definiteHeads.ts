// A definite event or contest head before a name that cannot be its complement: the name is another one, the head stays out.
import { Token } from './tokenize';
import { ORGANIZATION_HEADS } from './triggers';

/**
 * A definite head whose next word is no adjective of it: an indefinite word or a body's head (المعرض [ملتقى] أربيل، المهرجان
 * [طيران] الإمارات، المهرجان [المؤسسة] الوطنية). A definite noun is in construct with nothing, so the name after it is
 * another one, the verb's other argument or an event held beside it, not the head's.
 */
export function definiteBeforeOther(sentence: Token[], stems: string[], h: number): boolean {
  const k = h + 1;
  if (!stems[h].startsWith('ال') || k >= sentence.length || sentence[k].kind !== 'word') return false;
  return !sentence[k].norm.startsWith('ال') || ORGANIZATION_HEADS.has(stems[k]);
}
