// What VS Code shows after each edit (render model, status figures, diagnostics, hovers), computed by a store that keeps
// work between versions, equals what a store that never saw the document computes for the same text and decisions:
// random edits, LF and CRLF, quotation marks, names copied and cut, decisions accepted, rejected, manual and with speakers;
// and the same over the server's documents (text in pieces, several changes in one event), tokens included.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../../server/src/analysisStore';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { provideDiagnostics } from '../../../server/src/features/diagnostics';
import { provideHover } from '../../../server/src/features/hover';
import { EditMix, randomEdit } from '../engine/randomEdits';
import { renderModel } from '../../../server/src/features/renderModel';
import { spanFigures, statusFigures } from '../../../server/src/features/statusFigures';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { PieceDocument, textOf } from '../../../server/src/pieceDocument';
import { rangeTokens } from '../../../server/src/features/tokenBlocks';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
const URI = 'untitled:edits.ar.txt';
const quiet = { error: () => {}, unsaveable: () => {}, orphaned: () => {}, changed: () => {}, writeFailed: () => {}, saved: () => {}, merged: () => {}, deleted: () => {}, rescued: () => {}, stray: () => {} };
const rejected = (s: SidecarStore) => s.decisions(URI).filter((d) => d.status === 'rejected').length;

/** Everything the editor draws or reports for this version, in a comparable form. */
function view(doc: TextDocument, a: Analysis | undefined, sidecars: SidecarStore, probes: number[]): unknown {
  if (!a) return undefined;
  return {
    model: renderModel(doc, a, rejected(sidecars)),
    status: statusFigures(a, rejected(sidecars)),
    diagnostics: provideDiagnostics(doc, a),
    hovers: probes.map((p) => provideHover(doc, a, doc.positionAt(p))),
  };
}

/** A store over an analyzer that never saw the text: the reference every kept result must equal (the text as one string). */
const freshView = (doc: TextDocument, sidecars: SidecarStore, probes: number[]) => {
  const flat = TextDocument.create(URI, doc.languageId, doc.version, doc.getText());
  return view(flat, new AnalysisStore(() => new Analyzer(model), () => DEFAULT_SETTINGS, sidecars).get(flat), sidecars, probes);
};
const freshTokens = (doc: TextDocument, sidecars: SidecarStore) => {
  const flat = TextDocument.create(URI, doc.languageId, doc.version, doc.getText());
  return rangeTokens(new AnalysisStore(() => new Analyzer(model), () => DEFAULT_SETTINGS, sidecars).tokens(flat)!, 0, flat.lineCount);
};

const STORE_EDITS: EditMix = {
  nearStart: 0.3, nearEnd: 0.6, copy: 0.2, cut: 0.35, split: 0.45, join: 0.55, mark: 0.7, quote: 0.8, letter: 0.9,
  quoteLine: 'وقال الوزير سامي الحداد: «لن نتراجع عن القرار»، مضيفا أن الحداد سيزور بغداد يوم الخميس.',
};

/**
 * Random edits as an editor sends them (each change told to the sidecars and the store before the version exists),
 * with the annotator deciding now and then; `check` after each edit unless `every` says less often.
 */
/**
 * With `pieces`, the document is the server's (pieceDocument.ts) and a second change sometimes comes in the same
 * event as the first (one version for both); the tokens are compared too.
 */
function run(seed: number, eol: '\n' | '\r\n', edits: number, analyzer: Analyzer = new Analyzer(model), pieces = false): void {
  const r = mulberry32(seed);
  const sidecars = new SidecarStore(quiet);
  const store = new AnalysisStore(() => analyzer, () => DEFAULT_SETTINGS, sidecars);
  const text0 = ('Date: 2025-03-04\n' + articles.join('\n')).replace(/\r?\n/g, eol);
  // (pieces of 500 characters: edits and reads cross them, as in a large article)
  let doc: TextDocument = pieces ? PieceDocument.create(URI, 'arabic-news', 1, text0, 500) : TextDocument.create(URI, 'arabic-news', 1, text0);
  sidecars.open(URI, doc.getText());
  /** `batch`: one more change of the last event (the same version), as an editor sends a multi-cursor edit. */
  // Lengths read without joining the pieces: the passes after an edit must work on them unjoined, as in the server.
  const length = () => textOf(doc).length;
  const change = (from: number, to: number, insert: string, batch = false) => {
    const before = length();
    const version = batch ? doc.version : doc.version + 1;
    sidecars.edit(URI, from, to, insert.length);
    // (as the server's hook: a later change of one event leads from the event's version to itself)
    store.edited(URI, from, to, insert.length, before, { before: doc.version, after: version });
    const edit = [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: insert }];
    if (doc instanceof PieceDocument) doc.update(edit, version);
    else doc = TextDocument.update(doc, edit, version);
    sidecars.refresh(URI, doc instanceof PieceDocument ? doc.content() : doc.getText());
  };
  const decide = (a: Analysis) => {
    const autos = a.annotations.filter((x) => x.status === 'suggested');
    const x = autos[Math.floor(r() * autos.length)];
    if (!x) return;
    const text = doc.getText();
    const roll = r();
    if (x.kind === 'quotation' && roll < 0.5) {
      // A speaker chosen by the annotator (as setSpeaker stores it): drawn and hinted from the decision, not the search.
      const who = a.annotations.find((m) => m.kind === 'entity' && m.label === 'PERSON');
      sidecars.update(URI, (ds) => [...ds, { ...sidecars.make(URI, text, x, 'accepted'), speaker: who ? { text: who.text, start: who.start, end: who.end } : undefined }]);
    } else if (roll < 0.6) sidecars.update(URI, (ds) => [...ds, sidecars.make(URI, text, x, 'accepted')]);
    else if (roll < 0.8) sidecars.update(URI, (ds) => [...ds, sidecars.make(URI, text, x, 'rejected')]);
    else {
      const at = text.indexOf(' ', Math.floor(r() * text.length));
      const end = text.indexOf(' ', at + 2);
      if (at > 0 && end > at + 1 && end - at < 30 && !/[\r\n]/.test(text.slice(at + 1, end))) sidecars.update(URI, (ds) => [...ds, sidecars.make(URI, text, { start: at + 1, end, kind: 'entity', label: 'ORGANIZATION' }, 'manual')]);
    }
  };
  for (let k = 1; k <= edits; k++) {
    const text = doc.getText();
    const a = store.get(doc)!;
    if (r() < 0.3) decide(a);
    const done = randomEdit(r, text, eol, a.annotations.filter((x) => x.kind === 'entity'), change, STORE_EDITS);
    // Now and then two changes before anything is asked (typing faster than the debounce); sometimes tokens first (Neovim).
    if (r() < 0.2) { const p = Math.floor(r() * length()); change(p, p, 'و', pieces && r() < 0.5); }
    if (pieces && r() < 0.2) { const p = Math.floor(r() * length()); change(p, Math.min(length(), p + 3), eol === '\n' ? '\n' : '\r', true); }
    if (r() < 0.5) {
      const blocks = store.tokens(doc)!;
      if (pieces) assert.deepEqual(rangeTokens(blocks, 0, doc.lineCount), freshTokens(doc, sidecars), `tokens, edit ${k}`);
    }
    const probes = Array.from({ length: 4 }, () => Math.floor(r() * length()));
    const label = `edit ${k} (${done}, seed ${seed}, ${eol === '\n' ? 'LF' : 'CRLF'})`;
    // The server sends the status from the kept spans before the full analysis: the same figures.
    const early = spanFigures(store.spans(doc), sidecars.decisions(URI), doc.getText());
    const fresh = freshView(doc, sidecars, probes);
    assert.deepEqual(early, (fresh as { status: unknown }).status, `status from the kept spans, ${label}`);
    assert.deepEqual(view(doc, store.get(doc), sidecars, probes), fresh, label);
  }
  // The runs compare with decisions of every kind present, speakers chosen by the annotator among them.
  const kinds = new Set<string>(sidecars.decisions(URI).map((d) => (d.speaker ? 'speaker' : d.status)));
  assert.ok(['accepted', 'rejected', 'manual', 'speaker'].every((x) => kinds.has(x)), `decisions made: ${[...kinds].join(', ')}`);
}

test('LF: after each of 60 random edits (with decisions) the render model, status, diagnostics and hovers equal a fresh store\'s', () => run(21, '\n', 60));
test('CRLF: after each of 60 random edits (with decisions) the render model, status, diagnostics and hovers equal a fresh store\'s', () => run(22, '\r\n', 60));
test('the server\'s documents, LF: after each of 60 random edits (several changes in one event now and then) the tokens, render model, status, diagnostics and hovers equal a fresh store\'s on the text as one string', () => run(24, '\n', 60, undefined, true));
test('the server\'s documents, CRLF (a bare CR typed into a CRLF now and then): the same after each of 60 random edits', () => run(25, '\r\n', 60, undefined, true));

/** An analyzer that, once it has analysed a document, gives each quotation the speaker the same quotation had last time. */
class StaleSpeakers extends Analyzer {
  private last: Analysis | undefined;
  analyze(text: string, opts = {}): Analysis {
    const a = super.analyze(text, opts);
    const prev = this.last;
    this.last = a;
    if (!prev) return a;
    const quotations = a.quotations.map((q, i) => ({ ...q, speaker: prev.quotations[i]?.speaker }));
    const annotations = a.annotations.map((x) => {
      if (x.kind !== 'quotation') return x;
      const rest = { ...x.attributes };
      delete rest.speaker;
      const speaker = quotations[a.quotations.findIndex((q) => q.start === x.start)]?.speaker;
      return { ...x, attributes: speaker ? { ...rest, speaker } : rest };
    });
    return { ...a, quotations, annotations };
  }
}

test('the comparison catches an incremental store that keeps speakers from the previous version', () => {
  assert.throws(() => run(23, '\n', 60, new StaleSpeakers(model)), /edit \d+/);
});
