// FANE's split clitics (`ب الحسن`, `تصريحات ه`) rejoined as raw news writes them, for `eval --conll F --join-clitics`.
import { ConllSentence } from './conll';
import { BASE_ARABIC_LETTER } from './normalize';
import { SPLIT_PRONOUNS } from './pronounNouns';

/** Proclitics FANE writes as tokens of their own (the future marker س is left: a lone س is also an abbreviated سيدي). */
const PROCLITICS = new Set(['ب', 'ل', 'و', 'ف', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);

/**
 * Each sentence with its split clitics joined to their words, as the hidden newswire (ANERcorp-style raw text) writes
 * them: a proclitic onto the next word (`ل` + `ال…` loses the alef: `للشرق`), a pronoun onto the word before (ة before
 * it is written ت: `زوجة ه` → `زوجته`). The joined token takes the word's tag, so a span now starts with its clitic, as
 * the benchmark's tokens do. Letters spelled one by one (`د ب ا`) are left apart.
 */
export function joinSplitClitics(sentences: ConllSentence[]): ConllSentence[] {
  return sentences.map((s) => {
    const tokens: string[] = [];
    const tags: string[] = [];
    const fine: string[] = [];
    const n = s.tokens.length;
    const single = (i: number) => i >= 0 && i < n && [...s.tokens[i]].length === 1;
    for (let i = 0; i < n; i++) {
      const w = s.tokens[i];
      const next = s.tokens[i + 1];
      if (PROCLITICS.has(w) && next && BASE_ARABIC_LETTER.test(next[0]) && !single(i + 1) && !single(i - 1)) {
        const word = w.endsWith('ل') && next.startsWith('ال') ? next.slice(1) : next;
        tokens.push(w + word);
        tags.push(s.tags[i + 1] !== 'O' ? s.tags[i + 1] : s.tags[i]);
        fine.push(s.fine[i + 1] ?? '');
        i++;
        continue;
      }
      const last = tokens.length - 1;
      if (SPLIT_PRONOUNS.has(w) && last >= 0 && BASE_ARABIC_LETTER.test(tokens[last].slice(-1)) && !PROCLITICS.has(tokens[last]) && !single(i - 1) && !single(i + 1)) {
        tokens[last] = (tokens[last].endsWith('ة') ? tokens[last].slice(0, -1) + 'ت' : tokens[last]) + w;
        continue;
      }
      tokens.push(w);
      tags.push(s.tags[i]);
      fine.push(s.fine[i] ?? '');
    }
    // A span whose first token was joined onto the word before it starts again where the joined word does.
    for (let i = 0; i < tags.length; i++) {
      if (tags[i].startsWith('I-') && (i === 0 || tags[i - 1].slice(2) !== tags[i].slice(2))) tags[i] = 'B-' + tags[i].slice(2);
    }
    return { ...s, tokens, tags, fine };
  });
}
