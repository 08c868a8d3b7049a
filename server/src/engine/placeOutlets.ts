// A newspaper named by a place (الشرق الأوسط، الخليج، القدس) where the wire credits it: the paper, not the place;
// and the agencies a byline credits beside it, which the tagger reads as a dateline's place.
import { beginTag, insideTag, markSpan, spanEnd, tagLabel } from './tagger';
import { stripConj } from './quoteCues';
import { ORG_LIST } from './nameMarks';
import type { Token } from './tokenize';
import { AGENCIES_AT_LARGE as AGENCIES, wordSet } from './wordSets';

const B_LOC = beginTag('LOC');
const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The heads the organisation list names papers with (صحيفة الشرق الأوسط), normalised. */
const PAPER_HEADS = [...wordSet('صحيفة جريدة')];
/** Separators of a byline's place from its credit (لندن : الشرق الأوسط، بغداد - الشرق الأوسط). */
const BYLINE_MARKS = new Set([':', '-', '–']);

/**
 * A place span the organisation list holds as a paper's name after its head (صحيفة الشرق الأوسط) is the paper where the
 * wire credits it: before `والوكالات` (لندن : [الشرق الأوسط] والوكالات), after a byline's place and colon (فياض بغداد :
 * [الشرق الأوسط] هددت); spoken to (وقال للشرق الأوسط) it is outletsNamed.ts'. Elsewhere the words are the region (السلام في
 * الشرق الأوسط). `listsOf(w)`: the lists of a normalised phrase.
 */
export function tagPlaceOutlets(sentence: readonly Token[], stems: readonly string[], tags: number[],
  listsOf: (w: string) => string | undefined): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_LOC) continue;
    const e = spanEnd(tags, b);
    // The agencies a byline credits are no place either (لندن : الشرق الأوسط [والوكالات]), where the tagger read a dateline.
    if (e === b + 1 && AGENCIES.has(stems[b])) { (out ??= tags.slice())[b] = 0; continue; }
    // Where wire credits a paper first (cheap), then whether a list holds a paper of that name.
    if (!credited(sentence, tags, b, e)) { b = e - 1; continue; }
    if (namesPaper(stems.slice(b, e).join(' '), listsOf)) {
      out ??= tags.slice();
      markSpan(out, b, e, B_ORG, I_ORG);
    }
    b = e - 1;
  }
  return out ?? tags;
}

/** Whether the organisation list holds `name` after a paper's head (a module function: a closure over the name would cost a context per token). */
function namesPaper(name: string, listsOf: (w: string) => string | undefined): boolean {
  for (const h of PAPER_HEADS) if (ORG_LIST.test(listsOf(`${h} ${name}`) ?? '')) return true;
  return false;
}

/** The span [b, e) stands where wire credits a paper. */
function credited(sentence: readonly Token[], tags: readonly number[], b: number, e: number): boolean {
  const next = e < sentence.length ? sentence[e] : undefined;
  if (next && next.kind === 'word' && AGENCIES.has(stripConj(next.norm))) return true;
  if (e + 1 < sentence.length && next?.text === 'و' && AGENCIES.has(sentence[e + 1].norm)) return true;
  if (b >= 2 && BYLINE_MARKS.has(sentence[b - 1].text) && tagLabel(tags[b - 2]) === 'LOCATION') return true;
  return false;
}
