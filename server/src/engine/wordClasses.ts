// Word classes learned from the corpora's unlabelled text (training/wordClassFile.ts): tagger features a word shares with words used alike.
import classText from '../../data/lists/word-classes.txt';

/** Coarse, middle and fine class counts; each fine class lies in one middle class, each middle class in one coarse class. */
export const CLASS_SIZES: [number, number, number] = [16, 64, 256];
export const WORD_CLASSES_FILE = 'server/data/lists/word-classes.txt';

/** Which granularities a neighbour's class is a feature at, by its distance (1 or 2 words away). */
const ROLE_LEVELS: Record<number, readonly number[]> = { 1: [1, 2], 2: [1] };
const LEVEL_NAMES = ['kc', 'km', 'kf'];

interface ClassTable {
  byWord: Map<string, number>;
  /** Per fine class, the word's own features (`kc=`, `km=`, `kf=`), and per offset (−2, −1, 1, 2) a neighbour's. */
  own: string[][];
  roles: Map<number, string[][]>;
}

let table: ClassTable | undefined;

function load(): ClassTable {
  const byWord = new Map<string, number>();
  const own: string[][] = [];
  const roles = new Map<number, string[][]>([[-2, []], [-1, []], [1, []], [2, []]]);
  for (const line of classText.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [f, m, c, words] = line.split('\t');
    const fine = Number(f);
    const ids = [c, m, f];
    own[fine] = ids.map((id, l) => LEVEL_NAMES[l] + '=' + id);
    for (const [d, byClass] of roles) byClass[fine] = ROLE_LEVELS[Math.abs(d)].map((l) => LEVEL_NAMES[l] + d + '=' + ids[l]);
    if (words) for (const w of words.split(' ')) byWord.set(w, fine);
  }
  return { byWord, own, roles };
}

/** The fine class of a word's core (clitics and article off, as features.ts splits it), or −1 for a word too rare in the text. */
export function wordClassOf(core: string): number {
  table ??= load();
  return table.byWord.get(core) ?? -1;
}

const NONE: readonly string[] = [];

/** The features of a word of fine class `fine` (none for −1). */
export function ownClassFeatures(fine: number): readonly string[] {
  if (fine < 0) return NONE;
  table ??= load();
  return table.own[fine];
}

/** The features a word of fine class `fine` gives the token `d` places away from it (d = −2, −1, 1, 2; none for −1). */
export function neighbourClassFeatures(fine: number, d: number): readonly string[] {
  if (fine < 0) return NONE;
  table ??= load();
  return table.roles.get(d)![fine];
}
