// `npm run bench`: prints model load time, tagging throughput and memory; targets live here, not in tests.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { tagParagraph } from '../engine/entities';
import { tokenize } from '../engine/tokenize';
import { parseConll } from '../engine/conll';
import { defaultModelPath, modelFromFile, readModelFile } from '../engine/model';

// Real newswire vocabulary when the shared data is beside the repo (a tool may read it; tests may not), else the sample.
const corpus = process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'data', 'ner', 'newsfane.conll');
const seedDir = path.join(__dirname, '..', 'seeds');
const sample = fs.existsSync(corpus)
  ? parseConll(fs.readFileSync(corpus, 'utf8')).map((s) => s.tokens.join(' ')).join('\n')
  : fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8')).join('\n');
const t0 = process.hrtime.bigint();
const model = modelFromFile(readModelFile(defaultModelPath()));
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
global.gc?.();
const rssLoaded = process.memoryUsage().rss;
// Vary each copy so the paragraph cache cannot short-circuit the measurement.
const paragraphs = sample.split('\n');
let text = '';
for (let i = 0; Buffer.byteLength(text) < 2_000_000; i++) text += paragraphs[i % paragraphs.length] + ` ${i}\n`;
const bytes = Buffer.byteLength(text);
const tt = process.hrtime.bigint();
let tagged = 0;
for (const p of text.split('\n')) tagged += tagParagraph(tokenize(p), model).mentions.length;
const tagSecs = Number(process.hrtime.bigint() - tt) / 1e9;
const analyzer = new Analyzer(model);
const t1 = process.hrtime.bigint();
const a = analyzer.analyze(text);
const secs = Number(process.hrtime.bigint() - t1) / 1e9;
const t2 = process.hrtime.bigint();
analyzer.analyze(text.replace(/\n[^\n]*\n/, '\nتعديل صغير\n'));
const editMs = Number(process.hrtime.bigint() - t2) / 1e6;
global.gc?.();
const mem = process.memoryUsage();
console.log(`model load:          ${loadMs.toFixed(0)} ms (target ≤ 300 ms), ${model.featureCount} features`);
console.log(`full analysis:       ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s (target ≥ 2 MB/s), ${a.annotations.length} annotations`);
console.log(`source text:         ${fs.existsSync(corpus) ? corpus : 'seeds/ (repeated)'}`);
console.log(`tagging only:        ${(bytes / 1e6 / tagSecs).toFixed(2)} MB/s (tokenise + entity tagger from a cold start, ${tagged} mentions)`);
console.log(`re-analysis, 1 edit: ${editMs.toFixed(0)} ms (paragraph cache)`);
console.log(`resident memory:     ${(rssLoaded / 1e6).toFixed(0)} MB with the model loaded (target ≤ 150 MB), ${(mem.rss / 1e6).toFixed(0)} MB after analysing ${(bytes / 1e6).toFixed(1)} MB`);
