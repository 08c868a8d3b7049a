// A storm the article names with its head (الإعصار سعاد) and then by its name alone: the bare name is the storm, MISC, not a woman.
import type { Entity } from './linking';
import { wordSet } from './wordSets';
import { STORM_HEAD_WORDS } from './stormNames';

/** Storm heads as a key writes them (normalised), the ones stormNames.ts tags with the name. */
const STORM_HEADS = wordSet(STORM_HEAD_WORDS);

/**
 * Relabels, in place, every entity keyed by one word that a MISC entity of the document names as a storm (`الاعصار سعاد`):
 * the article's bare `سعاد` (إن سعاد " هو الأقوى"، أن يضعف سعاد) is the storm the tagger read as a person. Only an entity
 * whose every mention is that one word: a woman of the same given name has a surname with it (سعاد المعشني), another key.
 */
export function relabelStormRepeats(entities: Entity[]): void {
  let names: Set<string> | undefined;
  for (const e of entities) {
    if (e.label !== 'MISC') continue;
    const space = e.key.indexOf(' ');
    if (space < 0 || e.key.indexOf(' ', space + 1) >= 0 || !STORM_HEADS.has(e.key.slice(0, space))) continue;
    (names ??= new Set()).add(e.key.slice(space + 1));
  }
  if (!names) return;
  for (const e of entities) {
    if (e.label === 'MISC' || !names.has(e.key) || !e.mentions.every((m) => m.lastToken - m.firstToken === 1)) continue;
    e.label = 'MISC';
    for (const m of e.mentions) m.label = 'MISC';
  }
}
