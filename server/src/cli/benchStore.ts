// `npm run bench` (BENCH_ONLY=store): what another writer's change to an open article's sidecar costs while undo and redo hold many states.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Decision, makeDecision } from '../engine/decisions';
import { rebaseSnapshots } from '../engine/mergeDecisions';
import { SidecarStore } from '../sidecarStore';
import { benchText } from './benchText';

const quiet = { error() {}, unsaveable() {}, orphaned() {}, changed() {}, writeFailed() {}, saved() {}, merged() {}, deleted() {}, rescued() {}, stray() {} };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/** `n` decisions on distinct words of `text`, spread over it. */
function spans(text: string, n: number): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\p{L}{3,}/gu)];
  const step = Math.max(1, Math.floor(words.length / n));
  return Array.from({ length: Math.min(n, words.length) }, (_, i) => words[i * step]).map((w) => ({ start: w.index!, end: w.index! + w[0].length }));
}

/**
 * A 40,000-character article with 300 decisions, made one command at a time (undo holds its last 100 states), then a
 * teammate's synced change arriving every "second": one new decision of theirs in the file each time. Per change: the
 * store's whole re-read (read, parse, merge, undo and redo carried over), and the carrying over of 200 states alone.
 */
export function benchStore(root: string): string[] {
  const text = benchText(root, 40_000, 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ana-bench-store-'));
  const file = path.join(dir, 'news.txt');
  fs.writeFileSync(file, text);
  const [uri, sidecar] = [pathToFileURL(file).toString(), pathToFileURL(`${file}.annotations.json`).toString()];
  const all = spans(text, 360);
  const mine = all.slice(0, 300);
  const store = new SidecarStore(quiet);
  store.open(uri, text);
  for (const s of mine) store.update(uri, (ds) => [...ds, makeDecision(text, { ...s, kind: 'entity', label: 'PERSON' }, 'accepted', store.nextId(uri))]);
  for (let k = 0; k < 50; k++) store.undo(uri); // 50 states to undo, 50 to redo
  store.flush(uri);
  const raw = () => JSON.parse(fs.readFileSync(`${file}.annotations.json`, 'utf8')) as { decisions: Decision[] };
  const theirs = all.slice(300);
  const perChange: number[] = [];
  for (const [k, s] of theirs.entries()) {
    const on = raw();
    on.decisions.push(makeDecision(text, { ...s, kind: 'entity', label: 'LOCATION' }, 'rejected', `athem${k}`));
    fs.writeFileSync(`${file}.annotations.json`, JSON.stringify(on));
    const t = process.hrtime.bigint();
    store.filesChanged([sidecar]);
    perChange.push(ms(t));
  }
  // The carrying over alone, at 200 states of 300 decisions: one decision of theirs new to each.
  const base = store.decisions(uri);
  const states = Array.from({ length: 200 }, (_, i) => base.slice(0, 300 - (i % 100)));
  const next = [...base, makeDecision(text, { ...all[all.length - 1], end: all[all.length - 1].end, kind: 'entity', label: 'ORGANIZATION' }, 'manual', 'athemlast')];
  const rebase = median([0, 1, 2, 3, 4, 5, 6].map(() => { const t = process.hrtime.bigint(); rebaseSnapshots(states, base, next, text); return ms(t); }));
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    `sidecar, outside change: ${median(perChange).toFixed(1)} ms per change (median of ${perChange.length}; 40,000-character article, 300 decisions, 100 undo/redo states; read, parse, merge, states carried over)`,
    `  undo states alone:     ${rebase.toFixed(1)} ms to carry 200 states of ~250 decisions over one change of theirs (median of 7)`,
  ];
}
