// Reads the model file's large fields straight from its decompressed bytes, each with its own small reader, instead of
// one JSON.parse of the whole file and copies of it: loading the model is what the server, the CLI and each worker pay at start.
import * as buffer from 'buffer';
import * as os from 'os';
import * as zlib from 'zlib';

/**
 * Gunzips into one buffer of the size the gzip trailer states. By default zlib writes 16 KB pieces and then copies them
 * all into one buffer: 9 MB written twice. The trailer holds the size modulo 2^32 and a file may hold several members:
 * a wrong guess only costs the pieces again.
 */
export function gunzipWhole(gz: Buffer): Buffer {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  // One byte more than the data: zlib allocates a further piece when the last one ends full.
  return size > 0 && size < 1 << 28 ? zlib.gunzipSync(gz, { chunkSize: Math.max(64 * 1024, size + 1) }) : zlib.gunzipSync(gz);
}

/** The fields that `npm run train` writes after `transition`, in its order, with the first character of each value. */
const FIELDS = [['features', '['], ['weights', '"'], ['lexicon', '{'], ['gazetteer', '"'], ['gazetteerFolded', '"'], ['attribution', '"']] as const;
type Field = (typeof FIELDS)[number][0];

/** Byte ranges of a model file's values (delimiters included), and its text before them. */
export interface ModelLayout { head: string; ranges: Record<Field, [number, number]> }

/**
 * Where each field's value lies, or undefined when the file is laid out otherwise. A field's opening (`,"lexicon":{`)
 * cannot occur inside another value: a JSON string holds no bare quote, and no other value is an object of objects
 * or strings. Each reader below still checks its value's syntax and gives up on anything unexpected.
 */
export function modelLayout(json: Buffer): ModelLayout | undefined {
  const ranges = {} as Record<Field, [number, number]>;
  let head = -1;
  let prev: Field | undefined;
  let at = 0;
  for (const [field, open] of FIELDS) {
    const marker = `,"${field}":${open}`;
    const found = json.indexOf(marker, at, 'latin1');
    if (found < 0) return undefined;
    if (prev) ranges[prev][1] = found;
    else head = found;
    at = found + marker.length - 1;
    ranges[field] = [at, -1];
    prev = field;
  }
  if (json[json.length - 1] !== 0x7d) return undefined;
  ranges.attribution[1] = json.length - 1;
  return { head: json.toString('utf8', 0, head) + '}', ranges };
}

/** The text of a byte range (UTF-8). */
export function textOf(json: Buffer, [from, to]: [number, number]): string {
  return json.toString('utf8', from, to);
}

const BASE64 = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * The weights (base64 of little-endian Int32 values, scaled by `scale`) decoded from the bytes into the table, a piece at
 * a time: neither the base64 text as a string (5.6 MB) nor the decoded integers (4 MB) are ever held whole. Undefined
 * unless the range is a quoted base64 string of exactly `count` values.
 */
export function weightsTable(json: Buffer, [from, to]: [number, number], count: number, scale: number, shared: boolean): Float64Array | undefined {
  if (json[from] !== 0x22 || json[to - 1] !== 0x22) return undefined;
  let end = to - 1;
  while (end > from + 1 && json[end - 1] === 0x3d) end--;
  const chars = end - from - 1;
  if (to - 1 - end > 2 || chars % 4 === 1 || ((chars * 3) >> 2) !== 4 * count) return undefined;
  const table = shared ? new Float64Array(new SharedArrayBuffer(8 * count)) : new Float64Array(count);
  // A multiple of 3 bytes (a group of 4 characters) and of 4 (one Int32).
  const piece = new Uint8Array(12288);
  const ints = new Int32Array(piece.buffer);
  let k = 0;
  let o = 0;
  for (let i = from + 1; i < end; i += 4) {
    const a = BASE64[json[i]];
    const b = BASE64[json[i + 1]];
    const c = i + 2 < end ? BASE64[json[i + 2]] : 0;
    const d = i + 3 < end ? BASE64[json[i + 3]] : 0;
    if ((a | b | c | d) < 0) return undefined;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    piece[k] = v >> 16;
    piece[k + 1] = v >> 8;
    piece[k + 2] = v;
    k += 3;
    if (k === piece.length || i + 4 >= end) {
      // The last group may carry padding bytes past the data: only whole values are read.
      const n = Math.min(k >> 2, count - o);
      for (let j = 0; j < n; j++) table[o++] = ints[j] / scale;
      k = 0;
    }
  }
  return o === count ? table : undefined;
}

/** Feature names as one array of UTF-16 code units, row r's from `starts[r]` to `starts[r + 1]` (FeatureTable's layout). */
export interface FeatureNames { chars: Uint16Array; starts: Int32Array }

const ESCAPED: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9 };
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The feature names of a JSON array of strings, without making a string of each (116,000 of them): the bytes are
 * transcoded to UTF-16 at once, and each name's code units are moved down over the quotes and commas before it.
 * Undefined unless the range is such an array (or the machine is big-endian, where the array would read the units swapped).
 */
export function featureNames(json: Buffer, [from, to]: [number, number]): FeatureNames | undefined {
  if (os.endianness() !== 'LE') return undefined;
  const section = json.subarray(from, to);
  // Transcoded natively (ICU) when the bytes are valid UTF-8; else through a string, which replaces bad bytes as JSON.parse's input did.
  const bytes = typeof buffer.transcode === 'function' && typeof buffer.isUtf8 === 'function' && buffer.isUtf8(section) ? buffer.transcode(section, 'utf8', 'ucs2') : Buffer.from(section.toString('utf8'), 'utf16le');
  const u = bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1) : new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const n = u.length;
  if (u[0] !== 0x5b || u[n - 1] !== 0x5d) return undefined;
  // At most one name per 3 code units (`"",`); a list grown by push would be copied as it grows, a young object each time.
  const starts = new Int32Array(Math.floor(n / 3) + 2);
  let rows = 0;
  let o = 0;
  let i = 1;
  if (n === 2) return { chars: u.subarray(0, 0), starts: starts.slice(0, 1) };
  for (;;) {
    if (u[i++] !== 0x22) return undefined;
    for (;;) {
      const c = u[i++];
      if (c === 0x22) break;
      if (c === undefined || c < 0x20) return undefined;
      if (c !== 0x5c) { u[o++] = c; continue; }
      const e = u[i++];
      if (e === 0x75) {
        const hex = String.fromCharCode(u[i], u[i + 1], u[i + 2], u[i + 3]);
        if (!HEX4.test(hex)) return undefined;
        u[o++] = parseInt(hex, 16);
        i += 4;
      } else if (ESCAPED[e] !== undefined) u[o++] = ESCAPED[e];
      else return undefined;
    }
    starts[++rows] = o;
    const sep = u[i++];
    if (sep === 0x5d && i === n) break;
    if (sep !== 0x2c) return undefined;
  }
  return { chars: u.subarray(0, o), starts: starts.slice(0, rows + 1) };
}

/** V8 makes a substring at least this long a slice of its parent string (shorter ones are copied). */
const SLICED = 13;

/**
 * Word → count from the text of a JSON object of non-negative integers (`{"word":12,…}`), straight into a Map: a
 * JSON.parse makes an object of 31,000 keys first, slow to build and slower to turn into a Map. Undefined for any
 * other text (a key with an escape, a number with a sign, a fraction or an exponent).
 */
export function lexiconMap(text: string): Map<string, number> | undefined {
  const out = new Map<string, number>();
  const n = text.length;
  if (text.charCodeAt(0) !== 0x7b || text.charCodeAt(n - 1) !== 0x7d) return undefined;
  if (n === 2) return out;
  for (let i = 1; ;) {
    if (text.charCodeAt(i) !== 0x22) return undefined;
    const close = text.indexOf('"', i + 1);
    if (close < 0 || text.charCodeAt(close + 1) !== 0x3a) return undefined;
    // A slice of 13 characters or more points into the text it was cut from: a copy, so a few long keys do not keep the
    // whole lexicon text (0.68 MB) alive for the session.
    const key = close - i - 1 >= SLICED ? text.slice(i + 1, close).split('').join('') : text.slice(i + 1, close);
    if (key.includes('\\')) return undefined;
    let v = 0;
    let j = close + 2;
    for (let c = text.charCodeAt(j); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++j)) v = v * 10 + (c - 0x30);
    // JSON allows no leading zero, and a count past 2^53 would not read back exactly.
    if (j === close + 2 || (text.charCodeAt(close + 2) === 0x30 && j > close + 3) || j - close - 2 > 15) return undefined;
    out.set(key, v);
    const sep = text.charCodeAt(j);
    if (sep === 0x7d && j === n - 1) return out;
    if (sep !== 0x2c) return undefined;
    i = j + 1;
  }
}

/**
 * The content of a JSON string holding `phrase<TAB>lists` lines, as written: its escapes `\t` and `\n` left in, for
 * gazetteerFile.parseGazetteer to split on; undefined when it holds any other escape (then the string is parsed as JSON).
 */
export function escapedLines(text: string): string | undefined {
  if (text.charCodeAt(0) !== 0x22 || text.charCodeAt(text.length - 1) !== 0x22) return undefined;
  const inner = text.slice(1, -1);
  // One native scan (a loop of indexOf over 80,000 escapes, run once and so never compiled, took 6-7 ms).
  return /\\[^tn]|\\$|"/.test(inner) ? undefined : inner;
}
