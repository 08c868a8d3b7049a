// Finds the document (publication) date that relative expressions resolve against.
import { parseIsoDate, YMD } from './hijri';
import { asciiDigits } from './normalize';

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
 * a line `Date: …` / `التاريخ: …` / `تاريخ النشر: …`, or a line that is only an ISO or d/m/yyyy date.
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
  return undefined;
}
