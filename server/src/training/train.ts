// `npm run train`: rebuilds the shipped NER model deterministically from the shared gold data.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ConllSentence, parseConll, toAnercorpTag } from '../engine/conll';
import { sentenceFeatures } from '../engine/features';
import { buildGazetteer, mapLexicon, MODEL_SCHEMA, ModelFile } from '../engine/model';
import { TAGS } from '../engine/tagger';
import { alignToEngine, includeOrgHeads, isDevSentence, reattachConjunction } from './corpus';
import { normalizeArabic } from '../engine/normalize';
import { ORGANIZATION_HEADS } from '../engine/triggers';
import { gazetteerEntries, ATTRIBUTION } from './gazetteerSources';
import { trainPerceptron } from './perceptron';

interface Args { data: string; names: string; out: string; devOut: string; epochs: number; devOnly: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { data: '../shared/data/ner', names: '../shared/data/names', out: 'server/data/ner-model.json.gz', devOut: 'out/dev', epochs: 10, devOnly: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--names') a.names = argv[++i];
    else if (v === '--out') a.out = argv[++i];
    else if (v === '--dev-out') a.devOut = argv[++i];
    else if (v === '--epochs') a.epochs = Number(argv[++i]);
    else if (v === '--dev-only') a.devOnly = true;
    else positional.push(v);
  }
  if (positional[0]) a.data = positional[0];
  return a;
}

const CORPORA = ['newsfane.conll', 'wikifane.conll', 'aqmar.conll'];
/** Only newswire is held out: it is the domain the product is measured on. */
const DEV_CORPUS = 'newsfane.conll';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(s + '\n');
  const train: ConllSentence[] = [];
  fs.mkdirSync(args.devOut, { recursive: true });
  for (const name of CORPORA) {
    const sentences = parseConll(fs.readFileSync(path.join(args.data, name), 'utf8')).map(reattachConjunction);
    const dev: string[] = [];
    sentences.forEach((s, i) => {
      if (name === DEV_CORPUS && isDevSentence(i)) dev.push(s.tokens.map((t, k) => `${t}\t${toAnercorpTag(s.tags[k])}`).join('\n'));
      else train.push(s);
    });
    if (dev.length) {
      const file = path.join(args.devOut, name.replace('.conll', '-dev.conll'));
      fs.writeFileSync(file, dev.join('\n\n') + '\n');
      log(`held out ${dev.length} sentences of ${name} → ${file}`);
    }
  }
  if (args.devOnly) return;
  const isHead = (t: string) => { const n = normalizeArabic(t).replace(/^[وف](?=...)/, ''); return ORGANIZATION_HEADS.has(n); };
  const gold = train.map((s) => includeOrgHeads(s, isHead)).map(alignToEngine);
  const freqs = new Map<string, number>();
  for (const s of gold) for (const t of s.tokens) if (t.kind === 'word') freqs.set(t.norm, (freqs.get(t.norm) ?? 0) + 1);
  const gazetteer = gazetteerEntries(args.names);
  for (const phrase of Object.keys(gazetteer)) if (!phrase.includes(' ')) freqs.set(phrase, (freqs.get(phrase) ?? 0) + 5);
  const lexiconObj: Record<string, number> = {};
  for (const [w, f] of [...freqs].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (f >= 2) lexiconObj[w] = f;
  const lexicon = mapLexicon(lexiconObj);
  const gaz = buildGazetteer(gazetteer);
  log(`training on ${gold.length} sentences, lexicon ${Object.keys(lexiconObj).length} words, gazetteer ${Object.keys(gazetteer).length} phrases`);
  const data = gold.map((s) => ({
    features: sentenceFeatures(s.tokens.map((t) => ({ norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' })), lexicon, gaz).features,
    gold: s.gold,
  }));
  const weights = trainPerceptron(data, { epochs: args.epochs, minCount: 2, seed: 20251128, log });
  const scale = 1000;
  const names: string[] = [];
  const values: number[] = [];
  for (const [k, v] of weights.features) {
    const ints = Array.from(v, (x) => Math.round(x * scale));
    if (ints.every((x) => x === 0)) continue;
    names.push(k);
    values.push(...ints);
  }
  const packed = Buffer.from(Int32Array.from(values).buffer).toString('base64');
  const file: ModelFile = {
    schema: MODEL_SCHEMA, tags: TAGS, scale, transition: Array.from(weights.transition, (x) => Math.round(x * scale)),
    features: names, weights: packed, lexicon: lexiconObj, gazetteer, attribution: ATTRIBUTION,
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  fs.writeFileSync(args.out, gz);
  log(`wrote ${args.out}: ${names.length} features, ${(gz.length / 1e6).toFixed(2)} MB`);
}

main();
