// Varied Arabic news text of any size for the server and CLI benchmarks: the test fixtures' articles
// (quotations, dates, names) interleaved with newswire sentences, so no two paragraphs repeat.
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../training/perceptron';
import { sentencePool } from './benchCorpus';

const BENCH_DATE_FILES = ['dev.txt', 'fresh-test.txt', 'fresh.txt', 'stress.txt', 'stress2.txt', 'test.txt'];

/** Articles of the quotation and date dev sets (both splits: the text is measured, not scored), markers removed. */
function fixtureArticles(root: string): string[][] {
  const out: string[][] = [];
  const quotes = path.join(root, 'test', 'fixtures', 'dev-quotes');
  for (const split of ['dev', 'test']) {
    const dir = path.join(quotes, split);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      out.push(fs.readFileSync(path.join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, '').split('\n').filter((l) => l.trim()));
    }
  }
  const dates = path.join(root, 'test', 'fixtures', 'dev-dates');
  // A fixed list, not the folder: a date set added later would change the text, and no bench figure could be compared with an earlier one.
  for (const f of BENCH_DATE_FILES.filter((x) => fs.existsSync(path.join(dates, x)))) {
    let cur: string[] | undefined;
    for (const line of fs.readFileSync(path.join(dates, f), 'utf8').split('\n')) {
      if (line.startsWith('=== ')) { cur = [`Date: ${line.split('|')[1]?.trim() ?? ''}`]; out.push(cur); continue; }
      if (cur && line.trim() && !line.startsWith('#')) cur.push(line.replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1'));
    }
  }
  return out;
}

/**
 * About `chars` UTF-16 code units of article text, deterministic for a seed: fixture articles in
 * shuffled order, each paragraph followed by a newswire sentence, and newswire-only paragraphs between.
 */
export function benchText(root: string, chars: number, seed = 1): string {
  const articles = fixtureArticles(root);
  const pool = sentencePool(root);
  const r = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const lines: string[] = [];
  let size = 0;
  const add = (l: string) => { lines.push(l); size += l.length + 1; };
  while (size < chars) {
    const a = articles.length ? pick(articles) : [];
    for (const p of a) add(`${p} ${pick(pool)}`);
    const extra = 1 + Math.floor(r() * 4);
    for (let k = 0; k < extra; k++) add([pick(pool), pick(pool), pick(pool)].join(' '));
  }
  return lines.join('\n').slice(0, chars) + '\n';
}
