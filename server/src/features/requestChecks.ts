// The annotation commands' parameters checked before they run: any LSP client can send them, and a wrong type used to
// answer a TypeError's text ("s.trim is not a function") or, worse, act ("yes" marked the article reviewed).
import { Position, Range } from 'vscode-languageserver';

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';
/** An LSP position's line and character are unsigned integers: a document clamps `-1` to its start and would act there. */
const isIndex = (x: unknown): x is number => isNumber(x) && Number.isInteger(x) && x >= 0;
export const isPosition = (x: unknown): x is Position => isObject(x) && isIndex(x.line) && isIndex(x.character);
export const isRange = (x: unknown): x is Range => isObject(x) && isPosition(x.start) && isPosition(x.end);
const optionalString = (x: unknown) => x === undefined || x === null || typeof x === 'string';
const shown = (x: unknown) => { try { return JSON.stringify(x) ?? String(x); } catch { return String(x); } };

/** Each command's parameters beyond `uri`: a check and what it expects, said in the refusal. */
const CHECKS: Record<string, Array<[string, (x: unknown) => boolean, string]>> = {
  'arabicNews/annotate': [['range', isRange, 'a range ({start, end}, each {line, character})'], ['label', (x) => typeof x === 'string', 'a label such as "PERSON"'], ['literal', (x) => x === undefined || typeof x === 'boolean', 'true or false']],
  'arabicNews/decide': [['position', isPosition, 'a position ({line, character})'], ['action', (x) => typeof x === 'string', 'accept, reject, remove or relabel']],
  'arabicNews/acceptAll': [['label', optionalString, 'a label or nothing'], ['entityId', optionalString, 'an entity id or nothing']],
  'arabicNews/setDocumentDate': [['date', optionalString, 'a date YYYY-MM-DD, or "" to clear it']],
  'arabicNews/markReviewed': [['reviewed', (x) => typeof x === 'boolean', 'true or false']],
  'arabicNews/setSpeaker': [['position', isPosition, 'a position ({line, character})']],
  'arabicNews/import': [['content', (x) => typeof x === 'string', 'the file\'s text'], ['format', (x) => x === 'json' || x === 'brat', '"json" or "brat"']],
};

/** What is wrong with a command's parameters (a message for the user), or undefined when they are usable. */
export function paramProblem(method: string, p: unknown): string | undefined {
  if (!isObject(p) || typeof p.uri !== 'string') return `${method} needs a document: "uri" (a string).`;
  for (const [name, ok, expected] of CHECKS[method] ?? []) {
    if (!ok(p[name])) return `${method}: "${name}" must be ${expected}, not ${p[name] === undefined ? 'missing' : shown(p[name])}.`;
  }
  return undefined;
}
