// Security and intelligence services named by the head جهاز (جهاز الأمن الوقائي) or مديرية (مديرية الأمن العام): one organisation.
import { beginTag, insideTag, markSpan, tagLabel } from './tagger';
import { RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { normalizeArabic } from './normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The head, clitic-free and normalised: a device too (جهاز الكمبيوتر), so only the services below follow it here. */
const HEAD = 'جهاز';
/** What a service of the state is for (normalised, definite or in construct): جهاز [الأمن]، جهاز [أمن] الدولة، جهاز [المخابرات]. */
const SERVICES = wordSet('الأمن أمن المخابرات مخابرات الاستخبارات استخبارات المباحث مباحث الرقابة الشرطة');
/** Words a service's name takes after what it is for: definite, at most this many (الأمن [الوقائي]، المخابرات [العامة المصرية]). */
const MAX_QUALIFIERS = 3;

/**
 * `جهاز` + a security or intelligence word + its definite qualifiers is one ORGANIZATION, the head inside as for every body
 * (`[جهاز الأمن الوقائي]` was `جهاز [الأمن الوقائي]`; `ل[جهاز الأمن الفيدرالي]` was missed). A device (`جهاز الكمبيوتر`) is
 * no service. A person or place span among the qualifiers ends the name before it.
 */
export function tagSecurityServices(stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (stems[k] !== HEAD || !SERVICES.has(stems[k + 1])) continue;
    const label = (j: number) => tagLabel((out ?? tags)[j]);
    if ((label(k) && label(k) !== 'ORGANIZATION') || (label(k + 1) && label(k + 1) !== 'ORGANIZATION')) continue;
    let e = k + 2;
    // In construct (جهاز أمن الدولة) the genitive names it; then definite qualifiers, not another label's span.
    while (e < tags.length && e - k - 2 < MAX_QUALIFIERS && stems[e].startsWith('ال') && !RELATIVE_PRONOUNS.has(stems[e]) && (!label(e) || label(e) === 'ORGANIZATION')) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    // A body the tagger ran on past the name starts again after it.
    if (e < out.length && out[e] === I_ORG) out[e] = B_ORG;
    k = e - 1;
  }
  return out ?? tags;
}

/** An indefinite directorate (normalised; a clitic on it allowed: لمديرية) and the security it runs, definite. */
const DIRECTORATE = normalizeArabic('مديرية');
const SECURITY = normalizeArabic('الأمن');
/** The one masculine word that describes security without a nisba's ي (الأمن [العام]). */
const GENERAL = normalizeArabic('العام');
/**
 * The kinds of security a directorate runs, masculine nisbas (الأمن [الوطني]، [الجنائي]، [الوقائي]). A closed class, not any word in
 * ي: after bare `مديرية الأمن` a word in ي or ى is as often the verb's object, a broken plural (`ونقلت مديرية الأمن الجرحى`،
 * `الأهالي`، `الأسرى`), or describes the building (`مبنى مديرية الأمن الحالي`) (courtprobe60).
 */
const SECURITY_KINDS = wordSet('الوطني الداخلي الخارجي الجنائي السياسي العسكري الوقائي القومي الإقليمي الجهوي العمومي الاقتصادي ' +
  'الغذائي المائي السيبراني المعلوماتي الإلكتروني الرقمي الجوي البحري الحدودي الدبلوماسي الصناعي الاجتماعي المدني الجمهوري');
/** Describing words a directorate's security takes at most (الأمن [العام]، الأمن [الوطني]، الأمن [الداخلي العام]). */
const MAX_SECURITY_QUALIFIERS = 2;

/**
 * `مديرية الأمن` and the words that describe the security (العام، or a kind of security: الوطني، الداخلي), all left O by
 * the tagger, are one ORGANIZATION: the security directorate (`باسم [مديرية الأمن العام] العقيد …`), as the read sets tag it
 * 9 times in 9 (with `المديرية العامة للأمن الوطني` and `مديرية أمن المنيا`, which the tagger finds; the training corpora do not
 * hold the phrase). A title after it (`العقيد`، `القاضي`) is the spokesman's, outside; `مديرية` with any other complement is
 * left to the passes that read it (a Yemeni district, مديرية الصحة), and so is `مديرية الأمن` with no describing word.
 */
export function tagSecurityDirectorates(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (stems[k] !== DIRECTORATE || stems[k + 1] !== SECURITY || tags[k] !== 0 || tags[k + 1] !== 0 || prefixes[k + 1]) continue;
    let e = k + 2;
    while (e < tags.length && e - k - 2 < MAX_SECURITY_QUALIFIERS && tags[e] === 0 && !prefixes[e] &&
      (stems[e] === GENERAL || SECURITY_KINDS.has(stems[e]))) e++;
    // Bare `مديرية الأمن` is a town's or a province's directorate, named by where it is (تعرضت مديرية الأمن لهجوم): left O.
    if (e === k + 2) continue;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}
