// Training only: list-feature dropout — the name lists' marks hidden on random gold names, so the tagger learns unlisted names.
import { Lexicon } from '../engine/clitics';
import { contextFeatures, gazetteerMarksFor, TagToken, wordInfo } from '../engine/features';
import { Gazetteer } from '../engine/gazetteer';
import { beginTag, insideTag } from '../engine/tagger';
import { LISTS_OF } from '../engine/unlistedNames';

/** A gold name: its first and last token, and its label (`PERS` …). */
export interface GoldSpan { start: number; end: number; label?: string }

/** Per label, the lists that name things of that label: persons' and bodies' as `eval --unlisted` takes them out, and places' and MISC's. */
export const OWN_LISTS: Readonly<Record<string, readonly string[]>> = { ...LISTS_OF, LOC: ['LOC'], MISC: ['COMP'] };

/** What dropout needs of one training sentence: its names and every token's features with those names' marks hidden. */
export interface MaskedSentence { spans: GoldSpan[]; masked: string[][] }

/**
 * The names of `gold` whose label is one of `labels` (`PERS`, `ORG` …). The lists of persons and bodies are what an unseen
 * name lacks (`eval --unlisted` takes exactly those out); places are mostly listed in any news.
 */
export function goldSpans(gold: readonly number[], labels: readonly string[]): GoldSpan[] {
  const begins = new Map(labels.map((l) => [beginTag(l), l]));
  const spans: GoldSpan[] = [];
  for (let k = 0; k < gold.length; k++) {
    const label = begins.get(gold[k]);
    if (label === undefined) continue;
    const inside = insideTag(label);
    let end = k;
    while (end + 1 < gold.length && gold[end + 1] === inside) end++;
    spans.push({ start: k, end, label });
    k = end;
  }
  return spans;
}

/**
 * Every token's features as `sentenceFeatures` writes them (trained matching), but with no list mark on the tokens of
 * `spans`: the marks' own features, their neighbours' and the cue + list pairs all go, as for a name no list holds.
 * `ownOnly`: only the marks of the span's own label's lists go (a person's name a place list holds keeps that mark).
 */
export function maskedFeatures(tokens: TagToken[], lex: Lexicon, gaz: Gazetteer, spans: readonly GoldSpan[], ownOnly = false, forms = false, rare = false): string[][] {
  const words = tokens.map((t) => wordInfo(t, lex));
  const marks = gazetteerMarksFor(words, gaz, false).map((m, k) => {
    const s = spans.find((x) => x.start <= k && k <= x.end);
    if (!s) return m;
    const own = OWN_LISTS[s.label ?? ''];
    return ownOnly && own ? m.filter((x) => !own.includes(x.slice(0, -2).replace(/^f/, ''))) : [];
  });
  const rows = words.map((w, i) => [...w.classFeatures, ...w.lexFeatures, ...contextFeatures(words, marks, i)]);
  if (!forms) return rows;
  return rows.map((r, i) => {
    const kept = r.filter((f) => !namesHiddenWord(f, i, spans));
    return rare && spans.some((s) => s.start <= i && i <= s.end) ? kept.map(asNeverMet) : kept;
  });
}

/** A hidden name's word read as one the training text never held: frequency class 0, also in the cue window's feature. */
function asNeverMet(f: string): string {
  if (f.startsWith('fq=')) return 'fq=0';
  if (f.startsWith('cw=')) return f.replace(/\|fq=[^|]*$/, '|fq=0');
  return f;
}

/** Word-form dropout's context reach: `c-2=` … `c2=` name the words up to two tokens away. */
export const FORM_REACH = 2;
const FORM_FEATURE = /^(w|c|c-?[12])=/;

/**
 * Whether feature `f` of token `i` names the very word of a token inside `spans`: the token's own form and core
 * (`w=`, `c=`) or a neighbour's core (`c-2=` … `c2=`). Affixes, shape, frequency, word class and cues stay: they are what an
 * unseen name shares with seen ones (word-form dropout, issue #10: the tagger must not rely on having met the name).
 */
function namesHiddenWord(f: string, i: number, spans: readonly GoldSpan[]): boolean {
  const m = FORM_FEATURE.exec(f);
  if (!m) return false;
  const d = m[1] === 'w' || m[1] === 'c' ? 0 : Number(m[1].slice(1));
  return spans.some((s) => s.start <= i + d && i + d <= s.end);
}

/** How many of `spans` one of `lists` marks on every token, and how many of their tokens it marks: how listed the names are. */
export function listedShare(tokens: TagToken[], lex: Lexicon, gaz: Gazetteer, spans: readonly GoldSpan[], lists: readonly string[]): { whole: number; tokens: number; total: number } {
  const marks = gazetteerMarksFor(tokens.map((t) => wordInfo(t, lex, false)), gaz, false)
    .map((m) => m.filter((x) => lists.includes(x.slice(0, -2))));
  let whole = 0;
  let marked = 0;
  let total = 0;
  for (const s of spans) {
    let all = true;
    for (let k = s.start; k <= s.end; k++) { total++; if (marks[k].length) marked++; else all = false; }
    if (all) whole++;
  }
  return { whole, tokens: marked, total };
}

/**
 * Which tokens take their masked features on one visit: each span is hidden with probability `p`, and a hidden span's
 * marks are read by its own tokens and one on either side (g-1, g1, cue + list pairs); its words, with word-form
 * dropout, by `reach` = FORM_REACH on either side (c-2 … c2).
 */
export function maskedTokens(n: number, spans: readonly GoldSpan[], p: number, rand: () => number, reach = 1): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  for (const s of spans) {
    if (rand() >= p) continue;
    out ??= new Uint8Array(n);
    for (let k = Math.max(0, s.start - reach); k <= Math.min(n - 1, s.end + reach); k++) out[k] = 1;
  }
  return out;
}
