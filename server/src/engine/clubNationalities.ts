// Clubs named with their country in sports news: a rare word (تعادل [ليل] الفرنسي) or a feminine one (أمام [الوحدة] الإماراتي) before a masculine nationality.
import { hasMark, listMarks } from './nameMarks';
import { normalizeArabic } from './normalize';
import { OTHER_PRONOUN_END } from './pronounNouns';
import { beginTag, insideTag } from './tagger';
import { MATCH_VERBS, SPORTS_CUE_WORDS } from './sportsNews';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const I_PERS = insideTag('PERS');
/** Training-text count from which a word is an ordinary word more often than a foreign club's name. */
const COMMON = 100;
/** A people's nisba plural (الأرجنتينيين): the players listed before. */
const PEOPLE_PLURAL = /^ال.{2,}ي(ين|ون)$/;
/** A clitic letter alone as a token. */
const CLITIC_LETTERS = /^[وفبلك]$/;
/** Marks of a person's name or a people, as spelled or folded: such a word is no club's name. */
const PERSON_OR_PEOPLE = listMarks(['FIRST', 'PER', 'NAT']);
/** Role nouns a player's or coach's name follows (اللاعب [نيمار] البرازيلي): the word after them is a person (normalised). */
const PERSON_ROLES = wordSet(`لاعب اللاعب لاعبه اللاعبه مدرب المدرب مدربه المدربه النجم نجم الحارس حارس المهاجم مهاجم المدافع مدافع
  الدولي الهداف هداف قائد القائد زميله الحكم حكم العداء العداءه البطل بطل البطله الملاكم المصارع السباح`);

/**
 * In a sports sentence, a word the tagger left O right before a definite masculine nationality adjective is a club
 * named with its country (`[ليل] الفرنسي`، `[غيمناستيك] الإسباني`): a city takes the feminine (باريس الفرنسية) and a
 * person's name a role noun or a span of its own. The club alone is the organisation and the adjective stays outside, as
 * the README keeps it after an organisation's own name. Not a definite word (الدوري الإسباني: a competition; المنتخب
 * الفرنسي: the team rule's), a word with a clitic other than و, a sports or match word, a word the name, place or
 * nationality lists mark as a person or people, a word the training text knows as ordinary, a noun with its owner's
 * pronoun, nor a nationality before a person (الفرنسي [زين الدين زيدان]).
 */
export function tagClubNationalities(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  freq: (k: number) => number, isNationality: (k: number) => boolean, textAt: (k: number) => string): number[] {
  let out: number[] | undefined;
  // The word's own shape: indefinite, Arabic, no clitic but و, no owner's pronoun, no sports word, listed as no person or
  // people, and rare enough to be a foreign club's name.
  const clubWord = (w: string, k: number) => !(w.startsWith('ال') || w.length < 3 || OTHER_PRONOUN_END.test(w) || !/^[\u0621-\u064A]+$/.test(w) ||
    (prefixes[k] && prefixes[k] !== 'و') || SPORTS_CUE_WORDS.has(w) || MATCH_VERBS.has(w) || isNationality(k) ||
    hasMark(marks[k], PERSON_OR_PEOPLE) || freq(k) >= COMMON);
  // A person's slot: after a role noun, or the nationality before a person's span.
  const personSlot = (k: number) => (k > 0 && PERSON_ROLES.has(stems[k - 1])) || (k + 2 < tags.length && tags[k + 2] === B_PERS);
  for (let k = 0; k + 1 < tags.length; k++) {
    const n = k + 1;
    // Written ى, the adjective is a feminine of another kind (ركبته [اليمنى]: right, not Yemeni).
    if (tags[k] !== 0 || tags[n] !== 0 || !isNationality(n) || prefixes[n] || !stems[n].startsWith('ال') || !textAt(n).endsWith('ي')) continue;
    const w = stems[k];
    if (!clubWord(w, k) || personSlot(k)) continue;
    // Any letter read off the word but و (ف + ينورد of فينورد) may be the name's own; a pronoun ه written as such is an owner's
    // (على منافسه المكسيكي); after a person or a nationality, و joins one more player (الأرجنتينيين [ومارسيلو] البرازيلي).
    // The tokenizer may split the letter off as its own token (ف ينورد).
    const raw = textAt(k);
    const whole = normalizeArabic(raw);
    const lone = k > 0 && tags[k - 1] === 0 && CLITIC_LETTERS.test(textAt(k - 1)) ? textAt(k - 1) : '';
    // A word the stems keep whole may still open with و or ف, which the mention's start strips later (فينورد → ينورد).
    const joined = whole !== w || lone !== '' || w.startsWith('و');
    if ((whole !== w && whole !== 'و' + w) || raw.endsWith('ه') || (lone && lone !== 'و') || w.startsWith('ف')) continue;
    const before = lone ? k - 2 : k - 1;
    if (joined && before >= 0 && (tags[before] === B_PERS || tags[before] === I_PERS || isNationality(before) || PEOPLE_PLURAL.test(stems[before]))) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}

/** Particles a club's name follows in a match report without being another noun's genitive (normalised). */
const CLUB_SLOT_PARTICLES = wordSet('علي امام مع ضد الي من عن في بين ان لان حيث بعد قبل منافسه ضيفه مضيفه');
/** A feminine word written with ة: a masculine adjective after it cannot describe it. */
const TA_MARBUTA_END = /ة$/;
/** The same written with ه, where the paragraph writes no ة at all (الواحه الاماراتي: hamza-less text writes ة as ه). */
const HA_FOR_TA_END = /ه$/;

/**
 * In a sports sentence, a definite word written with ة (or ه, in a paragraph that writes no ة) right before a masculine nationality adjective (`[الوحدة]
 * الإماراتي`، `أمام [الشعلة] السعودي`, `بالجزيرة الإماراتي`) is a club: the adjective agrees with the club (نادي, فريق), not
 * with the feminine word, which names it (the corpora tag about a dozen such pairs as clubs, most after نادي). The feminine
 * word may be another noun's genitive (وزير الخارجية الفرنسي, the minister is French: the corpora's 63 O pairs are such), so
 * it opens the sentence, carries a clitic, or follows a verb, a mark or a match particle. Not a sports word (البطولة), nor a nationality before a person (البطولة القطري [عبد الله]). The
 * club alone is the organisation; the adjective stays outside as in tagClubNationalities. The tagger may have read the word
 * as a one-word place (الجزيرة the island).
 */
export function tagFeminineNamedClubs(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  textAt: (k: number) => string, verbAt: (k: number) => boolean, isWordAt: (k: number) => boolean, spellsTa: () => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  const feminine = (t: string) => TA_MARBUTA_END.test(t) || (HA_FOR_TA_END.test(t) && !spellsTa());
  for (let k = 0; k + 1 < n; k++) {
    const a = k + 1;
    if (tags[a] !== 0 || prefixes[a] || !isNationality(a) || !stems[a].startsWith('ال') || !textAt(a).endsWith('ي')) continue;
    const oneWordPlace = tags[k] === B_LOC && (k + 2 >= n || tags[k + 2] !== I_LOC);
    if (tags[k] !== 0 && !oneWordPlace) continue;
    const w = stems[k];
    if (!w.startsWith('ال') || !feminine(textAt(k)) || SPORTS_CUE_WORDS.has(w) || SPORTS_CUE_WORDS.has(w.slice(2))) continue;
    if (k + 2 < n && tags[k + 2] === B_PERS) continue;
    const free = k === 0 || prefixes[k] !== '' || !isWordAt(k - 1) || verbAt(k - 1) || CLUB_SLOT_PARTICLES.has(stems[k - 1]);
    if (!free) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}
