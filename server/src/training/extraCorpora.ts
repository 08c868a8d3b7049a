// Training text beyond the shared corpora (`train --extra FILE[=N]`): CoNLL files already written to the project's conventions.
import * as fs from 'fs';
import { ConllSentence, parseConll } from '../engine/conll';

export interface ExtraCorpus { file: string; copies: number }

/** `FILE` (one copy of each sentence) or `FILE=N`; the count is what follows the last `=`, so a path may hold one. */
export function parseExtraSpec(spec: string): ExtraCorpus {
  const m = /^(.*)=(\d+)$/.exec(spec);
  const extra = m ? { file: m[1], copies: Number(m[2]) } : { file: spec, copies: 1 };
  if (!extra.file) throw new Error(`--extra ${spec}: no file`);
  return extra;
}

/** Every sentence of the extra files with its copy count; articles' `-DOCSTART-` breaks only separate sentences here. */
export function extraSentences(extras: ExtraCorpus[], read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): { sentence: ConllSentence; copies: number }[] {
  return extras.filter((e) => e.copies > 0).flatMap((e) => parseConll(read(e.file)).map((sentence) => ({ sentence, copies: e.copies })));
}
