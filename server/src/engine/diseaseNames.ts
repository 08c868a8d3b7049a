// Diseases are no names: the disease words themselves (كورونا، إيبولا), and a name right after a disease or pathogen head (فيروس غرب النيل، حمى لاسا، متلازمة الشرق الأوسط), no place or person.
import { isInside, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { STRIPPED_PROCLITICS, withoutArticle, withoutProclitics } from './clitics';
import { DIRECTIONS } from './placeBounds';
import { wideCueBit } from './wideCues';

/**
 * Diseases and pathogens: news writes them like names (إيبولا, كورونا) but the benchmark leaves
 * them O. Matched on the clitic-free stem with and without ال.
 */
export const NON_ENTITIES = wordSet(`
  كورونا كوفيد إيبولا ايبولا زيكا الإيدز إيدز الملاريا ملاريا الكوليرا كوليرا الحصبة حصبة الإنفلونزا الانفلونزا إنفلونزا
  انفلونزا الأنفلونزا السل الجدري جدري الطاعون طاعون التيفوئيد السرطان الزهايمر ألزهايمر باركنسون الكوفيد أوميكرون
  دلتا متحور فيروس الفيروس سارس ميرس الإيبولا الهربس السعار شلل الأطفال الحمى الضنك التهاب السكري
`);

/** A disease word, also when the clitic splitter kept its clitic (`بفيروس`: a noisy name list knows the whole form). */
export const isDisease = (norm: string, stem: string) =>
  NON_ENTITIES.has(stem) || NON_ENTITIES.has(withoutArticle(stem)) || NON_ENTITIES.has(withoutProclitics(norm));

/** Heads a disease's or pathogen's name follows; matched on the clitic-free stem (بفيروس، لحمى). */
const DISEASE_HEADS = wordSet(`فيروس الفيروس فيروسات حمى الحمى متلازمة مرض داء وباء إنفلونزا انفلونزا أنفلونزا الإنفلونزا
  الانفلونزا الأنفلونزا جدري الجدري طاعون الطاعون متحور المتحور متحورة المتحورة`);

const withStripped = (words: ReadonlySet<string>) => [...words].flatMap((w) => STRIPPED_PROCLITICS.map((p) => p + w));

/**
 * dropDiseaseNames' bit (wideCues.ts): every word it reads as a head or a disease (the stem, the stem without ال, the form
 * without its proclitics): a sentence without one is left as it is, so ordinaryWordDrops skips it there.
 */
export const DISEASE_CUE = wideCueBit([DISEASE_HEADS, NON_ENTITIES, [...NON_ENTITIES].map((w) => 'ال' + w)],
  [withStripped(DISEASE_HEADS), withStripped(NON_ENTITIES)]);

/**
 * Drops a place or person span that opens right after a disease head, and a one-word place or person the disease list
 * holds (rule 1 of nameRules drops those, but the place passes after it may take them again: حمى لاسا [وإيبولا]). The
 * README's convention: diseases are never names, even when named after a place (`فيروس غرب [النيل]`) or a person
 * (`مرض [كرون]`). A body after the head stays (`وباء [منظمة الصحة العالمية]` does not occur; a body that fights it is ORG).
 */
export function dropDiseaseNames(stems: readonly string[], tags: number[], norm: (k: number) => string): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b])) continue;
    const label = tagLabel(tags[b]);
    if (label !== 'LOCATION' && label !== 'PERSON') continue;
    const e = spanEnd(tags, b);
    // A compass word may stand between the head and the place (فيروس غرب [النيل]).
    const h = b > 1 && tags[b - 1] === 0 && DIRECTIONS.has(stems[b - 1]) ? b - 2 : b - 1;
    const afterHead = h >= 0 && tags[h] === 0 && (DISEASE_HEADS.has(stems[h]) || DISEASE_HEADS.has(withoutProclitics(norm(h))));
    const listed = e === b + 1 && isDisease(norm(b), stems[b]);
    if (afterHead || listed) (out ??= tags.slice()).fill(0, b, e);
    b = e - 1;
  }
  return out ?? tags;
}
