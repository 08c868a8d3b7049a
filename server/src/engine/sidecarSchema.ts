// The sidecar file format (`article.txt.annotations.json`): strict parsing with line numbers, and a rewrite that keeps unknown fields.
import { Decision, decisionProblem } from './decisions';

export const SIDECAR_SCHEMA = 'arabic-news-annotator/sidecar@1';
const [SCHEMA_NAME, SCHEMA_VERSION] = SIDECAR_SCHEMA.split('@');

export interface Sidecar {
  schema: string;
  document: { path: string; sha256?: string; [field: string]: unknown };
  decisions: Decision[];
  /** Top-level fields this version does not know, written back unchanged. */
  extra?: Record<string, unknown>;
}

export class SidecarError extends Error {
  constructor(message: string, readonly line?: number) { super(message); }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line of a JSON.parse error: from "position N" when V8 gives it, else by finding the quoted excerpt it shows. */
function jsonErrorLine(raw: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineOf(raw, Number(pos[1]));
  const excerpt = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!excerpt) return undefined;
  const at = raw.indexOf(excerpt[2]);
  return at >= 0 ? lineOf(raw, at + Math.max(0, excerpt[2].indexOf(excerpt[1]))) : undefined;
}

/**
 * Only exactly version 1 is read: a newer, pre-release (`@2.0-beta`) or unversioned file may hold
 * fields this version would drop, so it is refused and never rewritten.
 */
function checkSchema(schema: unknown): void {
  if (typeof schema !== 'string') throw new SidecarError('missing "schema"', 1);
  const at = schema.lastIndexOf('@');
  const name = at >= 0 ? schema.slice(0, at) : schema;
  const version = at >= 0 ? schema.slice(at + 1) : '';
  if (name !== SCHEMA_NAME) throw new SidecarError(`unknown schema "${schema}"`, 1);
  if (version === SCHEMA_VERSION) return;
  if (/^\d+$/.test(version) && Number(version) > Number(SCHEMA_VERSION)) throw new SidecarError(`schema version ${version} is newer than this extension understands (${SCHEMA_VERSION}); update the extension`, 1);
  throw new SidecarError(`schema version "${version || '(none)'}" is not one this extension understands (${SCHEMA_VERSION}); the file is left untouched`, 1);
}

/** Parses and validates a sidecar file; errors name the line (and every invalid decision) so the user can fix the file by hand. */
export function parseSidecar(raw: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const line = jsonErrorLine(raw, (e as Error).message);
    throw new SidecarError(`not valid JSON${line ? ` (line ${line})` : ''}: ${(e as Error).message}`, line);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new SidecarError('missing "schema"', 1);
  const { schema, document, decisions, ...extra } = data as Record<string, unknown>;
  checkSchema(schema);
  if (!Array.isArray(decisions)) throw new SidecarError('"decisions" must be an array', 1);
  const problems: Array<{ message: string; line?: number }> = [];
  decisions.forEach((x: unknown, i) => {
    const problem = decisionProblem(x);
    if (!problem) return;
    const id = (x as { id?: unknown } | null)?.id;
    const at = typeof id === 'string' && id ? raw.indexOf(`"${id}"`) : -1;
    problems.push({ message: `decision ${typeof id === 'string' && id ? id : i + 1} ${problem}`, line: at >= 0 ? lineOf(raw, at) : undefined });
  });
  if (problems.length) {
    const listed = problems.slice(0, 5).map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join('; ');
    throw new SidecarError(`${problems.length} invalid decision${problems.length > 1 ? 's' : ''}: ${listed}${problems.length > 5 ? '; …' : ''}`, problems[0].line);
  }
  // Hand-merged files may repeat an id: later copies get a deterministic suffix, so merges by id stay stable.
  const seen = new Map<string, number>();
  const ds = (decisions as Decision[]).map((d) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    return { ...d, id: n > 1 ? `${d.id}~${n}` : d.id, prefix: d.prefix ?? '', suffix: d.suffix ?? '' };
  });
  const doc = document && typeof document === 'object' && !Array.isArray(document) ? (document as Sidecar['document']) : { path: '' };
  return { schema: schema as string, document: doc, decisions: ds, extra };
}

export function serializeSidecar(s: Sidecar): string {
  const decisions = [...s.decisions].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  return JSON.stringify({ schema: SIDECAR_SCHEMA, document: s.document, ...s.extra, decisions }, null, 2) + '\n';
}
