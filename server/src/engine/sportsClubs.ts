// Clubs in sports news: a word of the clubs list is a club (ORGANIZATION) when its sentence is about sport.
import { FilteredSet } from './keyFilter';
import { normalizeArabic } from './normalize';
import { TAGS } from './tagger';

const B_ORG = TAGS.indexOf('B-ORG');
const I_ORG = TAGS.indexOf('I-ORG');

/** Words that make a sentence sports news (clitic-free, normalised; with and without ال). */
const SPORTS_CUES = new FilteredSet(new Set(`
  مباراة مباريات الدوري دوري فاز يفوز تعادل خسر هدف هدفين أهداف المدرب مدرب لاعب اللاعب لاعبي فريق الفريق ملعب الملعب
  نادي النادي كأس الكأس بطولة البطولة الموسم ديربي المنتخب منتخب الجولة جولة ركلة ركلات الشوط تأهل التأهل نصف النهائي
  ضيفه مضيفه الصدارة المتصدر
`.split(/\s+/).filter(Boolean).map(normalizeArabic)));

/** A club name this frequent in the training text is mostly an ordinary word. */
const COMMON = 100;

/**
 * In a sentence with a sports cue, a club-list match (single word or whole phrase) that the
 * tagger left O becomes ORGANIZATION (`الوحدات`, `النجم الساحلي`): alone these words are often
 * common nouns or places, next to a match report they are clubs.
 */
export function tagSportsClubs(stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number): number[] {
  if (!stems.some((s) => SPORTS_CUES.has(s))) return tags;
  const out = [...tags];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 0) continue;
    // Not function words that share a club's spelling (كان) nor places, which the tagger decides.
    if (marks[i].includes('CLUB-S') && !SPORTS_CUES.has(stems[i]) && freq(i) < COMMON && !marks[i].some((m) => m.startsWith('LOC'))) { out[i] = B_ORG; continue; }
    if (!marks[i].includes('CLUB-B')) continue;
    let e = i + 1;
    while (e < out.length && !marks[e].includes('CLUB-E')) e++;
    if (e >= out.length || out.slice(i, e + 1).some((t) => t !== 0)) continue;
    for (let k = i; k <= e; k++) out[k] = k === i ? B_ORG : I_ORG;
    i = e;
  }
  return out;
}
