// Random paragraph edits replayed on a kept link index beside a fresh count: the open-document path checked against the fresh one.
import { EntityMention } from '../../../server/src/engine/entities';
import { LinkMaps, linkMaps } from '../../../server/src/engine/linking';
import { LinkIndex } from '../../../server/src/engine/linkIndex';
import { mulberry32 } from '../../../server/src/training/perceptron';

export interface EditStep { index: LinkIndex; before: LinkMaps; fresh: LinkMaps; changed: Set<string>; where: string }

/** 30 seeds of 40 edits (paragraphs removed and added at random places) from `paragraphs` random paragraphs of `mention`s. */
export function replayRandomEdits(mention: (r: () => number) => EntityMention, paragraphs: number, check: (step: EditStep) => void): void {
  const lex = { freq: () => 2 };
  for (let seed = 1; seed <= 30; seed++) {
    const r = mulberry32(seed);
    const paragraph = () => ({ mentions: Array.from({ length: Math.floor(r() * 3) }, () => mention(r)) });
    let all = Array.from({ length: paragraphs }, paragraph);
    const index = new LinkIndex(lex);
    index.update(all, [], all);
    for (let e = 0; e < 40; e++) {
      const before = linkMaps(all, lex);
      const at = Math.floor(r() * (all.length + 1));
      const removed = all.slice(at, at + Math.floor(r() * 3));
      const added = Array.from({ length: Math.floor(r() * 3) }, paragraph);
      all = all.slice(0, at).concat(added, all.slice(at + removed.length));
      const changed = index.update(all, removed, added);
      check({ index, before, fresh: linkMaps(all, lex), changed, where: `edit ${e} of seed ${seed}` });
    }
  }
}
