// A ministry named by two or three portfolios joined by و (وزارة التخطيط والتعاون الدولي): the whole name is the body.
import { beginTag, insideTag, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { definite, endsAsNisba } from './namePatterns';
import { GOVERNMENT_BODIES } from './nameRules';
import { ORGANIZATION_HEADS, PERSON_TITLE_FORMS } from './triggers';
import { wordSet, wordSetWithArticle } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The head, clitic-free (لوزارة، بوزارة). */
const MINISTRY = wordSetWithArticle('وزارة');
/** Portfolios a ministry's name joins after its first (والتعاون، والشؤون الإسلامية): at most two more. */
const MAX_PORTFOLIOS = 2;
/** Bodies and facilities in the plural, which a ministry is coordinated with, not named by (وزارة الصحة [والمنظمات] الدولية، [والمستشفيات] الخاصة). */
const BODIES = wordSet(`المنظمات الهيئات المؤسسات الشركات الجمعيات النقابات الأحزاب الوزارات البنوك المصارف الدول الحكومات السلطات الأجهزة
  الإدارات الدوائر المديريات المصالح المستشفيات المدارس الجامعات المعاهد السجون المحاكم`);
/** Training count from which a word's genitive plural in ين is known (المحتجين), so its ون form is that plural's nominative. */
const KNOWN_PLURAL = 3;
/**
 * A definite sound masculine plural in the nominative (والمحتجون، والمزارعون): a participle's or one whose ين form is known
 * (not التعاون، الفنون). A portfolio is in the genitive with the one before it, so this is the verb's other subject
 * (وتبادلت وزارة الداخلية [والمحتجون] الاتهامات).
 */
const nominativePlural = (stem: string, wordFreq: (w: string) => number) =>
  /^ال[\u0621-\u064A]{3,}ون$/.test(stem) && (stem.startsWith('الم') || wordFreq(stem.slice(0, -2) + 'ين') >= KNOWN_PLURAL);
/** Quantities that open a list of others after the ministry (وزارة الصحة [والعديد] من المؤسسات). */
const QUANTITIES = wordSet('العديد الكثير الجميع العشرات المئات الآلاف الملايين الباقي البقية');

/**
 * A ministry span of head + portfolio (`[وزارة التخطيط]`) takes the portfolios joined to it by و, each definite with
 * one definite nisba adjective of its own (`والتعاون [الدولي]`، `والجماعات [المحلية]`), the و attached or written apart:
 * NewsFANE, WikiFANE and Wojood keep such a portfolio inside 11 times in 12 (`وزارة الاقتصاد و التجارة`); the nationality
 * after the last one is inside too, as after any ministry (`وزارة الاشغال و المواصلات [العراقية]`). Not another body's head,
 * bodies or facilities in the plural, a plural in the nominative, a public body, a quantity or a title after و
 * (`والسفارة الأمريكية`، `والإدارات المحلية`، `والمستشفيات`، `والمحتجون`، `والجيش`، `والعديد من`، `ووزير`).
 * `wordFreq`: training count of a normalised word.
 */
export function extendMinistryPortfolios(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  isNationality: (k: number) => boolean, wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    const cur = out ?? tags;
    if (cur[b] !== B_ORG) continue;
    const e = spanEnd(cur, b);
    // Head + portfolio, with the portfolio's adjective if the tagger took it (وزارة الشؤون الاجتماعية).
    if (!MINISTRY.has(stems[b]) || e - b < 2 || e - b > 3 || !stems.slice(b + 1, e).every((s) => definite(s))) { b = e - 1; continue; }
    /** Past a free definite nisba at `k` (a nationality too: a ministry is a generic institution, README), or `k`. */
    const adjectiveEnd = (k: number) => (k < n && cur[k] === 0 && sentence[k].kind === 'word' && !prefixes[k] && definite(stems[k]) && endsAsNisba(stems[k]) ? k + 1 : k);
    let end = e;
    // A portfolio the tagger already joined (وزارة الداخلية [والجماعات]) takes its adjective (المحلية).
    if (prefixes[e - 1] === 'و' || sentence[e - 2].text === 'و') end = adjectiveEnd(e);
    for (let p = 0; p < MAX_PORTFOLIOS; p++) {
      // The و attached (والتعاون) or apart (و التعاون), then the portfolio, O and with no other clitic.
      const apart = end < n && sentence[end].text === 'و' && cur[end] === 0;
      const k = apart ? end + 1 : end;
      if (k >= n || cur[k] !== 0 || sentence[k].kind !== 'word' || (apart ? prefixes[k] !== '' : prefixes[k] !== 'و')) break;
      const stem = stems[k];
      if (!definite(stem) || isNationality(k) || BODIES.has(stem) || nominativePlural(stem, wordFreq) || QUANTITIES.has(stem) || ORGANIZATION_HEADS.has(stem) || ORGANIZATION_HEADS.has(stem.slice(2)) || GOVERNMENT_BODIES.has(stem) ||
        PERSON_TITLE_FORMS.has(stem) || PERSON_TITLE_FORMS.has(stem.slice(2))) break;
      end = adjectiveEnd(k + 1);
    }
    if (end > e) {
      out ??= tags.slice();
      for (let j = e; j < end; j++) out[j] = I_ORG;
    }
    b = end - 1;
  }
  return out ?? tags;
}
