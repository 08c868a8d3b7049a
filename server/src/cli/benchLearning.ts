// `npm run bench`, learning part: an in-editor model update on ~400 reviewed sentences, driven over stdio like an editor, with hovers during it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { paragraphs } from '../engine/analysis';
import { splitSentences, tokenize } from '../engine/tokenize';
import { article, sentencePool } from './benchCorpus';
import { rssOf, startSession } from './lspSession';

const TARGET_SENTENCES = 400;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const sentencesOf = (text: string) => paragraphs(text).reduce((n, p) => n + splitSentences(tokenize(p.text, p.base)).filter((s) => s.length).length, 0);

export async function benchLearning(root: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-learn-'));
  const pool = sentencePool(root);
  let sentences = 0;
  // Generated articles marked reviewed, as Mark Article Reviewed leaves them: every sentence counts.
  for (let i = 0; sentences < TARGET_SENTENCES; i++) {
    const text = article(10_000 + i, pool);
    fs.writeFileSync(path.join(dir, `a${i}.ar.txt`), text);
    fs.writeFileSync(path.join(dir, `a${i}.ar.txt.annotations.json`), JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: {}, reviewed: true, decisions: [] }));
    sentences += sentencesOf(text);
  }
  const s = await startSession(root, dir, {});
  const uri = pathToFileURL(path.join(dir, 'a0.ar.txt')).toString();
  const published = s.published(uri);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text: fs.readFileSync(path.join(dir, 'a0.ar.txt'), 'utf8') } });
  await published;
  const position = { line: 1, character: 10 };
  let done = false;
  const latencies: number[] = [];
  const rssBefore = rssOf(s.server.pid!)?.rss ?? 0;
  let peak = 0;
  const t0 = now();
  const update = s.conn.sendRequest('arabicNews/updateModel', {}).then((r) => { done = true; return r as { ok: boolean; message: string }; });
  while (!done) {
    const h0 = now();
    await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    latencies.push(now() - h0);
    peak = Math.max(peak, rssOf(s.server.pid!)?.rss ?? 0);
    await new Promise((r) => setTimeout(r, 50)); // the pace of a user moving the mouse, not a synchronisation
  }
  const r = await update;
  const wall = (now() - t0) / 1000;
  const rssAfter = rssOf(s.server.pid!)?.rss ?? 0;
  await s.stop();
  const modelFile = path.join(dir, '.arabic-news', 'model.json.gz');
  const bytes = fs.existsSync(modelFile) ? fs.statSync(modelFile).size : 0;
  console.log(`\nmodel update:         ${r.message} (${wall.toFixed(1)} s wall from the request; target ≤ 20 s for 400 sentences on one core)`);
  console.log(`adapted model file:   ${(bytes / 1e3).toFixed(0)} kB beside the shipped model (target ≤ 2 MB)`);
  const slowest = latencies.indexOf(Math.max(...latencies));
  console.log(`hover during update:  slowest at hover ${slowest + 1} of ${latencies.length}; p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} hovers (the swap and re-analysis at the end included)`);
  console.log(`server RSS:           ${(rssBefore / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB during the update (worker thread included), ${(rssAfter / 1e6).toFixed(0)} MB after`);
  console.log(`machine load:         ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  fs.rmSync(dir, { recursive: true, force: true });
}
