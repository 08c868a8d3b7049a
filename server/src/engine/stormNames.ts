// Named storms (عاصفة دانيال، الإعصار فريدي): a storm head and its name are one MISC span, as the benchmark tags them.
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { wordSet as set, filteredWordSet as filtered, PREPOSITIONS } from './wordSets';
import { cueBit } from './sentenceCues';
import { endsAsNisba } from './namePatterns';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_NAMED_STORMS = new TagDraft();

const B_MISC = B('MISC');
const I_MISC = I('MISC');

/** Heads of named storms (عاصفة دانيال، الإعصار فريدي), tagged with the name as one MISC span; stormRepeats reads them in keys. */
export const STORM_HEAD_WORDS = 'عاصفة العاصفة إعصار الإعصار';
const STORM_HEADS = filtered(STORM_HEAD_WORDS);
/** tagNamedStorms starts at a storm head: without one it changes nothing (sentenceCues.ts). */
export const STORM_CUE = cueBit(set(STORM_HEAD_WORDS));

/** A relational adjective (رملية، استوائي) describes a storm, it does not name it. */
const isNisba = (w: string) => w.length > 3 && endsAsNisba(w);

/**
 * `عاصفة` / `إعصار` + a name (what the tagger called a person or a place, or a word it has rarely
 * seen) is the storm's name, MISC with its head as the benchmark tags it; `عاصفة رملية` stays O.
 * `rare(k)`: token k is rare in the training text; `given(k)`: token k is a listed name part (a given name the tagger left O
 * before the name lists are read: الإعصار [حليمة] names the storm as الإعصار [سعاد] does); not a preposition the lists hold (عاصفة بين …).
 */
export function tagNamedStorms(sentence: Token[], stems: string[], tags: number[], rare: (k: number) => boolean, given: (k: number) => boolean = () => false): number[] {
  const out = DRAFT_TAG_NAMED_STORMS.begin(tags);
  for (let i = 0; i + 1 < out.length; i++) {
    if (!STORM_HEADS.has(stems[i]) || sentence[i + 1].kind !== 'word') continue;
    const next = stems[i + 1];
    if (next.startsWith('ال')) continue;
    // The tagger may read the head and the name as one person or place (إعصار ميلتون، إعصار هارفي as a man's name): the storm
    // all the same, whatever the name's last letter (no adjective is read as a name with the head).
    const whole = out[i] !== 0 && !isInside(out[i]) && tagLabel(out[i]) !== 'ORGANIZATION' && spanEnd(out, i) === i + 2;
    if (whole) { out[i] = B_MISC; out[i + 1] = I_MISC; i++; continue; }
    // A listed given name may end as a nisba does once normalised (سلمى as سلمي): the list says it is a name.
    if (out[i] !== 0 || isInside(out[i + 1]) || (isNisba(next) && !given(i + 1))) continue;
    const named = out[i + 1] !== 0 ? (i + 2 >= out.length || !isInside(out[i + 2])) && tagLabel(out[i + 1]) !== 'ORGANIZATION' : rare(i + 1) || (given(i + 1) && next.length > 2 && !PREPOSITIONS.has(next));
    if (!named) continue;
    out[i] = B_MISC;
    out[i + 1] = I_MISC;
    i++;
  }
  return DRAFT_TAG_NAMED_STORMS.close(tags, out);
}
