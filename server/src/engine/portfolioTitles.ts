// A portfolio and its nationality right after a minister's title (`وزير الخارجية السودانية`) are the title's, no organisation.
import { beginTag, dropSpans } from './tagger';
import { wordSet } from './wordSets';
import { ORGANIZATION_HEADS } from './triggers';

const B_ORG = beginTag('ORG');
/** A minister's title, clitic-free (لوزيرة، ووزير). */
const MINISTERS = wordSet('وزير وزيرة وزراء');

/**
 * An ORGANIZATION span opening right after وزير/وزيرة/وزراء with a definite portfolio and closing on a nationality
 * (`وزير [الخارجية السودانية]`، `وزيرة [الداخلية الفرنسية]`) is dropped: the phrase names the minister's office, and the
 * FANE corpora and our written dev sets leave it O 15 times in 15 (the nationality agrees with the portfolio, so the tagger
 * reads a ministry); so is a span opened on the title itself. After `وزارة` it is the ministry (`وزارة الخارجية الألمانية`),
 * and a body the lists hold whole stays.
 */
export function dropPortfolioTitles(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  listedBody: (b: number, e: number) => boolean): number[] {
  // The tagger may open the span on the title itself ([وزير الطاقة الجزائري] شكيب خليل): no organisation of the FANE
  // corpora opens so (0 of their ORG spans), so the title and its portfolio go together.
  const title = (k: number) => MINISTERS.has(stems[k]);
  return dropSpans(tags, B_ORG, (k, end) => (k > 0 && tags[k - 1] === 0 && MINISTERS.has(stems[k - 1]) &&
    // Ministers of a body a head word names (وزراء [الحكومة الإسرائيلية]، وزراء [الاتحاد الأوروبي]) are its members: that is the body, no portfolio.
    !ORGANIZATION_HEADS.has(stems[k]) &&
    end - k >= 2 && end - k <= 3 && !prefixes[k] && stems[k].startsWith('ال') && isNationality(end - 1) && !listedBody(k, end)) ||
    (title(k) && end - k >= 3 && end - k <= 4 && stems[k + 1].startsWith('ال') && !ORGANIZATION_HEADS.has(stems[k + 1]) && isNationality(end - 1) &&
      !listedBody(k + 1, end)));
}
