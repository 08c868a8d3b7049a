// Opening a large document: the visible range is answered from those lines alone while the whole document is tagged;
// then each provisional answer is checked against the whole document's tokens and the editor is asked to refresh
// (workspace/semanticTokens/refresh) when one differs, so what it finally draws equals a fresh analysis.
import { SemanticTokens } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './analysisStore';
import { Analyzer } from './engine/analysis';
import { Decision } from './engine/decisions';
import { provisionalRange } from './features/provisionalTokens';
import { rangeAnswer, TokenRange } from './features/tokenRange';
import { TokenFirst } from './tokenFirst';

/** Below this many characters the whole document is tagged before answering (about 0.1 s). */
const MIN_CHARS = 100_000;
/** Rounds of waiting for the whole document's tokens while versions keep coming (each round keeps what it tagged). */
const MAX_ROUNDS = 50;

interface Given { version: number; range: TokenRange; data: readonly number[] }

export interface OpenTokensDeps {
  store: AnalysisStore;
  analyzer: () => Analyzer;
  document: (uri: string) => TextDocument | undefined;
  decisions: (uri: string) => readonly Decision[];
  tokenFirst: TokenFirst;
  /** Whether the editor takes workspace/semanticTokens/refresh: without it no provisional answer is given. */
  canRefresh: () => boolean;
  refresh: () => void;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class OpenTokens {
  /** Provisional answers given for each document whose whole tokens are not computed yet. */
  private readonly given = new Map<string, Given[]>();
  /** How many refreshes were asked for (the benchmark prints it). */
  refreshes = 0;

  constructor(private readonly deps: OpenTokensDeps) {}

  /** A provisional answer for the range, or undefined when the whole document's tokens are to be used. */
  range(uri: string, range: TokenRange): SemanticTokens | undefined {
    const { store, document, decisions, analyzer, canRefresh } = this.deps;
    const doc = document(uri);
    // Once the document's tokens exist, an edit re-tags only around it: the exact answer is as quick.
    if (!doc || !canRefresh() || store.hasTokens(uri)) return undefined;
    const text = doc.getText();
    if (text.length < MIN_CHARS || !store.eligibility(doc).ok) return undefined;
    // Over more characters than a screen or two: answered from the whole document.
    const answer = provisionalRange(text, range, decisions(uri), (part) => analyzer().spansAlone(part));
    if (!answer) return undefined;
    const entry = { version: doc.version, range, data: answer.data };
    const list = this.given.get(uri);
    if (list) list.push(entry);
    else { this.given.set(uri, [entry]); void this.check(uri); }
    return answer;
  }

  /** Computes the whole document's tokens (an editor may ask only for the range), then compares the provisional answers. */
  private async check(uri: string): Promise<void> {
    const { store, document, tokenFirst } = this.deps;
    // The provisional answer is written on a later turn of the event loop (an immediate): a timer comes after it. Else
    // a paragraph tagged in one piece (an article pasted as one line, 1 MB) held the answer back for seconds.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const doc = document(uri);
      if (!doc) break;
      const blocks = await tokenFirst.run(() => store.tokensAsync(doc, () => document(uri)));
      const now = document(uri);
      if (!now) break;
      if (now.version !== doc.version) continue;
      const given = this.given.get(uri) ?? [];
      this.given.delete(uri);
      // Not analysed after all (settings changed meanwhile): the tokens the editor holds are wrong too.
      if (!blocks || given.some((g) => g.version !== doc.version || !same(rangeAnswer(blocks, g.range).data, g.data))) this.ask();
      return;
    }
    if (this.given.delete(uri) && document(uri)) this.ask();
  }

  private ask(): void {
    this.refreshes++;
    this.deps.refresh();
  }

  forget(uri: string): void {
    this.given.delete(uri);
  }
}
