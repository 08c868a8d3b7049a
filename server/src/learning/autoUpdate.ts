// When to update the model by itself: after N new entity decisions, once the annotator pauses, never two runs at once.
import { Decision } from '../engine/decisions';

export type LearningMode = 'off' | 'manual' | 'auto';
export interface LearningSettings { mode: LearningMode; decisionsPerUpdate: number }
export const DEFAULT_LEARNING: LearningSettings = { mode: 'auto', decisionsPerUpdate: 50 };

export function parseLearning(raw: unknown): LearningSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const mode = r.mode === 'off' || r.mode === 'manual' || r.mode === 'auto' ? r.mode : DEFAULT_LEARNING.mode;
  const n = typeof r.decisionsPerUpdate === 'number' && r.decisionsPerUpdate >= 1 ? Math.floor(r.decisionsPerUpdate) : DEFAULT_LEARNING.decisionsPerUpdate;
  return { mode, decisionsPerUpdate: n };
}

/** Entity decisions as comparable keys: a new key is a new decision (accept, reject, relabel, manual span, moved span). */
export function decisionKeys(decisions: Decision[]): Set<string> {
  return new Set(decisions.filter((d) => d.kind === 'entity' && d.status !== 'orphaned').map((d) => `${d.id}|${d.status}|${d.label}|${d.start}|${d.end}`));
}

export function newDecisions(before: Set<string>, after: Set<string>): number {
  let n = 0;
  for (const k of after) if (!before.has(k)) n++;
  return n;
}

/** A pause in deciding this long (ms) starts the update: the annotator is not competing with it for the CPU mid-burst. */
export const AUTO_DELAY_MS = 4000;

export interface Timers { set(f: () => void, ms: number): unknown; clear(t: unknown): void }
const realTimers: Timers = { set: (f, ms) => { const t = setTimeout(f, ms); t.unref?.(); return t; }, clear: (t) => clearTimeout(t as NodeJS.Timeout) };

export class AutoUpdate {
  /** Entity decisions since the last update started. */
  pending = 0;
  private timer: unknown;

  constructor(
    private readonly settings: () => LearningSettings,
    private readonly busy: () => boolean,
    private readonly start: () => void,
    private readonly delayMs = AUTO_DELAY_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** `n` new entity decisions were made. */
  note(n: number): void {
    if (n <= 0) return;
    this.pending += n;
    this.arm();
  }

  /** Settings changed or a run ended: start or stop waiting accordingly. */
  arm(): void {
    this.timers.clear(this.timer);
    this.timer = undefined;
    const s = this.settings();
    if (s.mode !== 'auto' || this.pending < s.decisionsPerUpdate) return;
    this.timer = this.timers.set(() => this.fire(), this.delayMs);
  }

  /** Any update (manual too) starts from everything decided so far. */
  started(): void { this.pending = 0; this.timers.clear(this.timer); this.timer = undefined; }

  private fire(): void {
    this.timer = undefined;
    // A run in progress: try again once it is over (the caller re-arms when it ends).
    if (this.busy()) return;
    this.start();
  }
}
