// One version's entities from its paragraphs' links: lists made at their exact size, each key's slot kept between versions.
import type { Entity, LinkedMention } from './linking';
import type { Linked } from './paragraphLinks';
import { mentionOrder, MentionOrder } from './mentionOrder';
import { numberedId } from './numberedIds';
import { relabelStormRepeats } from './stormRepeats';
import { relabelProductRepeats } from './productRepeats';
import { joinSplitSurnames } from './splitSurnames';
import { tokenize } from './tokenize';
import { spreadCuedPlaces } from './cuedPlaceRepeats';
import { foldedHoldsAny } from './normalize';

/** A key's entity in the version being built: `stamp` says which build set `n` (an older build's is stale). */
interface Slot { stamp: number; n: number }

/**
 * Builds the entities of each version of one document. After an edit nearly every key is the last version's, so each
 * keeps its slot instead of a fresh Map of every key per version (about 1 MB at 1 M characters, grown by rehashing); the
 * mention lists are sized by a count first (a list grown by push held 17 slots for the usual one or two mentions).
 */
export class VersionEntities {
  private slots = new Map<string, Slot>();
  private stamp = 0;
  /** Whether a paragraph's text holds one of the cued places' names (cuedPlaceRepeats.ts), for the names in `heldWords`: after an edit only new paragraphs are folded. */
  private held = new Map<string, boolean>();
  private heldWords = '';

  /** `paras[i].base` is where paragraph i is now; `linked[i]` its links, in the frame its tagging was made in; `freq` a word's training-text count. */
  build(paras: ReadonlyArray<{ base: number; text: string }>, linked: ReadonlyArray<Linked>, freq: (norm: string) => number): { entities: Entity[]; order: MentionOrder } {
    const stamp = ++this.stamp;
    let total = 0;
    for (const l of linked) total += l.entries.length;
    // Each mention's entity, and each entity's first entry (paragraph, entry) and mention count, by entity number.
    const owner = new Int32Array(total);
    const firstPara = new Int32Array(total), firstEntry = new Int32Array(total), count = new Int32Array(total);
    let made = 0;
    for (let i = 0, j = 0; i < linked.length; i++) {
      const l = linked[i];
      for (let k = 0; k < l.entries.length; k++, j++) {
        const key = l.keys[k];
        let slot = this.slots.get(key);
        if (slot === undefined) { slot = { stamp: 0, n: 0 }; this.slots.set(key, slot); }
        if (slot.stamp !== stamp) { slot.stamp = stamp; slot.n = made; firstPara[made] = i; firstEntry[made] = k; made++; }
        owner[j] = slot.n;
        count[slot.n]++;
      }
    }
    const entities = new Array<Entity>(made);
    for (let n = 0; n < made; n++) {
      const l = linked[firstPara[n]], key = l.keys[firstEntry[n]];
      // The key without its label mark (repeatSlots.groupKey); most keys have none and are taken as they are.
      const mark = key.indexOf('\u0001');
      entities[n] = { id: numberedId('e', n + 1), label: l.labels[firstEntry[n]], key: mark < 0 ? key : key.slice(0, mark), mentions: new Array<LinkedMention>(count[n]) };
    }
    // The mentions as made, paragraph by paragraph: document order, checked by mentionOrder() before it is used.
    const mentions = new Array<LinkedMention>(total);
    const filled = count.fill(0, 0, made);
    for (let i = 0, j = 0; i < linked.length; i++) {
      const l = linked[i];
      const by = paras[i].base - l.frame;
      for (let k = 0; k < l.entries.length; k++, j++) {
        const { m, propagated } = l.entries[k];
        const n = owner[j], e = entities[n];
        // Field by field in linkEntities()'s order (exports serialise mentions).
        const x: LinkedMention = { label: e.label, start: m.start + by, end: m.end + by, key: m.key, confidence: m.confidence, firstToken: m.firstToken, lastToken: m.lastToken, entityId: e.id, propagated };
        e.mentions[filled[n]++] = x;
        mentions[j] = x;
      }
    }
    // On the grouped entities, as linkEntities() does: an open document reads a storm's bare repeats as a fresh analysis does.
    // The mention's paragraph tokenised as its tagging tokenised it (document offsets): only a storm name's repeats ask.
    // Each paragraph is tokenised once per build, however many of a storm name's mentions it holds.
    const tokensOf = new Map<number, ReturnType<typeof tokenize>>();
    const tokensOfPara = (i: number) => {
      let tokens = tokensOf.get(i);
      if (!tokens) tokensOf.set(i, (tokens = tokenize(paras[i].text, paras[i].base)));
      return tokens;
    };
    const tokensAt = (m: LinkedMention) => {
      let lo = 0, hi = paras.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (paras[mid].base <= m.start) lo = mid + 1; else hi = mid; }
      return lo > 0 ? tokensOfPara(lo - 1) : undefined;
    };
    // A name split before a surname the article names alone (splitSurnames.ts), before the relabels read the mentions.
    joinSplitSurnames(entities, tokensAt);
    relabelStormRepeats(entities, tokensAt);
    // And a drug's or app's bare repeats (productRepeats.ts), from the same tokens.
    relabelProductRepeats(entities, tokensAt, freq);
    // A cued place's repeats after a preposition (cuedPlaceRepeats.ts): only a paragraph whose folded text holds the name is tokenised.
    let asked: readonly string[] | undefined;
    const mayHold = (i: number, words: readonly string[]) => {
      const text = paras[i].text;
      if (words !== asked) {
        asked = words;
        const joined = words.join(' ');
        if (joined !== this.heldWords || this.held.size > 2 * paras.length + 1024) { this.held.clear(); this.heldWords = joined; }
      }
      let h = this.held.get(text);
      if (h === undefined) this.held.set(text, (h = foldedHoldsAny(text, words)));
      return h;
    };
    spreadCuedPlaces(entities, tokensAt, { count: paras.length, mayHold, tokens: tokensOfPara }, freq);
    this.forgetStale(made);
    return { entities, order: mentionOrder(entities, { mentions, entity: owner }) };
  }

  /** Keys no longer in the document keep their slots until they are more than the live ones (and a thousand). */
  private forgetStale(live: number): void {
    if (this.slots.size <= 2 * live + 1024) return;
    for (const [key, slot] of this.slots) if (slot.stamp !== this.stamp) this.slots.delete(key);
  }
}
