// Common nouns inflected so the tagger never saw them — with an attached pronoun (نظيره، بانتخابه، قمته), or as a verb's
// indefinite object (مرسوما، هدفين) — are no names: the training text split such pronouns off or never saw the form.
import { ANY_LISTS, hasMark } from './nameMarks';
import { allBaseArabic, normalizeArabic } from './normalize';
import { wordSet } from './wordSets';
import { NAME_PARTICLES, PERSON_TITLES } from './triggers';
import { beginTag, insideTag, isInside, spanEnd } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_ORG = beginTag('ORG');
/**
 * Pronouns FANE-style text writes apart after a noun (والد ه، ام ها): a name takes none, so the word before is a noun.
 * Not هم، هما، هن, which stand alone as "they" (عاملي [ابل] هم في الولايات المتحدة), nor ك، كم، نا، ي: a letter of a
 * spelled name or the question كم.
 */
const POSSESSIVE_TOKENS: ReadonlySet<string> = new Set(['ه', 'ها']);
/** Words the interjection ها ("here") opens (ها هو، ها نحن، ها قد), normalised: there ها is no pronoun of the word before. */
const HA_OPENS = wordSet('هو هي هم هما هن نحن أنا أنت أنتم قد ذا ذي');

/**
 * `t` is a pronoun written apart (والد ه، ام ها), not the interjection ها before a pronoun or قد (وقال [خالد] ها نحن نعود):
 * `next`, the token after it as written, if any.
 */
export function pronounApart(t: string, next: string | undefined): boolean {
  return POSSESSIVE_TOKENS.has(t) && !(t === 'ها' && next !== undefined && HA_OPENS.has(normalizeArabic(next)));
}

/**
 * Training-text count from which a bare form is a common word, not a foreign name's letters: an accusative's (مرسوم for
 * مرسوما, عقد for عقدا) or a dual's singular.
 */
export const COMMON_NOUN = 20;

/** The singular of an indefinite accusative (مرسوما → مرسوم) or of a dual (هدفين → هدف، ركلتين → ركلة), else ''. */
export function objectBare(w: string): string {
  if (w.endsWith('ا')) return w.slice(0, -1);
  if (w.endsWith('تين') && w.length >= 6) return w.slice(0, -3) + 'ه';
  return w.endsWith('ين') && w.length >= 5 ? w.slice(0, -2) : '';
}

/** Attached pronouns as FANE writes them, split off the word before as tokens of their own (تصريحات ه، لاعب ي ها). */
export const SPLIT_PRONOUNS: ReadonlySet<string> = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'نا', 'ي', 'ني']);

/** Training-text count from which a form is known: a noun with its pronoun is rarer than this, its bare form not. */
export const KNOWN_FORM = 5;
/** A pronoun spelled after a noun: ه، ها، هم، هما، هن (ه as written, not ة folded to it). */
const PRONOUN_END = /(ه|ها|هم|هما|هن)$/;
/** The pronouns other than ه, which a name may end in as ة folded (سلامه): no name ends in ها، هما، هم، هن. */
export const OTHER_PRONOUN_END = /(ها|هما|هم|هن)$/;
/** A possessive pronoun closing a word (بينهم، قدراته، منافستها): a noun or preposition of the sentence, no name. */
export const POSSESSIVE_END = /(هم|هما|ها|كم|نا|ته)$/;
/** Endings of a dual or a sound plural (لقاءان، مباريات). */
const NUMBER_END = /(ان|ين|ات)$/;

/** A known noun with a pronoun other than ه (مبارياتها: مباريات seen): no name ends so. */
export const knownNounWithPronoun = (w: string, wordFreq: (w: string) => number) =>
  OTHER_PRONOUN_END.test(w) && wordFreq(w.replace(OTHER_PRONOUN_END, '')) >= KNOWN_FORM;
/** Platforms one writes on (قال الوزير على فيسبوك إن): after علي they make it the preposition; no name is made of them. */
export const PLATFORMS = wordSet('فيسبوك فايسبوك تويتر انستغرام انستجرام انستقرام يوتيوب تلغرام تليغرام تيليغرام واتساب تيكتوك');
/** Nouns على governs in set phrases that a given-name list holds too (على سبيل المثال): علي before them is the preposition. */
const ALA_PHRASE_NOUNS = wordSet('سبيل صعيد لسان وجه رأس مدى مدار أساس ضوء نحو');
/**
 * The word after علي makes it the preposition على news writes with ي, not the given name: a set phrase's noun even where a
 * name list holds it (على سبيل المثال), and, unless `listedName` (the caller's lists hold the word as a name), a platform or a
 * known noun under a possessive pronoun (علي صفحته، علي موكله، علي حسابها), its ة written ت before it. A given name ending
 * in ه (طه، حمزة) has no known noun under it. The one test roleSpeakers and titleNames ask.
 */
export function governedByAla(w: string, wordFreq: (w: string) => number, listedName = false): boolean {
  if (ALA_PHRASE_NOUNS.has(w)) return true;
  if (listedName) return false;
  if (PLATFORMS.has(w)) return true;
  const noun = w.replace(PRONOUN_END, '');
  if (noun === w || noun.length < 3 || wordFreq(w) >= KNOWN_FORM) return false;
  return wordFreq(noun) >= KNOWN_FORM || (noun.endsWith('ت') && wordFreq(noun.slice(0, -1) + 'ه') >= KNOWN_FORM);
}
/** A dual or plural of a known noun (لقاءان: لقاء seen): no name ends so. */
export const numberOfKnownNoun = (w: string, wordFreq: (w: string) => number) => NUMBER_END.test(w) && wordFreq(w.slice(0, -2)) >= KNOWN_FORM;

/**
 * A noun with an attached pronoun (جوزيف عون [بانتخابه]، [وأنصارهم]): the tagger never saw the form, but without
 * the pronoun and clitics it is a known word. A lone ه counts after ب/ل/ك, or where the paragraph spells ة: news
 * that spells ة as ه has names ending so whose bare form is a word (سلامه، جمعه). In the training text, words of five letters or more made so,
 * without ال and unseen whole, are no person in 1,432 of 1,432; a form seen whole is left to the tagger (بيليه).
 */
export function pronounOnNoun(raw: string, wordFreq: (w: string) => number, spellsTa = false): boolean {
  const word = normalizeArabic(raw);
  const m = PRONOUN_END.exec(raw);
  if (!m || word.length < 4 || word.startsWith('ال') || wordFreq(word) >= KNOWN_FORM) return false;
  const noun = word.slice(0, word.length - m[1].length);
  const bare = noun.replace(/^[وف]/, '');
  // ة is spelled ت before the pronoun (قمته: قمة + ه).
  const known = (w: string, min: number) => wordFreq(w) >= min || (w.length >= 3 && w.endsWith('ت') && wordFreq(w.slice(0, -1) + 'ه') >= min);
  // A lone ه where the paragraph spells ة elsewhere is the pronoun (مادورو [فوزه]، [نظيره]: نظير is seen 9 times): such news
  // would write سلامة, not سلامه.
  if (m[1] === 'ه' && spellsTa && (known(noun, KNOWN_FORM) || (bare.length >= 3 && known(bare, KNOWN_FORM)))) return true;
  if (word.length < 5) return false;
  // A sound feminine plural with its pronoun (ومهاراته، قدراتها، حواراته): the plural may be unseen, its singular not (مهارة،
  // or a masculine noun's: حوار).
  if (bare.length >= 5 && bare.endsWith('ات') && (known(bare, KNOWN_FORM) || known(bare.slice(0, -2) + 'ه', KNOWN_FORM) ||
    known(bare.slice(0, -2), KNOWN_FORM))) return true;
  // Four letters after the clitic at least: a short rest is often a foreign name's own letters (كلوغه: ك + لوغ).
  if (/^[بلك]/.test(bare) && bare.length >= 5 && known(bare.slice(1), KNOWN_FORM)) return true;
  return m[1] !== 'ه' && known(bare, KNOWN_FORM);
}

/** The word a split pronoun's letters close is a name as written or after a conjunction (ايبويه، وايبويه): listed or known. */
const nameWhole = (w: string, wordFreq: (w: string) => number, listed: (w: string) => boolean) =>
  [w, w.replace(/^[وف](?=...)/, '')].some((x) => listed(x) || wordFreq(x) >= KNOWN_FORM);

/**
 * A one-word place, body or MISC span that is a noun with its pronoun (في [قمته] بالدوحة، [غاراته]) is none; a word a
 * list holds as spelled stays (جده، فنربخشه). A one-word body before a pronoun written apart is none, listed or not, and
 * a one-word person there unless the word closed by the pronoun's letters is a name. `loneHa(w)` as for persons; `listed(w)`: a list holds normalised w.
 */
export function dropPronounNouns(tags: number[], text: (k: number) => string, wordFreq: (w: string) => number,
  loneHa: () => boolean, listed: (w: string) => boolean): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] === 0 || isInside(tags[k])) continue;
    const raw = text(k);
    // A place, body or work span opening with a noun and its pronoun (باع الصندوق [حصته بأوبر]: his share in Uber) begins
    // after it: no such name opens with a possessed noun; persons are pronounNounsEndNames'.
    if (k + 1 < tags.length && isInside(tags[k + 1])) {
      if (tags[k] === B_PERS || !PRONOUN_END.test(raw) || listed(normalizeArabic(raw)) || !pronounOnNoun(raw, wordFreq, raw.endsWith('ه') && loneHa())) continue;
      if (out === tags) out = tags.slice();
      out[k] = 0;
      out[k + 1] = tags[k];
      continue;
    }
    // A one-word body before a pronoun written apart is a noun with its pronoun (وام ه: and his mother, not the agency WAM).
    if (tags[k] === B_ORG && k + 1 < tags.length && tags[k + 1] === 0 && pronounApart(text(k + 1), k + 2 < tags.length ? text(k + 2) : undefined) && raw.length >= 2 && allBaseArabic(raw)) {
      if (out === tags) out = tags.slice();
      out[k] = 0;
      continue;
    }
    // So is a one-word person there (وعواطف ه، جوهر ه، الملقى ه), unless the word and the pronoun's letters together are a
    // name a list holds or the training text knows: the source's splitter also cuts a name's last letters off (ايبوى ه).
    if (tags[k] === B_PERS && k + 1 < tags.length && tags[k + 1] === 0 && pronounApart(text(k + 1), k + 2 < tags.length ? text(k + 2) : undefined) && allBaseArabic(raw) &&
      !nameWhole(normalizeArabic(raw + text(k + 1)), wordFreq, listed)) {
      if (out === tags) out = tags.slice();
      out[k] = 0;
      continue;
    }
    if (!PRONOUN_END.test(raw) || listed(normalizeArabic(raw)) || !pronounOnNoun(raw, wordFreq, raw.endsWith('ه') && loneHa())) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}

/**
 * A name never ends in a noun with a pronoun, and such a noun alone is no name (adjustPersonBounds' step 8, after
 * joinPersonParts); inside a span it stands between two names (`[لود] وزوجته [هنرييت]`، `[أشلي ويلكس] لقريبته [ميلاني
 * هاملتون]`: raw text attaches the pronoun the training text split off). `loneHa(w)`: a final ه on normalised word w may
 * be the pronoun (the paragraph spells ة, no list holds w as a name: زاده، عبده). `inListedName(k)`: word k continues a
 * full name the people lists hold as written, which is no noun with a pronoun (ميشيل [باشليه], not ب + أشلي + ه).
 */
export function pronounNounsEndNames(out: number[], text: (k: number) => string, wordFreq: (w: string) => number, loneHa: (w: string) => boolean,
  inListedName: (k: number) => boolean = () => false): void {
  // After a name link (بن، ابن، أبو) the word is a name part, whatever it reads as (مؤيد الدولة بن [بويه]). The ending is
  // tested first: pronounOnNoun needs it, and most name words lack it.
  const pronounNoun = (k: number) => PRONOUN_END.test(text(k)) && !(k > 0 && NAME_PARTICLES.has(normalizeArabic(text(k - 1)))) && !inListedName(k) &&
    pronounOnNoun(text(k), wordFreq, text(k).endsWith('ه') && loneHa(normalizeArabic(text(k))));
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    let e = spanEnd(out, b);
    for (let k = b + 1; k + 1 < e; k++) if (pronounNoun(k)) { out[k] = 0; out[k + 1] = B_PERS; e = k; }
    while (e > b && pronounNoun(e - 1)) out[--e] = 0;
    b = Math.max(b, e - 1);
  }
}

/** Training count of a dual's singular in the feminine or the oblique ين from which it is a common word's. */
const INFLECTED_SEEN = 2;

/** The forms of a dual's singular counted together: bare, definite, feminine, oblique plural. */
const DUAL_KIN: ReadonlyArray<[string, string]> = [['', ''], ['ال', ''], ['', 'ه'], ['ال', 'ه'], ['', 'ين'], ['ال', 'ين']];

/**
 * A one-word name that is a nominative dual of a common word (جنديان [بريطانيان]، وأصيب [جنديان]: X + ان with X's forms
 * frequent in the training text, some of them inflected) is that noun, when no list holds the word as spelled: names ending in ان (سليمان، عمران) are listed.
 */
export function dropDualNouns(stems: readonly string[], marks: readonly string[][], tags: number[], wordFreq: (w: string) => number): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] === 0 || isInside(tags[k]) || (k + 1 < tags.length && isInside(tags[k + 1]))) continue;
    const w = stems[k];
    if (w.length < 5 || !w.endsWith('ان') || w.startsWith('ال') || hasMark(marks[k], ANY_LISTS)) continue;
    // The singular's forms together (بريطاني، البريطاني، البريطانية …): the training text knows a common word in some of them.
    const x = w.slice(0, -2);
    let n = 0;
    let inflected = 0;
    for (let d = 0; d < DUAL_KIN.length; d++) {
      const f = wordFreq(DUAL_KIN[d][0] + x + DUAL_KIN[d][1]);
      n += f;
      if (DUAL_KIN[d][1]) inflected += f;
    }
    // A name's letters may be a word of their own (حمدان: حمد، الحمد), but a common noun or adjective also shows up in the
    // feminine or in the oblique ين (جنديين، بريطانية): with neither the word is a name in ان (ورفض [حمدان]).
    if (n < COMMON_NOUN || inflected < INFLECTED_SEEN) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}

/** Adjectives that close a title with its pronoun (أمينه [العام]، مديرها [الفني]), normalised. */
const TITLE_ADJECTIVES = wordSet('العام العامة التنفيذي التنفيذية الفني الفنية الأول الأولى المساعد المساعدة الشخصي الخاص');

/**
 * A title with an attached pronoun opening a person span (وقال [أمينه] العام، [مديرها] الفني، [نائبه]) is the title of the
 * body just named, not a name: normalised, `أمينه` is also the given name أمينة, which the tagger and document
 * consistency would spread. The pronoun must be spelled ه (not ة) where the paragraph spells ة, or a title's adjective
 * follow. Its adjectives go out with it; a name after them stays (أمينه العام [نور الدين الطبوبي]). No title list holds
 * every relation (زميلتها، صديقهم، جارتها ماري): a noun the training text knows, with a pronoun no name ends in, before the
 * rest of the span goes out too.
 */
export function titlesWithPronouns(stems: readonly string[], tags: number[], text: (k: number) => string, spellsTa: () => boolean,
  wordFreq: (w: string) => number): number[] {
  let out = tags;
  for (let k = 0; k < tags.length; k++) {
    if (out[k] !== B_PERS) continue;
    const m = PRONOUN_END.exec(text(k));
    if (!m) continue;
    // After a title the word is the name it introduces (الفنانة [أمينه] فاخت): no title takes a second one with a pronoun.
    // But no name ends in ها، هم، هما، هن (الوزيرة [نظيرتها] ماري …): only a lone ه may be a folded ة.
    if (k > 0 && PERSON_TITLES.has(stems[k - 1].replace(/^ال/, '')) && !OTHER_PRONOUN_END.test(m[1])) continue;
    const held = stems[k].slice(0, stems[k].length - m[1].length);
    let bare = held;
    // ة is spelled ت before the pronoun (رئيسته).
    if (bare.endsWith('ت') && !PERSON_TITLES.has(bare)) bare = bare.slice(0, -1) + 'ه';
    // A noun the text knows with ها، هم، هما or هن, opening a longer span, is a relation too (زميلتها، صديقهم ماري …). The
    // training text writes it as FANE splits it (زميلت ها) or in the masculine (زميل).
    const known = () => wordFreq(held) + wordFreq(bare) + (held.endsWith('ت') ? wordFreq(held.slice(0, -1)) : 0) >= KNOWN_FORM;
    const relation = OTHER_PRONOUN_END.test(m[1]) && bare.length >= 3 && tags[k + 1] === I_PERS && known();
    if (bare.length < 3 || !(relation || (PERSON_TITLES.has(bare) && (spellsTa() || TITLE_ADJECTIVES.has(stems[k + 1] ?? ''))))) continue;
    const e = spanEnd(out, k);
    if (out === tags) out = tags.slice();
    let j = k;
    while (j < e && (j === k || TITLE_ADJECTIVES.has(stems[j]))) out[j++] = 0;
    if (j < e) out[j] = B_PERS;
  }
  return out;
}
