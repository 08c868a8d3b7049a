// Opening a large article: the editor's visible range is answered before the whole document is tagged, and what the
// editor finally holds (after the refresh the server asks for when a provisional answer differs) equals a fresh analysis.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidOpenTextDocumentNotification, ErrorCodes, HoverRequest, ResponseError, SemanticTokensRangeRequest, SemanticTokensRequest, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { startSession } from '../../server/src/cli/lspSession';
import { absolute } from './documents';
import { Analyzer } from '../../server/src/engine/analysis';
import { applyDecisions } from '../../server/src/engine/decisions';
import { loadDefaultModel } from '../../server/src/engine/model';
import { provideSemanticTokens } from '../../server/src/features/semanticTokens';

const root = join(__dirname, '..', '..');
const article = readFileSync(join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8').split('\n').filter((l) => l.trim());

/** Over 100,000 characters of news lines, with a quotation typeset over lines 5–40 (each paragraph opening with «). */
function bigArticle(): string {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 120_000; i++) lines.push(`${article[i % article.length]} ${i}`);
  lines[5] = 'وقال المتحدث باسم الوزارة أحمد يوسف: «إن الاجتماع انتهى دون اتفاق';
  for (let i = 6; i < 40; i++) lines[i] = `«وإن الجولة رقم ${i} من المحادثات لم تسفر عن نتيجة`;
  lines[40] = '«وإن المفاوضات ستستأنف الأسبوع المقبل».';
  return lines.join('\n');
}


test('a large article: the visible range comes before the whole document is tagged, and after the refresh the editor holds a fresh analysis\'s tokens', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'arabic-news-open-'));
  const s = await startSession(root, folder, { storagePath: folder });
  try {
    const text = bigArticle();
    const uri = pathToFileURL(join(folder, 'big.ar.txt')).toString();
    const refreshed = s.nextRefresh();
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'arabic-news', version: 1, text } });
    const order: string[] = [];
    const screen = { start: { line: 0, character: 0 }, end: { line: 31, character: 0 } };
    // As VS Code asks at open: the whole document and the visible range at once.
    const full = s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }).then((r) => { order.push('full'); return r; });
    const range = s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: screen }).then((r) => { order.push('range'); return r; });
    const [first, whole] = await Promise.all([range, full]);
    assert.deepEqual(order, ['range', 'full'], 'the visible lines are answered first');
    assert.ok((first?.data.length ?? 0) > 0, 'the visible lines have tokens');

    const fresh = new Analyzer(loadDefaultModel()).analyze(text);
    const quote = fresh.annotations.find((a) => a.kind === 'quotation' && text.slice(0, a.start).split('\n').length === 6);
    assert.ok(quote && text.slice(0, quote.end).split('\n').length === 41, 'the fresh analysis has the quotation over lines 5–40');
    const expected = provideSemanticTokens(TextDocument.create(uri, 'arabic-news', 1, text), applyDecisions(fresh.annotations, [], text));
    assert.deepEqual(whole?.data, expected.data, 'the whole document\'s tokens equal a fresh analysis');

    // The quotation runs past the visible lines: their first answer could not show it, so the server asks for tokens again.
    const visible = absolute(expected.data).filter(([line]) => line <= 30);
    assert.notDeepEqual(absolute(first!.data), visible);
    await refreshed;
    const again = await s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: screen });
    // Only the asked lines are answered (the quotation's block runs to line 40, the range to line 30).
    assert.deepEqual(absolute(again?.data ?? []), visible);
  } finally {
    await s.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('an article pasted as one line: a screen of it is answered from a window of the line, at once; after shutdown a request is refused', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'arabic-news-open-'));
  const s = await startSession(root, folder, { storagePath: folder });
  try {
    let text = '';
    for (let i = 0; text.length < 300_000; i++) text += `${article[i % article.length]} ${i} `;
    const uri = pathToFileURL(join(folder, 'one-line.ar.txt')).toString();
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'arabic-news', version: 1, text } });
    const order: string[] = [];
    const screen = { start: { line: 0, character: 150_000 }, end: { line: 0, character: 153_000 } };
    const full = s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }).then((r) => { order.push('full'); return r; });
    const range = s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: screen }).then((r) => { order.push('range'); return r; });
    const [first, whole] = await Promise.all([range, full]);
    // Before, the line was more than a screen: the range waited for the whole document and answered its every token;
    // and a provisional answer was written only after the whole line (one paragraph, tagged in one piece) was tagged.
    assert.deepEqual(order, ['range', 'full'], 'the screen is answered first');
    // Provisional (tagged from its window of the line; the server asks for a refresh where the whole document differs).
    const provisional = absolute(first!.data);
    assert.ok(provisional.length > 0 && provisional.every(([l, c, n]) => l === 0 && c + n > 150_000 && c < 153_000), 'tokens of the screen only');
    const again = await s.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: screen });
    assert.deepEqual(absolute(again!.data), absolute(whole!.data).filter(([, c, n]) => c + n > 150_000 && c < 153_000));
    await s.conn.sendRequest(ShutdownRequest.type);
    const late = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 10 } }).then(() => undefined, (e: ResponseError) => e);
    assert.equal(late?.code, ErrorCodes.InvalidRequest, 'a request after shutdown is refused');
  } finally {
    await s.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
