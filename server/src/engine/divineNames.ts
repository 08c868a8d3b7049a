// Given names made with a divine name (عبد القوي، نصر الله): a person span the tagger cut inside one takes its other half.
import { beginTag, insideTag } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * A person span that ends on عبد takes the definite word after it (محمد جلال عبد [القوي]), one that ends before الله takes
 * it (حسن نصر [الله]، وديعة [الله]), and one that opens on a definite word after a bare عبد takes the عبد (عبد [الواحد
 * السيد]): the halves of one name part, which the tagger splits when it does not know the attribute. In the training
 * corpora a person's عبد is followed by a definite word 915 times, always inside the name, and a person's word by الله
 * 95 times inside and once outside. Neither half carries a clitic: with one the word begins something else.
 */
export function divineNameHalves(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  const set = (k: number, t: number) => { if (out === tags) out = tags.slice(); out[k] = t; };
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || prefixes[k]) continue;
    const before = out[k - 1];
    if (before !== B_PERS && before !== I_PERS) continue;
    if (stems[k] === 'الله' || (stems[k - 1] === 'عبد' && stems[k].startsWith('ال') && stems[k].length > 3)) set(k, I_PERS);
  }
  for (let b = 1; b < tags.length; b++) {
    if (out[b] !== B_PERS || !stems[b].startsWith('ال') || prefixes[b] || out[b - 1] !== 0 || stems[b - 1] !== 'عبد' || prefixes[b - 1]) continue;
    set(b - 1, B_PERS);
    set(b, I_PERS);
  }
  return out;
}
