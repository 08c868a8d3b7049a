// Worker thread that tags a large document's paragraphs from the back while the server's main thread tags from the
// front (parallelTagging.ts): the shipped model's feature table and weights taken from the main thread (shared memory),
// each claimed block's tagging sent back as it is done.
import { tuneJit } from './jitFlags';
import * as fs from 'fs';
import { parentPort } from 'worker_threads';
import { Analyzer } from './engine/analysis';
import { defaultModelPath, loadShippedModel, modelRestFromBytes, modelWithTables, NerModel, SharedTables } from './engine/model';
import { Blocks, Claims, toWire } from './tagShare';
import type { Tagged } from './engine/spanIndex';
// The same compilation flags as the main thread (flags are process-wide; this is a no-op once the server set them).
tuneJit();

type Job = { type: 'job'; job: number; text: string; blocks: Blocks; claims: SharedArrayBuffer; paragraphs: number };
/** `tables`: the main thread's copy of the shipped model's arrays (none: this thread loads the whole model itself). Sent once, first. */
export type ToTagWorker = Job | { type: 'tables'; tables?: SharedTables };

const port = parentPort!;
// Read while the main thread loads its own model: the file without its feature names and weights (a fifth of the work),
// which the main thread's arrays stand in for.
const rest = modelRestFromBytes(fs.readFileSync(defaultModelPath()));
let model: NerModel | undefined;
const waiting: Job[] = [];

function tag(m: Job, using: NerModel): void {
  // One analyzer per job: its paragraph cache is this job's only (the main thread caches the results it is sent).
  const analyzer = new Analyzer(using);
  const claims = new Claims(m.claims);
  const { bases, lengths, starts } = m.blocks;
  for (let b; (b = claims.back()) >= 0;) {
    const tagged: Tagged[] = [];
    for (let i = starts[b]; i < starts[b + 1]; i++) tagged.push(analyzer.tagAt(m.text.slice(bases[i], bases[i] + lengths[i]), bases[i], m.paragraphs, m.text.length));
    const wire = toWire(b, tagged);
    port.postMessage({ type: 'block', job: m.job, wire }, [wire.ids.buffer as ArrayBuffer]);
  }
  port.postMessage({ type: 'done', job: m.job });
}

port.on('message', (m: ToTagWorker) => {
  if (m.type === 'tables') {
    if (model) return;
    const shared = !!(rest && m.tables);
    model = rest && m.tables ? modelWithTables(rest, m.tables) : loadShippedModel().model;
    port.postMessage({ type: 'ready', shared });
    for (const j of waiting.splice(0)) tag(j, model);
    return;
  }
  if (m.type !== 'job') return;
  if (model) tag(m, model);
  else waiting.push(m);
});
