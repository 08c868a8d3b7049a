// The model the server tags with: the shipped one, or the workspace's adapted one; loaded after initialize, updated in a worker thread, reset on request.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { Analyzer } from '../engine/analysis';
import { Lexicon } from '../engine/clitics';
import { NUM_TAGS } from '../engine/tagger';
import { loadShippedModel, NerModel } from '../engine/model';
import { collector } from '../idleCollect';
import { adaptedWeights, sha256 } from '../engine/modelDelta';
import { loadAdaptedModel, ModelManifest, removeAdaptedModel, workspaceModelPath, writeAdaptedModel } from '../io/workspaceModel';
import { ArticleState } from '../training/workspaceGold';
import { defaultReplayPath } from '../training/replayFile';
import { AdaptJob, AppliedWeights, FromAdaptWorker } from './adaptMessages';

/** What the status bar shows: which model is active, and an update under way. */
export interface ModelStatus {
  active: 'shipped' | 'adapted';
  manifest?: ModelManifest;
  /** Where the adapted model lives (or would be written); undefined without a local workspace folder. */
  file?: string;
  updating: boolean;
  /** The workspace model could not be used (corrupt, from another base): the shipped one is active. */
  problem?: string;
  /** The workspace model exists but Reset Model set it aside for this session. */
  ignored?: boolean;
}

export interface UpdateResult { ok: boolean; message: string; cancelled?: boolean }

export interface ModelHooks {
  /** The active model changed: open documents must be analysed again. */
  swapped(): void;
  warn(message: string): void;
}

export class ModelManager {
  private base?: { model: NerModel; sha: string; path: string };
  private active?: { analyzer: Analyzer; manifest?: ModelManifest };
  private folder?: string;
  private problem?: string;
  private ignored = false;
  private adaptedActive = false;
  private job?: { worker: Worker; cancelled: boolean };

  constructor(private readonly hooks: ModelHooks) {}

  /** The first local workspace folder holds `.arabic-news/`; none: the shipped model only. */
  setFolder(folder: string | undefined): void { this.folder = folder; }

  get loaded(): boolean { return !!this.active; }
  get analyzer(): Analyzer { return this.ensure().analyzer; }
  /** The lexicon comes with the shipped model; an adaptation changes weights only. */
  get lexicon(): Lexicon { this.ensure(); return this.base!.model.lexicon; }
  get modelFile(): string | undefined { return this.folder ? workspaceModelPath(this.folder) : undefined; }

  /** Loads the shipped model and, when present and valid, the workspace's adapted one. Never throws for the latter: `problem` says why it is not used. */
  load(): void {
    if (!this.base) {
      // One read and one decompression of the file (the CLI and tests share the same loaded copy).
      // Its feature table and weights in shared memory: a tagging worker (parallelTagging.ts) uses them as they are.
      this.base = loadShippedModel(true);
      // The loader's buffers (the decompressed file, the decoded weights: 13 MB) live outside the JS heap,
      // which V8 does not collect until the heap itself fills: an idle server kept them. Returned now.
      collector()?.();
    }
    this.problem = undefined;
    const file = this.modelFile;
    let adapted: ReturnType<typeof loadAdaptedModel>;
    if (file && !this.ignored) {
      try { adapted = loadAdaptedModel(file, this.base.model, this.base.sha); } catch (e) { this.problem = (e as Error).message; }
    }
    this.active = adapted ? { analyzer: new Analyzer(adapted.model), manifest: adapted.manifest } : { analyzer: new Analyzer(this.base.model) };
    this.adaptedActive = !!adapted;
  }

  private ensure(): { analyzer: Analyzer; manifest?: ModelManifest } {
    if (!this.active) this.load();
    return this.active!;
  }

  status(): ModelStatus {
    return {
      active: this.adaptedActive ? 'adapted' : 'shipped', manifest: this.adaptedActive ? this.active?.manifest : undefined, file: this.modelFile,
      updating: !!this.job, problem: this.problem, ignored: this.ignored && !!this.modelFile && fs.existsSync(this.modelFile) ? true : undefined,
    };
  }

  get updating(): boolean { return !!this.job; }

  /**
   * Trains a new adapted model in a worker thread from every reviewed article under the workspace
   * folder (`open`: the editor's unsaved state of open articles), writes it atomically and swaps it in.
   */
  update(open: Map<string, ArticleState>, progress: (fraction: number, message: string) => void): Promise<UpdateResult> {
    const file = this.modelFile;
    if (!file || !this.folder) return Promise.resolve({ ok: false, message: 'Open a folder to adapt the model: it is stored in the folder\'s .arabic-news/.' });
    if (this.job) return Promise.resolve({ ok: false, message: 'A model update is already running.' });
    this.ensure();
    const base = this.base!;
    const job: AdaptJob = {
      folders: [this.folder], open: [...open], basePath: base.path, replayPath: defaultReplayPath(),
      activeModelPath: this.adaptedActive ? file : undefined,
    };
    // Its own bundle beside server.js (dist/); bounded heap: the model twice, the features of the sentences.
    const worker = new Worker(path.join(__dirname, 'adaptWorker.js'), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const run = { worker, cancelled: false };
    this.job = run;
    return new Promise<UpdateResult>((resolve) => {
      let settled = false;
      const finish = (r: UpdateResult) => { if (settled) return; settled = true; if (this.job === run) this.job = undefined; void worker.terminate(); resolve(r); };
      worker.on('message', (m: FromAdaptWorker) => {
        if (m.type === 'progress') progress(m.fraction, m.message);
        else if (m.type === 'warn') this.hooks.warn(m.message);
        else if (m.type === 'empty') finish({ ok: false, message: m.message });
        else if (m.type === 'error') finish({ ok: false, message: `Model update failed: ${m.message}` });
        else if (run.cancelled) finish({ ok: false, cancelled: true, message: 'Model update cancelled.' });
        else finish(this.install(file, Buffer.from(m.gz), m.manifest, m.seconds, m.weights));
      });
      worker.on('error', (e) => finish({ ok: false, message: `Model update failed: ${e.message}` }));
      worker.on('exit', () => finish(run.cancelled ? { ok: false, cancelled: true, message: 'Model update cancelled.' } : { ok: false, message: 'Model update stopped unexpectedly.' }));
    });
  }

  /** Stops a running update; nothing is written. */
  cancel(): boolean {
    if (!this.job) return false;
    this.job.cancelled = true;
    void this.job.worker.terminate();
    return true;
  }

  /** Writes the files, then swaps in the weights the worker applied (no decoding here: the editor stays responsive). */
  private install(file: string, gz: Buffer, manifest: Omit<ModelManifest, 'model'>, seconds: number, applied: AppliedWeights): UpdateResult {
    const base = this.base!;
    try {
      const written = writeAdaptedModel(file, gz, manifest);
      const weights = adaptedWeights(base.model.weights, applied.table, applied.transition, applied.added);
      this.active = { analyzer: new Analyzer({ ...base.model, weights, featureCount: weights.table.length / NUM_TAGS }), manifest: written };
      this.adaptedActive = true;
      this.ignored = false;
      this.problem = undefined;
    } catch (e) {
      return { ok: false, message: `The adapted model could not be saved: ${(e as Error).message}` };
    }
    this.hooks.swapped();
    const check = manifest.check ? ` Check on ${manifest.check.sentences} held-out news sentences: F1 ${manifest.check.before.toFixed(3)} → ${manifest.check.after.toFixed(3)}.` : '';
    return { ok: true, message: `Model updated from ${manifest.sentences} reviewed sentences (${manifest.articles} article${manifest.articles === 1 ? '' : 's'}) in ${seconds.toFixed(1)} s.${check}` };
  }

  /**
   * The model file changed outside this server (a teammate's model from git, the CLI): load it again.
   * False when nothing changed (our own write, or an update is running and will replace it anyway).
   */
  reloadIfChanged(): boolean {
    const file = this.modelFile;
    if (!file || this.job || !this.base) return false;
    const onDisk = fs.existsSync(file) ? sha256(fs.readFileSync(file)) : undefined;
    const inUse = this.adaptedActive ? this.active?.manifest?.model.sha256 ?? 'unknown' : undefined;
    if (onDisk === inUse && !(onDisk && this.problem)) return false;
    const was = this.adaptedActive;
    this.ignored = false;
    this.load();
    if (was || this.adaptedActive) this.hooks.swapped();
    return true;
  }

  /** Back to the shipped model: `remove` deletes the workspace files, otherwise they are set aside for this session. */
  reset(remove: boolean): UpdateResult {
    this.cancel();
    const file = this.modelFile;
    const exists = !!file && fs.existsSync(file);
    let removed = false;
    if (file && remove) {
      try { removed = removeAdaptedModel(file); } catch (e) { return { ok: false, message: `Could not delete ${file}: ${(e as Error).message}` }; }
    }
    this.ignored = !remove && exists;
    const was = this.adaptedActive;
    this.ensure();
    this.active = { analyzer: new Analyzer(this.base!.model) };
    this.adaptedActive = false;
    this.problem = undefined;
    if (was) this.hooks.swapped();
    return {
      ok: true,
      message: removed ? 'Workspace model deleted; the shipped model is active.' : !exists ? 'There is no workspace model; the shipped model is active.'
        : 'The shipped model is active for this session; the workspace model file is kept (it is used again after a restart or an update).',
    };
  }
}
