// Contests, prizes, fairs and festivals the tagger cut short: their head, closing words and لـ complement.
import { normalizeArabic } from './normalize';
import { spanEnd, TAGS } from './tagger';
import { Token } from './tokenize';

const TAG = Object.fromEntries(TAGS.map((t, k) => [t, k])) as Record<string, number>;
const B = (name: string) => TAG['B-' + name];
const I = (name: string) => TAG['I-' + name];

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Heads of contests, prizes, fairs and festivals (with and without ال, normalised). */
const MISC_HEADS = set('دوري الدوري كأس بطولة البطولة جائزة الجائزة مهرجان المهرجان معرض المعرض دورة أولمبياد ماراثون');
/** Words that close such a name after its proper part (الدوري الإنجليزي [الممتاز]، مهرجان القاهرة [السينمائي الدولي]). */
const MISC_TAIL = set('الممتاز الكبرى الكبير المفتوحة المفتوح الدولي الدولية العالمي العالمية السينمائي السينمائية الأدبية العربية العربي للرجال للسيدات');
const MAX_MISC_WORDS = 8;

/**
 * A contest, prize or festival the tagger cut short: a head left O right before a MISC span is taken in (`[دورة]
 * الألعاب الأولمبية`، `[بجائزة] …`), and a MISC span that opens with a head takes in the closing words after it
 * (`الدوري الإنجليزي [الممتاز]`) and a `لـ + definite` complement (`معرض الرياض الدولي [للكتاب]`، `كأس العالم [للأندية]`).
 */
export function extendMiscNames(sentence: Token[], stems: string[], tags: number[]): number[] {
  const out = [...tags];
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  for (let b = 1; b < n; b++) {
    if (out[b] === B('MISC') && free(b - 1) && MISC_HEADS.has(stems[b - 1]) && !MISC_HEADS.has(stems[b])) { out[b - 1] = B('MISC'); out[b] = I('MISC'); }
  }
  for (let b = 0; b < n; b++) {
    if (out[b] !== B('MISC')) continue;
    let e = spanEnd(out, b);
    if (MISC_HEADS.has(stems[b])) {
      while (e - b < MAX_MISC_WORDS && free(e) && MISC_TAIL.has(stems[e])) out[e++] = I('MISC');
      if (e - b < MAX_MISC_WORDS && free(e) && sentence[e].norm.startsWith('لل') && sentence[e].norm.length > 4) {
        out[e++] = I('MISC');
        while (e - b < MAX_MISC_WORDS && free(e) && MISC_TAIL.has(stems[e])) out[e++] = I('MISC');
      }
    }
    b = e - 1;
  }
  return out;
}
