// `npm run bench` (BENCH_ONLY=memory): the heap an open document keeps in-process, after the open and after edits, as the server's analyzer holds it.
import { WORD_CACHE_KEEP, WORD_CACHE_LIMIT } from '../analysisStore';
import { Analyzer } from '../engine/analysis';
import { NerModel, readShippedModel } from '../engine/model';
import { mulberry32 } from '../training/perceptron';
import { benchText } from './benchText';

const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`;

/** Heap used, array buffers and RSS once what is dead has been collected (node --expose-gc; else as found). */
function live(): { heap: number; buffers: number; rss: number } {
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers, rss: m.rss };
}

const show = (x: { heap: number; buffers: number; rss: number }) => `heap used ${mb(x.heap)}, array buffers ${mb(x.buffers)}, RSS ${mb(x.rss)}`;

/**
 * A fresh analyzer opens the text as the server does (spans for the tokens, then the full analysis for the status),
 * then `edits` one-letter edits each analysed the same way; only the last version's results are held, as the server's
 * store holds them. The word-score cache is bounded as the store bounds it. "before" holds what earlier runs on the model
 * left (its bounded word cache, the shared word forms): the increases are the document's.
 */
function measure(model: NerModel, text: string, edits: number): string {
  const analyzer = new Analyzer(model);
  const bound = () => { if (analyzer.wordCacheSize() > WORD_CACHE_LIMIT) analyzer.trimWordCache(WORD_CACHE_KEEP); };
  const document = 'file:///bench-memory.ar.txt';
  const before = live();
  let version = 1;
  let held: unknown[] = [analyzer.spanSnapshot(text, { document, version }), analyzer.analyze(text, { document, version, review: true })];
  bound();
  const opened = live();
  const r = mulberry32(7);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(r() * (text.length - 1));
    analyzer.noteEdit(document, at, at, 1, text.length, { before: version, after: version + 1 });
    text = text.slice(0, at) + 'ب' + text.slice(at);
    version++;
    held = [];
    held = [analyzer.spanSnapshot(text, { document, version }), analyzer.analyze(text, { document, version, review: true })];
    bound();
  }
  const edited = live();
  void held;
  return `model loaded: ${show(before)}; after the open: ${show(opened)} (heap +${mb(opened.heap - before.heap)}); after ${edits} edits: ${show(edited)} (heap +${mb(edited.heap - before.heap)})`;
}

/** The 1 M bench text as it is and on one line (BENCH_MEMORY_EDITS edits each, default 10). */
export function benchMemory(root: string): string[] {
  const edits = Number(process.env.BENCH_MEMORY_EDITS) || 10;
  const text = benchText(root, 1_000_000);
  // One model for both (a second model's word cache would sit beside the first's).
  const model = readShippedModel().model;
  return [
    `memory in-process:    an open 1 M document's analyzer (one process, node --expose-gc; the server adds its token blocks and V8's slack)`,
    `  1 M chars:          ${measure(model, text, edits)}`,
    `  1 M on one line:    ${measure(model, text.slice(0, -1).replace(/\n/g, ' ') + '\n', edits)}`,
  ];
}
