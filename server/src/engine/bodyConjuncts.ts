// Long organisation names the tagger cut at و (حزب الحرية [والعدالة]), and companies read as persons by the adjective after them (فايزر الأمريكية).
import { beginTag as B, insideTag as I, markSpan, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsNisba, isTitleWord } from './namePatterns';
import { ORGANIZATION_HEADS, LOCATION_HEADS } from './triggers';
import { RELATIVE_PRONOUNS, wordSet as set } from './wordSets';
import { hasMark, listMarks } from './nameMarks';
import { TagDraft } from './tagDraft';
const DRAFT_JOIN_CONJUNCT_NAMES = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const FIRST_PLAST_PER_MARK_ANY = listMarks(['FIRST', 'PLAST', 'PER']);
const MASCULINE_PLURAL = /(ون|ين)$/;

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_PERS = B('PERS');

/**
 * Heads of bodies whose names join two fields or aims by و (وزارة التربية والتعليم، حزب العدالة والتنمية، قوى الحرية
 * والتغيير، مركز الإحصاء والتوثيق، كلية الآداب والعلوم الإنسانية). Both forms, bare and definite, are looked up.
 */
const CONJUNCT_HEADS = set(`
  حزب حركة جبهة تيار ائتلاف تحالف قوى وزارة مجلس هيئة مركز معهد كلية منظمة مؤسسة جمعية نقابة اتحاد شركة
  مفوضية لجنة رابطة مكتب دائرة مصلحة صندوق برنامج إدارة مجموعة جامعة
`);
/** Words that a noun governs as a predicate or verbal noun (والمشرف [على]، والعاملين [في]): the sentence goes on. */
const GOVERNED = set('على علي إلى الى من في عن مع حول بين ضد لدى');
/**
 * Marks of a list's proper name on a token as spelled (a place, a person, a club): such a word is another entity. A match by
 * transliteration folding alone is a definite Arabic noun's sense (والتطهير, folded like a foreign surname).
 */
const PROPER_MARK = listMarks(['LOC', 'PER', 'CLUB', 'FIRST', 'PLAST'], { exact: true });
/** Sound plural endings (normalised): masculine ون/ين, feminine ات. */
const SOUND_PLURAL = /(ون|ين|ات)$/;
/**
 * Nouns a ministry's second field opens in construct (وزارة الأشغال [وشؤون البلديات]، وزارة الاتصالات [وتكنولوجيا
 * المعلومات]): the field is the definite noun after them.
 */
const FIELD_CONSTRUCTS = set('شؤون تكنولوجيا');
/** Adjectives of a body's name that are no nisba (وزارة الصحة والنظافة [العامة]). */
const NAME_ADJECTIVES = set('العامة العام العليا الأعلى الحرة الحر الكبرى المتحدة المستقلة المستقل');
/** Longest chain of و-conjuncts taken into one name (الإيدز والسل والملاريا). */
const MAX_CONJUNCTS = 3;

/**
 * An organisation span headed by one of CONJUNCT_HEADS and ending in a definite noun takes `و + definite noun` after it
 * when that noun is no body head, title, place head, nationality, relative or listed proper name, and closes the
 * phrase: punctuation, a word with a clitic, an adjective (taken in too) or a verb follows, not a preposition it governs
 * nor another definite noun. NewsFANE and WikiFANE tag 34 of the 47 such spans in their text whole (the rest: a second
 * body, `حزب الله والتمهيد`). A span a list holds whole (حزب الله، الأمم المتحدة) is complete as it is. The conjunction
 * may be its own token (`و الفلك`, as segmented text spells it).
 */
export function joinConjunctNames(sentence: Token[], stems: string[], prefixes: string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span to extend: most sentences
  const out = DRAFT_JOIN_CONJUNCT_NAMES.begin(tags);
  const n = out.length;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  const head = (k: number) => CONJUNCT_HEADS.has(stems[k]) || CONJUNCT_HEADS.has(bare(stems[k]));
  const proper = (k: number) => hasMark(marks[k], PROPER_MARK);
  const word = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  // A conjunct noun: definite, long enough to be a field or aim, and none of the words that start another entity.
  const conjunct = (k: number) => definite(stems[k]) && stems[k].length >= 5 && !isNationality(k) && !proper(k) && !RELATIVE_PRONOUNS.has(stems[k]) &&
    !isTitleWord(stems[k]) && !isTitleWord(bare(stems[k])) && !ORGANIZATION_HEADS.has(stems[k]) && !ORGANIZATION_HEADS.has(bare(stems[k])) &&
    !LOCATION_HEADS.has(stems[k]) && !LOCATION_HEADS.has(bare(stems[k]));
  const adjective = (k: number) => word(k) && !prefixes[k] && definite(stems[k]) && (endsAsNisba(stems[k]) || NAME_ADJECTIVES.has(stems[k]));
  // The phrase closes after k: no definite word follows it (a genitive or adjective would describe the plural's people).
  const closes = (k: number) => k + 1 >= n || sentence[k + 1].kind !== 'word' || prefixes[k + 1] !== '' || !definite(stems[k + 1]);
  // The span as arguments: a callback in the loop reading its `b` would give every token of the loop a context of its own.
  const anyProper = (b: number, e: number) => out.slice(b, e).some((_, j) => proper(b + j));
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    const listedWhole = marks[b].includes('ORG-B') && marks[e - 1].includes('ORG-E');
    if (e - b < 2 || !head(b) || listedWhole) { b = e - 1; continue; }
    for (let round = 0; round < MAX_CONJUNCTS; round++) {
      if (!definite(stems[e - 1]) || isNationality(e - 1) || proper(e - 1)) break;
      // و + noun in one token, or و alone and the noun after it.
      let c = -1;
      let viaField = false;
      if (word(e) && prefixes[e] === 'و' && sentence[e].norm.startsWith('وال')) c = e;
      else if (word(e) && sentence[e].norm === 'و' && word(e + 1) && !prefixes[e + 1]) c = e + 1;
      // و + a field noun in construct (وشؤون البلديات، و شؤون البلديات): the conjunct is its genitive.
      else {
        const field = word(e) && prefixes[e] === 'و' && FIELD_CONSTRUCTS.has(stems[e]) ? e + 1 :
          word(e) && sentence[e].norm === 'و' && word(e + 1) && FIELD_CONSTRUCTS.has(stems[e + 1]) && !prefixes[e + 1] ? e + 2 : -1;
        if (field > 0 && word(field) && !prefixes[field]) { c = field; viaField = true; }
      }
      if (c < 0 || !conjunct(c)) break;
      // A sound plural names people or things beside the body (حزب التحرير [والمهاجرون]، وزارة الموارد المائية
      // [والإدارات] المحلية) unless the name's own last noun is one too (جمعية المؤلفين [والملحنين]).
      // Three letters at least before the ending: شؤون، فنون، ديون are broken plurals (وزارة الأوقاف [والشؤون] الإسلامية).
      // A field noun's genitive is any plural (وشؤون [البلديات]).
      const plural = bare(stems[c]).length >= 5 && !viaField ? SOUND_PLURAL.exec(stems[c])?.[1] : undefined;
      // A field in ات after a head's one field closes a name of two fields (هيئة الإعلام [والاتصالات]).
      const twoFields = plural === 'ات' && e - b === 2 && round === 0 && closes(c);
      if (plural && !twoFields && !(plural === 'ات' ? stems[e - 1].endsWith('ات') : MASCULINE_PLURAL.test(stems[e - 1]))) break;
      let end = c + 1;
      if (end < n && sentence[end].kind === 'word') {
        if (!prefixes[end] && GOVERNED.has(stems[end])) break;
        if (!prefixes[end] && definite(stems[end])) {
          // An adjective closes the conjunct (والتعليم [الفني]); a nationality only where no proper name is in the span,
          // as a body without a name of its own keeps it (إدارة الغذاء والدواء [الأمريكية]).
          if (!adjective(end) || (isNationality(end) && anyProper(b, end))) break;
          end++;
        }
      }
      for (let j = e; j < end; j++) out[j] = I_ORG;
      e = end;
    }
    b = e - 1;
  }
  return DRAFT_JOIN_CONJUNCT_NAMES.close(tags, out);
}

/**
 * A name the tagger read as a person, right before a feminine nationality adjective (فايزر [الأمريكية]، نوفو نورديسك
 * [الدنماركية]), is a company or another body: persons take the masculine adjective, or the nationality before the name
 * (الأمريكية سيمون بايلز). In NewsFANE, WikiFANE, Wojood and AQMAR, 46 organisation spans and 52 places stand before such
 * an adjective against 4 persons. Not after a title or a feminine role noun (الروائية …), not a name with a listed given name or surname.
 */
export function personsBeforeFeminineNationality(stems: string[], prefixes: string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  if (tags.indexOf(B_PERS) < 0) return tags;
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const n = out.length;
  // Of the span b..e and the word before it: taking them as arguments, not from the loop, spares every token of the
  // loop a context of its own (a closure that reads the loop's `b` makes one per iteration).
  // A feminine role noun before the name (الروائية، المغنية); a nationality there ends the name before it (فايزر الأمريكية [وبيونتيك]).
  const feminineRole = (b: number, prev: string) => b > 0 && out[b - 1] === 0 && definite(prev) && /ه$/.test(prev) && !isNationality(b - 1);
  // A listed given name or surname anywhere in it (سيمون بايلز) is a person's; a name the lists hold as a body is not.
  const given = (b: number, e: number) => out.slice(b, e).some((_, j) => !marks[b + j].some((m) => m.startsWith('ORG')) && hasMark(marks[b + j], FIRST_PLAST_PER_MARK_ANY));
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    const prev = b > 0 ? stems[b - 1] : '';
    // The feminine nationality after the name first: most names have none, and the two searches above are asked only then.
    if (e < n && out[e] === 0 && !prefixes[e] && isNationality(e) && definite(stems[e]) && stems[e].endsWith('يه') &&
      !isTitleWord(prev) && !isTitleWord(prev.replace(/^ال/, '')) && !feminineRole(b, prev) && !given(b, e)) {
      if (out === tags) out = tags.slice();
      markSpan(out, b, e, B_ORG, I_ORG);
    }
    b = e - 1;
  }
  return out;
}
