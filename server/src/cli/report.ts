// `arabic-news-annotate report DIR --html OUT.html`: what a corpus contains, as a page and as JSON figures.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { CorpusTally } from '../engine/corpusFigures';
import { Decision } from '../engine/decisions';
import { loadDefaultModel } from '../engine/model';
import { parseSidecar } from '../engine/sidecarSchema';
import { listArticles, noArticlesMessage } from '../io/articleFiles';
import { SIDECAR_SUFFIX } from '../io/annotatorFile';
import { readArticle, writeFileAtomic } from '../io/readArticle';
import { Progress } from './progress';
import { reportHtml } from './reportHtml';

function decisionsOf(article: string): Decision[] {
  const file = article + SIDECAR_SUFFIX;
  if (!fs.existsSync(file)) return [];
  try {
    return parseSidecar(fs.readFileSync(file, 'utf8')).decisions;
  } catch (e) {
    // Named, or the message ("not valid JSON") blamed the article, whose text was fine.
    throw new Error(`its sidecar ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Writes OUT.html and OUT.json (same figures); returns the exit code (1 when an article could not be read). */
export function report(inputs: string[], html: string): number {
  const articles = listArticles(inputs, path.dirname(path.resolve(html)));
  // A report of 0 articles looked like a finished one: a mistyped folder is said, and nothing is written.
  if (!articles.length) { process.stderr.write(`error: ${noArticlesMessage(inputs)}\n`); return 1; }
  const tally = new CorpusTally();
  const model = loadDefaultModel();
  const progress = new Progress();
  let failed = 0;
  for (const { file } of articles) {
    try {
      const { text } = readArticle(file);
      tally.add(file, new Analyzer(model).analyze(text), decisionsOf(file));
      progress.tick(Buffer.byteLength(text));
    } catch (e) {
      failed++;
      process.stderr.write(`error: ${file}: ${(e as Error).message.split('\n')[0]}\n`);
    }
  }
  progress.done();
  const figures = tally.figures();
  const json = html.replace(/\.html?$/i, '') + '.json';
  try {
    fs.mkdirSync(path.dirname(path.resolve(html)), { recursive: true });
    writeFileAtomic(html, reportHtml(figures, `Corpus report: ${inputs.join(', ')}`));
    writeFileAtomic(json, JSON.stringify(figures, null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`error: cannot write the report: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  process.stderr.write(`${figures.articles} articles: ${html}, ${json}\n`);
  return failed ? 1 : 0;
}
