// Parties named by the definite head and a nisba (الحزب الوطني، الحزب الإسلامي العراقي) or by حزب and a feminine noun (حزب إرادة): one organisation.
import { definiteNisba } from './namePatterns';
import { allBaseArabic, normalizeArabic } from './normalize';
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The head, normalised and clitic-free. */
const HEAD = normalizeArabic('الحزب');
/**
 * Definite words in ي that say which of a text's parties, or which part of one, without naming it (الحزب الثاني، جناح
 * الحزب العسكري، الحزب المحلي), and elatives and ordinals whose ى the normalisation folds to ي (الأعلى، الأولى).
 */
const NOT_NAMING = wordSet(`الثاني الحالي الداخلي الخارجي العسكري السياسي الرئيسي الماضي الحقيقي النهائي التالي الأساسي الفعلي المحلي
  المعني الأعلى الأدنى الأقصى الأولى الكبرى الأخرى الذاتي الانتخابي التنظيمي الإعلامي الفرعي`);
/** Nisbas a party's name runs through at most (الحزب التقدمي الاشتراكي، الحزب الشيوعي السوداني). */
const MAX_NISBAS = 3;

/**
 * `الحزب` + a definite nisba is a party's name (الحزب الوطني الحاكم، الحزب الإسلامي العراقي): the corpora tag the shape
 * ORGANIZATION 32 times in 35 (the others `الحزب الجمهوري` left O, `الحزب الثاني`, `جناح الحزب العسكري`). The tagger knows
 * the famous ones and leaves others O; the span takes the nisbas after the first, a nationality too (a party named by
 * common words keeps it, as `takeInstitutionNationality` reads), and stops at any other word (`الحاكم`).
 */
export function tagPartyNisbas(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const nisba = (k: number) => k < tags.length && tags[k] === 0 && !prefixes[k] && definiteNisba(stems[k], 2, false) && !NOT_NAMING.has(stems[k]);
  for (let k = 0; k + 1 < tags.length; k++) {
    if (stems[k] !== HEAD || tags[k] !== 0 || !nisba(k + 1)) continue;
    let e = k + 2;
    while (e - k - 1 < MAX_NISBAS && nisba(e)) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}

/** The indefinite head (normalised, clitic-free): masculine, so no feminine adjective describes it. */
const INDEFINITE_HEAD = normalizeArabic('حزب');
/** The four party passes' bit (wideCues.ts): each starts at one of the two heads, so a sentence without either is left as it is. */
export const PARTY_CUE = wideCueBit([[HEAD, INDEFINITE_HEAD]]);
/** A feminine noun written with ة, not a nisba's feminine (ية): after حزب it can only be the party's name or its start. */
const FEMININE_NOUN = /[^ي]ة$/;
/** A verbal noun of form III (مفاعلة: معارضة، مقاومة): what a party does (حزب معارضة, an opposition party), not its name. */
const FORM_III_NOUN = /^م[\u0621-\u064A]ا[\u0621-\u064A]{2}ة$/;
/**
 * Quantifiers (normalised, clitic-free) that make حزب "every/any party", a subject or an object whose verb's noun follows
 * it (لم يحقق أي حزب [نسبة] كافية، منح الدستور كل حزب [حصة]): a party named takes none.
 */
const QUANTIFIERS = wordSet('كل أي');
/** The stem, or the word as written with a conjunction and a preposition taken off (لكل، ولأي), is a quantifier. */
const quantifier = (stem: string, written: string) => QUANTIFIERS.has(stem) || QUANTIFIERS.has(normalizeArabic(written).replace(/^[وف]?[لب]/, ''));

/**
 * `حزب` + an indefinite word written with ة, both left O (`حزب [إرادة]`، `حزب [جبهة] التحرير`), is a party: حزب is masculine,
 * so a feminine word after it is no adjective (a party described is `حزب جديد`، `حزب إسلامي`) but a noun that names it, with
 * the definite genitive after it that completes the name; not a verbal noun of form III (حزب معارضة), nor after a quantifier (كل حزب فرصة). The corpora tag every such pair as an organisation (حرية، جبهة، حركة).
 * `textAt(k)`: token k as written (ة is folded away in the stems).
 */
export function tagFeminineNamedParties(stems: readonly string[], prefixes: readonly string[], tags: number[], textAt: (k: number) => string,
  isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k + 1 < n; k++) {
    const w = k + 1;
    if (tags[k] !== 0 || tags[w] !== 0 || stems[k] !== INDEFINITE_HEAD || (k > 0 && quantifier(stems[k - 1], textAt(k - 1))) || prefixes[w] || stems[w].startsWith('ال') || stems[w].length < 3 ||
      !FEMININE_NOUN.test(textAt(w)) || FORM_III_NOUN.test(textAt(w))) continue;
    let e = w + 1;
    if (e < n && tags[e] === 0 && !prefixes[e] && stems[e].startsWith('ال') && !isNationality(e)) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}

/** Training-text count from which `ال` + the word is a noun the text knows (الوعد، العزم، التقدم): not a verb or a name's letters. */
const KNOWN_DEFINITE = 2;

/** Token k is `حزب` and the word after it is bare: no clitic, article, ة or non-Arabic letter of its own, three letters or more. */
function headAndBareWord(stems: readonly string[], prefixes: readonly string[], textAt: (k: number) => string, k: number): boolean {
  const x = stems[k + 1];
  return stems[k] === INDEFINITE_HEAD && !prefixes[k + 1] && !x.startsWith('ال') && x.length >= 3 && !/[ةه]$/.test(textAt(k + 1)) && allBaseArabic(x);
}

/**
 * `حزب` + an indefinite masculine word, both left O (`حزب [وعد]`، `حزب [عزم]`), is a party when the word is a noun and no
 * adjective: an adjective agrees in gender, so the text writes it with ال and ة too (السياسية، الجديدة، الواحدة، الحاكمة),
 * a noun seldom (no الوعدة، العزمة); ال + ة is no pronoun (وعده is his promise). The word must be known with the article
 * (a verb is not: يدعو), without a clitic, ة or article of its own, and not after a quantifier (لكل حزب عضو). `wordFreq(w)`: w's training count, normalised (ة → ه).
 */
export function tagMasculineNamedParties(stems: readonly string[], prefixes: readonly string[], tags: number[], textAt: (k: number) => string,
  wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    const w = k + 1;
    const x = stems[w];
    if (tags[k] !== 0 || tags[w] !== 0 || !headAndBareWord(stems, prefixes, textAt, k) || (k > 0 && quantifier(stems[k - 1], textAt(k - 1)))) continue;
    if (wordFreq('ال' + x) < KNOWN_DEFINITE || wordFreq('ال' + x + 'ه') > 0) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
    out[w] = I_ORG;
    k = w;
  }
  return out ?? tags;
}

/** Training-text count of ال + the word + ة from which the word is an adjective the text writes agreeing (الجديدة، السياسية). */
const KNOWN_AGREEING = 2;

/**
 * The converse of `tagMasculineNamedParties`: a two-word body the tagger read as `حزب` + an indefinite word the text also
 * writes with ال and ة (`أسس الرجل [حزب جديد]`) is a party described, not named: an adjective agrees in gender, a name's
 * noun seldom does. Only the bare two-word span (the word as `headAndBareWord` reads it), or that span and the adjective's
 * definite genitive (`حزب كبير المعارضة`).
 */
export function dropAdjectiveParties(stems: readonly string[], prefixes: readonly string[], tags: number[], textAt: (k: number) => string,
  wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    const w = k + 1;
    const x = stems[w];
    if (tags[k] !== B_ORG || tags[w] !== I_ORG || !headAndBareWord(stems, prefixes, textAt, k)) continue;
    // A longer span goes on only into the adjective's own definite genitive (`[حزب كبير المعارضة]`: a construct adjective,
    // as in كبير السن); the whole span is the described party then.
    let e = w + 1;
    if (tags[e] === I_ORG) {
      if (prefixes[e] || !stems[e].startsWith('ال') || tags[e + 1] === I_ORG) continue;
      e++;
    }
    if (wordFreq('ال' + x + 'ه') < KNOWN_AGREEING) continue;
    out ??= tags.slice();
    for (let j = k; j < e; j++) out[j] = 0;
  }
  return out ?? tags;
}
