// Detects Arabic date and time expressions in a paragraph's tokens and describes each as a resolvable spec.
import { sourcePrefixLength } from './clitics';
import { APPROX, Cursor, DateCandidate, PREFIXES } from './dateCursor';
import {
  CARDINALS, DAY_PARTS, DECADES, GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_PAIRS, LEVANTINE_PAIRS, ORDINALS, SET_ADVERBS, UNITS, WEEKDAYS,
} from './dateLexicon';
import { best, LEADS, PARSERS, PERIODS, RELATIVE_DAYS, YEAR_WORDS } from './dateParsers';
import { Token } from './tokenize';

export type { DateCandidate, DateSpec, DateType } from './dateCursor';

/** Every word a date expression can start with (after clitics); other tokens skip the parsers. */
const START_WORDS = new Set<string>([
  ...[GREGORIAN_MONTHS, HIJRI_MONTHS, LEVANTINE_PAIRS, HIJRI_PAIRS, WEEKDAYS, UNITS, CARDINALS, ORDINALS, DECADES, DAY_PARTS, SET_ADVERBS, LEADS, YEAR_WORDS, RELATIVE_DAYS, PERIODS].flatMap((m) => [...m.keys()]),
  ...APPROX, 'يوم', 'شهر', 'القرن', 'الساعه', 'كل', 'اول', 'بعد', 'قبل', 'منذ', 'خلال', 'لمده', 'مده', 'طوال', 'طيله', 'عده', 'بضعه', 'بضع', 'هذا', 'هذه',
]);

function mayStartDate(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  for (const p of PREFIXES) {
    if (!t.norm.startsWith(p)) continue;
    const rest = t.norm.slice(p.length);
    if (START_WORDS.has(rest) || (p.endsWith('ل') && START_WORDS.has('ا' + rest))) return true;
  }
  return false;
}

/** Finds date/time expressions among `tokens`; spans exclude proclitics glued to the first word. */
export function findDates(tokens: Token[]): DateCandidate[] {
  const c = new Cursor(tokens);
  const out: DateCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = mayStartDate(tokens[i]) ? best(c, i, PARSERS) : undefined;
    if (!found) { i++; continue; }
    let last = found.end - 1;
    while (last > i && tokens[last].kind === 'punct' && tokens[last].text !== ')') last--;
    const first = tokens[i];
    const prefix = PREFIXES.slice(1).filter((p) => first.norm.startsWith(p) && first.kind === 'word')
      .find((p) => firstWordMatchesWithout(first.norm, p)) ?? '';
    out.push({ type: found.type, start: first.start + sourcePrefixLength(first.text, prefix), end: tokens[last].end, spec: found.spec });
    i = found.end;
  }
  return out;
}

const ALL_WORDS = [GREGORIAN_MONTHS, HIJRI_MONTHS, LEVANTINE_PAIRS, HIJRI_PAIRS, WEEKDAYS, UNITS, CARDINALS, DECADES, DAY_PARTS, SET_ADVERBS];
const EXTRA = new Set(['يوم', 'امس', 'الامس', 'البارحه', 'اليوم', 'غدا', 'الغد', 'قبل', 'منذ', 'بعد', 'خلال', 'مده', 'طوال', 'طيله', 'الساعه', 'كل', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'عام', 'سنه', 'القرن', 'العقد', 'شهر']);

/** True when the word minus `prefix` is itself calendar vocabulary, i.e. the prefix really is a clitic. */
function firstWordMatchesWithout(norm: string, prefix: string): boolean {
  const rest = norm.slice(prefix.length);
  const forms = prefix.endsWith('ل') ? [rest, 'ا' + rest] : [rest];
  return forms.some((f) => EXTRA.has(f) || ALL_WORDS.some((m) => m.has(f)) || /^\d/.test(f));
}
