// linkMaps() kept up to date through edits: votes moved by the changed paragraphs' mentions only, and the keys whose
// linking state changed reported, so only paragraphs that read them are linked again.
import { Lexicon } from './clitics';
import { EntityMention } from './entities';
import { LinkMaps, votedLabel } from './linking';
import { aliasOverrides } from './linkAliases';
import { AliasIndex, TIED } from './aliasIndex';
import { EntityLabel } from './tagger';

/** A key's votes by label; `defs`: its mentions that define it as a body's short name (EntityMention.defines). */
interface KeyVotes { labels: EntityLabel[]; sums: number[]; counts: number[]; count: number; defs: number }

/** Two labels' sums closer than this (relative) may order differently when summed in another order: summed again in document order. */
const NEAR_TIE = 1e-9;

/**
 * Each tagging's multi-word keys in mention order, by its mentions (never changed once tagged; a moved paragraph's
 * are a shifted copy): the aliases' scan of the document reads these, not every mention (most are one word).
 */
const multiWordKeys = new WeakMap<EntityMention[], string[]>();
function multiKeys(mentions: EntityMention[]): string[] {
  let keys = multiWordKeys.get(mentions);
  if (!keys) {
    keys = [];
    for (const m of mentions) if (m.key.includes(' ')) keys.push(m.key);
    multiWordKeys.set(mentions, keys);
  }
  return keys;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

export class LinkIndex {
  private votes = new Map<string, KeyVotes>();
  private labels = new Map<string, EntityLabel>();
  /** canonical entries that are not the identity (aliases, shorter forms of names). */
  private overrides = new Map<string, string>();
  /** What the overrides were made from (aliasOverrides' arguments): the same lists make the same overrides. */
  private madeFrom: { persons: string[]; bodies: string[] } | undefined;
  /** The person and body keys by the alias entries they can take. */
  private readonly aliases: AliasIndex;

  constructor(private readonly lexicon: Lexicon) { this.aliases = new AliasIndex(lexicon); }

  readonly labelOf = (key: string): EntityLabel => this.labels.get(key)!;
  readonly canonical = {
    has: (k: string) => this.overrides.has(k) || this.votes.has(k),
    // A defined short name is no alias (linkMaps): its own key, reported changed when it becomes or stops being defined.
    // One probe of the votes, not three (defined, has): linking asks this for most words of a changed paragraph.
    get: (k: string) => { const v = this.votes.get(k); return v !== undefined && v.defs > 0 ? k : this.overrides.get(k) ?? (v !== undefined ? k : undefined); },
  };
  readonly has = (k: string) => this.votes.has(k);
  /** As linkMaps' `defined`: a key an article defines as a body's short name is a body throughout. */
  readonly defined = (k: string): boolean => (this.votes.get(k)?.defs ?? 0) > 0;

  /** The maps as linkMaps() returns them (for tests). */
  maps(): LinkMaps {
    const canonical = new Map<string, string>();
    for (const k of this.votes.keys()) canonical.set(k, k);
    for (const [k, v] of this.overrides) if (!this.defined(k)) canonical.set(k, v);
    const votes = new Map([...this.votes].map(([k, v]) => [k, new Map(v.labels.map((l, i) => [l, v.sums[i]]))]));
    return { votes, labelOf: this.labelOf, canonical, defined: this.defined };
  }

  /**
   * Moves the votes by the mentions of the paragraphs that left and came (`all` is the whole new document,
   * in order); returns the keys whose linking state (their canonical key and labels) may have changed.
   */
  update(all: Array<{ mentions: EntityMention[] }>, removed: Array<{ mentions: EntityMention[] }>, added: Array<{ mentions: EntityMention[] }>): Set<string> {
    // The first count (the document as opened): every key came, the aliases are made from the order at once.
    const first = this.votes.size === 0;
    const touched = new Set<string>();
    // Whether each touched key was defined before the move: a key that becomes or stops being one links differently.
    const definedBefore = new Map<string, boolean>();
    const move = (m: EntityMention, sign: 1 | -1) => {
      if (!definedBefore.has(m.key)) definedBefore.set(m.key, this.defined(m.key));
      let v = this.votes.get(m.key);
      if (!v) { v = { labels: [], sums: [], counts: [], count: 0, defs: 0 }; this.votes.set(m.key, v); }
      if (m.defines) v.defs += sign;
      let i = v.labels.indexOf(m.label);
      if (i < 0) { i = v.labels.length; v.labels.push(m.label); v.sums.push(0); v.counts.push(0); }
      v.sums[i] += sign * m.confidence;
      v.counts[i] += sign;
      v.count += sign;
      touched.add(m.key);
    };
    for (const p of removed) for (const m of p.mentions) move(m, -1);
    for (const p of added) for (const m of p.mentions) move(m, 1);
    const changed = new Set<string>();
    const exact = new Set<string>();
    let personsChanged = false;
    for (const k of touched) {
      const v = this.votes.get(k)!;
      const before = this.labels.get(k);
      if (v.count === 0) {
        this.votes.delete(k);
        this.labels.delete(k);
        changed.add(k);
        if ((before === 'PERSON' || before === 'ORGANIZATION') && k.includes(' ')) personsChanged = true;
        continue;
      }
      // Labels with no mention left are gone, as in a fresh count.
      for (let i = v.labels.length - 1; i >= 0; i--) if (v.counts[i] === 0) { v.labels.splice(i, 1); v.sums.splice(i, 1); v.counts.splice(i, 1); }
      let best = 0, second = -Infinity;
      for (let i = 1; i < v.sums.length; i++) {
        if (v.sums[i] > v.sums[best]) { second = v.sums[best]; best = i; } else if (v.sums[i] > second) second = v.sums[i];
      }
      if (v.defs === 0 && v.sums.length > 1 && v.sums[best] - second <= NEAR_TIE * Math.max(1, Math.abs(v.sums[best]))) exact.add(k);
      const label = votedLabel(v.defs > 0, v.labels[best]);
      if (definedBefore.get(k) !== v.defs > 0) changed.add(k);
      if (label !== before) {
        this.labels.set(k, label);
        changed.add(k);
        if (k.includes(' ') && (label === 'PERSON' || before === 'PERSON' || label === 'ORGANIZATION' || before === 'ORGANIZATION')) personsChanged = true;
      }
    }
    // A multi-word key recounted to another label changes the aliases too.
    if (exact.size) for (const k of this.recount(all, exact)) { changed.add(k); if (k.includes(' ')) personsChanged = true; }
    // The aliases depend on the multi-word PERSON and ORGANIZATION keys in order of first mention (and on the labels above):
    // the same multi-word keys in the same order in the paragraphs that left and came keep that order.
    const multi = (ps: Array<{ mentions: EntityMention[] }>) => { const out: string[] = []; for (const p of ps) for (const k of multiKeys(p.mentions)) out.push(k); return out; };
    // When no multi-word key became or stopped being a person or organisation, only those keys are in the order: the
    // same ones in the same order there keep it (a place typed or a name's typo elsewhere no longer has every paragraph
    // read again: 6 of 7 such edits at 1 M characters).
    const named = (keys: string[]) => keys.filter((k) => { const l = this.labels.get(k); return l === 'PERSON' || l === 'ORGANIZATION'; });
    if (!personsChanged) { const left = multi(removed), came = multi(added); if (!sameList(left, came) && !sameList(named(left), named(came))) personsChanged = true; }
    // The person and body keys indexed for the aliases (every edit: the index follows the labels).
    const joined: string[] = [];
    for (const k of touched) {
      if (!k.includes(' ')) continue;
      const l = this.labels.get(k);
      const was = this.aliases.persons.has(k) || this.aliases.bodies.has(k);
      this.aliases.setPerson(k, l === 'PERSON');
      this.aliases.setBody(k, l === 'ORGANIZATION');
      if (was || l === 'PERSON' || l === 'ORGANIZATION') joined.push(k);
    }
    if (personsChanged && !first && this.aliasesFrom(joined, changed)) personsChanged = false;
    if (personsChanged) {
      // Only multi-word keys can be in the order: single-word ones (most mentions) are not put in the set.
      const seen = new Set<string>();
      const order: string[] = [];
      const bodies: string[] = [];
      for (const p of all) for (const k of multiKeys(p.mentions)) {
        if (seen.has(k)) continue;
        seen.add(k);
        const label = this.labels.get(k);
        if (label === 'PERSON') order.push(k); else if (label === 'ORGANIZATION') bodies.push(k);
      }
      // An edit inside a name usually leaves the names' order as it was: then so are the aliases (a pure function of it).
      if (!this.madeFrom || !sameList(order, this.madeFrom.persons) || !sameList(bodies, this.madeFrom.bodies)) {
        const next = aliasOverrides(order, bodies, this.lexicon);
        for (const [k, v] of next) if (this.overrides.get(k) !== v) changed.add(k);
        for (const k of this.overrides.keys()) if (!next.has(k)) changed.add(k);
        this.overrides = next;
        this.madeFrom = { persons: order, bodies };
      }
    }
    // A key whose canonical form changed label reads differently for every key linked to it.
    if (changed.size) for (const [k, v] of this.overrides) if (changed.has(v)) changed.add(k);
    return changed;
  }

  /**
   * The alias entries that the person and body keys among `keys` (those of the changed paragraphs and those that came or
   * went) can decide, worked out again from the index; false, with nothing changed, when one of them needs the names'
   * order (its best candidates tie). Any other entry keeps its candidates, and their order among themselves: a key's
   * first mention moves only when it is in the changed paragraphs.
   */
  private aliasesFrom(keys: string[], changed: Set<string>): boolean {
    const entries = new Map<string, string | undefined>();
    for (const k of keys) for (const e of this.aliases.entriesOf(k)) {
      if (entries.has(e)) continue;
      const v = this.aliases.entry(e);
      if (v === TIED) return false;
      entries.set(e, v);
    }
    for (const [e, v] of entries) {
      if (this.overrides.get(e) === v) continue;
      if (v === undefined) this.overrides.delete(e); else this.overrides.set(e, v);
      changed.add(e);
    }
    // The order the overrides were last made from is not known now: the next rebuild compares nothing.
    this.madeFrom = undefined;
    return true;
  }

  /** The keys' votes summed again in document order, as a fresh count does; returns those whose label changed. */
  private recount(all: Array<{ mentions: EntityMention[] }>, keys: Set<string>): string[] {
    const fresh = new Map<string, KeyVotes>();
    for (const p of all) for (const m of p.mentions) {
      if (!keys.has(m.key)) continue;
      let v = fresh.get(m.key);
      if (!v) { v = { labels: [], sums: [], counts: [], count: 0, defs: 0 }; fresh.set(m.key, v); }
      if (m.defines) v.defs++;
      let i = v.labels.indexOf(m.label);
      if (i < 0) { i = v.labels.length; v.labels.push(m.label); v.sums.push(0); v.counts.push(0); }
      v.sums[i] += m.confidence;
      v.counts[i]++;
      v.count++;
    }
    const out: string[] = [];
    for (const [k, v] of fresh) {
      this.votes.set(k, v);
      // The first of the highest sums, as a stable sort by sum would give.
      let best = 0;
      for (let i = 1; i < v.sums.length; i++) if (v.sums[i] > v.sums[best]) best = i;
      const label = votedLabel(v.defs > 0, v.labels[best]);
      if (this.labels.get(k) !== label) { this.labels.set(k, label); out.push(k); }
    }
    return out;
  }
}
