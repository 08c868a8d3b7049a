// Security and intelligence services named by the head جهاز (جهاز الأمن الوقائي، لجهاز الأمن الفيدرالي): one organisation.
import { beginTag, insideTag, markSpan, tagLabel } from './tagger';
import { RELATIVE_PRONOUNS, wordSet } from './wordSets';

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
