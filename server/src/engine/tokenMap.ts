// Values by token index for one analysis's token list: a Map's answers (insertion order kept) from a typed index.

/** What readers of a token map ask: a Map's get, has and entries in the order first set. */
export interface TokenLookup<V> {
  get(token: number): V | undefined;
  has(token: number): boolean;
  [Symbol.iterator](): IterableIterator<[number, V]>;
}

/**
 * Mentions by the token they start at: asked for nearly every token of every look-back (800 tokens behind a cue),
 * a typed index answers without hashing, and its storage is one Int32Array outside the collected heap instead of a
 * Map's entries (tens of MB per analysis at 5 M characters, promoted by the time the analysis ends).
 */
export class TokenMap<V> implements TokenLookup<V> {
  private readonly slot: Int32Array;
  /** The entries' tokens and values in the order first set; `size` of them are in use. */
  private keys: Int32Array;
  private readonly values: V[];
  private size = 0;

  /**
   * `capacity`: how many entries the caller expects at most (a speaker document knows its mentions): the lists are made
   * at that size instead of grown by doubling (the copies were half a megabyte per analysis at 1 M characters).
   */
  constructor(tokens: number, capacity = 16) {
    // 0: none; else the entry's position + 1 (a fresh Int32Array is zeros, no fill needed).
    this.slot = new Int32Array(tokens + 1);
    this.keys = new Int32Array(Math.max(1, capacity));
    this.values = new Array<V>(Math.max(1, capacity));
  }

  private at(token: number): number {
    return token >= 0 && token < this.slot.length ? this.slot[token] : 0;
  }

  get(token: number): V | undefined {
    const s = this.at(token);
    return s ? this.values[s - 1] : undefined;
  }

  has(token: number): boolean {
    return this.at(token) !== 0;
  }

  /** As Map.set: a token set again keeps its place in the order and takes the new value. */
  set(token: number, value: V): void {
    const s = this.at(token);
    if (s) { this.values[s - 1] = value; return; }
    if (this.size === this.keys.length) { const grown = new Int32Array(2 * this.size); grown.set(this.keys); this.keys = grown; }
    this.keys[this.size] = token;
    this.values[this.size++] = value;
    this.slot[token] = this.size;
  }

  /** Each entry in the order first set, without an iterator's object per entry. */
  forEach(f: (value: V, token: number) => void): void {
    for (let i = 0; i < this.size; i++) f(this.values[i], this.keys[i]);
  }

  *[Symbol.iterator](): IterableIterator<[number, V]> {
    for (let i = 0; i < this.size; i++) yield [this.keys[i], this.values[i]];
  }
}
