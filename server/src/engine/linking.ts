// Document-level consistency: links mentions of one entity, harmonises labels, and finds missed repeats.
import { KeyFilter } from './keyFilter';
import { EntityMention, ParagraphTags } from './entities';
import { Lexicon, sourcePrefixLength } from './clitics';
import { EntityLabel } from './tagger';
import { groupKey, keptLabel, noRepeatAt, PERSON_COVER } from './repeatSlots';
import { aliasOverrides } from './linkAliases';
import { phraseHeads, phraseRepeats } from './phraseRepeats';
import { clubRepeats } from './clubRepeats';
import { CLAUSE_STOPS } from './clauseVerbs';
import { unmetGivenBefore } from './leftOutGivenNames';
import { relabelStormRepeats, tokensOfParagraphs } from './stormRepeats';
import { relabelProductRepeats } from './productRepeats';
import { joinSplitSurnames } from './splitSurnames';
import { completeNames } from './fullerNames';
import { spreadCuedPlaces } from './cuedPlaceRepeats';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const CONJ_PREPOSITION = /^[وف][بلك]/;

export interface Entity {
  /** Stable within one analysis: `e<N>` in order of first mention. */
  id: string;
  label: EntityLabel;
  /** Normalised canonical form (the longest mention's key). */
  key: string;
  mentions: LinkedMention[];
  /** Fine type (FANE set: Politician, Nation, Government…) when a cue decides it; set by the analysis. */
  type?: string;
}

export interface LinkedMention extends EntityMention {
  entityId: string;
  /** True when added by document consistency rather than by the tagger. */
  propagated: boolean;
}


/** First letters of a proclitic (و ف ب ل ك). */
const CLITIC_START = new Set([...'وفبلك'].map((c) => c.charCodeAt(0)));


export type Entry = { m: EntityMention; propagated: boolean };
/** What step 3 reads of the document-wide maps: every read goes through a key (so a caller can record which). */
export interface PropagateContext {
  canonical: Pick<Map<string, string>, 'has' | 'get'>;
  labelOf: (key: string) => EntityLabel;
  votes: Pick<Map<string, unknown>, 'has'>;
  /**
   * A filter of canonical's keys that turns most words away before the map is probed. Only for a one-off linking:
   * a caller that records which keys a paragraph read (the kept spans) must see every probe.
   */
  keys?: KeyFilter;
  /** phraseHeads() of canonical's keys: like `keys`, only for a one-off linking (the probes it spares go unrecorded). */
  heads?: Pick<Set<string>, 'has'>;
  /** Training-text count of a word as written (normalised): a repeat of a word the model knows well is left as the tagger read it (repeatSlots.ts). */
  count: (norm: string) => number;
}

/**
 * A one-word body the article names on its own (a company's trade name: أعلنت [فوري] ، أكبر شركة), no article on it: a
 * word the training text knows (فوري، نجمة، زين) is spread as a person's surname is (below COMMON_WORD, repeatSlots), but
 * only where it opens its sentence or clause, as a subject (`[نجمة] تطلق`، `[فوري] ترفع أرباحها`): not after a noun it
 * could qualify (وقف فوري) nor a preposition (من ليل أمس, where the article's ليل is the club of Lille). Not a word in و
 * either: that is و + a verb some sentence misread (وسجل), hardly a company's name.
 */
const namedCompany = (label: EntityLabel, target: string, stem: string) => label === 'ORGANIZATION' && target === stem && !stem.includes(' ') && !stem.startsWith('ال') && !stem.startsWith('و');
const opensClause = (p: ParagraphTags, i: number) => i === 0 || CLAUSE_STOPS.has(p.tokens[i - 1].text);

/** Labels whose key is known by its whole form where the splitter read a clitic on it (a person's, a body's). */
const WHOLE_FORM_LABELS: ReadonlySet<EntityLabel> = new Set<EntityLabel>(['PERSON', 'ORGANIZATION']);

/** Step 3 for one paragraph: its tagger mentions (a name cut short extended) and the repeats of known names. */
export function propagate(p: ParagraphTags, { canonical, labelOf, votes, keys, count, heads }: PropagateContext): Entry[] {
  const entries: Entry[] = [];
  const covered = new Uint8Array(p.tokens.length);
  const endingAt = new Map<number, { m: EntityMention; propagated: boolean }>();
  for (const m of p.mentions) {
    covered.fill(m.label === 'PERSON' ? PERSON_COVER : 1, m.firstToken, m.lastToken);
    // The tagging's own mention, not a copy: an entry's mention is replaced when extended, never changed (a copy each
    // was 1 MB kept with the links at 1 M characters, and made again for every paragraph linked again).
    const entry = { m, propagated: false };
    endingAt.set(m.lastToken, entry);
    entries.push(entry);
  }
  // Before the one-word repeats, which then leave the words of a longer name alone.
  for (const e of phraseRepeats(p, covered, { canonical, labelOf, votes, count, heads })) entries.push(e);
  for (const e of clubRepeats(p, covered, { canonical, labelOf, heads })) entries.push(e);
  const { tokens, stems, prefixes } = p;
  // A person's key; the filter skips the probe only where it is sure (without one, every probe is made: see `keys`).
  const person = (s: string) => s.length >= 3 && (!keys || keys.mayHave(s)) && canonical.has(s) && labelOf(canonical.get(s)!) === 'PERSON';
  const place = (s: string) => s.length >= 3 && (!keys || keys.mayHave(s)) && canonical.has(s) && labelOf(canonical.get(s)!) === 'LOCATION';
  // A body's short form (linkAliases.ts): a key of its own only through the body's full name.
  const bodyAlias = (s: string) => s.length >= 3 && (!keys || keys.mayHave(s)) && canonical.has(s) && canonical.get(s) !== s && labelOf(canonical.get(s)!) === 'ORGANIZATION';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || t.kind !== 'word') continue;
    // A clitic the splitter kept because the name is unknown to its lexicon (وبايدن, لماكرون) is tried off too.
    let stem = stems[i];
    let prefix = prefixes[i];
    // A name the splitter read as clitic + word (فيسر as ف + يسر) is known by its whole form: its letter stays in.
    // So is a body's (كاني: not ك + اني, where the article names كاني للمياه).
    if (prefix && (!keys || keys.mayHave(t.norm)) && canonical.has(t.norm) && WHOLE_FORM_LABELS.has(labelOf(canonical.get(t.norm)!))) { stem = t.norm; prefix = ''; }
    // Most words are no key: the filter turns them away before the map is probed.
    const known = (!keys || keys.mayHave(stem)) && canonical.has(stem);
    // Most words are no name at all: nothing more to look at (a name needs 3 letters after a clitic).
    if (!known && (prefix || stem.length < 4 || !CLITIC_START.has(stem.charCodeAt(0)))) continue;
    // Past the line above, an unknown word has no prefix and starts with a clitic letter.
    if (!known) {
      // One letter off, then two (وب، فل…).
      const one = stem.slice(1);
      const named = (s: string) => person(s) || bodyAlias(s);
      // A place the article names with its و left out (طويلة [و]كتم, mentionStart) is the same place behind a و elsewhere.
      const bare = named(one) || (stem[0] === 'و' && place(one)) ? one : CONJ_PREPOSITION.test(stem) && named(stem.slice(2)) ? stem.slice(2) : undefined;
      if (bare) { prefix = stem.slice(0, stem.length - bare.length); stem = bare; }
    }
    const target = canonical.get(stem);
    if (!target || stem.length < 3) continue;
    const label = labelOf(target);
    // Spread as a surname is (past the common-word gate): a person's alias, or a company's name opening a clause.
    const surnameLike = (label === 'PERSON' && target !== stem) || (namedCompany(label, target, stem) && !prefix && opensClause(p, i));
    if ((label !== 'PERSON' && !votes.has(stem) && !(label === 'ORGANIZATION' && target !== stem)) || noRepeatAt(p, i, covered, label, prefix, count, surnameLike)) continue;
    // The missing last word of a name the tagger cut short: extend that mention instead.
    const before = endingAt.get(i);
    if (before && before.m.label === 'PERSON' && (canonical.get(before.m.key) ?? before.m.key) === target) {
      before.m = { ...before.m, end: t.end, lastToken: i + 1, key: `${before.m.key} ${stem}` };
      continue;
    }
    // A one-word person the tagger read right before a surname the document names as a person on its own (وزير الإعلام
    // [أمجد] العضايلة … وأكد [العضايلة]): the given name and that surname are one person, not two side by side. Keyed as
    // the surname's entity, whose mentions these are.
    if (before && before.m.label === 'PERSON' && label === 'PERSON' && !before.propagated && !prefix && before.m.lastToken - before.m.firstToken === 1) {
      before.m = { ...before.m, end: t.end, lastToken: i + 1, key: target };
      continue;
    }
    // A surname spread where the tagger missed the full name: an unmet word opening it is its given name (keyed as the surname).
    const g = i - 1;
    if (label === 'PERSON' && !prefix && g >= 1 && !covered[g] && unmetGivenBefore(tokens, stems, prefixes, g, count, (k) => endingAt.get(k + 1)?.m.label === 'LOCATION')) {
      entries.push({ m: { label, start: tokens[g].start, end: t.end, key: stem, confidence: 0.5, firstToken: g, lastToken: i + 1 }, propagated: true });
      continue;
    }
    entries.push({
      m: { label, start: t.start + sourcePrefixLength(t.text, prefix), end: t.end, key: stem, confidence: 0.5, firstToken: i, lastToken: i + 1 },
      propagated: true,
    });
  }
  return completeNames(p, entries, canonical, count);
}

/** A mention `by` code units later, field by field (the tagger's fields, in its order): a spread with overrides is several times slower. */
export function movedMention(m: EntityMention, by: number): EntityMention {
  const moved: EntityMention = { label: m.label, start: m.start + by, end: m.end + by, key: m.key, confidence: m.confidence, firstToken: m.firstToken, lastToken: m.lastToken };
  if (m.defines) moved.defines = true;
  return moved;
}

/** What step 3 read of the document-wide maps at a linking, kept for the next one (a voted key is one with a label). */
interface LinkState { canonical: Map<string, string>; labelOf: (key: string) => EntityLabel | undefined }

/**
 * Whether step 3 reads the same in both: each canonical entry in order, its target, the target's label, whether the key
 * was voted. Entry by entry: a string of them all was as long as the document's keys, made even with nothing to compare.
 */
function sameState(a: LinkState, b: LinkState): boolean {
  if (a.canonical.size !== b.canonical.size) return false;
  const rest = b.canonical.entries();
  for (const [k, v] of a.canonical) {
    const [k2, v2] = rest.next().value!;
    if (k !== k2 || v !== v2 || a.labelOf(v) !== b.labelOf(v2) || (a.labelOf(k) === undefined) !== (b.labelOf(k2) === undefined)) return false;
  }
  return true;
}

/** What linkEntities keeps between analyses of one document (the analyzer owns one). */
export class LinkMemo {
  last: LinkState | undefined;
  byText = new Map<string, { base: number; entries: Entry[] }>();
}

/** Steps 1–2: the label of every key (by summed confidence) and the canonical key of every key and alias. */
export interface LinkMaps {
  votes: Map<string, Map<EntityLabel, number>>;
  labelOf: (key: string) => EntityLabel;
  canonical: Map<string, string>;
  /** Whether a key has a mention that defines it as a body's short name (EntityMention.defines): it is a body throughout. */
  defined: (key: string) => boolean;
}

/**
 * A key's label from its votes' top label: a short name the article defines in brackets after a body is that body wherever
 * it repeats (بعثة … ( أميس ) … أن أميس فقدت), though the tagger reads its bare repeats as a place more often than not.
 * linkMaps and the open document's LinkIndex both label by it.
 */
export const votedLabel = (defined: boolean, top: EntityLabel): EntityLabel => (defined ? 'ORGANIZATION' : top);

export function linkMaps(paragraphs: Array<{ mentions: EntityMention[] }>, lex: Lexicon): LinkMaps {
  // 1. Label per key, by summed confidence.
  const votes = new Map<string, Map<EntityLabel, number>>();
  const definedKeys = new Set<string>();
  for (const p of paragraphs) for (const m of p.mentions) {
    if (m.defines) definedKeys.add(m.key);
    let v = votes.get(m.key);
    if (!v) { v = new Map<EntityLabel, number>(); votes.set(m.key, v); }
    v.set(m.label, (v.get(m.label) ?? 0) + m.confidence);
  }
  // The label with the most confidence; of equal sums, the first voted (what a stable sort by sum put first).
  const labels = new Map<string, EntityLabel>();
  for (const [key, v] of votes) {
    let top: [EntityLabel, number] | undefined;
    for (const vote of v) if (!top || vote[1] > top[1]) top = vote;
    labels.set(key, votedLabel(definedKeys.has(key), top![0]));
  }
  const labelOf = (key: string): EntityLabel => labels.get(key)!;
  const defined = (key: string): boolean => definedKeys.has(key);
  // 2. Aliases and shorter forms, from the multi-word person and body names in order of first mention.
  const canonical = new Map<string, string>();
  const personKeys: string[] = [];
  const bodyKeys: string[] = [];
  for (const [key, label] of labels) {
    canonical.set(key, key);
    if (key.includes(' ') && label === 'PERSON') personKeys.push(key);
    else if (key.includes(' ') && label === 'ORGANIZATION') bodyKeys.push(key);
  }
  // A defined short name is no alias of a longer name (a verb read into a person with it: وبررت [ستاغ]): its own body.
  for (const [k, v] of aliasOverrides(personKeys, bodyKeys, lex)) if (!definedKeys.has(k)) canonical.set(k, v);
  return { votes, labelOf, canonical, defined };
}

/**
 * Links mentions across paragraphs; returns entities in order of first mention. Paragraphs that carry
 * their text and offset can be reused from `memo` (the result is the same as without it).
 */
export function linkEntities(paragraphs: Array<ParagraphTags & { text?: string; base?: number }>, lex: Lexicon, memo?: LinkMemo): Entity[] {
  const { votes, labelOf, canonical, defined } = linkMaps(paragraphs, lex);
  // 3. Untagged tokens equal to a known single-word key or alias become mentions too. A paragraph's
  // result depends only on its own tags and on the maps above: while these stay the same (most
  // edits), a paragraph already linked at the last analysis is reused, shifted where it moved.
  const ctx: PropagateContext = { canonical, labelOf, votes, keys: new KeyFilter(canonical.keys()), heads: phraseHeads(canonical.keys()), count: (w) => lex.freq(w) };
  const state: LinkState = { canonical, labelOf };
  const reuse = memo?.last !== undefined && sameState(memo.last, state);
  const next = new Map<string, { base: number; entries: Entry[] }>();
  const mentions: Entry[] = [];
  for (const p of paragraphs) {
    let entries: Entry[] | undefined;
    if (memo && p.text !== undefined && p.base !== undefined) {
      const hit = reuse ? memo.byText.get(p.text) : undefined;
      if (hit) {
        const by = p.base - hit.base;
        entries = by === 0 ? hit.entries : hit.entries.map((x) => ({ m: movedMention(x.m, by), propagated: x.propagated }));
      } else entries = propagate(p, ctx);
      next.set(p.text, { base: p.base, entries });
    } else entries = propagate(p, ctx);
    for (const x of entries) mentions.push(x);
  }
  if (memo) { memo.last = state; memo.byText = next; }
  mentions.sort((a, b) => a.m.start - b.m.start);
  // 4. Group by canonical key.
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const { m, propagated } of mentions) {
    const key = canonical.get(m.key) ?? m.key;
    // A place or body keeps its own label against the other's majority, as an entity of its own (repeatSlots.ts).
    const label = keptLabel(m.label, propagated, labelOf(key), defined(key));
    const group = groupKey(key, label, labelOf(key));
    let e = byKey.get(group);
    if (!e) {
      e = { id: `e${entities.length + 1}`, label, key, mentions: [] };
      byKey.set(group, e);
      entities.push(e);
    }
    // Field by field in the order a spread of `m` would give (exports serialise mentions).
    e.mentions.push({ label: e.label, start: m.start, end: m.end, key: m.key, confidence: m.confidence, firstToken: m.firstToken, lastToken: m.lastToken, entityId: e.id, propagated });
  }
  const tokensOf = tokensOfParagraphs(paragraphs);
  joinSplitSurnames(entities, tokensOf);
  relabelStormRepeats(entities, tokensOf);
  relabelProductRepeats(entities, tokensOf, (w) => lex.freq(w));
  // A cued place's repeats after a preposition (cuedPlaceRepeats.ts), on the relabelled entities.
  spreadCuedPlaces(entities, tokensOf, { count: paragraphs.length, mayHold: () => true, tokens: (i) => paragraphs[i].tokens }, (w) => lex.freq(w));
  return entities;
}
