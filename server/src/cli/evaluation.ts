// `tag --conll` and `eval --conll`: runs the full engine on CoNLL sentences and scores it against gold tags.
import { Analyzer, Annotation } from '../engine/analysis';
import { bioSpans, ConllSentence, parseConll, TaggedSpan, toAnercorpTag } from '../engine/conll';
import { sentenceErrors, formatErrors } from '../engine/entityErrors';
import { formatReport, Report, scoreSpans } from '../engine/evaluate';
import { BIO_NAME, EntityLabel } from '../engine/tagger';
import { joinSplitClitics } from '../engine/joinClitics';
import { NerModel } from '../engine/model';
import { wordInfo } from '../engine/features';
import { GoldName, UnlistedDepth, unlistedModel } from '../engine/unlistedNames';
import { bareForms, maskArticle, setUnseenMask, unseenLexicon, UnseenMask, UnseenRange } from '../engine/unseenWords';
import { GIVEN_LIST, PLACE_OR_PEOPLE_LIST } from '../engine/nameMarks';
import { normalizeArabic } from '../engine/normalize';

/** Joins each sentence's tokens with spaces (one sentence per line) and remembers token offsets. */
function layout(sentences: ConllSentence[]): { text: string; offsets: Array<Array<[number, number]>> } {
  let text = '';
  const offsets = sentences.map((s) => {
    const o: Array<[number, number]> = [];
    s.tokens.forEach((t, i) => { if (i) text += ' '; o.push([text.length, text.length + t.length]); text += t; });
    text += '\n';
    return o;
  });
  return { text, offsets };
}

/** Projects annotations of one kind onto tokens as BIO tags: B- where a span starts inside a token. */
function project(offsets: Array<Array<[number, number]>>, spans: Annotation[], tagOf: (a: Annotation) => string): string[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  return offsets.map((sent) => sent.map(([s, e]) => {
    while (k < sorted.length && sorted[k].end <= s) k++;
    const a = sorted[k];
    if (!a || a.start >= e) return 'O';
    return (a.start >= s ? 'B-' : 'I-') + tagOf(a);
  }));
}

export type EvalLayer = 'entities' | 'dates';

/** Consecutive runs of sentences of one article (`-DOCSTART-` breaks); a file without breaks is one run. */
function articles(sentences: ConllSentence[]): ConllSentence[][] {
  const runs: ConllSentence[][] = [];
  sentences.forEach((s, i) => { if (!i || (s.doc ?? 0) !== (sentences[i - 1].doc ?? 0)) runs.push([]); runs[runs.length - 1].push(s); });
  return runs;
}

/** Labels whose gold names `eval --unseen` reads as never met: those `--unlisted` takes off the lists (places stay known). */
const UNSEEN_LABELS = new Set(['PERS', 'ORG']);

/** The document offsets of the tokens of the gold persons and bodies of one article, in order. */
function goldRanges(run: ConllSentence[], offsets: Array<Array<[number, number]>>, familyOnly = false): UnseenRange[] {
  const out: UnseenRange[] = [];
  run.forEach((s, i) => {
    for (const x of bioSpans(s.tags.map(toAnercorpTag))) {
      if (!UNSEEN_LABELS.has(x.label)) continue;
      for (let k = familyOnly && x.label === 'PERS' ? x.end - 1 : x.start; k < x.end; k++) out.push({ start: offsets[i][k][0], end: offsets[i][k][1] });
    }
  });
  return out;
}

/**
 * An article's gold name words the training text's counts must not hold either (the rule passes, the clitic splitter and
 * the alias map read counts, not the tagger's features), for every label the mask reads as new (UNSEEN_LABELS): the words
 * the mask reads as unseen (a person's last word at family depth, every word at `all`; every word of a body), but a common
 * given name (`common`: أحمد [كمال]), a word another person of the article has as a given name, a body's head noun or
 * title (`head`: وزارة، حزب, which the mask leaves known too), and a word the article also writes outside every such name
 * (الثاني، المصري، المتحدة), which every text holds.
 */
export function unseenNameWords(run: ConllSentence[], familyOnly = false, common: (w: string) => boolean = () => false,
  head: (w: string) => boolean = () => false): Set<string> {
  const named = new Set<string>();
  const other = new Set<string>();
  const given = new Set<string>();
  for (const s of run) {
    const norm = s.tokens.map(normalizeArabic);
    const inName = new Array<boolean>(norm.length).fill(false);
    for (const x of bioSpans(s.tags.map(toAnercorpTag))) {
      if (!UNSEEN_LABELS.has(x.label)) continue;
      for (let k = x.start; k < x.end; k++) {
        inName[k] = true;
        if (x.label !== 'PERS') { if (!head(norm[k])) named.add(norm[k]); } else if (!familyOnly || k === x.end - 1) named.add(norm[k]); else given.add(norm[k]);
      }
    }
    norm.forEach((w, k) => { if (!inName[k]) for (const b of bareForms(w)) other.add(b); });
  }
  const out = new Set<string>();
  for (const w of named) if (!given.has(w) && !common(w) && !bareForms(w).some((b) => other.has(b))) out.add(w);
  return out;
}

/**
 * Each article is analysed as its own document (document consistency never links across articles). `unseen`: the mask
 * `eval --unseen` set on the analyzer's model, given each article's gold names before it is analysed.
 */
function predict(sentences: ConllSentence[], analyzer: Analyzer, layer: EvalLayer, allTimes = false, unseen?: UnseenMask): string[][] {
  return articles(sentences).flatMap((run) => {
    const { text, offsets } = layout(run);
    if (unseen) maskArticle(unseen, goldRanges(run, offsets, unseen.familyOnly), unseenNameWords(run, unseen.familyOnly, unseen.common, unseen.head));
    const a = analyzer.analyze(text);
    if (layer === 'dates') return project(offsets, a.annotations.filter((x) => x.kind === 'date' && (allTimes || x.label === 'DATE' || x.label === 'TIME')), (x) => x.label);
    return project(offsets, a.annotations.filter((x) => x.kind === 'entity'), (x) => BIO_NAME[x.label as EntityLabel]);
  });
}

/** `token<TAB>TAG` lines with the input's sentence breaks and a `-DOCSTART-` line before each later article. */
export function tagConll(conllText: string, analyzer: Analyzer, layer: EvalLayer = 'entities'): string {
  const sentences = parseConll(conllText);
  const tags = predict(sentences, analyzer, layer);
  const docBreak = (i: number) => (i && (sentences[i].doc ?? 0) !== (sentences[i - 1].doc ?? 0) ? '-DOCSTART-\tO\n\n' : '');
  return sentences.map((s, i) => docBreak(i) + s.tokens.map((t, k) => `${t}\t${tags[i][k]}`).join('\n')).join('\n\n') + '\n';
}

/** Entity-level report; for dates, DATE and TIME with exact and overlap matching. */
export function evalConll(conllText: string, analyzer: Analyzer, layer: EvalLayer = 'entities', verbose = false, errors = false, joinClitics = false,
  unseen?: UnseenMask): string {
  const sentences = joinClitics ? joinSplitClitics(parseConll(conllText)) : parseConll(conllText);
  const pred = predict(sentences, analyzer, layer, false, unseen).map(bioSpans);
  if (layer === 'dates') {
    // Wojood has no DURATION or SET: it marks durations and frequencies DATE (or TIME for hours and minutes).
    const all = predict(sentences, analyzer, layer, true).map(bioSpans);
    const gold = sentences.map((s) => bioSpans(s.tags.map((t) => (/^[BI]-(DATE|TIME)$/.test(t) ? t : 'O'))));
    // Wojood's DATE/TIME boundary is not ours to learn; score the time layer as one class too.
    const merge = (xs: typeof gold) => xs.map((ss) => ss.map((s) => ({ ...s, label: 'TIMEX' })));
    const groups = { 'micro-DATE+TIME': ['DATE', 'TIME'] };
    return ['exact match', formatReport(scoreSpans(gold, pred, groups)), '', 'overlap match', formatReport(scoreSpans(gold, pred, groups, true)),
      '', 'exact, any time type', formatReport(scoreSpans(merge(gold), merge(pred), { all: ['TIMEX'] })),
      '', 'overlap, any time type', formatReport(scoreSpans(merge(gold), merge(pred), { all: ['TIMEX'] }, true)),
      '', 'exact, any time type, our DURATION and SET counted too', formatReport(scoreSpans(merge(gold), merge(all), { all: ['TIMEX'] })),
      ...(verbose ? ['', 'span differences (exact, any time type, DURATION and SET included)', ...spanErrors(sentences, gold, all)] : [])].join('\n') + '\n';
  }
  const report = formatReport(entityReport(sentences, analyzer, pred));
  if (!errors) return report + '\n';
  const gold = sentences.map((s) => bioSpans(s.tags.map(toAnercorpTag)));
  const listed = formatErrors(sentences.map((s) => s.tokens), gold.flatMap((g, i) => sentenceErrors(i, g, pred[i])));
  return [report, '', 'errors by kind (gold → ours)', ...listed].join('\n') + '\n';
}

/** `missed «…» | spurious «…»` lines, each with its sentence's tokens around it. */
function spanErrors(sentences: ConllSentence[], gold: TaggedSpan[][], pred: TaggedSpan[][]): string[] {
  const key = (x: TaggedSpan) => `${x.start}:${x.end}`;
  const out: string[] = [];
  sentences.forEach((s, i) => {
    const g = new Set(gold[i].map(key));
    const p = new Set(pred[i].map(key));
    const show = (x: TaggedSpan) => `«${s.tokens.slice(x.start, x.end).join(' ')}»  | ${s.tokens.slice(Math.max(0, x.start - 5), x.end + 3).join(' ')}`;
    for (const x of gold[i]) if (!p.has(key(x))) out.push(`  missed   ${x.label} ${show(x)}`);
    for (const x of pred[i]) if (!g.has(key(x))) out.push(`  spurious ${x.label} ${show(x)}`);
  });
  return out;
}

/** Entity-level scores of the engine on gold sentences (micro over PERS/LOC/ORG, and over all four). */
export function entityReport(sentences: ConllSentence[], analyzer: Analyzer, pred = predict(sentences, analyzer, 'entities').map(bioSpans)): Report {
  const gold = sentences.map((s) => bioSpans(s.tags.map(toAnercorpTag)));
  return scoreSpans(gold, pred, { 'micro-PERS/LOC/ORG': ['PERS', 'LOC', 'ORG'], 'micro-all': ['PERS', 'LOC', 'ORG', 'MISC'] });
}

/** The gold mentions of a CoNLL text (ANERcorp labels), tokens as the scoring reads them (`joinClitics` as evalConll). */
export function goldNames(conllText: string, joinClitics = false): GoldName[] {
  const sentences = joinClitics ? joinSplitClitics(parseConll(conllText)) : parseConll(conllText);
  return sentences.flatMap((s) => bioSpans(s.tags.map(toAnercorpTag)).map((x) => ({ label: x.label, words: s.tokens.slice(x.start, x.end) })));
}

/** `eval --unlisted`: an analyzer whose lists never held the text's gold persons and organisations (unlistedNames.ts). */
export function unlistedAnalyzer(conllText: string, model: NerModel, joinClitics = false, depth: UnlistedDepth = 'family'): Analyzer {
  return new Analyzer(unlistedModel(model, goldNames(conllText, joinClitics), depth));
}

/**
 * `eval --unseen`: `--unlisted`'s analyzer whose tagger also reads the gold persons' and bodies' words as words no text
 * ever held (unseenWords.ts): names neither the lists nor the training text met. Pass `mask` to evalConll.
 */
export function unseenAnalyzer(conllText: string, model: NerModel, joinClitics = false, depth: UnlistedDepth = 'all'): { analyzer: Analyzer; mask: UnseenMask } {
  const unlisted = unlistedModel(model, goldNames(conllText, joinClitics), depth);
  // At family depth (and full) a person's given names stay words the text holds, as they stay listed.
  const common = (w: string) => GIVEN_LIST.test(model.gazetteer.phrases.get(w) ?? '');
  // A body's head noun or a title stays a word every text holds, as the tagger's mask leaves it (unseenWords.ts `masked`).
  // So does a place or nationality word the lists hold (كهرباء [لبنان]، سوق [دبي]): places stay listed under --unlisted.
  // And a definite word: in a body's name it is mostly a word of the language (دبي [العالمية]، مصفاة [البترول]), where
  // the name's own new word comes bare (جمعية [جيشا]، [طالبان]).
  const head = (w: string) => wordInfo({ norm: w, isWord: true, isNumber: false }, model.lexicon, false).cue !== '' ||
    bareForms(w).some((b) => b.startsWith('ال') || PLACE_OR_PEOPLE_LIST.test(model.gazetteer.phrases.get(b) ?? ''));
  const mask: UnseenMask = { ranges: [], familyOnly: depth !== 'all', common, head };
  const masked = { ...unlisted, lexicon: unseenLexicon(model.lexicon, mask) };
  setUnseenMask(masked, mask);
  // Analysed once per article: each article is tagged under its own mask, so nothing tagged under one (a paragraph, a long
  // paragraph's sentence) may be read back under another.
  return { analyzer: new Analyzer(masked, true), mask };
}
