// `arabic-news-annotate agree A B [--by label|article]`: how far two annotators of the same articles agree.
import * as fs from 'fs';
import * as path from 'path';
import { AgreementDoc, dateValueAgreement, documentF1, labelAgreement, PairAgreement, speakerAgreement } from '../engine/agreement';
import { tokenize } from '../engine/tokenize';
import { listAnnotatorFiles, readAnnotatorFile } from '../io/annotatorFile';

const num = (x: number | undefined) => (x === undefined ? '  n/a' : x.toFixed(3));
const pct = (p: PairAgreement) => (p.shared ? `${p.agree} of ${p.shared} agree (${((100 * p.agree) / p.shared).toFixed(1)}%)` : 'none shared');

/** Pairs A and B: two files, or two folders matched by relative path; throws on a folder and a file. */
export function pairs(a: string, b: string): { matched: Array<[string, string, string]>; onlyA: number; onlyB: number } {
  const dirA = fs.statSync(a).isDirectory();
  const dirB = fs.statSync(b).isDirectory();
  // A folder against a file read the folder as a file ("A: EISDIR"): say what to give instead.
  if (dirA !== dirB) throw new Error(`${dirA ? a : b} is a folder and ${dirA ? b : a} a file: give two files, or two folders`);
  if (!dirA) return { matched: [[path.basename(a), a, b]], onlyA: 0, onlyB: 0 };
  const fa = listAnnotatorFiles(a);
  const fb = new Set(listAnnotatorFiles(b));
  const matched = fa.filter((f) => fb.has(f)).map((f): [string, string, string] => [f, path.join(a, f), path.join(b, f)]);
  return { matched, onlyA: fa.length - matched.length, onlyB: fb.size - matched.length };
}

/** Prints the agreement report; returns the exit code (1 when a pair could not be read). */
export function agree(a: string, b: string, by: 'label' | 'article'): number {
  let p: ReturnType<typeof pairs>;
  try {
    p = pairs(a, b);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  // Two folders with no relative path in common printed an empty table and exit code 0, as if they agreed.
  if (!p.matched.length) {
    process.stderr.write(`error: no article is in both ${a} and ${b} (${p.onlyA} only in A, ${p.onlyB} only in B; files are matched by relative path)\n`);
    return 1;
  }
  const docs: AgreementDoc[] = [];
  let failed = 0;
  for (const [name, fa, fb] of p.matched) {
    try {
      const x = readAnnotatorFile(fa);
      const y = readAnnotatorFile(fb);
      if (x.text !== y.text) throw new Error(`A and B annotate different texts (${x.article}, ${y.article})`);
      docs.push({ name, tokens: tokenize(x.text), a: x.spans, b: y.spans });
    } catch (e) {
      failed++;
      process.stderr.write(`error: ${name}: ${(e as Error).message.split('\n')[0]}\n`);
    }
  }
  const out: string[] = [`articles: ${docs.length} compared${p.onlyA || p.onlyB ? ` (${p.onlyA} only in A, ${p.onlyB} only in B)` : ''}; A is the reference for P and R`];
  if (by === 'article') {
    out.push(`${'article'.padEnd(40)}     A     B  span F1`);
    for (const d of docs) out.push(`${d.name.padEnd(40)} ${String(d.a.length).padStart(5)} ${String(d.b.length).padStart(5)}  ${num(documentF1(d))}`);
  } else {
    out.push(`${'label'.padEnd(13)}     A     B  both  P      R      F1     kappa (tokens)`);
    for (const l of labelAgreement(docs)) {
      out.push(`${l.label.padEnd(13)} ${[l.a, l.b, l.both].map((n) => String(n).padStart(5)).join(' ')}  ${num(l.precision)}  ${num(l.recall)}  ${num(l.f1)}  ${num(l.kappa)}`);
    }
  }
  out.push(`quotation speakers: ${pct(speakerAgreement(docs))} (quotations with the same span in A and B)`);
  out.push(`date values: ${pct(dateValueAgreement(docs))} (dates with the same span and a value on both sides)`);
  process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
}
