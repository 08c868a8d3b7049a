// A person's mention beside the rest of the fuller name the document gives them takes those words (linking's last step per paragraph).
import type { ParagraphTags } from './entities';
import type { Entry, PropagateContext } from './linking';
import { sourcePrefixLength } from './clitics';
import { WELL_KNOWN } from './repeatSlots';

/**
 * A person's mention that is part of the document's fuller name for them takes the words of that name standing right
 * beside it (`[بان كي] مون` where the article names `بان كي مون` elsewhere; `[مصيب] نعيمي`; `[ولد الشيخ] الغزواني` of
 * `محمد ولد الشيخ الغزواني`): the name was read whole once, so its words are read as the name wherever they stand together.
 * Only words no other mention covers, each equal to the name's word in that place; none
 * after the mention that the training text knows well: a name read once with the word after it (`هيثم بن طارق [اليمين]`,
 * took the oath) is the tagger's overrun, not a name to spread.
 */
export function completeNames(p: ParagraphTags, entries: Entry[], canonical: PropagateContext['canonical'], count: (norm: string) => number): Entry[] {
  const { tokens, stems, prefixes } = p;
  const owner = new Int32Array(tokens.length).fill(-1);
  entries.forEach((x, n) => owner.fill(n, x.m.firstToken, x.m.lastToken));
  const dropped = new Set<number>();
  // A word of the name as the tagger keys it (in range: asked before free()): its stem, or whole (a name's later word keeps
  // its ب/ل/ك; بان is no ب + ان).
  const wordIs = (i: number, w: string) => i >= 0 && i < tokens.length && tokens[i].kind === 'word' && (stems[i] === w || tokens[i].norm === w);
  // Free for the name: no mention there, or one that document consistency added (it joins the name).
  const free = (i: number) => owner[i] < 0 || (entries[owner[i]].propagated && entries[owner[i]].m.lastToken - entries[owner[i]].m.firstToken === 1);
  for (let n = 0; n < entries.length; n++) {
    const { m } = entries[n];
    if (m.label !== 'PERSON' || dropped.has(n)) continue;
    const target = canonical.get(m.key);
    if (!target || target === m.key) continue;
    const words = target.split(' ');
    const own = m.key.split(' ');
    const at = words.findIndex((_, j) => own.every((w, k) => words[j + k] === w));
    if (at < 0) continue;
    // The name's words beside the mention, as far as they stand there (ولد الشيخ [الغزواني] of محمد ولد الشيخ الغزواني).
    let first = m.firstToken;
    while (first > m.firstToken - at && wordIs(first - 1, words[at - (m.firstToken - first) - 1]) && free(first - 1)) first--;
    let last = m.lastToken;
    const after = at + own.length;
    while (last - m.lastToken < words.length - after && wordIs(last, words[after + last - m.lastToken]) && free(last) && count(tokens[last].norm) < WELL_KNOWN) last++;
    if (first === m.firstToken && last === m.lastToken) continue;
    for (let i = first; i < last; i++) if (owner[i] >= 0 && owner[i] !== n) dropped.add(owner[i]);
    owner.fill(n, first, last);
    const head = tokens[first];
    const start = first === m.firstToken ? m.start : head.start + (stems[first] === words[at - (m.firstToken - first)] ? sourcePrefixLength(head.text, prefixes[first]) : 0);
    // Keyed as the name when all of it stands here; part of it keeps its key, which links to the name all the same.
    const key = last - first === words.length ? target : m.key;
    entries[n] = { m: { ...m, start, end: last === m.lastToken ? m.end : tokens[last - 1].end, key, firstToken: first, lastToken: last }, propagated: entries[n].propagated };
  }
  return dropped.size ? entries.filter((_, n) => !dropped.has(n)) : entries;
}
