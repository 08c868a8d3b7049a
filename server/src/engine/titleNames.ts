// Backoff for names the tagger misses right after a title phrase (وزير الخارجية الأمريكي أنتوني بلينكن).
import { FilteredSet } from './keyFilter';
import { Lexicon } from './clitics';
import { Gazetteer } from './gazetteer';
import { Token } from './tokenize';
import { LOCATION_HEADS, ORGANIZATION_HEADS, PERSON_TITLE_FORMS } from './triggers';
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';
import { wordSet } from './wordSets';
import { cueBit } from './sentenceCues';
import { KNOWN_FORM, governedByAla, objectBare, pronounOnNoun } from './pronounNouns';
import { TagDraft } from './tagDraft';
import { allBaseArabic } from './normalize';
const DRAFT_TAG_NAMES_AFTER_TITLES = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const PREPOSITION_END = /[بلك]$/;

/**
 * Role nouns that introduce a person in news as titles do (`المهاجم`, `الروائية`, `المطلوب`) but are no titles of
 * the training convention (they are not tagger features): only this backoff reads them.
 */
export const ROLE_NOUNS = wordSet(`
  المهاجم الحارس المدافع الطبيب الطبيبة الباحث الباحثة الروائي الروائية المخرج المخرجة النجم النجمة العداء العداءة
  المرجع المطلوب المتهم المتهمة الضابط الجندي الأسير الأسيرة الإعلامي الإعلامية الداعية المغني المغنية المطرب المطربة
  الناشط الناشطة الكاتبة الشاعرة الملاكم الملاكمة السباح السباحة اللاعبة
`);

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words rarer than this in the training text are unknown enough to be a foreign name. */
const RARE = 3;
/** Words of a name after a title, with those the tagger read (إسماعيل عوض الله العاقب). */
const MAX_NAME = 4;
/** Words of a title's complement skipped before the name (رئيس مجلس النواب اللبناني, المتحدث باسم الحكومة الإيرانية). */
const MAX_COMPLEMENT = 5;
/** Training-text count below which a listed name part after a title is taken as a name. */
const COMMON_NAME_PART = 50;
/** Lists that say a word is a place, a people, a body or a club. */
const NOT_NAME = new Set(['LOC', 'NAT', 'ORG', 'CLUB']);
/** Name lists whose words may continue a name after a title even when common. */
const PERSON_LISTS = new Set(['FIRST', 'LAST']);
const personList = (c: string) => PERSON_LISTS.has(c);
const notNameList = (c: string) => NOT_NAME.has(c);
const namePartList = (c: string) => c === 'NAME' || c === 'PLAST';
const peopleOrPlaceList = (c: string) => c === 'NAT' || c === 'LOC';
/** A title with or without the article (`has(stem) || has(stem without ال)` in one probe, without slicing every word). */
const TITLE_WORDS = new Set([...PERSON_TITLE_FORMS, ...ROLE_NOUNS]);
const TITLE_STEMS = new FilteredSet(TITLE_WORDS);
/** tagNamesAfterTitles starts at a title: without one it changes nothing (sentenceCues.ts). */
export const TITLE_CUE = cueBit(TITLE_WORDS);

/**
 * Indefinite nouns a title takes in construct before the body or place it names (رئيس [تحرير] جريدة الوفاق، وزير [خارجية]
 * إيران، رئيس [هيئة أركان] الجيش): body and place heads, and the offices titles are of.
 */
const CONSTRUCT_NOUNS = new FilteredSet(new Set([...ORGANIZATION_HEADS, ...LOCATION_HEADS, ...wordSet(`
  تحرير خارجية داخلية دفاع أركان وزراء إدارة عمليات شؤون أمن مخابرات استخبارات حكومة دولة مجلس ديوان مكتب جهاز قسم
  جريدة صحيفة مجلة قناة إذاعة موقع وكالة
`)].filter((w) => !w.startsWith('ال'))));
/** Construct nouns read before the complement they lead to. */
const MAX_CONSTRUCT = 2;

/** Tails of an outlet's name (موقع النهار [أون لاين]، إذاعة الشمس [إف إم]، قناة الحياة [بلس]): no name starts with them. */
export const OUTLET_TAILS = wordSet('أون أونلاين لاين نت نيوز بلس تي إف');

/** Titles after which `باسم` always means "on behalf of" (المتحدث باسم يونيسف). */
const SPOKESMEN = wordSet('المتحدث الناطق متحدث ناطق المتحدثة الناطقة متحدثة ناطقة');

/** Words that follow a name but never the preposition على (قال الشيخ علي [في] خطبته، العميد علي [خلال] المؤتمر، الإمام علي [و] رجاله as segmented text spells it). */
const ALI_NEXT = new Set(['في', 'عن', 'خلال', 'امس', 'اليوم', 'و']);

/** Prefixes as written: a clitic (وفبلك), a verb's present prefix (يت), a conjunction; a past verb written with أ. */
const CLITIC_START = /^[وفبلك]/;
const CONJ_START = /^[وف]/;
const ALA = /^[وف]?على$/;
const CLITIC_PRONOUN = /^[وفبلكيت].+ه$/;
const HAMZA_VERB = /^أ.{2,3}$/;
const PASSIVE_PARTICIPLE = /^م..و.ه?$/;
const NAME_PART_LISTS = /(^|\|)f?(NAME|FIRST|LAST|PLAST)(\||$)/;
const NOT_NAME_PART_LISTS = /(^|\|)f?(LOC|NAT|ORG|CLUB)(\||$)/;

/** A word's lists (`NAME|PLAST`) hold it as a name part and not as a place, people, body or club. */
export const listedName = (lists: string | undefined) => lists !== undefined && NAME_PART_LISTS.test(lists) && !NOT_NAME_PART_LISTS.test(lists);

/**
 * A word carrying on a name the tagger cut: rare in the training text, of four letters or more, with no clitic on it, held
 * by a name list as spelled or transliteration-folded (صاداقا، الحبيشي، قروج); unseen common words after names are many
 * (صدام حسين [وشوهدت]، بشار الأسد [ينوب]، عاشور [استاذة]). Not a title (روبيو [نظيره]), an object the training text knows
 * bare (نانسي عجرم [حفلا]), a plural verb ([استنكروا]), a past verb written with أ ([أقال]), a passive participle
 * (برلسكوني [مرفوقة]), nor a definite feminine word (بيرد [الوشيكة]: the adjective of the noun before the name).
 */
function carriesOn(sentence: Token[], stems: string[], lex: Lexicon, nameMarked: (k: number) => boolean, j: number): boolean {
  const w = sentence[j].norm;
  if (TITLE_STEMS.has(stems[j]) || w.length < 4 || CLITIC_START.test(w) || lex.freq(w) + lex.freq(stems[j]) >= RARE) return false;
  const bare = objectBare(w);
  return nameMarked(j) &&
    !(bare && lex.freq(bare) >= KNOWN_FORM) && !HAMZA_VERB.test(sentence[j].text) && !w.endsWith('وا') && !PASSIVE_PARTICIPLE.test(w) &&
    !(w.startsWith('ال') && w.endsWith('ه'));
}

/** A possessive or object pronoun at a word's end (زوجته، داخليته، وأبناءه، رئيسها): a noun of the sentence, not a given name. */
const PRONOUN_END = /(ه|ها|هم|هما|كم)$/;

/** The lists that hold word k; a definite surname is listed without its article (الوالي as والي). */
const wordLists = (gaz: Gazetteer, stems: readonly string[], k: number): string[] =>
  (gaz.phrases.get(stems[k]) ?? (stems[k].startsWith('ال') ? gaz.phrases.get(stems[k].slice(2)) : undefined))?.split('|') ?? [];

/**
 * Word k, left O right after a title and its complements, opens the person the tagger began at k + 1: that person is one word
 * (the family name: a longer span has its given name), and k is a bare Arabic word with no pronoun on it, not علي (on),
 * before a word no list holds as a place, people, body or club (مدرب أسود [الأطلس] ...، مدرب قوافل [قفصة] ...: a team's name).
 */
function opensLoneName(sentence: Token[], stems: string[], out: readonly number[], gaz: Gazetteer, k: number): boolean {
  const j = k + 1;
  if (j >= sentence.length || out[j] !== B_PERS || (j + 1 < sentence.length && out[j + 1] === I_PERS)) return false;
  const w = sentence[k].norm;
  // Arabic letters only, as written: no Latin acronym (محافظ [PIF] ياسر الرميان), digit or mark.
  if (w !== stems[k] || stems[k] === 'علي' || !allBaseArabic(w)) return false;
  if (PRONOUN_END.test(w) && !(gaz.phrases.get(stems[k])?.split('|') ?? []).some(personList)) return false;
  return !wordLists(gaz, stems, j).some(notNameList);
}

/**
 * Indefinite nouns in construct (رئيس [تحرير] جريدة الوفاق) count only where a complement follows them: they are the
 * title's office, and the body or place named after them ends it. With لـ too before an office (وزير الدولة [لشؤون] الإعلام).
 */
const construct = (sentence: Token[], stems: string[], out: readonly number[], k: number) => sentence[k].kind === 'word' && out[k] === 0 &&
  (sentence[k].norm === stems[k] || sentence[k].norm === 'ل' + stems[k]) && CONSTRUCT_NOUNS.has(stems[k]);
/**
 * `باسم` after title i is "on behalf of" after a spokesman and before the body it speaks for, and the given name before a
 * name (الروائي [باسم خندقجي]).
 */
const onBehalf = (sentence: Token[], stems: string[], out: readonly number[], i: number, k: number) => SPOKESMEN.has(stems[i]) ||
  (k + 1 < sentence.length && (stems[k + 1].startsWith('ال') || out[k + 1] !== 0 || construct(sentence, stems, out, k + 1)));
/**
 * Title i's complements: definite words (الخارجية الأمريكي), and with them `باسم` and the body or place the tagger found
 * (المتحدث باسم [الحكومة الإيرانية]، رئيس [مجلس النواب]).
 */
const complement = (sentence: Token[], stems: string[], out: readonly number[], i: number, k: number) => sentence[k].kind === 'word' &&
  ((stems[k].startsWith('ال') && out[k] === 0) || (stems[k] === 'باسم' && onBehalf(sentence, stems, out, i, k)) || (out[k] !== 0 && tagLabel(out[k]) !== 'PERSON'));
/** What may follow علي alone as a name: a stop, the quote's إن, a word على never governs. */
const endsAli = (sentence: Token[], stems: string[], k: number) => k >= sentence.length || sentence[k].kind !== 'word' || sentence[k].text === 'إن' ||
  ALI_NEXT.has(sentence[k].norm) || (sentence[k].norm.startsWith('ل') && stems[k] !== sentence[k].norm);

/**
 * Marks as PERSON the rare words that follow a title and its complements (words with ال:
 * الخارجية الأمريكي), when the tagger left them all O. News introduces most foreign names this
 * way, and an unseen transliteration gives the statistical tagger nothing else to go on.
 * `spellsYa`: the paragraph spells a final ى somewhere (إلى، التقى), so علي spelled with ي is the given name, not the
 * preposition على (much older wire writes every final ى as ي: NewsFANE; there علي after a title stays doubtful).
 * `isTitle(k)`: stem k is a title (TITLE_CUE's words); the tagger reads it off the word's cue bits, not the set. `nameMarked(k)`:
 * word k's gazetteer marks, exact or transliteration-folded, make it a name part (listedName).
 */
export function tagNamesAfterTitles(sentence: Token[], stems: string[], tags: number[], lex: Lexicon, gaz: Gazetteer, spellsYa: () => boolean = () => false,
  isTitle: (k: number) => boolean = (k) => TITLE_STEMS.has(stems[k]), nameMarked: (k: number) => boolean = (k) => listedName(gaz.phrases.get(stems[k]))): number[] {
  const out = DRAFT_TAG_NAMES_AFTER_TITLES.begin(tags);
  for (let i = 0; i < sentence.length; i++) {
    if (!isTitle(i)) continue;
    let j = i + 1;
    // The title's complements, and the offices in construct before one.
    while (j < sentence.length && j - i <= MAX_COMPLEMENT) {
      if (complement(sentence, stems, out, i, j)) { j++; continue; }
      let c = j;
      while (c < sentence.length && c - j < MAX_CONSTRUCT && construct(sentence, stems, out, c)) c++;
      if (c === j || c >= sentence.length || !complement(sentence, stems, out, i, c)) break;
      j = c;
    }
    const nameStart = j;
    const ali = nameStart < sentence.length && sentence[nameStart].text === 'علي' && spellsYa();
    // A name the tagger began there but cut before an unseen family name (المهاجم النيجيري [إدوارد] صاداقا، النائب [فيصل]
    // مناع الحبيشي): the same words carry it on; news gives a person's full name where a title introduces them.
    const begun = nameStart < sentence.length && out[nameStart] === B_PERS ? spanEnd(out, nameStart) : nameStart;
    if (begun - nameStart > MAX_NAME - 1) continue;
    j = begun;
    while (j < sentence.length && j - nameStart < (begun > nameStart ? MAX_NAME : 3) && sentence[j].kind === 'word' && out[j] === 0) {
      const lists = wordLists(gaz, stems, j);
      // After the first word, a word the clitic splitter cut (بوزين read as ب + وزين) is as rare as its whole form.
      const cut = j > nameStart && sentence[j].norm !== stems[j] && !CONJ_START.test(sentence[j].norm) && !stems[j].startsWith('ال');
      const freq = cut ? lex.freq(sentence[j].norm) : lex.freq(sentence[j].norm) + lex.freq(stems[j]);
      // A word of the Wikidata name parts or the people list's surnames, not common in the training text, may be a name too (كمال، نبيه، بشر).
      const rare = freq < RARE || (freq < COMMON_NAME_PART && lists.some(namePartList) && !lists.some(notNameList)) ||
        (j === nameStart && stems[j] === 'باسم');
      // A definite word ends the name as its surname (بشر [الخصاونة]) only after a first word, and only when rare.
      if (ALA.test(sentence[j].text) || (j === nameStart && OUTLET_TAILS.has(sentence[j].norm))) break;
      // Not a word with a clitic or verb prefix and a pronoun suffix as written (بفوزه، ويعتبره; not نبيه, nor ة), nor an
      // unlisted first word with a clitic the splitter kept.
      if (CLITIC_PRONOUN.test(sentence[j].text) && !lists.some(personList)) break;
      // Nor a known noun with its pronoun (نائب وزير [خارجيتها] [استعدادها]: the title's complement and the sentence going on).
      if (pronounOnNoun(sentence[j].text, (w) => lex.freq(w)) && !lists.some(personList)) break;
      // After علي, a set phrase's noun, a platform or a known noun with its pronoun makes it the preposition (قال الوزير علي [صفحته] إن).
      if (j === nameStart + 1 && stems[nameStart] === 'علي' && governedByAla(stems[j], (w) => lex.freq(w), lists.some(personList))) { j = nameStart; break; }
      if (j === nameStart && CLITIC_START.test(sentence[j].norm) && sentence[j].norm !== stems[j] && !lists.length) break;
      // Nor a word in no list with the ي of a present-tense verb: a headline's verb after its subject (زعيم صحوة [يتهم] الحزب).
      if (sentence[j].norm.startsWith('ي') && !lists.length) break;
      // Not after the preposition على (normalised like علي), not with a clitic (بالتزوير), not a people (الصوماليين).
      if (stems[j].startsWith('ال') && (j === nameStart || !rare || !sentence[j].norm.startsWith('ال') || (stems[nameStart] === 'علي' && !ali) || lists.some(peopleOrPlaceList))) break;
      if (!rare && !lists.some(personList) && !(j === nameStart && ali)) break;
      if (begun > nameStart && !carriesOn(sentence, stems, lex, nameMarked, j)) break;
      j++;
      if (stems[j - 1].startsWith('ال')) break;
    }
    // One rare word alone is too weak (it may be a verb form the corpus never saw); two or more make a name, or علي spelled so
    // when a stop, the quote's إن or a word على never governs follows (قال الرئيس علي إن، الشيخ علي [في] خطبته، [لوكالة]):
    // before a noun it is the preposition even where the paragraph spells ى elsewhere (أكد الرئيس علي ضرورة).
    const aliAlone = ali && j === nameStart + 1 && endsAli(sentence, stems, j);
    if (j > begun && (j - nameStart >= 2 || aliAlone)) for (let k = nameStart; k < j; k++) out[k] = k === nameStart ? B_PERS : I_PERS;
    // One word that passed the same tests right before a one-word person the tagger began opens that person: the given name
    // it left O (المستشارة الألمانية [أنغيلا] ميركل).
    else if (j === nameStart + 1 && begun === nameStart && !ali && opensLoneName(sentence, stems, out, gaz, nameStart)) {
      out[nameStart] = B_PERS; out[j] = I_PERS;
    }
  }
  return DRAFT_TAG_NAMES_AFTER_TITLES.close(tags, out);
}

/** Words after which a speaker's name has ended (وقالت ليلى [إن] …، أضافت بسمة [:]). */
const AFTER_SPEAKER = wordSet('إن أن ان : ، "');

/**
 * A listed given name right after a reporting verb that the clitic splitter read as preposition + word and the tagger
 * so left O (وقالت ليلى إن: ل + يلي; وأضافت بسمة: ب + سمة) is the speaker, when what follows ends the subject or is
 * the rest of the name (no retrain: the split is the tagger's features). `isVerb(k)`: token k is a reporting verb; `givenWhole(k)`: the whole word (without a conjunction)
 * is a listed given name and its split stem is not.
 */
export function tagSpeakersSplitAsClitics(sentence: Token[], prefixes: string[], tags: number[], isVerb: (k: number) => boolean, givenWhole: (k: number) => boolean): number[] {
  // Copied at the first change only: most sentences have no such speaker.
  let out = tags;
  for (let i = 1; i + 1 < out.length; i++) {
    // Cheapest test first: most words carry no preposition.
    // What must follow the name (a name, إن, a colon) is the cheapest test that turns most words away.
    const next = out[i + 1];
    if (out[i] !== 0 || !prefixes[i] || (next !== B_PERS && (next !== 0 || !AFTER_SPEAKER.has(sentence[i + 1].norm))) || !PREPOSITION_END.test(prefixes[i]) || !givenWhole(i) || !isVerb(i - 1)) continue;
    if (out === tags) out = tags.slice();
    if (out[i + 1] === B_PERS) { out[i] = B_PERS; out[i + 1] = I_PERS; continue; }
    if (out[i + 1] === 0 && AFTER_SPEAKER.has(sentence[i + 1].norm)) out[i] = B_PERS;
  }
  return out;
}
