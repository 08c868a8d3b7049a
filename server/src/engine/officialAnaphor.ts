// Subjects that only refer back: a definite "the official" (يوضح المسؤول) and an honorific pronoun (وقال سموه، وأضافت معاليها).
import { normalizeArabic } from './normalize';
import { headCore } from './quoteCues';
import type { Subject } from './speakerPhrase';
import { Token } from './tokenize';
import type { TokenList } from './tokenView';

/** Nouns for an official that the text uses both for an unnamed source (مسؤول عراقي) and, definite, for one it named. */
const OFFICIALS = new Set(['مسؤول', 'مسؤولة'].map(normalizeArabic));
/** Heads an unnamed source is introduced by, that a later المسؤول may take up (أكد مصدر مقرب … وقال المسؤول المقرب). */
const SOURCES = new Set(['مسؤول', 'مسؤولة', 'مصدر'].map(normalizeArabic));
/** His Highness, Her Excellency…: a pronoun in a title's dress (the tagger sometimes reads one as a name), never a name. */
const HONORIFICS = new Set('سموه سموها فخامته فخامتها معاليه معاليها سيادته سيادتها سعادته سعادتها دولته دولتها'.split(' ').map(normalizeArabic));
export const isHonorificPronoun = (t: Token) => t.kind === 'word' && HONORIFICS.has(t.norm);
/** معالي، سمو، فخامة …: an honorific alone, that the tagger sometimes takes for a one-word name before the name. */
const HONORIFIC_TITLES = new Set('معالي سمو فخامة سيادة سعادة'.split(' ').map(normalizeArabic));
export const isHonorific = (t: Token | undefined) => !!t && t.kind === 'word' && HONORIFIC_TITLES.has(t.norm);
/** A subject read from such a pronoun (a mention the tagger made of it) names nobody: the person is further back. */
export const namesNobody = (s: Subject | undefined) => !!s && HONORIFICS.has(normalizeArabic(s.text).replace(/^[وف]/, ''));
/** How many sentences back the official is looked for. */
const LOOKBACK = 15;

/** المسؤول، والمسؤولة: definite, singular; مسؤول (indefinite) introduces an unnamed source and stays anonymous. */
export function isOfficialAnaphor(t: Token): boolean {
  return t.kind === 'word' && /^[وف]?ال/.test(t.norm) && OFFICIALS.has(headCore(t));
}

/**
 * The referent of a definite official, walking back sentence by sentence (`back(a)`: the start of the sentence
 * before a; `subjectOf(a)`: who that sentence made speak, or its subject). An unnamed official or source in reach
 * keeps him unnamed, even past a named subject between (the corpora's «اعتبر مسؤول عراقي أن الحوار بين صبري وعنان
 * … قال المسؤول العراقي»; «قال مسؤول … وكان الوزير فلان قد التقى … وأضاف المسؤول»); with none, the last person
 * who was a subject is named by it («قال مدير المؤسسة فلان … وأوضح المسؤول»). Bodies and unnamed bystanders (a
 * driver, a witness) are passed over.
 */
export function officialReferent(a: number, back: (a: number) => number | undefined, subjectOf: (a: number) => Subject | undefined, head: (s: Subject) => Token, fits: (s: Subject) => boolean = () => false): Subject | undefined {
  let person: Subject | undefined;
  let fitting: Subject | undefined;
  let at: number | undefined = a;
  for (let n = 0; n < LOOKBACK && (at = back(at)) !== undefined; n++) {
    const sub = subjectOf(at);
    if (sub?.kind === 'person') { person ??= sub; if (fits(sub)) fitting ??= sub; }
    // A sentence whose own subject is this anaphor (وقال المسؤول إن … with no quote) only refers back too: read past it.
    else if (sub?.kind === 'anonymous' && SOURCES.has(headCore(head(sub))) && !isOfficialAnaphor(head(sub))) return undefined;
  }
  // المسؤول الأمريكي after the Iraqi minister spoke: the person introduced with that adjective, if one was.
  return fitting ?? person;
}

/** The nisba adjective of an official anaphor at k (المسؤول الأمريكي), and whether a subject was introduced with it (its title's last words). */
export function nisbaFit(tokens: TokenList, k: number, tokenAt: (offset: number) => number): (s: Subject) => boolean {
  const adj = tokens.tok(k + 1);
  if (!adj || adj.kind !== 'word' || !/^ال...+ي$/.test(adj.norm)) return () => false;
  return (s) => { const at = tokenAt(s.start); for (let j = Math.max(0, at - 4); j < at; j++) if (tokens.tok(j).norm === adj.norm) return true; return false; };
}

/**
 * ونشر سموه after «قال معالي فلان»: an honorific pronoun refers to someone the text introduced with the same honorific
 * (سمو/السمو for سموه، معالي for معاليه); a subject introduced with another one (its words or the three before) is not
 * him. A subject with no honorific in sight may be.
 */
export function honorificAgrees(pronoun: Token | undefined, sub: Subject, near: Token[]): boolean {
  if (!pronoun) return true;
  const own = pronoun.norm.replace(/(ها|ه)$/, '').replace(/ت$/, 'ه');
  const seen = [...near, ...sub.text.split(/\s+/).slice(0, 2).map((w) => ({ kind: 'word', norm: normalizeArabic(w) }) as Token)].map((t) => t.norm.replace(/^ال/, '')).filter((w) => HONORIFIC_TITLES.has(w));
  return seen.length === 0 || seen.includes(own);
}

/** The honorific pronoun a zero subject stands for: right after the cue at k, else the first in its sentence before it (ونشر سموه … على حسابه:). */
export function honorificAt(tokens: TokenList, a: number, k: number): Token | undefined {
  if (isHonorificPronoun(tokens.tok(k + 1))) return tokens.tok(k + 1);
  for (let j = a; j < k; j++) if (isHonorificPronoun(tokens.tok(j))) return tokens.tok(j);
  return undefined;
}

/**
 * وقال معاليه after «استقبل سمو الشيخ فلان معالي الدكتور فلان»: when the sentence's subject carries another honorific,
 * the person it introduced with the pronoun's own honorific (in the three words before the name). Returns that name's token.
 */
export function honoredIn(tokens: TokenList, a: number, end: number, pronoun: Token, isPerson: (k: number) => boolean): number | undefined {
  const own = pronoun.norm.replace(/(ها|ه)$/, '').replace(/ت$/, 'ه');
  for (let j = a; j < end; j++) {
    if (!isPerson(j) || isPerson(j - 1)) continue;
    for (let b = Math.max(a, j - 3); b < j; b++) if (tokens.tok(b).norm.replace(/^ال/, '') === own) return j;
  }
  return undefined;
}
