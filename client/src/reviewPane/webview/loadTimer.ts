// Where one load of the pane's page spends its time, seen from the page: stages the real-editor suite prints (never asserted on).
/// <reference lib="dom" />
import type { LoadMarks } from '../messages';

const now = () => performance.timeOrigin + performance.now();

/** When VS Code's webview host (the page's parent document) marked `name`; undefined if it did not or cannot be read. */
function hostMark(name: string): number | undefined {
  try {
    const host = window.frameElement?.ownerDocument?.defaultView?.performance;
    const mark = host?.getEntriesByName(name).at(-1);
    return host && mark ? host.timeOrigin + mark.startTime : undefined;
  } catch {
    return undefined;
  }
}

/** VS Code keeps a webview's frame hidden until the page's load event (or for 200 ms): nothing is seen before. */
function whenShown(marks: LoadMarks): Promise<void> {
  const frame = window.frameElement as HTMLElement | null;
  const visible = () => !frame || frame.style.visibility !== 'hidden';
  return new Promise((resolve) => {
    if (visible()) { marks.visible = now(); resolve(); return; }
    const watch = new MutationObserver(() => { if (visible()) { watch.disconnect(); marks.visible = now(); resolve(); } });
    watch.observe(frame!, { attributes: true, attributeFilter: ['style'] });
  });
}

export class LoadTimer {
  readonly marks: LoadMarks = { navigation: performance.timeOrigin, script: now(), drawnFromPage: 0, hostReady: hostMark('webview/index.html/content/workerReady') };
  /** Text is on screen once the frame is shown and the font is there (the font blocks text until it loads). */
  private readonly onScreen: Promise<unknown>;

  constructor(private readonly report: (marks: LoadMarks) => void) {
    const font = document.fonts.load('1em "Noto Naskh Arabic"').then(() => { this.marks.font = now(); }, () => undefined);
    this.onScreen = Promise.all([font, whenShown(this.marks)]);
  }

  modelArrived(): void {
    this.marks.model ??= now();
  }

  /** Marks `stage` once, after the first frame that shows it was painted (the task after the next animation frame); reports with the boxes. */
  drawn(stage: 'text' | 'boxes'): void {
    if (this.marks[stage] !== undefined) return;
    this.marks[stage] = 0;
    void this.onScreen.then(() => requestAnimationFrame(() => setTimeout(() => {
      this.marks[stage] = now();
      if (stage === 'boxes') this.report(this.marks);
    }, 0)));
  }
}
