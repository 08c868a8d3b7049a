// A paper naming itself in brackets where only an outlet fits (التقت ( [الراية] )، قال لـ( [الراية] )), and an agency's spaced initials closing a caption (( [و م أ] )): one organisation.
import { beginTag, insideTag, markSpan, tagLabel } from './tagger';
import { stripConj } from './quoteCues';
import { MAX_BEFORE, TELLING, TO } from './outletsAddressed';
import { Token } from './tokenize';
import { icuRegionNames } from './regionNames';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** A paper's own name is short (الراية، العربي، الشرق الأوسط، القدس العربي). */
const MAX_WORDS = 3;
/**
 * Verbs of meeting, asking, learning and thanking whose subject or object a paper is when it writes of itself in brackets
 * (التقت ( الراية ) بالوزير، وعلمت ( الوطن )، وشكر ( العربي ) على زيارته، استقبلته ( الراية )). A person is met without brackets.
 */
const MEETING = wordSet(`
  التقت التقته التقتها التقتهم استقبلت استقبلته استقبلتها استقبل استقبله استقبلها استقبلوا شكر شكرت شكروا
  زارت سألت سألته سألتها علمت أجرت حاورت رافقت تابعت
`);
/** A pronoun the clitic splitter leaves as a word after the verb (استقبلت ه ( الراية )). */
const SPLIT_PRONOUNS = wordSet('ه ها هم هما هن ني نا');

/** Whether words b..e−1 are already one organisation: the passes then copy no tags. */
function oneBody(tags: readonly number[], b: number, e: number): boolean {
  return tags[b] === B_ORG && tags.slice(b + 1, e).every((t) => t === I_ORG);
}

/** `out` with words b..e−1 made one organisation. */
function markBody(out: number[], b: number, e: number): number[] {
  markSpan(out, b, e, B_ORG, I_ORG);
  return out;
}

/** The `)` closing a bracket of one to three words opening at `open`, or -1. */
function closing(sentence: readonly Token[], open: number): number {
  let close = open + 1;
  while (close < sentence.length && close - open <= MAX_WORDS && sentence[close].kind === 'word') close++;
  return close > open + 1 && close < sentence.length && sentence[close].text === ')' ? close : -1;
}

/** Whether a verb or noun of telling stands within six words before the لـ at `to`, no clause opening between. */
function toldBefore(sentence: readonly Token[], stems: readonly string[], to: number): boolean {
  for (let j = to - 1; j >= 0 && to - j <= MAX_BEFORE && sentence[j].kind === 'word'; j--) {
    if (TELLING.has(stems[j]) || TELLING.has(stripConj(sentence[j].norm))) return true;
  }
  return false;
}

/**
 * Words in round brackets right after a verb of meeting, asking or thanking (its split pronoun between or not: `التقت
 * ( [الراية] )`، `استقبلت ه ( [الراية] )`), or after a separate لـ a verb or noun of telling governs (`في حديث ه لـ
 * ( [الراية] )`), are the paper that writes of itself so: one ORGANIZATION whatever the tagger read there. A person the
 * tagger found inside is kept, and a country in brackets qualifies a place.
 */
export function tagBracketOutlets(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = sentence.length;
  for (let open = 1; open + 2 < n; open++) {
    if (sentence[open].text !== '(') continue;
    const close = closing(sentence, open);
    if (close < 0) continue;
    let v = open - 1;
    if (v > 0 && SPLIT_PRONOUNS.has(sentence[v].norm)) v--;
    const before = sentence[open - 1];
    const cue = (TO.has(before.text) && toldBefore(sentence, stems, open - 1)) ||
      (sentence[v].kind === 'word' && MEETING.has(stripConj(sentence[v].norm)));
    if (!cue) continue;
    const cur = out ?? tags;
    const words = sentence.slice(open + 1, close).map((t) => t.norm).join(' ');
    if (icuRegionNames().has(words)) continue;
    let person = false;
    for (let j = open + 1; j < close; j++) if (tagLabel(cur[j]) === 'PERSON') person = true;
    if (person || oneBody(cur, open + 1, close)) continue;
    out = markBody(out ?? tags.slice(), open + 1, close);
    open = close;
  }
  return out ?? tags;
}

/** Spaced initials of an era, a time zone, a currency or a blessing, not an agency (ق م، ت ع م، ر س، ع ج). */
const ERA_INITIALS = new Set(['ق م', 'ت ع م', 'ر س', 'ع ج']);
/** Most and fewest initials an agency's short name spells (و م ع، أ ف ب; ق ن ا). */
const MIN_INITIALS = 2;
const MAX_INITIALS = 4;

/**
 * Two to four single Arabic letters alone in round brackets that close a sentence (a photo caption's credit: `لاعبو
 * الفريق يحتفلون ( [و م أ] )`) spell the agency credited: one ORGANIZATION whatever the tagger read there, the lists
 * knowing the letters or not (wireBodies takes unknown letters only in a dateline). Not an era's, a time zone's, a
 * currency's or a blessing's initials (ق م، ت ع م، ر س، ع ج), nor any right after a number (a date's or a price's).
 */
export function tagBracketedInitials(sentence: readonly Token[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = sentence.length;
  for (let open = 0; open + 3 < n; open++) {
    if (sentence[open].text !== '(' || (open > 0 && /[\d\u0660-\u0669]/.test(sentence[open - 1].text))) continue;
    let close = open + 1;
    while (close < n && close - open <= MAX_INITIALS && sentence[close].kind === 'word' && /^[\u0621-\u064A]$/.test(sentence[close].norm)) close++;
    if (close - open - 1 < MIN_INITIALS || close >= n || sentence[close].text !== ')') continue;
    // The credit closes the caption: nothing but a full stop after it.
    if (close + 1 < n && !(close + 2 === n && sentence[close + 1].text === '.')) continue;
    if (ERA_INITIALS.has(sentence.slice(open + 1, close).map((t) => t.norm).join(' '))) continue;
    const cur = out ?? tags;
    if (!oneBody(cur, open + 1, close)) out = markBody(out ?? tags.slice(), open + 1, close);
    open = close;
  }
  return out ?? tags;
}
