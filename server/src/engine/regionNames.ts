// Arabic country, region and continent names from ICU (`Intl.DisplayNames`), normalised and built once: the list that ships with Node.
import { normalizeArabic } from './normalize';

let regions: Set<string> | undefined;
/** Codes CLDR gives names that are no country or territory: the UN, the EU and the euro area are bodies or groupings (a
 *  dateline's `( الأمم المتحدة )` credits the body), XA/XB are pseudo-locales. */
const NOT_TERRITORIES = new Set(['UN', 'EU', 'EZ', 'XA', 'XB']);

/** Every two-letter region code's Arabic name ICU knows (no Latin fallbacks), normalised. */
export function icuRegionNames(): ReadonlySet<string> {
  if (regions) return regions;
  regions = new Set();
  const names = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (NOT_TERRITORIES.has(code)) continue;
    let name: string | undefined;
    try { name = names.of(code); } catch { name = undefined; }
    if (name && !/[A-Z]/.test(name)) regions.add(normalizeArabic(name));
  }
  return regions;
}

let areas: string[] | undefined;
/** The Arabic names ICU gives the UN's M.49 numeric areas (continents and regions: أفريقيا، أوروبا، آسيا), normalised. */
export function icuAreaNames(): readonly string[] {
  if (areas) return areas;
  const names = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const out = new Set<string>();
  for (let c = 1; c < 1000; c++) {
    let name: string | undefined;
    try { name = names.of(String(c).padStart(3, '0')); } catch { name = undefined; }
    if (name && !/[A-Za-z]/.test(name)) out.add(normalizeArabic(name));
  }
  return areas = [...out];
}
