// Names the name lists spell with a final ه (عبده، طه، بيليه): where a paragraph spells ة, a final ه on any other word is a pronoun.
import haNamesList from '../../data/lists/names-spelled-ha.txt';

const HA_NAMES: ReadonlySet<string> = new Set(haNamesList.split('\n').filter((l) => l && !l.startsWith('#')));

/**
 * Whether the lists spell normalised word `w` with a final ه. Normalising folds ة into ه, so `نظيره` (his counterpart) reads
 * as the given name `نظيرة`; news that spells ة would write that name so, and only the names spelled with ه stay names.
 */
export function spelledWithHa(w: string): boolean {
  return HA_NAMES.has(w);
}
