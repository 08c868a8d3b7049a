// Finds the document (publication) date that relative expressions resolve against.
import { findDates } from './dates';
import { isMasthead, mayBeMasthead } from './mastheads';
import { parseIsoDate, YMD } from './hijri';
import { asciiDigits } from './normalize';
import { tokenize } from './tokenize';

export interface DocumentDate {
  date: YMD;
  /** Where it came from, shown in hovers: `--reference-date`, `setting`, `date line 1`, `front matter`. */
  source: string;
}

const DATE_LINE = /^\s*(?:date|published|التاريخ|تاريخ النشر|تاريخ)\s*[:：]\s*(.+?)\s*$/i;

function parseLooseDate(s: string): YMD | undefined {
  const t = asciiDigits(s).trim();
  const iso = parseIsoDate(t.slice(0, 10));
  if (iso) return iso;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? parseIsoDate(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`) : undefined;
}

/**
 * Accepted forms, in the first lines of the article: YAML front matter with `date: 2025-07-12`,
 * a line `Date: …` / `التاريخ: …` / `تاريخ النشر: …`, a line that is only an ISO or d/m/yyyy date,
 * or a newspaper masthead line with the date.
 */
export function detectDocumentDate(text: string): DocumentDate | undefined {
  const lines = text.slice(0, 2000).split(/\r?\n/).slice(0, 8);
  const frontMatter = lines[0]?.trim() === '---';
  for (let i = frontMatter ? 1 : 0; i < lines.length; i++) {
    const line = lines[i];
    if (frontMatter && line.trim() === '---') break;
    const m = DATE_LINE.exec(line);
    const d = m ? parseLooseDate(m[1]) : /^\s*[\d٠-٩]{1,4}[-/.][\d٠-٩]{1,2}[-/.][\d٠-٩]{1,4}\s*$/.test(line) ? parseLooseDate(line) : undefined;
    if (d) return { date: d, source: frontMatter ? 'front matter' : `date line ${i + 1}` };
  }
  // A masthead (`الرأي | الأحد 3 ديسمبر 2023 | العدد 16021`) dates the issue the article appeared in.
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    if (!mayBeMasthead(lines[i])) continue;
    const tokens = tokenize(lines[i]);
    if (!isMasthead(tokens)) continue;
    for (const c of findDates(tokens, { inMasthead: true })) {
      const s = c.spec;
      if (s.kind === 'absolute' && s.calendar === 'gregorian' && s.year && s.month && s.day) {
        const d = parseIsoDate(`${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`);
        if (d) return { date: d, source: `masthead line ${i + 1}` };
      }
    }
  }
  return undefined;
}
