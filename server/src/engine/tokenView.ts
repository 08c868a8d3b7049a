// A document's tokens as a read-only Token[] made from columns when read: the passes read tokens by index, none is kept per token.
import { Token } from './tokenize';

/**
 * A document's tokens read by index where no Token[] is kept (the analysis passes): `tok(k)` is what `tokens[k]` is on
 * an array (undefined outside it). A method, not an index: a proxy's index is a string made per read, three times
 * the passes' time.
 */
export interface TokenList {
  readonly length: number;
  /** Typed as an array's index is (the project does not check indexed access): undefined outside the list. */
  tok(k: number): Token;
}

/** A Token[] as a TokenList (a few paragraphs' tokens, or a document analysed once). */
export class ArrayTokens implements TokenList {
  constructor(private readonly tokens: readonly Token[]) {}
  get length(): number { return this.tokens.length; }
  tok(k: number): Token { return this.tokens[k]; }
}

/** Where a view reads its tokens: how many, and token `k` as tokenize() made it. */
export interface TokenSource {
  readonly size: number;
  token(k: number): Token;
}

/** Token objects made on demand; recent ones kept (the passes read the same neighbourhood many times). */
const VIEW_CACHE = 1 << 13;

/** Token `k` of the source, the recent ones from a small cache; `tick` is called every 4,096 reads (the CLI's memory policy). */
function cachedReader(cols: TokenSource, tick?: () => void): (k: number) => Token {
  let reads = 0;
  const recent: Array<Token | undefined> = new Array(VIEW_CACHE);
  const recentAt = new Int32Array(VIEW_CACHE).fill(-1);
  return (k: number): Token => {
    if (tick && (++reads & 4095) === 0) tick();
    const slot = k & (VIEW_CACHE - 1);
    if (recentAt[slot] === k) return recent[slot]!;
    const t = cols.token(k);
    recent[slot] = t;
    recentAt[slot] = k;
    return t;
  };
}

/** The source's tokens as the passes read them (`tok(k)`), without the proxy of tokenView(): undefined outside the list, as an array's index. */
export function sourceTokens(cols: TokenSource, tick?: () => void): TokenList {
  const get = cachedReader(cols, tick);
  return {
    get length() { return cols.size; },
    tok: (k: number) => (k >= 0 && k < cols.size ? get(k) : undefined) as Token,
  };
}

/**
 * The source's tokens as a read-only array: `tokens[i]`, `length`, slices and loops work as on a
 * Token[], each element built from the columns when read. The document passes only read tokens.
 * `tick` is called every 4,096 reads (the CLI's memory policy).
 */
export function tokenView(cols: TokenSource, tick?: () => void): Token[] {
  const get = cachedReader(cols, tick);
  const index = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const c = p.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    // Canonical indices only ("01" is a property name, not an index), without a second string made per read.
    const k = +p;
    return k === (k | 0) && (c !== 48 || p.length === 1) ? k : -1;
  };
  const readOnly = () => { throw new TypeError('the token view is read-only'); };
  return new Proxy<Token[]>([], {
    get(target, p, receiver) {
      if (p === 'length') return cols.size;
      const k = index(p);
      if (k >= 0) return k < cols.size ? get(k) : undefined;
      return Reflect.get(target, p, receiver);
    },
    has(target, p) {
      const k = index(p);
      return k >= 0 ? k < cols.size : Reflect.has(target, p);
    },
    set: readOnly,
    deleteProperty: readOnly,
    defineProperty: readOnly,
  });
}
