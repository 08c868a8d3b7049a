// A person's name the tagger split before its surname (فيصل ظفر | مرزا) where the article names that surname alone: one name.
import type { Entity, LinkedMention } from './linking';
import type { MentionTokens } from './stormRepeats';
import { hasBehindConjunction, wordSet } from './wordSets';
import type { Token } from './tokenize';
import { isRank } from './rankTitles';

/** Words of the given names before the surname: two or three (a one-word person before a surname is as often two people). */
const MIN_GIVEN = 2;
const MAX_GIVEN = 3;

/** A proclitic the mention leaves out of its first token (و + a second person, ل + a name governed by a preposition). */
const cliticCut = (m: LinkedMention, tokensOf: MentionTokens) => {
  const t = tokensOf(m)?.[m.firstToken];
  return !t || m.start > t.start;
};

/**
 * Past verbs whose object news names as a person (meeting, receiving, appointing, beating, informing: استقبل، عين، هزم،
 * أبلغ), masculine and feminine, normalised. After one the doer's name and the object's can stand side by side.
 */
const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([...wordSet(`استقبل التقى قابل عين هزم ابلغ هنأ صافح اقال كرم زار اتهم انتقد هاجم خلف واجه هاتف حذر
  استبدل اعفى كلف سلم منح عانق دعا طالب ناشد اوفد رافق اعتقل ودع شكر خاطب حاور تحدى اقصى فاجا كافا عزى اغتال طرد استدعى
  ضم بايع انتخب رشح ايد دعم`)].flatMap((w) => [w, /[يا]$/.test(w) ? w.slice(0, -1) + 'ت' : w + 'ت']));

/**
 * The word before the given names is a verb that takes a person as its object: `عين [دونالد ترامب] [روبيو] وزيرا`,
 * `استقبل [عبد الفتاح السيسي] [بلينكن]`, `هزم [رافائيل نادال] [ديوكوفيتش]`: the verb's doer and its object, two people
 * side by side, the second the one the article goes on to name alone. The tagger's split stands there. Not any past verb:
 * after one of saying or of coming and going (`وصل [رافائيل أمادو] [كوستيلا] إلى`) the name is one person's.
 */
function afterPersonObjectVerb(ma: LinkedMention, tokens: ReadonlyArray<Token>): boolean {
  const t = tokens[ma.firstToken - 1];
  if (!t || t.kind !== 'word') return false;
  return hasBehindConjunction(PERSON_OBJECT_VERBS, t.norm);
}

/**
 * The word before a one-word person is a rank (`الأدميرال [براد] [كوبر]`): the rank stays outside the name (rankTitlesOut),
 * so the word after it is the given name, not a company's or a title's word.
 */
function afterRank(ma: LinkedMention, tokens: ReadonlyArray<Token> | undefined): boolean {
  const t = tokens?.[ma.firstToken - 1];
  return !!t && t.kind === 'word' && isRank(t.norm);
}

/**
 * A person the tagger read as two or three words named nowhere else in the article, right before a one-word person mention
 * of a surname the article names again (`وزير الصحة [فيصل ظفر] [مرزا] … وأضاف [مرزا]`): the first mention's given names and
 * its surname, which the tagger read apart (an unseen surname opens a name of its own as easily as it closes one). The two
 * are one mention of the first entity, the surname's entity keeping its other mentions. Not where the given names are
 * named again (two people side by side: `بحث [ماكرون] [بايدن]` where the article names ماكرون elsewhere), nor a one-word
 * first part (`رئيس مايكروسوفت [براد] [سميث]`: a company's or title's word may be its first word) but after a rank (afterRank), nor across a proclitic
 * left out (`[رغدة] [وليلى]`), nor after a verb that takes a person as its object (afterPersonObjectVerb), nor a
 * surname the article names only by its longer name (a key of several words: another person of that family may hold it). Both the full analysis and an open document run it on their grouped entities.
 */
export function joinSplitSurnames(entities: Entity[], tokensOf: MentionTokens): void {
  // The one-word mentions (the tagger's or spread) of a surname the article names alone, by start: no paragraph is
  // tokenised for them (an open document tokenises on demand, on every edit), only for the few split names below.
  const surnames = new Map<number, { e: Entity; m: LinkedMention }>();
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.key.includes(' ') || e.mentions.length < 2) continue;
    for (const m of e.mentions) if (m.lastToken - m.firstToken === 1) surnames.set(m.start, { e, m });
  }
  if (surnames.size === 0) return;
  // The first surname mention after a person's end is the only one that can be the word right after it: a person with
  // none there is passed over before its paragraph is tokenised (most one-word persons are).
  const starts = Float64Array.from(surnames.keys()).sort();
  const firstAfter = (end: number) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < end) lo = mid + 1; else hi = mid; }
    return lo < starts.length ? surnames.get(starts[lo]) : undefined;
  };
  for (const f of entities) {
    if (f.label !== 'PERSON' || f.mentions.length !== 1) continue;
    const ma = f.mentions[0];
    const words = ma.lastToken - ma.firstToken;
    if (ma.propagated || words > MAX_GIVEN || firstAfter(ma.end)?.m.firstToken !== ma.lastToken || cliticCut(ma, tokensOf)) continue;
    const tokens = tokensOf(ma);
    if (words < MIN_GIVEN && !afterRank(ma, tokens)) continue;
    const after = tokens?.[ma.lastToken];
    const next = after && surnames.get(after.start);
    if (!tokens || !next || next.m.firstToken !== ma.lastToken || next.e === f || next.e.mentions.length < 2 || cliticCut(next.m, tokensOf)) continue;
    if (afterPersonObjectVerb(ma, tokens)) continue;
    ma.end = next.m.end;
    ma.lastToken = next.m.lastToken;
    ma.key = `${ma.key} ${next.m.key}`;
    f.key = ma.key;
    next.e.mentions.splice(next.e.mentions.indexOf(next.m), 1);
  }
}
