// A portfolio and its nationality right after a minister's title (`وزير الخارجية السودانية`) are the title's, no organisation.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { ORGANIZATION_HEADS } from './triggers';

const B_ORG = beginTag('ORG');
/** A minister's title, clitic-free (لوزيرة، ووزير). */
const MINISTERS = wordSet('وزير وزيرة وزراء');

/**
 * An ORGANIZATION span opening right after وزير/وزيرة/وزراء with a definite portfolio and closing on a nationality
 * (`وزير [الخارجية السودانية]`، `وزيرة [الداخلية الفرنسية]`) is dropped: the phrase names the minister's office, and the
 * FANE corpora and our written dev sets leave it O 15 times in 15 (the nationality agrees with the portfolio, so the tagger
 * reads a ministry). After `وزارة` it is the ministry (`وزارة الخارجية الألمانية`), and a body the lists hold whole stays.
 */
export function dropPortfolioTitles(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  listedBody: (b: number, e: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 1; k + 1 < tags.length; k++) {
    if (tags[k] !== B_ORG || tags[k - 1] !== 0 || !MINISTERS.has(stems[k - 1])) continue;
    // Ministers of a body a head word names (وزراء [الحكومة الإسرائيلية]، وزراء [الاتحاد الأوروبي]) are its members: that is the body, no portfolio.
    if (ORGANIZATION_HEADS.has(stems[k])) continue;
    const end = spanEnd(tags, k);
    if (end - k < 2 || end - k > 3 || prefixes[k] || !stems[k].startsWith('ال') || !isNationality(end - 1) || listedBody(k, end)) continue;
    out ??= tags.slice();
    for (let e = k; e < end; e++) out[e] = 0;
    k = end - 1;
  }
  return out ?? tags;
}
