// Worker thread that tags a large document's paragraphs from the back while the server's main thread tags from the
// front (parallelTagging.ts): the shipped model loaded once, each claimed block's tagging sent back as it is done.
import { tuneJit } from './jitFlags';
import { parentPort } from 'worker_threads';
import { Analyzer } from './engine/analysis';
import { loadShippedModel } from './engine/model';
import { Blocks, Claims, toWire } from './tagShare';
import type { Tagged } from './engine/spanIndex';
// The same compilation flags as the main thread (flags are process-wide; this is a no-op once the server set them).
tuneJit();

export type ToTagWorker = { type: 'job'; job: number; text: string; blocks: Blocks; claims: SharedArrayBuffer; paragraphs: number };

const port = parentPort!;
// Loaded at start, while the main thread loads its own copy or tags: the first job finds it ready.
const model = loadShippedModel().model;
port.postMessage({ type: 'ready' });

port.on('message', (m: ToTagWorker) => {
  if (m.type !== 'job') return;
  // One analyzer per job: its paragraph cache is this job's only (the main thread caches the results it is sent).
  const analyzer = new Analyzer(model);
  const claims = new Claims(m.claims);
  const { bases, lengths, starts } = m.blocks;
  for (let b; (b = claims.back()) >= 0;) {
    const tagged: Tagged[] = [];
    for (let i = starts[b]; i < starts[b + 1]; i++) tagged.push(analyzer.tagAt(m.text.slice(bases[i], bases[i] + lengths[i]), bases[i], m.paragraphs));
    const wire = toWire(b, tagged);
    port.postMessage({ type: 'block', job: m.job, wire }, [wire.ids.buffer as ArrayBuffer]);
  }
  port.postMessage({ type: 'done', job: m.job });
});
