// `npm run classes`: rebuilds server/data/lists/word-classes.txt, the tagger's word classes, from the shared corpora's text (labels unread).
import * as fs from 'fs';
import * as path from 'path';
import { parseConll } from '../engine/conll';
import { splitClitics } from '../engine/clitics';
import { mapLexicon } from '../engine/model';
import { CLASS_SIZES, WORD_CLASSES_FILE } from '../engine/wordClasses';
import { alignToEngine, isDevSentence, isWojoodDevSentence, reattachConjunction } from './corpus';
import { buildWordClasses } from './exchangeClasses';
import { sharedData } from './replay';

/**
 * NewsFANE sentences whose index ends in these digits are the experiment folds (`train.js --fold 3,6` and `1,8`): left
 * out with the dev sentences, so one class file serves the fold models and the shipped one and no figure reported
 * was scored on text its classes were learned from.
 */
const FOLD_DIGITS = [1, 3, 6, 8];
const MIN_COUNT = 3;
const ITERATIONS = 15;

/** A word as the tagger looks its class up: normalised, attached conjunction and prepositions and the article off (`split.core`). */
function sentenceWords(dir: string): string[][] {
  const text: { norm: string; word: boolean }[][] = [];
  for (const name of ['newsfane.conll', 'wikifane.conll', 'aqmar.conll', 'wojood-sample.conll']) {
    const sentences = parseConll(fs.readFileSync(path.join(dir, name), 'utf8')).map(reattachConjunction);
    sentences.forEach((s, i) => {
      if (name === 'newsfane.conll' && (isDevSentence(i) || FOLD_DIGITS.includes(i % 10))) return;
      if (name === 'wojood-sample.conll' && isWojoodDevSentence(i)) return;
      text.push(alignToEngine(s).tokens.map((t) => ({ norm: t.kind === 'number' ? '<num>' : t.norm, word: t.kind === 'word' })));
    });
  }
  const freq = new Map<string, number>();
  for (const s of text) for (const t of s) if (t.word) freq.set(t.norm, (freq.get(t.norm) ?? 0) + 1);
  const lex = mapLexicon(freq);
  const cores = new Map<string, string>();
  const core = (w: string) => { let c = cores.get(w); if (c === undefined) { c = splitClitics(w, lex).core; cores.set(w, c); } return c; };
  return text.map((s) => s.map((t) => (t.word ? core(t.norm) : t.norm)));
}

function main(): void {
  const started = Date.now();
  const sentences = sentenceWords(process.argv[2] ?? sharedData('ner'));
  const wc = buildWordClasses(sentences, { sizes: CLASS_SIZES, minCount: MIN_COUNT, iterations: ITERATIONS });
  const byClass = Array.from({ length: CLASS_SIZES[2] }, () => [] as string[]);
  // Only Arabic or Latin words are looked up (numbers and marks are context only). A single letter is an initial, a
  // conjunction split off by a typo (`بوش و`) or a piece of a broken word: classed (with the initials), it pulled such
  // letters into names in the corpora's text (91 spans gained one at an edge, 31 lost one; unclassed, 54 and 27), so it gets none.
  for (const [w, c] of wc.classOf) if (w.length > 1 && /[\u0621-\u064Aa-zA-Z]/.test(w) && w !== '<num>') byClass[c].push(w);
  const header = `# Written by \`npm run classes\` (training/wordClassFile.ts), do not edit. Word classes learned by the exchange algorithm from the\n` +
    `# text of NewsFANEGold, WikiFANEGold (Alotaibi & Lee, COLING 2014) and AQMAR (Mohit et al., EACL 2012), CC BY-SA 3.0, and the\n` +
    `# Wojood sample (SinaLab, MIT), labels unread, dev sentences and experiment folds left out; this file is CC BY-SA 3.0.\n` +
    `# ${sentences.length} sentences, ${wc.tokens} tokens, ${wc.types} types; ${wc.classOf.size} seen ${MIN_COUNT}+ times are classed (but single letters).\n` +
    `# One line per fine class: fine, middle and coarse class numbers (${CLASS_SIZES.slice().reverse().join(', ')} classes), then its words.\n`;
  const lines = byClass.map((ws, c) => `${c}\t${wc.mid[c]}\t${wc.coarse[c]}\t${ws.sort().join(' ')}`);
  fs.writeFileSync(WORD_CLASSES_FILE, header + lines.join('\n') + '\n');
  process.stderr.write(`wrote ${WORD_CLASSES_FILE}: ${sentences.length} sentences, ${wc.tokens} tokens, ${wc.types} types, ${wc.classOf.size} classed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
