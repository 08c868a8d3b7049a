// Corrections after decoding for kinds the training data barely shows: diseases, Latin acronyms,
// named competitions and products, and the project's title convention (titles stay outside PERSON).
import { FilteredSet } from './keyFilter';
import { Lexicon, withoutArticle as bare } from './clitics';
import { isDisease } from './diseaseNames';
import { beginTag as B, insideTag as I, isInside, markSpan, restartAt, spanEnd, spanStart, tagLabel } from './tagger';
import { Token } from './tokenize';
import { ORGANIZATION_HEADS, PERSON_TITLES, SHORT_FUTURE_VERB } from './triggers';
import { wordSet as set, filteredWordSet as filtered } from './wordSets';
import { ALL_CUES, cueBit } from './sentenceCues';
import { OPENING_MARKS } from './quoteMarks';
import { starring } from './starringCredit';
import { TagDraft } from './tagDraft';
import { pronounOnNoun } from './pronounNouns';
import { definiteBeforeOther } from './definiteHeads';
import { personStop } from './particleEnds';
const DRAFT_APPLY_NAME_RULES = new TagDraft();
const DRAFT_TAG_GOVERNMENT_BODIES = new TagDraft();

/** The tags the rules test and set on every token, looked up once. */
const B_LOC = B('LOC');
const B_MISC = B('MISC');
const B_ORG = B('ORG');
const B_PERS = B('PERS');
const I_MISC = I('MISC');
const I_ORG = I('ORG');
const I_PERS = I('PERS');

/** Words that name a contest or prize when a name follows (بطولة ويمبلدون، كأس إيطاليا، جائزة غونكور). */
const COMPETITION_HEADS = set('بطولة كأس جائزة دوري أولمبياد مهرجان ماراثون طواف');
/** COMPETITION_HEADS with the article too: `has(s) || has(bare(s))` in one probe, without slicing every word. */
const COMPETITION_HEAD_WORDS = new Set([...COMPETITION_HEADS, ...[...COMPETITION_HEADS].filter((w) => w.length > 1).map((w) => 'ال' + w)]);
const COMPETITION_HEADS_AL = new FilteredSet(COMPETITION_HEAD_WORDS);
/** Words that may close a competition name (بطولة أستراليا المفتوحة). */
const COMPETITION_TAIL = set('المفتوحة المفتوح الكبرى الدولية الدولي العالمية للتنس للجولف للغولف السينمائي السينمائية الممتاز');
/** Most closing words a competition name takes (مهرجان البحر الأحمر [السينمائي الدولي]). */
const MAX_TAILS = 3;

/** Words that introduce a product, app or platform by name (تطبيق ثريدز، هاتف آيفون). */
// لقاح too: rule 4 takes a rare word left O, a brand (لقاح [كونفيديا]), not a maker read as a body; not مسيرة (also a march).
const PRODUCT_WORDS = `تطبيق التطبيق منصة المنصة هاتف الهاتف برنامج البرنامج متصفح المتصفح لعبة اللعبة لقاح
  عقار العقار دواء الدواء دوائها دوائه صاروخ الصاروخ صواريخ طائرة طائرات نموذج النموذج
  نموذجها نموذجه مساعد مساعدها خدمة روبوت مسبار المسبار`;
const PRODUCT_HEADS = filtered(PRODUCT_WORDS);
/** Heads of a drug or vaccine (normalised): the unseen word after them names the product, whatever the tagger read. */
const DRUG_HEADS = set('لقاح عقار العقار دواء الدواء');
/** Heads after which a name is the app or program itself, never its maker (تطبيق [تيليغرام]، لعبة [فورتنايت]). */
const APP_HEADS = set('تطبيق التطبيق متصفح المتصفح لعبة اللعبة');
/** A product's name follows the word: no conjunction stands between them (تطبيق [واتساب] is no و + اتساب). */
export const isProductHead = (stem: string): boolean => PRODUCT_HEADS.has(stem);
/** Rules 3 and 4 start at a competition or product head (sentenceCues.ts); rules 5 and 6 need a person span. */
export const HEAD_RULES_CUE = cueBit(COMPETITION_HEAD_WORDS, set(PRODUCT_WORDS));
/** Words rarer than this in the training text can be a product's name. */
const RARE = 3;
/** A feminine active participle (فاعلة), normalised: جاثمه; after the name's first word, a form V participle too (لقاح فلوزون [متوفر]). */
const ACTIVE_FEMININE = /^.ا..ه$/;
const FORM_V_PARTICIPLE = /^مت...$/;
const agreeing = (w: string, lex: Lexicon, later = false) => ACTIVE_FEMININE.test(w) || (later && FORM_V_PARTICIPLE.test(w)) || (w.endsWith('ي') && (lex.freq(w.slice(0, -1)) >= RARE || lex.freq(w + 'ه') >= RARE));
/** Name parts that join the words around them into one name (حسين أمير عبد اللهيان). */
const NAME_LINKS = set('عبد بن ابن أبو أبي آل');
const isTitle = (stem: string) => PERSON_TITLES.has(stem) || PERSON_TITLES.has(bare(stem));
/** Titles that open the name they introduce (the conventions: `[الشيخ محمد]`). */
const NAME_TITLES = set('الشيخ الشيخة البابا');

const LATIN_ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
/** LATIN_ACRONYM's first letter, tested first: most words are Arabic and fail it without running the expression. */
const isCapital = (c: number) => c >= 65 && c <= 90;

/** Applies the corrections to one decoded sentence; `stems` are clitic-free normalised forms. */
export function applyNameRules(sentence: Token[], stems: string[], tags: number[], lex: Lexicon, cues: number = ALL_CUES): number[] {
  const out = DRAFT_APPLY_NAME_RULES.begin(tags);
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const s = stems[i];
    // 1. Diseases are never names; a span they sit in is dropped whole (فيروس كورونا).
    if (out[i] !== 0 && isDisease(sentence[i].norm, s)) {
      const b = spanStart(out, i);
      const e = spanEnd(out, b);
      // A body named for the disease it fights keeps its name (الصندوق العالمي لمكافحة [الإيدز]): the disease is its complement.
      if (tagLabel(out[b]) === 'ORGANIZATION' && b < i - 1 && !isDisease(sentence[b].norm, stems[b])) { i = e - 1; continue; }
      // A person's name run on into the disease after it (إيرج حريرجي [بالفيروس]) keeps the name: only the rest goes.
      if (tagLabel(out[b]) === 'PERSON' && b < i - 1 && !isDisease(sentence[b].norm, stems[b])) { for (let k = i; k < e; k++) out[k] = 0; i = e - 1; continue; }
      for (let k = b; k < e; k++) out[k] = 0;
      continue;
    }
    // 2. A Latin acronym in Arabic text (CNN, NATO, FTX) is most often an organisation.
    if (sentence[i].kind === 'word' && isCapital(sentence[i].text.charCodeAt(0)) && LATIN_ACRONYM.test(sentence[i].text) && (out[i] === 0 || tagLabel(out[i]) === 'MISC') && !isInside(out[i])) {
      const e = out[i] === 0 ? i + 1 : spanEnd(out, i);
      if (e === i + 1) out[i] = B_ORG;
    }
  }
  // Without a competition or product head and without a person, rules 3–6 find nothing (most sentences).
  const heads = (cues & HEAD_RULES_CUE) !== 0;
  if (!heads && out.indexOf(B_PERS) < 0 && out.indexOf(I_PERS) < 0) return DRAFT_APPLY_NAME_RULES.close(tags, out);
  for (let i = 0; i + 1 < n; i++) {
    // Rules 3–4b start at a head: only where the sentence has one (most sentences come here for a person alone).
    if (heads) {
      const last = headRules(sentence, stems, out, lex, i);
      if (last >= 0) { i = last; continue; }
    }
    // 5. A name part that cannot begin a name (عبد، بن، أبو) continues the person right before it, unless و joins two people (وعبد).
    if (tagLabel(out[i]) === 'PERSON' && tagLabel(out[i + 1]) === 'PERSON' && !isInside(out[i + 1]) &&
      NAME_LINKS.has(stems[i + 1]) && sentence[i + 1].norm === stems[i + 1]) out[i + 1] = I_PERS;
    // 6. Titles stay outside PERSON (the training data's majority): البابا فرنسيس → فرنسيس.
    if (tagLabel(out[i]) === 'PERSON' && !isInside(out[i]) && tagLabel(out[i + 1]) === 'PERSON' && isInside(out[i + 1]) &&
      (PERSON_TITLES.has(stems[i]) || PERSON_TITLES.has(bare(stems[i])))) {
      out[i] = 0;
      out[i + 1] = B_PERS;
      // أمام (before) read as إمام: a definite title alone after it is no name either (أمام [القاضي] محمد علي); not الشيخ، البابا.
      if (personStop(sentence[i].text) && spanEnd(out, i + 1) === i + 2 && stems[i + 1].startsWith('ال') && isTitle(stems[i + 1]) && !NAME_TITLES.has(stems[i + 1])) out[i + 1] = 0;
    }
  }
  return DRAFT_APPLY_NAME_RULES.close(tags, out);
}

/**
 * Rules 3, 4 and 4b of applyNameRules at token i of `out` (changed in place): the last token of the name a rule took
 * after the head, or -1 when none did.
 */
function headRules(sentence: Token[], stems: string[], out: number[], lex: Lexicon, i: number): number {
  const n = out.length;
  // 3. Head + a name right after it is a competition or prize: the whole phrase is MISC. Not a definite head before a
  //    person: a definite noun takes no name after it, the person is in apposition to what came before (مدير
  //    المهرجان [عصام زكريا]: the festival's director).
  if (out[i] === 0 && COMPETITION_HEADS_AL.has(stems[i]) && out[i + 1] !== 0 && !isInside(out[i + 1]) && !starring(stems, out, i) &&
    !(out[i + 1] === B_PERS && stems[i].startsWith('ال')) && !definiteBeforeOther(sentence, stems, i)) {
    let e = spanEnd(out, i + 1);
    for (let t = 0; t < MAX_TAILS && e < n && out[e] === 0 && COMPETITION_TAIL.has(stems[e]); t++) e++;
    out[i] = B_MISC;
    for (let k = i + 1; k < e; k++) out[k] = I_MISC;
    restartAt(out, e);
    return e - 1;
  }
  // 4. A product head followed by unknown or Latin words the tagger left O, or an unseen one it took for a place (عقار [ريمديسيفير]): the product's name.
  //    After a drug's or vaccine's head, an unseen word read as a one-word person is the drug (لقاح [كورونافاك] الذي طورته): no one is named so.
  const alone = (k: number) => k + 1 >= n || !isInside(out[k + 1]);
  const rare = (k: number) => lex.freq(sentence[k].norm) + lex.freq(stems[k]) < RARE;
  //    The tagger may take the head into that person (لعقار [ريمديسيفير]، read [عقار ريمديسيفير]): the head goes out first.
  const drug = DRUG_HEADS.has(stems[i]);
  if (drug && out[i] === B_PERS && out[i + 1] === I_PERS && alone(i + 1) && rare(i + 1)) { out[i] = 0; out[i + 1] = B_PERS; }
  const misread = (out[i + 1] === B_LOC || (out[i + 1] === B_PERS && drug)) && alone(i + 1) && rare(i + 1);
  if (PRODUCT_HEADS.has(stems[i]) && (out[i + 1] === 0 || misread)) {
    let e = i + 1;
    // Not the future verb after the name, of any length (تطبيق واتساب [سيتوقف]، لقاح … [ستصل]): its present form is a known word. A word the tagger
    // took for a one-word person right after the name's first word goes on the name (مسبار يوروبا [كليبر]).
    const lonePerson = (k: number) => k > i + 1 && out[k] === B_PERS && (k + 1 >= n || out[k + 1] !== I_PERS);
    // Nor an adjective agreeing with the head: a nisba whose base or feminine is known, a feminine active participle (روبوت
    // [جراحي]، طائرات [جاثمة]), nor a disease the head is against (لقاح [إيبولا]): diseases are never names.
    // Nor, after the name's first word, و + a known word or noun with its pronoun (ريمديسيفير [وتوزيعه]، بانادول [وفيتامين]): the next item.
    const nextItem = (k: number) => k > i + 1 && sentence[k].norm.startsWith('و') && (lex.freq(sentence[k].norm.slice(1)) >= RARE || pronounOnNoun(sentence[k].text, (w) => lex.freq(w), true));
    const unknown = (k: number) => sentence[k].kind === 'word' && !stems[k].startsWith('ال') && !isDisease(sentence[k].norm, stems[k]) && !nextItem(k) && (lonePerson(k) || (k === i + 1 && misread) || (out[k] === 0 &&
      (/^[A-Za-z]/.test(sentence[k].text) || (rare(k) && !agreeing(stems[k], lex, k > i + 1))) &&
      !(k > i + 1 && SHORT_FUTURE_VERB.test(sentence[k].norm) && lex.freq(sentence[k].norm.slice(1)) >= RARE)));
    while (e < n && e - i <= 2 && unknown(e)) e++;
    for (let k = i + 1; k < e; k++) out[k] = k === i + 1 ? B_MISC : I_MISC;
    if (e > i + 1) return e - 1;
  }
  // 4b. An app named after its head is the app, MISC, though the tagger reads the name as its company (تطبيق [تيك توك]),
  //     also when the name is quoted (تطبيق “[تليجرام]”).
  const at = i + 1 < n && sentence[i + 1].kind === 'punct' && OPENING_MARKS.has(sentence[i + 1].text) ? i + 2 : i + 1;
  if (APP_HEADS.has(stems[i]) && at < n && tagLabel(out[at]) === 'ORGANIZATION' && !isInside(out[at]) && !ORGANIZATION_HEADS.has(stems[at])) {
    const e = spanEnd(out, at);
    markSpan(out, at, e, B_MISC, I_MISC);
    return e - 1;
  }
  //     A person of three words or more right after an app head opens with the app: the tagger runs the name into the
  //     person beside it (تطبيق [تيليغرام] بافيل دوروف: the app's founder); an app head governs no person.
  if (APP_HEADS.has(stems[i]) && at < n && out[at] === B_PERS && spanEnd(out, at) >= at + 3 && sentence[at + 1].kind === 'word') {
    out[at] = B_MISC;
    out[at + 1] = B_PERS;
    return at;
  }
  return -1;
}

/**
 * Definite institutions that a nationality adjective turns into one body (الحكومة اللبنانية،
 * الجيش السوداني، الخارجية الأمريكية). The training data tags these both ways; the project tags
 * them ORGANIZATION (as most of NewsFANE does for the army and police) and brings training in line.
 */
const GOVERNMENT_WORDS = `
  الحكومة الجيش الخارجية الداخلية الشرطة البرلمان المخابرات الاستخبارات الرئاسة البحرية الخزانة
`;
export const GOVERNMENT_BODIES = filtered(GOVERNMENT_WORDS);

/** National teams, named by a nationality adjective (المنتخب المصري). */
const TEAMS = filtered('المنتخب');
/** Competition heads that a nationality adjective names (الدوري الإسباني). */
const LEAGUES = filtered('الدوري البطولة');
/** Bodies named by an adjective (the ministries of the interior and foreign affairs): after a definite noun, its adjective. */
const ADJECTIVE_BODIES = filtered('الداخلية الخارجية');
/** tagGovernmentBodies starts at a body, team or league head: without one it changes nothing (sentenceCues.ts). */
export const GOVERNMENT_CUE = cueBit(set(GOVERNMENT_WORDS), set('المنتخب'), set('الدوري البطولة'));

/**
 * Tags `body + nationality adjective` spans the tagger left O as ORGANIZATION. `isNationality`
 * says whether token k is a listed nationality adjective (its gazetteer marks).
 */
export function tagGovernmentBodies(stems: string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  const out = DRAFT_TAG_GOVERNMENT_BODIES.begin(tags);
  for (let i = 0; i + 1 < out.length; i++) {
    // A national team named by its country (المنتخب الإسباني) is a team whatever comes before it (مدرب المنتخب المغربي).
    if (out[i] === 0 && TEAMS.has(stems[i]) && isNationality(i + 1) && stems[i + 1].startsWith('ال') && out[i + 1] === 0) {
      out[i] = B_ORG;
      out[i + 1] = I_ORG;
      i++;
      continue;
    }
    // A league or championship named by its country (الدوري الإسباني، البطولة المغربية) is a competition: MISC.
    if (out[i] === 0 && LEAGUES.has(stems[i]) && isNationality(i + 1) && stems[i + 1].startsWith('ال') && !isInside(out[i + 1])) {
      out[i] = B_MISC;
      out[i + 1] = I_MISC;
      i++;
      continue;
    }
    if (!GOVERNMENT_BODIES.has(stems[i]) || !isNationality(i + 1) || !stems[i + 1].startsWith('ال')) continue;
    // `الداخلية`/`الخارجية` after a definite noun are its adjectives (الشؤون [الداخلية] اللبنانية، السياسة الخارجية الأمريكية).
    if (ADJECTIVE_BODIES.has(stems[i]) && i > 0 && stems[i - 1].startsWith('ال') && stems[i - 1].length > 3 && out[i] === 0) continue;
    // After a title the body is part of the role (وزير الخارجية المغربي), not a name, whatever the tagger said.
    // But a feminine adjective after a masculine title agrees with a feminine body (رئيس الحكومة اللبنانية): that is the body.
    const fem = (w: string) => w.endsWith('ه');
    const agreesWithBody = i > 0 && !fem(stems[i - 1]) && fem(stems[i]) && fem(stems[i + 1]);
    if (i > 0 && isTitle(stems[i - 1]) && !agreesWithBody) {
      if (out[i] === B_ORG && out[i + 1] === I_ORG && (i + 2 >= out.length || !isInside(out[i + 2]))) { out[i] = 0; out[i + 1] = 0; }
      continue;
    }
    if (out[i] !== 0 || out[i + 1] !== 0) continue;
    out[i] = B_ORG;
    out[i + 1] = I_ORG;
    i++;
  }
  return DRAFT_TAG_GOVERNMENT_BODIES.close(tags, out);
}

/** Heads whose definite complement is always a club's own name (نادي الهلال), normalised. */
const CLUB_HEADS = set('نادي النادي');

/**
 * A nationality adjective after an organisation's proper name describes it and stays outside
 * (نوكيا الفنلندية، شركة كريم الإماراتية), as NewsFANE tags it; after a generic institution it is
 * part of the name (الجيش اللبناني، وزارة الخارجية الإسرائيلية).
 */
export function trimNationality(stems: string[], tags: number[], isNationality: (k: number) => boolean, listedBody: (b: number, e: number) => boolean = () => false,
  listedClub: (b: number, e: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span to trim: most sentences
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const isHead = (k: number) => ORGANIZATION_HEADS.has(stems[k]) || GOVERNMENT_BODIES.has(stems[k]);
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const last = e - 1;
    const len = e - b;
    // A body the lists hold with its adjective keeps it (التلفزيون المصري، الخطوط التونسية).
    if (listedBody(b, e)) { b = e - 1; continue; }
    // A club is a proper name however definite its words (نادي [السد] القطري، [الترجي الرياضي] التونسي): NewsFANE leaves
    // the nationality after نادي + name outside 13 times in 13.
    const club = len >= 3 && (CLUB_HEADS.has(stems[b]) || listedClub(b, last));
    // Two adjectives after a head and a proper name (شركة شل [الهولندية البريطانية]) are outside it alike.
    const drop = len >= 2 && isNationality(last) && ((len === 2 && !isHead(b)) || (len >= 3 && isHead(b) && !stems[last - 1].startsWith('ال')) || club) ? 1
      : len >= 4 && isHead(b) && isNationality(last) && isNationality(last - 1) && !stems[last - 2].startsWith('ال') ? 2 : 0;
    if (drop > 0) {
      if (out === tags) out = tags.slice();
      for (let k = e - drop; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}

/**
 * Plurals of state power that name no body alone: left bare when a nationality is trimmed off (والقوات [العراقية]); the
 * four corpora never tag one alone (NewsFANE leaves القوات + nationality untagged 32 times in 33).
 */
const STATE_PLURALS = filtered('القوات السلطات');

/**
 * A definite head noun alone (الهيئة، الحكومة) is a common noun, not an organisation; followed by a
 * listed given name (رئيس الهيئة فاروق …، عين المجلس فهد الأحمد رئيسا) the name is a person's. `isFirstName(k)`: token k is in the
 * first-name list and in no place or organisation list; `keep(k)`: a one-word head at k stays.
 */
export function dropBareHeads(stems: string[], tags: number[], isFirstName: (k: number) => boolean, keep: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span: nothing to drop
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const bareHead = (k: number) => stems[k].startsWith('ال') && (ORGANIZATION_HEADS.has(stems[k]) || GOVERNMENT_BODIES.has(stems[k]));
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (e - b === 1 && (bareHead(b) || STATE_PLURALS.has(stems[b])) && !keep(b)) { if (out === tags) out = tags.slice(); out[b] = 0; }
    else if (e - b >= 2 && bareHead(b) && isFirstName(b + 1) && (e - b === 2 || !stems[b + 1].startsWith('ال'))) {
      // The body is the verb's subject and the person its object, up to the role it is given (عين المجلس فهد الأحمد
      // [رئيسا للجنة]): an accusative or a لـ word that is no given name ends the person; at most three words. In a longer
      // span the name has no article (المجمع [الرضوي] الثقافي: an adjective the name lists hold).
      let p = b + 2;
      while (p < e && p - b <= 3 && !((stems[p].endsWith('ا') || stems[p].startsWith('ل')) && !isFirstName(p))) p++;
      if (out === tags) out = tags.slice();
      out[b] = 0;
      for (let k = b + 1; k < e; k++) out[k] = k === b + 1 ? B_PERS : k < p ? I_PERS : 0;
    }
    b = e - 1;
  }
  return out;
}

