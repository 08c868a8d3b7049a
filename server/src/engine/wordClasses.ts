// Word classes learned from the corpora's unlabelled text (training/wordClassFile.ts): tagger features a word shares with words used alike.
import classText from '../../data/lists/word-classes.txt';

/** Coarse, middle and fine class counts; each fine class lies in one middle class, each middle class in one coarse class. */
export const CLASS_SIZES: [number, number, number] = [16, 64, 256];
export const WORD_CLASSES_FILE = 'server/data/lists/word-classes.txt';

const LEVEL_NAMES = ['kc', 'km', 'kf'];

interface ClassTable {
  byWord: Map<string, number>;
  /**
   * Per fine class, the word's own features (`kc=`, `km=`, `kf=`). Its neighbours' classes as features of a token
   * (±1 middle and fine, ±2 middle) were tried and dropped: they moved the two out-of-fold sets apart (+0.004, −0.000).
   */
  own: string[][];
}

let table: ClassTable | undefined;

function load(): ClassTable {
  const byWord = new Map<string, number>();
  const own: string[][] = [];
  for (const line of classText.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [f, m, c, words] = line.split('\t');
    const fine = Number(f);
    const ids = [c, m, f];
    own[fine] = ids.map((id, l) => LEVEL_NAMES[l] + '=' + id);
    if (words) for (const w of words.split(' ')) byWord.set(w, fine);
  }
  return { byWord, own };
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
