// Through the real server as VS Code drives it: after each random edit, the status (sent from the kept spans, before the
// full analysis), the diagnostics and the render model of the edited article equal those of the same text opened afresh.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, PublishDiagnosticsNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { Session, startSession } from '../../server/src/cli/lspSession';
import { mulberry32 } from '../../server/src/training/perceptron';

const root = join(__dirname, '..', '..');
const dir = join(root, 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 5)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));

let s: Session;
let folder: string;
type Status = Record<string, unknown> & { uri: string; version: number; analysing?: boolean };
const seen = new Map<string, { status?: Status; diagnostics?: PublishDiagnosticsParams }>();
const waiters: Array<() => void> = [];
const key = (uri: string, version: number) => `${uri}#${version}`;
const note = (uri: string, version: number | undefined, f: (x: { status?: Status; diagnostics?: PublishDiagnosticsParams }) => void) => {
  const k = key(uri, version ?? -1);
  const x = seen.get(k) ?? {};
  f(x);
  seen.set(k, x);
  for (const w of waiters.splice(0)) w();
};

/** Resolves once both the status and the diagnostics of this version arrived (events, no sleeps). */
function published(uri: string, version: number): Promise<{ status: Status; diagnostics: PublishDiagnosticsParams }> {
  return new Promise((resolve) => {
    const check = () => {
      const x = seen.get(key(uri, version));
      if (x?.status && x.diagnostics) resolve({ status: x.status, diagnostics: x.diagnostics });
      else waiters.push(check);
    };
    check();
  });
}

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ana-edit-views-'));
  s = await startSession(root, folder, { storagePath: folder });
  s.conn.onNotification('arabicNews/status', (st: Status) => { if (!st.analysing) note(st.uri, st.version, (x) => { x.status = st; }); });
  s.conn.onNotification(PublishDiagnosticsNotification.type, (p) => note(p.uri, p.version, (x) => { x.diagnostics = p; }));
});

after(async () => {
  await s.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** A version's status, diagnostics and render model with the document's name and version left out. */
async function shown(uri: string, version: number): Promise<unknown> {
  const { status, diagnostics } = await published(uri, version);
  const model = await s.conn.sendRequest<Record<string, unknown> | null>('arabicNews/renderModel', { uri });
  const strip = (x: Record<string, unknown> | null) => { if (!x) return x; const rest = { ...x }; delete rest.uri; delete rest.version; return rest; };
  return { status: strip(status), diagnostics: diagnostics.diagnostics, model: strip(model) };
}

async function run(eol: '\n' | '\r\n', seed: number, edits: number): Promise<void> {
  const r = mulberry32(seed);
  const uri = `untitled:edited-${seed}.ar.txt`;
  let doc = TextDocument.create(uri, 'arabic-news', 1, ('Date: 2025-03-04\n' + articles.join('\n')).replace(/\r?\n/g, eol));
  void s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'arabic-news', version: 1, text: doc.getText() } });
  await published(uri, 1);
  const snippets = ['ب', ' ', eol, '«', '»', '“', '”', ':', `وقال الوزير سامي الحداد: «لن نتراجع»، مضيفا أن الحداد سيزور بغداد.${eol}`, ' الحداد ', ' يوم الخميس'];
  for (let k = 1; k <= edits; k++) {
    const text = doc.getText();
    const at = Math.floor(r() * text.length);
    const cut = r() < 0.3 ? 1 + Math.floor(r() * 40) : 0;
    const insert = cut && r() < 0.5 ? '' : snippets[Math.floor(r() * snippets.length)];
    const change = { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + cut)) }, text: insert };
    doc = TextDocument.update(doc, [change], k + 1);
    void s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: k + 1 }, contentChanges: [change] });
    const edited = await shown(uri, k + 1);
    const freshUri = `untitled:fresh-${seed}-${k}.ar.txt`;
    void s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: freshUri, languageId: 'arabic-news', version: 1, text: doc.getText() } });
    const fresh = await shown(freshUri, 1);
    void s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: freshUri } });
    assert.deepEqual(edited, fresh, `edit ${k} (${JSON.stringify(insert)} at ${at}, ${cut} cut, ${eol === '\n' ? 'LF' : 'CRLF'})`);
  }
}

test('LF: after each of 15 random edits the status, diagnostics and render model equal a fresh document\'s', () => run('\n', 31, 15));
test('CRLF: after each of 15 random edits the status, diagnostics and render model equal a fresh document\'s', () => run('\r\n', 32, 15));
