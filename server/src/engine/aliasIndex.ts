// The alias map (linkAliases.ts) kept up to date as person and body keys come and go: only the entries a changed key
// can decide are worked out again, where a full rebuild read the names' order from every paragraph.
import { Lexicon } from './clitics';
import { bodyShorts, surnameAlias, wordCount } from './linkAliases';

const addTo = (m: Map<string, Set<string>>, k: string, v: string) => { let s = m.get(k); if (!s) m.set(k, s = new Set()); s.add(v); };
const takeFrom = (m: Map<string, Set<string>>, k: string, v: string) => { const s = m.get(k); if (s?.delete(v) && !s.size) m.delete(k); };

/** A key's own words before each of its spaces: the shorter names it can be the longest form of. */
function heads(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(0, i));
  return out;
}

/** No answer without the names' order: two or more candidates tie, and the first mentioned takes the entry. */
export const TIED = Symbol('tied');

/**
 * The multi-word person and body keys, indexed by what they can be the alias target of. An entry of aliasOverrides is
 * decided by its candidates alone (their word counts or lengths), and by their order of first mention only when the
 * best of them tie: that case is reported (TIED), for the caller to rebuild the map from the order.
 */
export class AliasIndex {
  readonly persons = new Set<string>();
  readonly bodies = new Set<string>();
  /** Surname → the persons it may stand for; a shorter name → the longer person keys it starts; short form → bodies. */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly byHead = new Map<string, Set<string>>();
  private readonly byShort = new Map<string, Set<string>>();

  constructor(private readonly lex: Lexicon) {}

  setPerson(key: string, on: boolean): void {
    if (this.persons.has(key) === on) return;
    if (on) this.persons.add(key); else this.persons.delete(key);
    const last = surnameAlias(key, this.lex);
    if (last !== undefined) (on ? addTo : takeFrom)(this.bySurname, last, key);
    for (const h of heads(key)) (on ? addTo : takeFrom)(this.byHead, h, key);
  }

  setBody(key: string, on: boolean): void {
    if (this.bodies.has(key) === on) return;
    if (on) this.bodies.add(key); else this.bodies.delete(key);
    for (const short of bodyShorts(key, this.lex)) (on ? addTo : takeFrom)(this.byShort, short, key);
  }

  /** The entries a key's coming, going or moving in the order can change: its surname, itself, its shorter forms, its short forms. */
  entriesOf(key: string): string[] {
    const out = [key, ...heads(key)];
    const last = surnameAlias(key, this.lex);
    if (last !== undefined) out.push(last);
    for (const short of bodyShorts(key, this.lex)) out.push(short);
    return out;
  }

  /** aliasOverrides' entry for `k` from the keys as they are now (undefined: none), or TIED. */
  entry(k: string): string | undefined | typeof TIED {
    // A person's entry first: a surname (one word) or a shorter name (several); a body's short form where it has none.
    const person = k.includes(' ') ? (this.persons.has(k) ? best(this.byHead.get(k), (c) => c.length) : undefined) : best(this.bySurname.get(k), wordCount);
    if (person !== undefined) return person;
    if (this.persons.has(k)) return undefined;
    const bodies = this.byShort.get(k);
    return !bodies ? undefined : bodies.size > 1 ? TIED : bodies.values().next().value;
  }
}

/** The candidate with the highest score, or TIED when two share it. */
function best(candidates: Set<string> | undefined, score: (c: string) => number): string | undefined | typeof TIED {
  if (!candidates) return undefined;
  let top: string | undefined, high = -1, ties = false;
  for (const c of candidates) {
    const s = score(c);
    if (s > high) { top = c; high = s; ties = false; } else if (s === high) ties = true;
  }
  return ties ? TIED : top;
}
