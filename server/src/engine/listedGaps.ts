// Multi-word names the lists hold that the tagger left out, read in pieces or read as a person: the list's reading wins.
import { beginTag as B, insideTag as I, isInside, tagLabel } from './tagger';
import { markBit } from './sentenceCues';
import { hasMark } from './nameMarks';
import { TagDraft } from './tagDraft';
const DRAFT_FILL_LISTED_GAPS = new TagDraft();

const B_ORG = B('ORG');
const B_PERS = B('PERS');
/** Marks of the name, place and club lists: a word one of them holds may be the person or place the tagger read. */
const NOT_COMPANY = /^(PER|NAME|FIRST|LAST|PLAST|LOC|CLUB)-/;

/** Multi-word list entries trusted enough to fill a gap the tagger left: list → label. */
const GAP_LISTS: Record<string, string> = { ORG: 'ORG', PER: 'PERS' };
/** fillListedGaps starts at a single organisation or the first word of a listed name: without one it changes nothing. */
export const LISTED_GAP_MARKS = markBit('ORG-S', 'ORG-B', 'PER-B', 'CLUB-B');

/**
 * Tokens b..e, a listed body, tagged as two names or more that begin and end with it, one a body (باريس [LOC] سان
 * جيرمان [ORG]): the tagger read the place the body is named after apart. A preposition of the name between two of them
 * may be O (تنظيم القاعدة [في] بلاد المغرب الإسلامي: the tagger ends a body before في, the list holds it whole).
 */
function splitBody(tags: readonly number[], b: number, e: number, preposition: (k: number) => boolean): boolean {
  if (isInside(tags[b]) || (e + 1 < tags.length && isInside(tags[e + 1]))) return false;
  let spans = 0;
  let body = false;
  for (let k = b; k <= e; k++) {
    if (tags[k] === 0 && !(k > b && k < e && tags[k - 1] !== 0 && tags[k + 1] !== 0 && preposition(k))) return false;
    if (!isInside(tags[k])) spans++;
    if (tagLabel(tags[k]) === 'ORGANIZATION') body = true;
  }
  return spans >= 2 && body;
}

/** Tokens b..e, a listed body in no people list, tagged as one person's name (وانتقد لـ[بلاك روك]، [جونز هوبكنز]). */
function personBody(tags: readonly number[], b: number, e: number): boolean {
  if (tags[b] !== B('PERS') || (e + 1 < tags.length && isInside(tags[e + 1]))) return false;
  for (let k = b + 1; k <= e; k++) if (tags[k] !== I('PERS')) return false;
  return true;
}

/**
 * Tokens b..e, a listed body whose head the tagger left out and whose rest it read as one body (لـقوى [الأمن الداخلي]،
 * وحدات [حماية الشعب]): the list's name begins at its head. The span may go on past the listed words.
 */
function headLeftOut(tags: readonly number[], b: number, e: number): boolean {
  let j = b;
  while (j <= e && tags[j] === 0) j++;
  if (j === b || j > e || tags[j] !== B_ORG) return false;
  for (let k = j + 1; k <= e; k++) if (tags[k] !== I('ORG')) return false;
  return true;
}

/**
 * A multi-word name from the organisation or people lists that the tagger left wholly O
 * (الجيش اللبناني، مفوضية الأمم المتحدة لشؤون اللاجئين) becomes a name: one word alone is too
 * ambiguous for this, but a listed phrase of two or more words rarely means anything else.
 */
export function fillListedGaps(marks: readonly string[][], tags: number[], known: (k: number) => boolean = () => false,
  preposition: (k: number) => boolean = () => false): number[] {
  const out = DRAFT_FILL_LISTED_GAPS.begin(tags);
  for (let i = 0; i < out.length; i++) {
    // Most tokens are in no list: nothing to test.
    if (marks[i].length === 0) continue;
    // A single word of the curated organisation list (تسلا، رويترز) that no place list holds is that organisation, unless
    // `known(i)`: the training text knows the word well and a word follows it, where it is also a common noun (إعمار: Emaar,
    // and reconstruction in إعادة إعمار لبنان; أعمارهم): the tagger, which saw the list's mark and the sentence, decides.
    if (out[i] === 0 && marks[i].includes('ORG-S') && !marks[i].some((m) => m.startsWith('LOC') || m.startsWith('CLUB'))) {
      if (!known(i)) out[i] = B_ORG;
      continue;
    }
    // Such a word read as a one-word person (وأعلنت [شاومي]) is the company, where no name or place list holds it.
    if (out[i] === B_PERS && !isInside(out[i + 1] ?? 0) && marks[i].includes('ORG-S') && !hasMark(marks[i], NOT_COMPANY)) {
      out[i] = B_ORG;
      continue;
    }
    for (const m of marks[i]) {
      if (!m.endsWith('-B')) continue;
      const list = m.slice(0, -2);
      // A club's name is read in pieces only (a club named by a common word or a town, left O, stays so).
      if (!GAP_LISTS[list] && list !== 'CLUB') continue;
      let e = i + 1;
      while (e < out.length && !marks[e].includes(list + '-E')) e++;
      if (e >= out.length) continue;
      const body = list === 'ORG' || list === 'CLUB';
      const tailRead = list === 'ORG' && ((personBody(out, i, e) && !marks[i].includes('PER-B')) || headLeftOut(out, i, e));
      if (out.slice(i, e + 1).some((t) => t !== 0) ? !(body && (splitBody(out, i, e, preposition) || tailRead)) : !GAP_LISTS[list]) continue;
      const label = body ? 'ORG' : GAP_LISTS[list];
      for (let k = i; k <= e; k++) out[k] = k === i ? B(label) : I(label);
      i = e;
      break;
    }
  }
  return DRAFT_FILL_LISTED_GAPS.close(tags, out);
}
