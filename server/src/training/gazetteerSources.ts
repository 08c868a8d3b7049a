// Gazetteer phrases from well-kept sources (ISO country names in Arabic, the shared name lists).
import * as fs from 'fs';
import * as path from 'path';
import { normalizeArabic } from '../engine/normalize';
import countriesAr from 'i18n-iso-countries/langs/ar.json';

export const ATTRIBUTION = [
  'NER model trained on NewsFANEGold and WikiFANEGold (F. Alotaibi and M. Lee, "A Hybrid Approach to Features Representation',
  'for Fine-grained Arabic Named Entity Recognition", COLING 2014) and AQMAR (B. Mohit, N. Schneider, R. Bhowmick, K. Oflazer,',
  'N. A. Smith, "Recall-Oriented Learning of Named Entities in Arabic Wikipedia", EACL 2012), CC BY-SA 3.0.',
  'Gazetteer: i18n-iso-countries (MIT) Arabic country names; AKhateeb/arabic-names (MIT) name lists.',
].join(' ');

function phrase(s: string): string {
  return normalizeArabic(s).trim().split(/\s+/).join(' ');
}

function readList(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** Normalised phrase → category (LOC, FIRST, LAST); earlier sources win on conflicts. */
export function gazetteerEntries(namesDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (p: string, cat: string) => {
    const k = phrase(p);
    if (k.length >= 2 && !(k in out)) out[k] = cat;
  };
  for (const v of Object.values((countriesAr as { countries: Record<string, string | string[]> }).countries)) {
    for (const name of Array.isArray(v) ? v : [v]) add(name, 'LOC');
  }
  for (const f of ['male-first-names.txt', 'female-first-names.txt']) for (const n of readList(path.join(namesDir, f))) add(n, 'FIRST');
  for (const n of readList(path.join(namesDir, 'last-names.txt'))) add(n, 'LAST');
  return Object.fromEntries(Object.entries(out).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
