// Arabic country and region names from ICU (`Intl.DisplayNames`), normalised and built once: the list that ships with Node.
import { normalizeArabic } from './normalize';

let regions: Set<string> | undefined;

/** Every two-letter region code's Arabic name ICU knows (no Latin fallbacks), normalised. */
export function icuRegionNames(): ReadonlySet<string> {
  if (regions) return regions;
  regions = new Set();
  const names = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    let name: string | undefined;
    try { name = names.of(String.fromCharCode(a, b)); } catch { name = undefined; }
    if (name && !/[A-Z]/.test(name)) regions.add(normalizeArabic(name));
  }
  return regions;
}
