// Every entity mention in document order (of equal starts, in entity order), made once per analysis for the passes that walk them all.
import type { Entity, LinkedMention } from './linking';

/**
 * The mentions of every entity as a stable sort by start of the entities' mentions one entity after another gives them,
 * with the index of each one's entity. A sort of a large article's mentions (250,000 at 5 M characters) took tens of ms
 * per analysis, twice (the annotations and the speaker search each sorted them).
 */
export interface MentionOrder {
  mentions: LinkedMention[];
  entity: Int32Array;
}

/**
 * `candidate`: the mentions as the caller made them (an open document's entities are built paragraph by paragraph, so
 * already in document order), with their entities' indices; used when it is that order, else the mentions are sorted.
 */
export function mentionOrder(entities: ReadonlyArray<Entity>, candidate?: MentionOrder): MentionOrder {
  if (candidate && inOrder(entities, candidate)) return candidate;
  let n = 0;
  for (const e of entities) n += e.mentions.length;
  // Sorted by number, not by a comparator: start, then the mention's place in the entity-by-entity list (its index).
  const keys = new Float64Array(n);
  const all = new Array<LinkedMention>(n);
  const owner = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < entities.length; i++) for (const m of entities[i].mentions) { keys[k] = m.start * n + k; all[k] = m; owner[k] = i; k++; }
  keys.sort();
  const mentions = new Array<LinkedMention>(n);
  const entity = new Int32Array(n);
  for (let j = 0; j < n; j++) { const x = keys[j] % n; mentions[j] = all[x]; entity[j] = owner[x]; }
  return { mentions, entity };
}

/**
 * Whether `c` is what the sort gives: the same count, starts never falling, of equal starts the earlier entity first
 * (one entity's mentions at one start in its own order: the candidate lists each entity's mentions in their order).
 */
function inOrder(entities: ReadonlyArray<Entity>, c: MentionOrder): boolean {
  let n = 0;
  for (const e of entities) n += e.mentions.length;
  if (n !== c.mentions.length || n !== c.entity.length) return false;
  const ms = c.mentions, ent = c.entity;
  for (let j = 1; j < n; j++) {
    const a = ms[j - 1].start, b = ms[j].start;
    if (b < a || (b === a && ent[j] < ent[j - 1])) return false;
  }
  return true;
}
