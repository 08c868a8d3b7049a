// The typed contract between the server and the adaptation worker thread.
import { ArticleState } from '../training/workspaceGold';
import { ModelManifest } from '../io/workspaceModel';

/** workerData of one run: what to read, and the documents open in the editor (their unsaved state wins). */
export interface AdaptJob {
  folders: string[];
  open: Array<[string, ArticleState]>;
  basePath: string;
  replayPath?: string;
  /** The workspace model in use: its suggestions are what the annotator saw and accepted by marking articles reviewed. */
  activeModelPath?: string;
}

/** The adapted weights, applied in the worker and transferred (not copied): the server only indexes the added rows. */
export interface AppliedWeights { table: Float64Array; transition: Float64Array; added: string[] }

export type FromAdaptWorker =
  | { type: 'progress'; fraction: number; message: string }
  | { type: 'warn'; message: string }
  | { type: 'done'; gz: Uint8Array; manifest: Omit<ModelManifest, 'model'>; seconds: number; weights: AppliedWeights }
  | { type: 'empty'; message: string }
  | { type: 'error'; message: string };
