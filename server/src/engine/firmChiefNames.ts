// A role's firm written with ل and its holder's name after it (الرئيس التنفيذي لـزين فهد الجاسم) are a body and a person, not one person.
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite } from './namePatterns';
import { normalizeArabic } from './normalize';

const B_PERS = B('PERS');
const I_PERS = I('PERS');
const B_ORG = B('ORG');
/** ل as a clitic, with or without a tatweel (لـتداول، لفايزر). */
const LAM_CLITIC = /^لـ*/;

/**
 * A person span of three words or more whose first word is ل + a name (لـتابي، لفايزر), right after a definite word (a role:
 * التنفيذي، العام، المؤسس), and whose second word is a listed given name: the first word is the role's body and the rest
 * its holder (`الرئيس التنفيذي لـ[تابي] [حسام عرب]`، `الرئيس التنفيذي ل[فايزر] [ألبرت بورلا]`: the tagger runs them
 * together 4 times in the plain read sets, 7 under `--unseen`, and gold never opens a person on such a word). Not when the
 * word is a given name with or without its ل (`المستشار الخاص لمحمد …`، `المديرة التنفيذية لطيفة …`), nor ل before the
 * article (للشركة). `firstNameList(w)`: the given-name list holds w (the bare word: the name parts hold brands, زين);
 * `givenAt(k)`: token k is an indefinite word the given-name lists or name parts hold; `nameList(w)`: the given-name list or
 * the name parts hold w (the word with its ل: لطيفة، لبنى).
 */
export function splitFirmChiefs(sentence: Token[], stems: string[], tags: number[], firstNameList: (w: string) => boolean,
  givenAt: (k: number) => boolean, nameList: (w: string) => boolean): number[] {
  if (tags.indexOf(B_PERS) < 0) return tags;
  let out = tags;
  const n = tags.length;
  for (let b = 1; b + 2 < n; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    const text = sentence[b].text;
    if (e - b < 3 || !text.startsWith('ل') || sentence[b - 1].kind !== 'word' || !definite(stems[b - 1]) || out[b - 1] !== 0) { b = e - 1; continue; }
    const bare = normalizeArabic(text.replace(LAM_CLITIC, ''));
    if (bare.length < 3 || bare.startsWith('ل') || bare.startsWith('ال') || firstNameList(bare) || nameList(sentence[b].norm) ||
      !givenAt(b + 1)) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    out[b] = B_ORG;
    out[b + 1] = B_PERS;
    for (let k = b + 2; k < e; k++) out[k] = I_PERS;
    b = e - 1;
  }
  return out;
}
