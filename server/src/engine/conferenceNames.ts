// Named conferences and forums as the guide tags them: one MISC span with the head (مؤتمر ليب، كوب 28، مؤتمر الأمم المتحدة لتغير المناخ).
import { beginTag, insideTag, isInside, markSpan, restartAt, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { COUNTING_TIMES, wordSet as set } from './wordSets';
import { PARTICIPLE } from './headedPlaces';
import { endsAsNisba } from './namePatterns';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** Indefinite heads of a conference or forum named after them (normalised); the definite head names no one event (المؤتمر الوطني is a party). */
const HEADS = set('مؤتمر منتدى ملتقى');
/** The UN climate conference's short name, counted (كوب 28). */
const COP = 'كوب';
/** Words (normalised, clitic-free) a conference pass starts from: miscNames' EVENT_CUE holds them. */
export const CONFERENCE_CUE_WORDS = [...HEADS, COP];
/** A COP's count: one or two digits (a year is no count). */
const COP_NUMBER = /^[0-9]{1,2}$/;
/** Training count (word and stem) below which a word after the head is the conference's own name (ليب، دومبارتون). */
const RARE_NAME = 5;
/** Proper words a name may run to after the head (مؤتمر دومبارتون أوكس). */
const MAX_NAME_WORDS = 3;
/** The UN's name inside its conferences' names, normalised. */
const UN = ['الامم', 'المتحده'];
/** A لـ complement that makes a UN conference a standing body, not a meeting (مؤتمر الأمم المتحدة للتجارة والتنمية, UNCTAD). */
const BODY_COMPLEMENTS = set('التجارة');

/**
 * A conference named after its indefinite head is one MISC span with the head, as the guide tags `مؤتمر ليب` and `مؤتمر
 * الأمم المتحدة لتغير المناخ`: the head before words the training text hardly saw or Latin ones (مؤتمر ليب 2025: the year
 * stays outside); before a place and a لل complement (مؤتمر ميونخ للأمن); before the UN and a لـ complement; and `كوب` and
 * its count, with the head before it. A head before a place alone is left to the place (قمة العلا, مؤتمر روما), a head
 * before an agreeing adjective is no name (مؤتمر صحفي). `freq(k)`: training count of token k, word and stem.
 */
export function tagConferences(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number, wordFreq: (w: string) => number,
  listed: (k: number) => boolean = () => false): number[] {
  let out = tags;
  const n = tags.length;
  const set = (b: number, e: number) => {
    if (out === tags) out = tags.slice();
    markSpan(out, b, e, B_MISC, I_MISC);
    // A name the span cut into restarts after it.
    restartAt(out, e);
  };
  const word = (k: number) => k < n && sentence[k].kind === 'word';
  // The token as written is its stem: no clitic (مؤتمر [لتنقيح] …: a purpose, no name).
  const bare = (k: number) => sentence[k].norm === stems[k];
  for (let i = 0; i + 1 < n; i++) {
    if (stems[i] === COP && sentence[i + 1].kind === 'number' && COP_NUMBER.test(sentence[i + 1].text) && !isInside(out[i + 1])) {
      const head = i > 0 && out[i - 1] === 0 && HEADS.has(stems[i - 1]) && bare(i - 1) ? i - 1 : i;
      // A host place the tagger ran into the name (باكو [كوب] 29) keeps its own span: the name begins a span of its own.
      set(head, i + 2);
      i++;
      continue;
    }
    // مؤتمر كوب 28: the count's branch takes the head at كوب.
    if (out[i] !== 0 || !HEADS.has(stems[i]) || !word(i + 1) || stems[i + 1] === COP) continue;
    // The tagger reads a forum named by its town and closing adjectives as a body (منتدى [دافوس الاقتصادي]): it is the event.
    const closed = tagLabel(out[i + 1]) === 'ORGANIZATION' && !isInside(out[i + 1]) && !stems[i + 1].startsWith('ال') && bare(i + 1) ? closingWords(stems, out, i + 2, true) : 0;
    if (closed > i + 2 && closed === spanEnd(out, i + 1)) { set(i, closed); i = closed - 1; continue; }
    const named = ownName(sentence, stems, out, i + 1, freq, wordFreq, listed);
    const e = named ? closingWords(stems, out, named) : placeWithComplement(sentence, stems, out, i + 1) || unConference(sentence, stems, out, i + 1);
    if (e > i + 1) { set(i, e); i = e - 1; }
  }
  return out;
}

/** Adjectives that close a conference's or forum's name after its own word (منتدى دافوس [الاقتصادي]), normalised. */
const CLOSERS = set('الاقتصادي الدولي العالمي العربي الإقليمي السنوي');

/** The end after the closing adjectives at k, untagged or (`inSpan`) inside the span before them. */
function closingWords(stems: string[], out: readonly number[], k: number, inSpan = false): number {
  let e = k;
  while (e < out.length && (inSpan ? isInside(out[e]) : out[e] === 0) && CLOSERS.has(stems[e])) e++;
  return e;
}

/** A word in Latin letters (منتدى [Web Summit]). */
const LATIN_START = /^[A-Za-z]/;
/** A nisba agreeing with the head, the accusative too (دولي، دولية، تفاعليا), normalised. */
const NISBA_END = /(ي|يه|يا)$/;
/** A known word's form with an object or possessive pronoun (مؤتمر [عقده] الحزب): a verb or noun, no name. */
const PRONOUN_END = /(ه|ها|هم)$/;

/**
 * Words after the head the training text hardly saw, not definite, no agreeing nisba and no known word with its pronoun
 * (مؤتمر [ليب]، منتدى [Web Summit]), or one such word the tagger read as a place or person no list holds: the end of that
 * name, or 0. `listed(k)`: a name list holds token k.
 */
function ownName(sentence: Token[], stems: string[], out: readonly number[], k: number, freq: (k: number) => number, wordFreq: (w: string) => number,
  listed: (k: number) => boolean): number {
  const inflected = (w: string) => PRONOUN_END.test(w) && wordFreq(w.replace(PRONOUN_END, '')) >= RARE_NAME;
  // The tagger guesses a place or person at an unseen word after the head (مؤتمر [ليب]): no list holding it, it is the name.
  const guessed = (j: number) => out[j] !== 0 && !isInside(out[j]) && tagLabel(out[j]) !== 'ORGANIZATION' && spanEnd(out, j) === j + 1 && !listed(j);
  if (k < out.length && guessed(k) && freq(k) < RARE_NAME && sentence[k].norm === stems[k]) return k + 1;
  // A nisba agrees with the head, in the accusative too after منتدى and ملتقى, which show no case (نظمت منتدى [تفاعليا]); so
  // does a participle no list holds (مؤتمر [موسع]، مؤتمر [مصغر]).
  const proper = (j: number) => j < out.length && sentence[j].kind === 'word' && out[j] === 0 && sentence[j].norm === stems[j] &&
    (LATIN_START.test(sentence[j].text) || (!stems[j].startsWith('ال') && !NISBA_END.test(stems[j]) && freq(j) < RARE_NAME && !inflected(stems[j]) &&
      !(PARTICIPLE.test(stems[j]) && !listed(j))));
  let e = k;
  while (e - k < MAX_NAME_WORDS && proper(e)) e++;
  return e > k ? e : 0;
}

/** A one-word place the tagger found and a لل complement after it (مؤتمر [ميونخ للأمن]، مؤتمر [مدريد للسلام]): the end, or 0. */
function placeWithComplement(sentence: Token[], stems: string[], out: readonly number[], k: number): number {
  if (tagLabel(out[k]) !== 'LOCATION' || isInside(out[k]) || spanEnd(out, k) !== k + 1) return 0;
  return complementEnd(sentence, stems, out, k + 1, true);
}

/** The UN and a لـ complement after the head (مؤتمر [الأمم المتحدة لتغير المناخ]): the end, or 0. */
function unConference(sentence: Token[], stems: string[], out: readonly number[], k: number): number {
  if (k + 2 >= out.length || stems[k] !== UN[0] || stems[k + 1] !== UN[1]) return 0;
  // The tagger's body span may be the UN's alone or run on: the conference's span replaces it only where it ends there.
  if (out[k] !== 0 && (tagLabel(out[k]) !== 'ORGANIZATION' || spanEnd(out, k) !== k + 2)) return 0;
  if (out[k] === 0 && out[k + 1] !== 0) return 0;
  return complementEnd(sentence, stems, out, k + 2, false);
}

/**
 * A لـ complement at k (للأمن، لتغير المناخ، للتغير المناخي) and the definite words closing it, free of other spans: the
 * end, or 0. `definite`: only لل + a definite noun (a place's conference: مؤتمر برلين [لتنقيح] الشروط is a purpose).
 */
function complementEnd(sentence: Token[], stems: string[], out: readonly number[], k: number, definite: boolean): number {
  if (k >= out.length || out[k] !== 0 || sentence[k].kind !== 'word') return 0;
  const w = sentence[k].norm;
  if (!w.startsWith(definite ? 'لل' : 'ل') || w.length < 5 || COUNTING_TIMES.has(stems[k]) || BODY_COMPLEMENTS.has(stems[k])) return 0;
  const e = k + 1;
  if (e >= out.length || out[e] !== 0 || sentence[e].kind !== 'word' || sentence[e].norm !== stems[e] || !stems[e].startsWith('ال')) return e;
  // After لـ + an indefinite noun its definite genitive closes the name (لتغير [المناخ]); after لل only a nisba adjective
  // (للتغير [المناخي]), not the sentence's next word (للأمن الذي …).
  return !w.startsWith('لل') || (stems[e].length >= 6 && endsAsNisba(stems[e])) ? e + 1 : e;
}
