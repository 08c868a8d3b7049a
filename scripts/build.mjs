// One esbuild script for every bundle: client, server, CLI, training, benchmark; unit/protocol tests (--tests); the e2e suite (--e2e).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
const e2e = process.argv.includes('--e2e');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, external: ['vscode'], logLevel: 'warning',
  // Data lists bundled as strings (server/data/lists/*.txt imported by the engine), written as UTF-8: escaped, each
  // Arabic letter took six bytes instead of two in every bundle that holds the lists.
  loader: { '.txt': 'text' }, charset: 'utf8' };

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(dir, f));
}

if (e2e) {
  // The mocha suite that runs inside the extension host; mocha comes from test/e2e/node_modules.
  await esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'test/e2e/out/suite/index.js', external: ['vscode', 'mocha'], sourcemap: true, minify: false });
} else if (tests) {
  const entryPoints = [...listTests('test/unit'), ...listTests('test/protocol')];
  await esbuild.build({ ...common, entryPoints, outdir: 'dist-test', outbase: 'test', sourcemap: true, minify: false });
} else {
  await esbuild.build({
    ...common,
    entryPoints: {
      client: 'client/src/extension.ts',
      server: 'server/src/main.ts',
      // The workspace index runs in its own worker thread (server/src/index/workspaceIndex.ts starts it).
      indexWorker: 'server/src/index/indexWorker.ts',
      cli: 'server/src/cli/main.ts',
      train: 'server/src/training/train.ts',
      // `npm run classes`: the tagger's word classes from the corpora's text (server/data/lists/word-classes.txt).
      wordClasses: 'server/src/training/wordClassFile.ts',
      bench: 'server/src/cli/bench.ts',
      // Its own bundle: worker_threads loads it by file name beside cli.js.
      annotateWorker: 'server/src/cli/annotateWorker.ts',
      // Model updates (issue 16) train in their own worker thread, started by file name beside server.js.
      adaptWorker: 'server/src/learning/adaptWorker.ts',
      // A large document's first tagging is shared with this worker thread (server/src/parallelTagging.ts starts it by file name).
      tagWorker: 'server/src/tagWorker.ts',
    },
    outdir: 'dist',
  });
  // The review pane's webview: a browser bundle, its style sheet and the shipped Arabic font (OFL, @fontsource).
  // The webview's script stays ASCII: a browser decodes a script by its page's or server's charset, not by its bytes.
  await esbuild.build({ ...common, charset: 'ascii', platform: 'browser', target: 'chrome120', format: 'iife', external: [], sourcemap: false, entryPoints: ['client/src/reviewPane/webview/main.ts'], outfile: 'dist/media/reviewPane.js' });
  fs.copyFileSync('client/src/reviewPane/webview/reviewPane.css', 'dist/media/reviewPane.css');
  const font = 'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
  fs.copyFileSync(font, 'dist/media/noto-naskh-arabic-arabic-400-normal.woff2');
  fs.copyFileSync('node_modules/@fontsource/noto-naskh-arabic/LICENSE', 'dist/media/OFL.txt');
  // vsce writes the package to out/, which a fresh clone does not have.
  fs.mkdirSync('out', { recursive: true });
  const model = 'server/data/ner-model.json.gz';
  if (fs.existsSync(model)) fs.copyFileSync(model, 'dist/ner-model.json.gz');
  // The sample of the original training data that model updates replay against forgetting (written by npm run train).
  const replay = 'server/data/replay.json.gz';
  if (fs.existsSync(replay)) fs.copyFileSync(replay, 'dist/replay.json.gz');
  // The news lists' names normalised and folded once here rather than by every process at start (newsLists.ts reads
  // this file beside the bundle when it was made from the same lists, else prepares them itself).
  await esbuild.build({ ...common, entryPoints: ['server/src/engine/newsLists.ts'], outfile: 'out/newsLists.cjs', sourcemap: false });
  const { prepareNewsLists, NEWS_LISTS_FILE } = createRequire(import.meta.url)(path.resolve('out/newsLists.cjs'));
  fs.writeFileSync(path.join('dist', NEWS_LISTS_FILE), JSON.stringify(prepareNewsLists()));
  const cli = 'dist/cli.js';
  if (fs.existsSync(cli)) {
    const src = fs.readFileSync(cli, 'utf8');
    if (!src.startsWith('#!')) fs.writeFileSync(cli, '#!/usr/bin/env node\n' + src);
    fs.chmodSync(cli, 0o755);
  }
}
