// A definite role noun the tagger took into a person's name before a lone listed name part (وقال [المحلل] مارك فيسر إن).
import { beginTag, insideTag, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { hasMark, NAME_LISTS, NOT_NAME_LISTS, PERSON_WORD_LISTS_SPELLED } from './nameMarks';
import { TITLES_INSIDE_NAMES } from './honorificTitles';
import { endsAsNisba } from './namePatterns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

const named = (marks: readonly string[][], k: number) => hasMark(marks[k], NAME_LISTS);
const notName = (marks: readonly string[][], k: number) => hasMark(marks[k], NOT_NAME_LISTS);

/**
 * Step 1a of adjustPersonBounds (personBounds.ts): the tagger takes in a speaker's unlisted definite role noun before a
 * lone listed name (وقال [المحلل] مارك فيسر إن); the name starts after it, before step 1 reads the name on from there.
 * Not a nisba, the surname before the given name (المالكي، القوشجي), nor before a definite word or one the splitter cut
 * (المستنصر [بالله]: a regnal name).
 */
export function roleNounsLeftOut(stems: string[], marks: readonly string[][], out: number[], text: (k: number) => string): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] === B_PERS && spanEnd(out, b) === b + 2 && stems[b].startsWith('ال') && !endsAsNisba(stems[b]) && !named(marks, b) && named(marks, b + 1) && !notName(marks, b + 1) &&
      !stems[b + 1].startsWith('ال') && normalizeArabic(text(b + 1)) === stems[b + 1]) {
      out[b] = 0;
      out[b + 1] = B_PERS;
      // The tagger counted two words: with the role noun out, a given name's listed family name after it is the second
      // (وقال [المحلل] حسين الجمعة إن: a Gulf surname the day's name spells), where no list says it is a place or body.
      if (b + 2 < out.length && out[b + 2] === 0 && marks[b + 1].includes('FIRST-S') && named(marks, b + 2) && !notName(marks, b + 2) &&
        normalizeArabic(text(b + 2)) === stems[b + 2]) out[b + 2] = I_PERS;
    }
  }
}

/** Lineage words (normalised): the word before them is a given name (المختار ولد داداه، الطاهر بن جلون), no role noun. */
const LINEAGE = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ال']);

/**
 * After adjustPersonBounds: the tagger takes in a definite role noun before a name of two words or more (وقال [الطالب]
 * يوسف عادل من الهرم، المرشح [الخاسر] …، وقالت [الطبيبة] سناء الإدريسي): the name opens on the listed name part after it,
 * spelled so. Away from a reporting verb, not a word `given` reads as a given name written with ال: after a title's phrase
 * it is the person's (المدير العام للوزارة [الصادق] محمد نور، وزير الداخلية [الزبير] بشير طه); right after the verb the
 * speaker's role comes first, even a role the name lists hold as a surname (وقال [المعلم] عبد السلام نور). Not a nisba
 * (المالكي), a title names keep (الشيخ), nor a word the given-name, surname or people lists hold as spelled (الحبيب، الطاهر).
 * `verb(k)`: token k is a reporting verb that opens speech; the caller reads none in a sentence without an `إن`/`:` cue, where
 * the verb's object or subject is a person named in full (وأعلن [الصادق] محمد المهدي انسحاب حزبه، وشدد [النور] أحمد الخير).
 */
export function roleNounsBeforeNames(stems: string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  verb: (k: number) => boolean, given: (stem: string) => boolean): number[] {
  let out = tags;
  for (let b = 0; b + 2 < out.length; b++) {
    if (out[b] !== B_PERS || spanEnd(out, b) < b + 3) continue;
    if (stems[b].startsWith('ال') && !endsAsNisba(stems[b]) && !TITLES_INSIDE_NAMES.has(stems[b]) && !hasMark(marks[b], PERSON_WORD_LISTS_SPELLED) &&
      ((b > 0 && out[b - 1] === 0 && verb(b - 1)) || !given(stems[b])) &&
      named(marks, b + 1) && !notName(marks, b + 1) && normalizeArabic(text(b + 1)) === stems[b + 1] && !LINEAGE.has(stems[b + 1])) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      out[b + 1] = B_PERS;
    }
  }
  return out;
}
