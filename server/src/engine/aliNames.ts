// `علي` and `على` between names: the given or family name علي, or the preposition على written either way.
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';
import { normalizeArabic } from './normalize';
import { COMMAS, hasBehindConjunction, wordSet } from './wordSets';
import { PLATFORMS } from './pronounNouns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_ORG = beginTag('ORG');
/** أن as news writes it, with or without its hamza. */
const THAT = new Set(['أن', 'ان']);

/**
 * Two persons the tagger joined across the preposition `على` written with ى (`تغلب [ديوكوفيتش] على [نادال]`) are two: where
 * the paragraph writes a final ي elsewhere, `على` is never the given name `علي` (text that writes every final ي as ى, `فى`,
 * gives no sign and is left). The span is split at it, the preposition O; closing a span before أن, it is cut off.
 */
export function splitAtAla(sentence: readonly { text: string }[], tags: number[], writesFinalYa: () => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    for (let k = b + 1; k < e; k++) {
      // Closing the span, only before أن, which no name takes and "to stress that" does (أكد [صالح] على أن): news writes
      // the name على with ى too (محمد على ، حيدر على).
      if (sentence[k].text !== 'على' || !writesFinalYa() || (k + 1 === e && !THAT.has(sentence[k + 1]?.text ?? ''))) continue;
      out ??= tags.slice();
      out[k] = 0;
      if (k + 1 < e) out[k + 1] = B_PERS;
    }
    b = e - 1;
  }
  return out ?? tags;
}

/**
 * `علي` spelled with ي right after a person the tagger read, and before a stop or the next person of a list joined by و
 * (`عمرو زكي و[عبدالحليم] علي و[هاني العجيزي]`، `اخرجه حاتم علي ،`), is the family name: the preposition على always has its
 * object after it. The training corpora tag it so 8 times in 8 (على with ى once before a name starting with و: لويد جورج
 * على وايزمان, hence ي only).
 */
export function aliClosingNames(sentence: readonly { text: string; kind: string }[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].text !== 'علي' || tagLabel(tags[k - 1]) !== 'PERSON') continue;
    const next = sentence[k + 1];
    if (next && next.kind !== 'punct' && !(next.text.startsWith('و') && tags[k + 1] === B_PERS)) continue;
    out ??= tags.slice();
    out[k] = I_PERS;
  }
  return out ?? tags;
}

/** Prepositions that take a person and never the preposition على after them (not من: من على, from upon). */
const BEFORE_NAME = new Set(['في', 'مع', 'عن', 'لدى', 'الى', 'إلى', 'بين']);

/**
 * `علي` spelled with ي right after a preposition (`المتمثلة في [علي]`، `كانوا مع [علي] في الكوفة`) is the name where the
 * paragraph writes a final ى elsewhere: there the preposition is `على`, and no preposition follows another. (Text that writes
 * every final ى as ي, as FANE's normalised text does, gives no sign and is left.)
 */
export function aliAfterPrepositions(sentence: readonly { text: string }[], tags: number[], writesFinalAlifYa: () => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].text !== 'علي' || !BEFORE_NAME.has(sentence[k - 1].text) || tags[k - 1] !== 0 || !writesFinalAlifYa()) continue;
    out ??= tags.slice();
    out[k] = B_PERS;
  }
  return out ?? tags;
}

/**
 * Verbs whose على takes a person as its object (beat, outdo, arrest, find, praise, attack, rely on), past and present, with
 * a feminine past's ت, normalised; و/ف before them is stripped first. Not تعثر (also "stumbled"), أكد/شدد (one stresses
 * على a thing, so `وأكد المدير علي محمود أن` is the director) nor حصل (`وحصل رئيس اللائحة علي حسن فقيه على`, read gold).
 */
const ALA_PERSON_VERBS = wordSet(`تفوق تفوقت يتفوق تتفوق تغلب تغلبت يتغلب تتغلب فاز فازت يفوز تفوز انتصر انتصرت ينتصر تنتصر
  قبض قبضت يقبض تقبض عثر عثرت يعثر أثنى أثنت يثني تثني اعتدى اعتدت يعتدي تعتدي هجم هجمت يهجم تهجم اعتمد اعتمدت يعتمد
  تعتمد`);
/** فاز's forms, normalised: it takes its prize with ب (فاز المرشح علي حسن بمقعد: علي is the winner's name). */
const WIN_VERBS = wordSet('فاز فازت يفوز تفوز');
const ALA_FORMS = new Set(['على', 'علي']);
/** على with an object pronoun (عليه، عليها، عليهم، علينا), normalised: the verb's على, its person a pronoun. */
const ALA_PRONOUN = /^عل[يى](ه|ها|هم|هما|هن|ك|كم|نا)$/;
/** Words an aside between commas (COMMAS) may hold before the prize (وفاز الكاتب علي حسن ، مساء أمس ، بجائزة). */
const ASIDE_WORDS = 6;

/**
 * `علي` at k, before a name ending at `end`, is the preposition of a verb that governs على with a person (`وتفوق اللاعب علي
 * محمد صلاح`): the verb stands right before its subject, one word (a title or a definite noun) or two (`وتغلب المصنف الأول
 * علي`), and no other على follows in the sentence, which would be the verb's (`وفاز اللاعب علي معلول على منافسه`: there علي is
 * the subject's name), nor على with a pronoun (`وأثنى الشيخ علي حسن عليه`: the praised one is the pronoun); after فاز, no ب right
 * after the name or after an aside between commas, its prize (`وفاز المرشح علي حسن بمقعد`، `وفاز الكاتب علي حسن ، مساء أمس ، بجائزة`).
 */
export function verbsAla(text: (k: number) => string, n: number, k: number, end: number, title: (k: number) => boolean): boolean {
  const noun = (j: number) => j >= 0 && (title(j) || normalizeArabic(text(j)).startsWith('ال'));
  const verb = (j: number) => j >= 0 && hasBehindConjunction(ALA_PERSON_VERBS, normalizeArabic(text(j)));
  const at = noun(k - 1) && verb(k - 2) ? k - 2 : noun(k - 1) && noun(k - 2) && verb(k - 3) ? k - 3 : -1;
  if (at < 0) return false;
  for (let j = k + 1; j < n; j++) if (ALA_FORMS.has(text(j)) || ALA_PRONOUN.test(normalizeArabic(text(j)))) return false;
  return !(hasBehindConjunction(WIN_VERBS, normalizeArabic(text(at))) && prizeAfter(text, n, end));
}

/** فاز's prize, a ب-word, right after the winner's name or after an aside between commas (`علي حسن ، مساء أمس ، بجائزة`). */
function prizeAfter(text: (k: number) => string, n: number, end: number): boolean {
  let j = end;
  if (j < n && COMMAS.has(text(j))) {
    let c = j + 1;
    while (c < n && c <= j + ASIDE_WORDS && !COMMAS.has(text(c))) c++;
    if (c < n && COMMAS.has(text(c))) j = c + 1;
  }
  return j < n && text(j).startsWith('ب');
}

/**
 * A person span the tagger opened on `علي` spelled with ي and a listed given name after it, where `علي` is a person-governing
 * verb's preposition (verbsAla: `وفاز اللاعب [علي محمود سعيد]` → `علي [محمود سعيد]`), starts on the given name.
 */
export function splitVerbAla(sentence: readonly { text: string; norm: string }[], tags: number[], given: (k: number) => boolean, title: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 2; k + 1 < tags.length; k++) {
    if (tags[k] !== B_PERS || tags[k + 1] !== I_PERS || sentence[k].text !== 'علي' || !given(k + 1) || !verbsAla((j) => sentence[j].text, sentence.length, k, spanEnd(tags, k), title)) continue;
    out ??= tags.slice();
    out[k] = 0;
    out[k + 1] = B_PERS;
  }
  return out ?? tags;
}

/** The prepositions one writes on a platform with (على تويتر، عبر فيسبوك), normalised (على folds to علي). */
const ON_PLATFORM = wordSet('على عبر');

/**
 * A person span the tagger ran into the platform he wrote on (`وكتب اللاعب [عادل كريم على فيسبوك] أن`) ends before the
 * preposition, however the paragraph spells ى: no name holds على or عبر before a platform's name. The platform is the
 * body the sets tag it as; a span that opens on the preposition (`وكتب الوزير [على فيسبوك]`: على read as the given name
 * علي after a title) is no person at all.
 */
export function endNamesAtPlatforms(sentence: readonly { norm: string }[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    for (let k = b; k < e; k++) {
      if (!ON_PLATFORM.has(sentence[k].norm) || !PLATFORMS.has(sentence[k + 1]?.norm ?? '')) continue;
      out ??= tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      if (k + 1 < e) out[k + 1] = B_ORG;
      break;
    }
    b = e - 1;
  }
  return out ?? tags;
}

/** A kunya's father word in its three cases (أبو، أبا، أبي), normalised: a person of his own after علي. */
const KUNYA_HEADS = /^اب[ويا]$/;

/**
 * `علي` spelled with ي right before a person the tagger began, itself left O (`مهاجم الطلبة [علي] حسين جاسم`، `كبير المفاوضين
 * [علي] لاريجاني ان`), opens that person where the paragraph writes a final ى elsewhere: there the preposition is `على`, so
 * `علي` is the given name the tagger dropped as the preposition, when the person after it opens on a listed given name (a
 * father's name: `علي حسن بزي`; not a kunya, `فولى علي [ابا ايوب]`, two persons). Not after a verb, whose object pronoun
 * `عليّ` (on me) is spelled so too (`يجب علي`), after another person (aliClosingNames' ground), or before و (a second person
 * of a list: `وعبدالحليم علي [وهاني العجيزي]`), nor opening the sentence before أن (`علي [سعيد] أن يختار`, an obligation).
 * After a person-governing verb and its subject, splitVerbAla takes it back out (verbsAla).
 */
export function aliOpeningNames(sentence: readonly { text: string; norm: string }[], tags: number[], writesFinalAlifYa: () => boolean, verb: (k: number) => boolean,
  given: (k: number) => boolean, title: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].text !== 'علي' || tags[k + 1] !== B_PERS || (k > 0 && (tags[k - 1] !== 0 || verb(k - 1)))) continue;
    // Opening the sentence or after a title or a title and its complement (قائد الشرطة علي): after a verb's subject (وحكمت
    // المحكمة علي محمد) it is the preposition misspelt.
    if (k > 0 && !title(k - 1) && !(k > 1 && title(k - 2))) continue;
    // Opening the sentence before أن, it is the preposition of obligation misspelt (علي سعيد أن يختار: Saeed must choose).
    if (k === 0 && THAT.has(sentence[spanEnd(tags, k + 1)]?.text ?? '')) continue;
    if (sentence[k + 1].text.startsWith('و') || KUNYA_HEADS.test(sentence[k + 1].norm) || !given(k + 1) || !writesFinalAlifYa()) continue;
    out ??= tags.slice();
    out[k] = B_PERS;
    out[k + 1] = I_PERS;
  }
  return out ?? tags;
}
