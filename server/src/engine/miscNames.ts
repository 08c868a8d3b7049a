// MISC as the ANERcorp benchmark uses it — currencies, religions, prizes, competitions, wars, landmark buildings, a few devices —
// which the FANE training types (facilities, products, vehicles, weapons) barely cover.
import { FilteredSet, KeyFilter } from './keyFilter';
import { normalizeArabic } from './normalize';
import { Token } from './tokenize';
import { cueBit } from './sentenceCues';
import { NOT_NAMING_TAIL } from './miscBounds';
import { starring } from './starringCredit';
import { GREGORIAN_MONTHS } from './dateLexicon';
import { derivedCommonNoun } from './derivedNouns';
import { beginTag, insideTag, isInside, markSpan, restartAt, spanEnd, tagLabel } from './tagger';
import { FEMININE_ORDINALS, MASCULINE_ORDINALS, SCALE_WORDS, wordSet as set } from './wordSets';
import { CONFERENCE_CUE_WORDS } from './conferenceNames';
import { INDEX_CUE_WORDS } from './stockIndices';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_MISC_NAMES = new TagDraft();
const DRAFT_TAG_COMPETITIONS = new TagDraft();

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** Phrases in normalised, clitic-free form (the article is optional: matched with and without ال). */
const PHRASES = [
  // The accusative and dual forms only an amount takes (150 جنيها، 32 ريالا، بخمسة عشر فلسا): the unit, subunits too, is MISC in
  // an amount as the guide tags it (test/fixtures/news-ner/README.md).
  'جنيها', 'دينارا', 'ريالا', 'درهما', 'فلسا', 'فلسين', 'دولارين', 'جنيهين', 'دينارين', 'ريالين', 'درهمين',
  'شلن', 'شلنا', 'نيرة', 'نايرا', 'كرونة', 'كرونات', 'بيزو', 'راند',
  'دولار', 'دولارا', 'دولارات', 'يورو', 'جنيهات', 'دنانير', 'ريالات', 'دراهم', 'ليرات', 'روبلات', 'جنيه استرليني', 'جنيه', 'دينار', 'ريال', 'درهم', 'ليرة', 'روبل', 'ين ياباني', 'يوان', 'شيكل', 'روبية', 'فرنك', 'بيتكوين', 'بتكوين',
  'الإسلام', 'المسيحية', 'اليهودية', 'البوذية', 'الهندوسية',
  'جائزة نوبل', 'نوبل', 'الأوسكار', 'جائزة الأوسكار', 'السعفة الذهبية', 'الكرة الذهبية', 'جائزة بوكر',
  'كأس العالم', 'كأس الأمم الأفريقية', 'كأس آسيا', 'دوري أبطال أوروبا', 'دوري أبطال آسيا', 'دوري أبطال أفريقيا', 'الألعاب الأولمبية', 'الأولمبياد', 'الأولمبيات', 'الأوليمبيات', 'كأس الخليج',
  // The Games of a region, as the Olympic Games are tagged (دورة is taken in by extendMiscNames).
  'الألعاب الأوليمبية', 'الألعاب الأولمبية الصيفية', 'الألعاب الأولمبية الشتوية', 'الألعاب البارالمبية', 'الألعاب الآسيوية', 'الألعاب العربية', 'الألعاب الأفريقية', 'الألعاب المتوسطية', 'الألعاب الخليجية',
  'الحرب العالمية الأولى', 'الحرب العالمية الثانية', 'الحرب الباردة', 'الربيع العربي', 'الانتفاضة', 'النكبة', 'النكسة',
  'البيت الأبيض', 'الكرملين', 'الإليزيه', 'داونينغ ستريت', 'البنتاغون', 'الكونغرس',
  // Devices and systems news names bare, with no head before them (لا يملك آيفون، نقاط ضعف في ويندوز): no maker is so named.
  'آيفون', 'آيباد', 'أندرويد', 'ويندوز', 'بلايستيشن',
].map((p) => normalizeArabic(p).split(' '));
const MAX_WORDS = Math.max(...PHRASES.map((p) => p.length));
/**
 * A currency whose name alone is a common word (ين): the nationality after it confirms the currency but stays outside
 * it, as after every other currency (`[الجنيه] المصري`, `[الين] الياباني`).
 */
const CONFIRMED_BY_NEXT = new Set(['ين']);
/**
 * Currencies whose names are also slang or common words elsewhere (أخت شلن، راند as a name): a unit only after an amount,
 * a number or a scale word (15 ألف [شلن]، 300 [كرونة]), normalised.
 */
const AFTER_AMOUNT = set('شلن شلنا نيرة نايرا كرونة كرونات بيزو راند');
/**
 * Listed names whose first word without the article is a common noun (انتفاضة an uprising, نكبة a disaster, حرب باردة a cold
 * war): the event only with it, normalised.
 */
const DEFINITE_ONLY = set('الانتفاضة النكبة النكسة الحرب الربيع');
/** The dirham is a weight too: before one of these (normalised) the amount weighs (خمسة عشر درهما [كيلا]), no currency. */
const WEIGHED = set('كيلا وزنا وزن كيل');
const DIRHAMS = set('درهم درهما درهمين دراهم');
/**
 * Listed units whose first letter the clitic splitter may take for ف، ل or ب (normalised): the word is whole. Not بتكوين,
 * which is also ب + تكوين (the forming of).
 */
export const OWN_FIRST_LETTER = set('فلسا فلسين فرنك ليرة ليرات');
/** Token k is an amount: a number or a scale word after one. */
const amountAt = (sentence: Token[], stems: string[], k: number) => k >= 0 && (sentence[k].kind === 'number' || SCALE_WORDS.has(stems[k]));
const INDEX = new Map<string, string[][]>();
for (const p of PHRASES) {
  const first = p[0].startsWith('ال') ? p[0].slice(2) : p[0];
  INDEX.set(first, [...(INDEX.get(first) ?? []), p]);
}

const bare = (w: string) => (w.startsWith('ال') ? w.slice(2) : w);
/** INDEX by the stem as it is: `LOOKUP.get(w)` is `INDEX.get(bare(w))` without slicing every word. */
const LOOKUP = new Map<string, string[][]>();
for (const [k, v] of INDEX) { if (!k.startsWith('ال')) LOOKUP.set(k, v); LOOKUP.set('ال' + k, v); }
const LOOKUP_FILTER = new KeyFilter(LOOKUP.keys());
/** A word that is, alone, a listed MISC phrase (دولار، يوان، الكرملين), with or without ال. */
export const listedMiscWord = (w: string) => (LOOKUP_FILTER.mayHave(w) ? LOOKUP.get(w) : undefined)?.some((p) => p.length === 1) === true;
/** tagMiscNames starts at a listed phrase's first word: without one it changes nothing (sentenceCues.ts). */
export const MISC_LIST_CUE = cueBit(LOOKUP.keys(), [...OWN_FIRST_LETTER].flatMap((w) => [w.slice(1), w.slice(2)]));

const B_PERS = beginTag('PERS');
const B_LOC = beginTag('LOC');
/** Token k alone is a person or place span (no inside tag follows it). */
const loneNameOf = (tags: number[], k: number) => (tags[k] === B_PERS || tags[k] === B_LOC) && (k + 1 >= tags.length || tags[k + 1] !== tags[k] + 1);

/**
 * Tags listed MISC phrases that the tagger left O (whole phrase only). `stems` are the
 * clitic-free forms of the sentence's tokens.
 */
export function tagMiscNames(sentence: Token[], stems: string[], tags: number[]): number[] {
  const out = DRAFT_TAG_MISC_NAMES.begin(tags);
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i].kind !== 'word') continue;
    // The word whole where the splitter took its first letter for a clitic (فلسين: ف + ل + سين).
    const key = OWN_FIRST_LETTER.has(sentence[i].norm) ? sentence[i].norm : stems[i];
    const listed = LOOKUP_FILTER.mayHave(key) ? LOOKUP.get(key) : undefined;
    if (!listed) continue;
    const form = (k: number) => (k === 0 ? key : stems[i + k]);
    const candidates = listed.filter((p) => i + p.length <= sentence.length).sort((a, b) => b.length - a.length);
    // A listed phrase of two or more words (جائزة نوبل) outranks the tagger; a single word fills a gap or replaces a one-word
    // person or place (وحصل على [نوبل]، أكد [الكرملين]), never an organisation (الكونغرس as a body stays one).
    const match = candidates.find((p) => p.length <= MAX_WORDS && p.every((w, k) => bare(form(k)) === bare(w) && (p.length > 1 || out[i + k] === 0 || loneNameOf(out, i + k))) &&
      (!AFTER_AMOUNT.has(p[0]) || amountAt(sentence, stems, i - 1)) && (!DEFINITE_ONLY.has(p[0]) || key.startsWith('ال')) &&
      !(DIRHAMS.has(p[0]) && i + 1 < sentence.length && WEIGHED.has(stems[i + 1])));
    if (!match) continue;
    const tagged = CONFIRMED_BY_NEXT.has(match[0]) ? 1 : match.length;
    for (let k = 0; k < match.length; k++) out[i + k] = k === 0 ? B_MISC : k < tagged ? I_MISC : 0;
    const after = i + match.length;
    // A name the phrase cut into restarts after it.
    restartAt(out, after);
    i = after - 1;
  }
  return DRAFT_TAG_MISC_NAMES.close(tags, out);
}

/** Indefinite heads that open a competition's name (دوري أبطال آسيا، بطولة العالم للألعاب المائية). */
const OPENER_WORDS = new Set(['دوري', 'كاس', 'بطوله']);
const COMPETITION_OPENERS = new FilteredSet(OPENER_WORDS);
/**
 * A country's top league is named by its tier alone (الدوري الممتاز، البطولة الاحترافية: the Premier League, Morocco's
 * Botola): a definite league head and one of these adjectives is the competition (MISC), not a league described.
 */
const LEAGUE_HEADS = set('الدوري البطولة');
const TIERS = set('الممتاز الممتازة الاحترافية المحترفة');
const RANKED_LEAGUE = normalizeArabic('الرابطة');
/** tagCompetitions starts at an opener or a league head: without one it changes nothing (sentenceCues.ts). */
export const COMPETITION_CUE = cueBit(OPENER_WORDS, LEAGUE_HEADS, [RANKED_LEAGUE]);
const MAX_COMPETITION_WORDS = 5;
/** Indefinite plurals a competition's name runs through to the name after them (كأس أمم أفريقيا، دوري أبطال آسيا، دوري نجوم قطر). */
const CONSTRUCT_WORDS = new Set(['امم', 'ابطال', 'انديه', 'نجوم']);

/**
 * A competition head followed by definite words or names the tagger left as they are: the whole
 * run is the competition's name (MISC), as the ANERcorp benchmark tags leagues and cups. Stops at
 * the first indefinite untagged word, punctuation or number. A league head and its tier (LEAGUE_HEADS, TIERS) too.
 */
export function tagCompetitions(sentence: Token[], stems: string[], tags: number[]): number[] {
  const out = DRAFT_TAG_COMPETITIONS.begin(tags);
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] === 0 && out[i + 1] === 0 && LEAGUE_HEADS.has(stems[i]) && TIERS.has(stems[i + 1]) && sentence[i + 1].norm === stems[i + 1]) {
      out[i] = B_MISC;
      out[++i] = I_MISC;
      continue;
    }
    // The Maghreb's professional leagues are named by the league body, its tier and its rank (الرابطة المحترفة الأولى).
    if (stems[i] === RANKED_LEAGUE && i + 2 < out.length && out[i] === 0 && out[i + 1] === 0 && out[i + 2] === 0 && TIERS.has(stems[i + 1]) &&
      FEMININE_ORDINALS.has(sentence[i + 2].norm)) {
      out[i] = B_MISC;
      out[i + 1] = out[i + 2] = I_MISC;
      i += 2;
      continue;
    }
    if (out[i] !== 0 || !COMPETITION_OPENERS.has(stems[i]) || isInside(out[i + 1])) continue;
    if (starring(stems, out, i)) continue;
    let e = i + 1;
    const named = (k: number) => k < out.length && sentence[k].kind === 'word' && ((stems[k].startsWith('ال') && !NOT_NAMING_TAIL.has(stems[k])) || out[k] !== 0);
    while (e < out.length && e - i <= MAX_COMPETITION_WORDS && (named(e) || (CONSTRUCT_WORDS.has(stems[e]) && named(e + 1)))) e++;
    if (e === i + 1) continue;
    // A name after the run that the tagger began inside it restarts after it.
    markSpan(out, i, e, B_MISC, I_MISC);
    restartAt(out, e);
    i = e - 1;
  }
  return DRAFT_TAG_COMPETITIONS.close(tags, out);
}

/** Training count (word and stem, so a word seen twice counts 4) below which a word after an event's head is its proper name (بوليتزر، ويمبلدون). */
const RARE_NAME = 5;
/** Training count from which a form is a known word (غاب: 4). */
const KNOWN_WORD = 3;
/** An object or possessive pronoun that cannot be a name's ة (normalised). */
const PRONOUN_END = /(ها|هم|هما)$/;
/** Heads of events named by a place, person or proper word after them (normalised, indefinite). */
const NAMED_HEADS = set('جائزة مهرجان مهرجانات معرض ماراثون دوري كأس بطولة مونديال أولمبياد أولمبيات ألعاب موسم');
/**
 * Of those, heads only a host place after them names (مونديال [ألمانيا]، أولمبيات [سيدني]; not أولمبياد [شهدتها]). A games or a
 * season named by its place is one event (ألعاب البحر الأبيض المتوسط، موسم الرياض): the written sets tag it whole 5 times in 5,
 * no training corpus tags the place alone after either head; ألعاب القوى and موسم الحصاد have no place and stay as they are.
 */
const BY_PLACE_ONLY = set('مونديال أولمبياد أولمبيات ألعاب موسم');
/** Adjectives after a host place that still name the event: its time of year, the Olympic kind, or when it falls (normalised). */
const EVENT_ADJECTIVES = set('الصيفي الصيفية الشتوي الشتوية الربيعي الربيعية الخريفي الخريفية الأولمبي الأولمبية البارالمبية الماضي الماضية ' +
  'الحالي الحالية الجاري الجارية التالي التالية');

/**
 * A definite nisba adjective right after the place says which kind of season or games the place has, so the place is the owner
 * and no event's name (موسم [لبنان] الزراعي: Lebanon's farming season; ألعاب [اليابان] الإلكترونية: Japan's video games); its
 * time of year, an ordinal or the Olympic kind keeps the event (موسم الطائف الصيفي، ألعاب آسيا الشتوية، ألعاب لندن الأولمبية).
 */
function kindAdjectiveAt(sentence: Token[], out: readonly number[], k: number): boolean {
  if (k >= out.length || out[k] !== 0 || sentence[k].kind !== 'word') return false;
  const w = sentence[k].norm;
  return /^ال.{2,}(ي|يه)$/.test(w) && !EVENT_ADJECTIVES.has(w) && !FEMININE_ORDINALS.has(w) && !MASCULINE_ORDINALS.has(w);
}
/** tagNamedEvents starts at an event head or حرب, tagConferences at a conference head, tagStockIndices at مؤشر: without one they change nothing (sentenceCues.ts). */
export const EVENT_CUE = cueBit(NAMED_HEADS, ['حرب', 'الحرب'], CONFERENCE_CUE_WORDS, INDEX_CUE_WORDS);
/** Of those, heads a person after them does not name: `بطولة` + an actor is "starring", a league is no person's. */
const NOT_BY_PERSON = set('دوري كأس بطولة');

/**
 * An event's indefinite head before the name the tagger found or could not read is the event's name with it (MISC, as
 * the project's convention and ANERcorp tag prizes, festivals, fairs and leagues): a place (مهرجانات [بعلبك]، ماراثون
 * [مراكش]), a person (جائزة [نجيب محفوظ]), or a word the training text never saw or in Latin letters (جائزة سيزار، دوري
 * روشن، معرض جيتكس). A war named by its month or year is one too (حرب تموز، حرب 1967), or counted (حرب الخليج الثانية). The closing words and لل
 * complement are taken by extendMiscNames after. `freq(k)`: training count of token k.
 */
export function tagNamedEvents(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number, wordFreq: (w: string) => number = () => 0,
  placeWordAt: (k: number) => boolean = () => false): number[] {
  let out = tags;
  // A word seen once or twice may be a common word's form: a verb agreeing with the head (بطولة [غابت]: غاب), a dual in construct (بطولة [قارتي]: قارة).
  const inflected = (w: string) => (w.endsWith('ت') && wordFreq(w.slice(0, -1)) >= KNOWN_WORD) || (w.endsWith('تي') && wordFreq(w.slice(0, -2) + 'ه') >= KNOWN_WORD);
  // A known noun with its pronoun, seen or not, is no name (جائزة [قدرها]: قدر).
  const withPronoun = (w: string) => PRONOUN_END.test(w) && wordFreq(w.replace(PRONOUN_END, '')) >= KNOWN_WORD;
  const set = (b: number, e: number) => { if (out === tags) out = tags.slice(); markSpan(out, b, e, B_MISC, I_MISC); };
  for (let i = 0; i + 1 < tags.length; i++) {
    // A head the tagger read as a one-word name by itself (ماراثون) is still the head.
    const alone = out[i] !== 0 && !isInside(out[i]) && spanEnd(out, i) === i + 1 && NAMED_HEADS.has(stems[i]);
    if ((out[i] !== 0 && !alone) || sentence[i].kind !== 'word') continue;
    const next = sentence[i + 1];
    if (stems[i] === 'حرب' && out[i + 1] === 0 && (GREGORIAN_MONTHS.has(stems[i + 1]) || (next.kind === 'number' && /^(1[89]|20)\d\d$/.test(next.text)))) { set(i, i + 2); i++; continue; }
    const counted = stems[i] === 'حرب' ? countedWar(sentence, out, i + 1, placeWordAt, freq, wordFreq) : stems[i] === 'الحرب' ? countedAdjectiveWar(sentence, out, i + 1) : i + 1;
    if (counted > i + 1) { set(i, counted); i = counted - 1; continue; }
    if (!NAMED_HEADS.has(stems[i])) continue;
    if (BY_PLACE_ONLY.has(stems[i])) {
      if (tagLabel(out[i + 1]) === 'LOCATION' && !isInside(out[i + 1])) { const e = spanEnd(out, i + 1); if (!kindAdjectiveAt(sentence, out, e)) { set(i, e); i = e - 1; } }
      continue;
    }
    const named = titleNamed(sentence, stems, out, i + 1);
    if (named > i + 1) { set(i, named); i = named - 1; continue; }
    const label = tagLabel(out[i + 1]);
    if (label && label !== 'MISC' && !isInside(out[i + 1])) {
      if (label === 'PERSON' && NOT_BY_PERSON.has(stems[i])) continue;
      const e = spanEnd(out, i + 1);
      set(i, e);
      i = e - 1;
    } else if (!label && next.kind === 'word' && !stems[i + 1].startsWith('ال') && (freq(i + 1) === 0 || /^[A-Za-z]/.test(next.text) || (freq(i + 1) < RARE_NAME && !inflected(stems[i + 1]))) &&
      !agreeingAdjective(stems[i], stems[i + 1]) && !withPronoun(stems[i + 1])) {
      // A league named by its sponsor keeps its country's adjective (دوري روشن [السعودي]).
      const e = stems[i] === 'دوري' && i + 2 < tags.length && out[i + 2] === 0 && /^ال.{3,}(ي|يه)$/.test(stems[i + 2]) ? i + 3 : i + 2;
      set(i, e);
      i = e - 1;
    }
  }
  return out;
}

/**
 * Definite broken plurals of the patterns أفعال and فواعل (normalised: الاسعار، الاموال، الشوارع): what a war is fought
 * over or where (حرب الأسعار، حرب الشوارع), a kind of war, never the name of one; places the tagger knows take its tag.
 */
const COUNTED_KIND = /^ال(ا[^اوي]{2}ا[^اوي]|[^اوي]وا[^اوي]{2})$/;

/**
 * A war counted by an ordinal after its place or one definite word (حرب [الخليج الثانية]، حرب [لبنان الثانية]): a war of that
 * name, as the benchmark tags wars, the place inside it no mention of its own. The end of the name (after the ordinal),
 * the name's first word at k; else k. The generic war (الحرب على لبنان) has no ordinal after one word. The definite word
 * the tagger left O must be no plural common noun, which names a kind of contest, not a war (حرب الأسعار الثانية، حرب
 * العملات الثانية: the second price war), unless a place list holds it or the training text hardly knows it.
 */
function countedWar(sentence: Token[], out: readonly number[], k: number, placeWordAt: (k: number) => boolean, freq: (k: number) => number,
  wordFreq: (w: string) => number): number {
  if (k + 1 >= out.length || sentence[k].kind !== 'word') return k;
  const named = (j: number) => placeWordAt(j) || freq(j) < RARE_NAME ||
    !(COUNTED_KIND.test(sentence[j].norm) || derivedCommonNoun(sentence[j].norm, wordFreq));
  const place = tagLabel(out[k]) === 'LOCATION' && !isInside(out[k]) ? spanEnd(out, k) : out[k] === 0 && sentence[k].norm.startsWith('ال') && named(k) ? k + 1 : k;
  return place > k && place < out.length && out[place] === 0 && sentence[place].kind === 'word' && FEMININE_ORDINALS.has(sentence[place].norm) ? place + 1 : k;
}

/**
 * The war counted after its nisba adjective (الحرب [البونيقية] الثانية، الحرب البلقانية الأولى، الحرب العالمية الثالثة) is a
 * named war as الحرب العالمية الثانية is (the benchmark tags wars): the end after the ordinal, else k. Only a definite -ية
 * adjective of four letters or more before the ordinal: a noun there (الحرب الأسعار) is no such name.
 */
function countedAdjectiveWar(sentence: Token[], out: readonly number[], k: number): number {
  if (k + 1 >= out.length || out[k] !== 0 || out[k + 1] !== 0 || sentence[k].kind !== 'word' || sentence[k + 1].kind !== 'word') return k;
  return /^ال.{3,}يه$/.test(sentence[k].norm) && FEMININE_ORDINALS.has(sentence[k + 1].norm) ? k + 2 : k;
}

/** Titles a cup or prize is named by, with the name or office after them (normalised): كأس أمير قطر، كأس ملك إسبانيا، جائزة الشيخ زايد. */
const NAMING_TITLES = set('أمير الأمير رئيس ملك الملك الشيخ السلطان ولي خادم');
/** Words of a title's office after it: رئيس الدولة، ولي العهد، خادم الحرمين الشريفين. */
const MAX_OFFICE_WORDS = 2;

/**
 * Where an event head's name is a title and whom it names (كأس [أمير قطر]، كأس [رئيس الدولة]، كأس [خادم الحرمين
 * الشريفين]، جائزة [الشيخ زايد] للكتاب، جائزة [الملك فيصل] العالمية): the end of that name, the title at k; else k. The
 * name after the title is the tagger's span, or up to two definite words of an office; the place or person inside is the
 * contest's name, not a mention of its own.
 */
function titleNamed(sentence: Token[], stems: string[], out: readonly number[], k: number): number {
  if (k + 1 >= out.length || out[k] !== 0 || !NAMING_TITLES.has(stems[k])) return k;
  if (tagLabel(out[k + 1]) && !isInside(out[k + 1])) return spanEnd(out, k + 1);
  let e = k + 1;
  while (e < out.length && e - k <= MAX_OFFICE_WORDS && out[e] === 0 && sentence[e].kind === 'word' && sentence[e].norm.startsWith('ال') && stems[e].length > 3) e++;
  return e > k + 1 ? e : k;
}

/**
 * An unseen word that agrees with the head as its indefinite nisba adjective (جائزة [تقديرية]، مهرجان [تضامني]) describes
 * the event, it does not name it: -ية after a feminine head, -ي after a masculine one (normalised: ة → ه).
 */
function agreeingAdjective(head: string, word: string): boolean {
  return word.length >= 5 && (head.endsWith('ه') ? word.endsWith('يه') : word.endsWith('ي'));
}
