// Gazetteer phrases from well-kept sources (ICU and ISO country names in Arabic, the shared name lists).
import * as fs from 'fs';
import * as path from 'path';
import { LIST_PARTICLES, listPhrase } from '../engine/newsLists';
import countriesAr from 'i18n-iso-countries/langs/ar.json';

export const ATTRIBUTION = [
  'NER model trained on NewsFANEGold and WikiFANEGold (F. Alotaibi and M. Lee, "A Hybrid Approach to Features Representation',
  'for Fine-grained Arabic Named Entity Recognition", COLING 2014) and AQMAR (B. Mohit, N. Schneider, R. Bhowmick, K. Oflazer,',
  'N. A. Smith, "Recall-Oriented Learning of Named Entities in Arabic Wikipedia", EACL 2012), CC BY-SA 3.0; and on the Wojood',
  'sample (SinaLab, MIT). Gazetteer: i18n-iso-countries (MIT) and ICU/CLDR (Unicode-3.0) Arabic region names; AKhateeb/arabic-names',
  '(MIT) name lists; name lists from ArWikiCats (MIT) and from Wikidata via steveash/NETransliteration-COLING2018 (CC0).',
].join(' ');


function readList(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** Rows of a tab-separated list with a header line, as column arrays. */
function readTsv(file: string): string[][] {
  return readList(file).slice(1).map((l) => l.split('\t'));
}

/** ICU region codes that stand for organisations in news rather than places. */
const ICU_BODIES = new Set(['EU', 'UN']);
/** ICU macro-regions worth listing (continents and world regions; numeric UN M.49 codes). */
const ICU_REGIONS = ['001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '419'];

function icuRegions(): Array<[string, string]> {
  const names = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const out: Array<[string, string]> = [];
  const codes: string[] = [...ICU_REGIONS];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  for (const code of codes) {
    let name: string | undefined;
    try { name = names.of(code); } catch { name = undefined; }
    if (!name || name === code) continue;
    out.push([name, ICU_BODIES.has(code) ? 'ORG' : 'LOC']);
  }
  return out;
}

/** The project's own list of organisations frequent in recent news (server/data/lists). */
const ORGANIZATIONS = path.join(__dirname, '..', 'server', 'data', 'lists', 'organizations.txt');
/** The project's own list of Arab and African clubs (server/data/lists), beside the shared, mostly European one. */
const CLUBS = path.join(__dirname, '..', 'server', 'data', 'lists', 'clubs.txt');


const CLUB_PREFIX = /^(ال)?نادي /;
const CLUB_SUFFIX = / (لكره القدم|لكره السله|الرياضي)$/;
const COMPETITION = /(^| )(ال)?(دوري|كاس|بطوله|الالعاب|دوره)( |$)/;

export interface GazetteerBuild {
  entries: Record<string, string>;
  /** Single words of the small curated lists: counted in the lexicon so the clitic splitter knows them. */
  lexiconWords: string[];
  /** Normalised words of the person-name lists that the lists spell with a final ه, not ة (عبده، بيليه; not نظيرة). */
  haSpelled: string[];
}

/** Lists whose rows are raw spellings of names (PLAST rows are already normalised: their PER rows carry the spelling). */
const NAME_LISTS = new Set(['FIRST', 'LAST', 'NAME', 'PER']);

/**
 * Normalised phrase → name lists it belongs to (`|`-joined): LOC places, ORG bodies, PER full names,
 * NAME name parts, PLAST surnames of the people list, CLUB sports clubs, COMP competitions, NAT nationality adjectives, FIRST/LAST Arabic names.
 */
export function gazetteerEntries(namesDir: string, gazDir: string): GazetteerBuild {
  const lists = new Map<string, Set<string>>();
  const lexiconWords = new Set<string>();
  const haSpelled = new Set<string>();
  const add = (p: string, cat: string, lexicon = false) => {
    const k = listPhrase(p);
    if (NAME_LISTS.has(cat)) for (const w of p.trim().split(/\s+/)) if (w.length >= 2 && w.endsWith('ه')) haSpelled.add(listPhrase(w));
    if (k.length < 2 || /[a-zA-Z0-9]/.test(k)) return;
    // Rows of the noisy lists that begin or end with a particle (في، من، أن) are phrases, not names.
    const words = k.split(' ');
    if (words.length > 1 && (LIST_PARTICLES.has(words[0]) || LIST_PARTICLES.has(words[words.length - 1]))) return;
    let s = lists.get(k);
    if (!s) { s = new Set(); lists.set(k, s); }
    s.add(cat);
    if (lexicon && !k.includes(' ')) lexiconWords.add(k);
  };
  for (const v of Object.values((countriesAr as { countries: Record<string, string | string[]> }).countries)) {
    for (const name of Array.isArray(v) ? v : [v]) add(name, 'LOC', true);
  }
  for (const [name, cat] of icuRegions()) add(name, cat);
  for (const f of ['male-first-names.txt', 'female-first-names.txt']) for (const n of readList(path.join(namesDir, f))) add(n, 'FIRST', true);
  for (const n of readList(path.join(namesDir, 'last-names.txt'))) add(n, 'LAST', true);
  for (const [, ar] of readTsv(path.join(gazDir, 'places.tsv'))) if (ar) add(ar, 'LOC');
  for (const [, ar] of readTsv(path.join(gazDir, 'people.tsv'))) {
    if (!ar || !ar.includes(' ')) continue;
    add(ar, 'PER');
    // News names a well-known person by surname alone after the first mention (… نتنياهو).
    const last = listPhrase(ar).split(' ').pop()!;
    if (last.length >= 3 && !LIST_PARTICLES.has(last)) add(last, 'PLAST');
  }
  // Name parts: the source's count summed per Arabic form; one-off alignments are too noisy.
  const partCounts = new Map<string, number>();
  for (const [, ar, count] of readTsv(path.join(gazDir, 'person-name-parts.tsv'))) if (ar) partCounts.set(ar, (partCounts.get(ar) ?? 0) + (Number(count) || 1));
  for (const [ar, c] of partCounts) if (c >= 2) add(ar, 'NAME');
  for (const [, ar] of readTsv(path.join(gazDir, 'sports-clubs-and-leagues.tsv'))) {
    if (!ar) continue;
    const k = listPhrase(ar);
    if (COMPETITION.test(k)) { add(k, 'COMP'); continue; }
    add(k, 'CLUB');
    const bare = k.replace(CLUB_PREFIX, '').replace(CLUB_SUFFIX, '');
    if (bare !== k) add(bare, 'CLUB');
  }
  for (const org of readList(ORGANIZATIONS)) if (!org.startsWith('#')) add(org, 'ORG');
  for (const club of readList(CLUBS)) if (!club.startsWith('#')) add(club, 'CLUB');
  for (const row of readTsv(path.join(gazDir, 'nationalities.tsv'))) for (const form of row.slice(1, 7)) if (form) add(form, 'NAT');
  const entries: Record<string, string> = {};
  for (const k of [...lists.keys()].sort()) entries[k] = [...lists.get(k)!].sort().join('|');
  return { entries, lexiconWords: [...lexiconWords].sort(), haSpelled: [...haSpelled].sort() };
}
