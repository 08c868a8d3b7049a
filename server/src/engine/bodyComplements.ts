// What follows a body's name: a head-and-adjective body takes its لل complement (الشركة السعودية [للكهرباء]); the verb's
// indefinite object is no part of it (وقعت شركة سوناطراك [عقدا]).
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsNisba, VERBAL_NOUN } from './namePatterns';
import { normalizeArabic } from './normalize';
import { LAM_STOPS, LAM_WORDS, PREPOSITIONS, wordSet as set } from './wordSets';
import { COMMON_NOUN, KNOWN_FORM, objectBare } from './pronounNouns';
import { ORGANIZATION_HEADS, PERSON_TITLE_FORMS } from './triggers';

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');

/** Definite heads of bodies named by what they serve (normalised). */
const HEADS = set('الشركة المؤسسة الهيئة الوكالة المنظمة الاتحاد المجلس البنك الصندوق المصرف الجمعية المركز المعهد الجامعة الأكاديمية المكتب الإدارة المديرية السلطة اللجنة الجبهة الحركة');
/** Fronts and movements: a listed short name (الجبهة الشعبية) is still cut from one named by what it frees (لتحرير الجليل). */
const FRONTS = set('الجبهة الحركة');
/** Indefinite heads before a body's own name (شركة تويوتا، معهد ماساتشوستس), normalised. */
const NAMING_HEADS = set('شركة مؤسسة هيئة وكالة منظمة اتحاد بنك صندوق مصرف جمعية مركز معهد جامعة أكاديمية مجموعة');
/** لل + a time word counts, it does not name (للمرة الأولى، للعام الثاني). */
const TIMES = set('للمرة للعام للسنة للموسم للشهر للاسبوع لليوم للفترة للدورة');
/** A definite adjective (السعودية، العامة، الوطني): ي or ة (ه once normalised) at its end. */
const adjective = (stem: string) => definite(stem) && /(ي|ه)$/.test(stem);

/**
 * `head + adjective` tagged as a body, before a free لل word, is named by that complement and the adjective after it
 * (`الهيئة العامة [للتأمين الصحي]`): NewsFANE, WikiFANE and Wojood tag the complement inside 67 times in 70. So is an
 * indefinite head and the body's own name (`وكالة موديز [للتصنيف الائتماني]`، `شركة بغداد [للمشروبات الغازية]`): inside 59
 * times in 64 in the corpora and the project's dev sets. Not a body the lists hold whole (الاتحاد الأوروبي [للانضمام]: the subject
 * of a purpose), nor a time word, nor a Latin name's (شركة qlink [للمهرجان]: the corpora join one to it 0 times in 13, firmTails.ts).
 */
export function extendLamComplements(sentence: Token[], stems: string[], prefixes: string[], marks: readonly string[][], tags: number[],
  known: (w: string) => boolean = () => false, isNationality: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no body to extend: most sentences
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  for (let b = 0; b + 2 < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const headAndAdjective = HEADS.has(stems[b]) && adjective(stems[b + 1]);
    const headAndName = NAMING_HEADS.has(stems[b]) && !definite(stems[b + 1]) && sentence[b + 1].kind === 'word' && !/^[A-Za-z]/.test(sentence[b + 1].text);
    const listedWhole = marks[b].includes('ORG-B') && marks[e - 1].includes('ORG-E') && !FRONTS.has(stems[b]);
    // A conjunction on the head opens a second body of a list (الوكالة الألمانية … [و]بنك موريتانيا للتجارة الدولية).
    const prefixed = prefixes[b] !== '' && prefixes[b] !== 'و';
    // A construct body the tagger ended before its adjectives (هيئة الرقابة [العامة للمالية]), listed or not: the lists hold
    // short names of longer ones (حزب التجمع [اليمني للإصلاح]).
    if (e - b === 2 && !prefixed && CONSTRUCT_HEADS.has(stems[b]) && definite(stems[b + 1])) {
      const lam = complementAfterAdjectives(sentence, stems, prefixes, out, e);
      if (lam > 0) {
        if (out === tags) out = tags.slice();
        for (let k = e; k <= lam; k++) out[k] = I_ORG;
        if (free(lam + 1) && !prefixes[lam + 1] && adjective(stems[lam + 1])) out[lam + 1] = I_ORG;
        b = lam;
        continue;
      }
    }
    // A listed head-and-adjective body is whole: a لل word after it is a purpose (الاتحاد الأوروبي [للانضمام]).
    if (e - b !== 2 || prefixed || !(headAndAdjective ? !listedWhole : headAndName)) { b = e - 1; continue; }
    const norm = sentence[e].norm;
    // ل + an indefinite noun in construct after a head and its adjective opens the body's complement with its definite
    // genitive (`الجمعية الوطنية [لحماية المستهلك]`): the corpora tag it inside 16 times in 16 after such a head.
    const construct = headAndAdjective ? lamConstructEnd(sentence, stems, prefixes, out, e, known, isNationality) : -1;
    if (construct > 0) {
      if (out === tags) out = tags.slice();
      for (let k = e; k < construct; k++) out[k] = I_ORG;
      b = construct - 1;
      continue;
    }
    if (!free(e) || !lamWord(norm)) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    out[e] = I_ORG;
    if (free(e + 1) && adjective(stems[e + 1])) out[e + 1] = I_ORG;
    b = e;
  }
  return out;
}

/**
 * After a head-and-adjective body ending at `e`: where its complement ends when the word at `e` is a free ل + indefinite
 * noun the training text knows without its ل or of a verbal noun's shape (لحماية، لمساندة، لصناعة), followed by a free
 * definite genitive and up to two definite adjectives (not a nationality); else -1.
 */
function lamConstructEnd(sentence: Token[], stems: string[], prefixes: string[], out: number[], e: number,
  known: (w: string) => boolean, isNationality: (k: number) => boolean): number {
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k] && !isNationality(k);
  const lam = e < n ? sentence[e].norm : '';
  // The ل itself may be read as the word's clitic (prefix ل): any other clitic is no complement.
  if (e >= n || sentence[e].kind !== 'word' || out[e] !== 0 || (prefixes[e] !== '' && prefixes[e] !== 'ل') || !lamNoun(lam, sentence[e].text) || lam.length < 5 || LAM_STOPS.has(lam) || LAM_WORDS.has(lam) ||
    !(known(lam.slice(1)) || VERBAL_NOUN.test(lam.slice(1))) || !free(e + 1) || !definite(stems[e + 1])) return -1;
  let end = e + 2;
  while (end - e - 2 < MAX_GENITIVE_ADJECTIVES && free(end) && adjective(stems[end])) end++;
  return end;
}

/** ل + a noun written on it (لحماية، لمناخ، لأمن as written): not لل, the article's (lamWord), nor لا (the hamza's ا in لأمن normalises alike). */
const lamNoun = (norm: string, text: string) => norm.startsWith('ل') && !norm.startsWith('لل') && (!norm.startsWith('لا') || /^ل[أإآ]/.test(text));
/** A free لل word that names (للمالية، للإصلاح), not a time (للمرة). */
const lamWord = (norm: string) => norm.startsWith('لل') && norm.length > 4 && !TIMES.has(norm);
/** Indefinite heads of bodies named by a construct field (هيئة الرقابة، حزب التجمع، بنك الإسكان), normalised. */
const CONSTRUCT_HEADS = set('هيئة حزب حركة جبهة بنك مصرف صندوق مؤسسة جمعية نقابة اتحاد مركز معهد منظمة رابطة شركة مجموعة');
/** Adjectives a construct body may take before its لل word (العامة، اليمني): one or two. */
const MAX_ADJECTIVES = 2;

/**
 * After a construct body ending at `e`, the index of a free لل word that follows one or two free definite adjectives
 * (هيئة الرقابة العامة [للمالية]), or -1. Not a sound masculine plural after them, which is whom a statement addresses
 * (قالت هيئة الرقابة المالية [للصحفيين]).
 */
function complementAfterAdjectives(sentence: Token[], stems: string[], prefixes: string[], out: number[], e: number): number {
  const n = out.length;
  let k = e;
  while (k < n && k - e < MAX_ADJECTIVES && out[k] === 0 && sentence[k].kind === 'word' && !prefixes[k] && adjective(stems[k])) k++;
  if (k === e || k >= n || out[k] !== 0 || sentence[k].kind !== 'word') return -1;
  const norm = sentence[k].norm;
  return lamWord(norm) && !/(ين|ون)$/.test(norm) ? k : -1;
}


/** Words a complement takes after its لل word: its adjectives and coordinated nouns. */
const MAX_COMPLEMENT_WORDS = 4;
/** Broken plurals of people, normalised: in construct after و they are another party's members (وأعضاء الأحزاب), no field. */
const PEOPLE = set('أعضاء خبراء نشطاء ناشطي شركاء قادة زعماء رؤساء وزراء سفراء عمال أهالي');
/**
 * People in construct (وممثلو الأحزاب، وأعضاء النقابة): a sound masculine plural of a participle, its ن dropped before the
 * genitive (ممثلو، مسؤولي، مندوبو), or a broken plural of people. A complement names fields (وحقوق الإنسان، وتنمية الصادرات).
 */
const people = (stem: string) => PEOPLE.has(stem) || /^م[\u0621-\u064A]{3,}[وي]$/.test(stem);

/**
 * A body named by a لل complement takes the rest of it: the complement's adjectives and the nouns and adjectives
 * coordinated with و (`المركز المصري للحقوق [الاقتصادية والاجتماعية]`، `الهيئة العامة للاستثمار [والمناطق الحرة]`): the
 * corpora continue the body there 42 times in 49. Not another body's head or a title after و (`للشغل [والكونفدرالية]`،
 * `للصحفيين [والعقيد] خالد`: the 7), nor a nisba right after a noun, which opens another body (`مصر للطيران [والسورية]`).
 */
export function extendCoordinatedComplements(stems: string[], prefixes: string[], tags: number[], text: (k: number) => string, isWord: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    // The span ends in its لل word, that word's adjectives or nouns already joined to it (للإحصاء [والتحليل] الديمغرافي).
    let lam = e - 1;
    while (lam > b && e - lam <= MAX_COMPLEMENT_WORDS && (prefixes[lam] ? prefixes[lam] === 'و' && definite(stems[lam]) : adjective(stems[lam]))) lam--;
    const lamWord = normalizeArabic(text(lam));
    if (lam === b || !lamWord.startsWith('لل') || lamWord.length <= 4 || TIMES.has(lamWord)) { b = e - 1; continue; }
    let afterAdjective = lam < e - 1;
    let end = e;
    let coordinated = false;
    for (let k = e; k < n && k - e < MAX_COMPLEMENT_WORDS && out[k] === 0 && isWord(k); k++) {
      const stem = stems[k];
      if (!prefixes[k] && adjective(stem)) afterAdjective = true;
      else if (prefixes[k] === 'و' && definite(stem) && !ORGANIZATION_HEADS.has(stem) && !ORGANIZATION_HEADS.has(bare(stem)) && !PERSON_TITLE_FORMS.has(stem) &&
        (afterAdjective || !endsAsNisba(stem))) { afterAdjective = endsAsNisba(stem); coordinated = true; }
      // A coordinated noun in construct with its definite genitive ends the name (للسلام [وحقوق الإنسان]، للاستثمار [وتنمية
      // الصادرات]): an adjective after the genitive describes the whole body (وحقوق الإنسان [المحلية]). Not people (وممثلو الأحزاب).
      else if (prefixes[k] === 'و' && !definite(stem) && k + 1 < n && k + 1 - e < MAX_COMPLEMENT_WORDS && out[k + 1] === 0 && isWord(k + 1) &&
        !prefixes[k + 1] && definite(stems[k + 1]) && !endsAsNisba(stems[k + 1]) && !ORGANIZATION_HEADS.has(stem) && !PERSON_TITLE_FORMS.has(stem) && !people(stem)) {
        coordinated = true; end = k + 2; break;
      } else break;
      end = k + 1;
    }
    // Only a coordinated word makes the extension: adjectives alone after the لل word are the tagger's to take (a
    // nationality there stays outside the name, as after any body's own name).
    if (coordinated) {
      if (out === tags) out = tags.slice();
      for (let k = e; k < end; k++) out[k] = I_ORG;
      e = end;
    }
    b = e - 1;
  }
  return out;
}


/**
 * A body's span never ends in the verb's indefinite object (وقعت شركة سوناطراك [عقدا] مع …، منحت الحكومة [قرضا]): an
 * accusative or dual of a common noun, unseen whole and in no list as spelled (ناسا and تويوتا are listed or seen), nor in
 * the object and its adjective after it, seen or not.
 * `wordFreq`: training count of a normalised word; `listed(w)`: a list holds w.
 */
export function dropObjectsAtBodyEnds(stems: string[], tags: number[], wordFreq: (w: string) => number, listed: (w: string) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const last = stems[e - 1];
    const bare = objectBare(last);
    // An object with its agreeing adjective (حقق الاتحاد [فوزا ثمينا]): two indefinite accusatives, the first of a common noun.
    const accusative = (k: number) => stems[k].length >= 4 && stems[k].endsWith('ا') && !stems[k].startsWith('ال') && !listed(stems[k]);
    if (e - b >= 3 && accusative(e - 1) && accusative(e - 2) && wordFreq(objectBare(stems[e - 2])) >= COMMON_NOUN) {
      if (out === tags) out = tags.slice();
      out[e - 1] = 0;
      out[e - 2] = 0;
    } else if (e - b >= 2 && bare && !last.startsWith('ال') && last.length >= 4 && wordFreq(bare) >= COMMON_NOUN && wordFreq(last) < KNOWN_FORM && !listed(last)) {
      if (out === tags) out = tags.slice();
      out[e - 1] = 0;
    }
    b = e - 1;
  }
  return out;
}

/** A company's legal form after its name (normalised): holding, limited, joint-stock. */
const LEGAL_FORMS = set('القابضة المحدودة المساهمة');
/**
 * Adjectives that name a body's standing, not its nationality or what it does (normalised): the corpora end an organisation
 * with one 38 times and leave one after it twice (لجنة التحقيق الدولية [المستقلة]، المحكمة [العليا]، جامعة البلقاء [التطبيقية]). Not
 * الخاص or التنفيذي, which after a body agree with the noun before it (المبعوث الأممي الخاص، رئيس أرامكو التنفيذي).
 */
const STANDING_ADJECTIVES = set('المستقلة المستقل العليا الدائمة الدائم المؤقتة المؤقت التطبيقية الاحترافية المتطورة الموحدة الموحد المركزية المركزي');

/**
 * A company's legal form right after its name belongs to it (مجموعة طلعت مصطفى [القابضة]، شركة ماجد الفطيم [القابضة]):
 * the corpora and the project's sets tag it inside after every organisation span that has one (8 of 8); so do a body's
 * adjectives of standing (STANDING_ADJECTIVES) that the tagger left after it.
 */
export function takeLegalForms(stems: string[], prefixes: string[], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    // Not a word that goes on to its object (يواصل الاتحاد الأوروبي المساهمة في الإعمار): that is the sentence's noun.
    if (e < tags.length && out[e] === 0 && !prefixes[e] && LEGAL_FORMS.has(stems[e]) && !(e + 1 < tags.length && PREPOSITIONS.has(stems[e + 1]))) {
      if (out === tags) out = tags.slice();
      out[e] = I_ORG;
    }
    while (e < tags.length && out[e] === 0 && !prefixes[e] && STANDING_ADJECTIVES.has(stems[e])) {
      if (out === tags) out = tags.slice();
      out[e++] = I_ORG;
    }
    b = e - 1;
  }
  return out;
}

/** Definite adjectives after a complement's genitive taken with it (لرعاية الشباب [الرياضي]). */
const MAX_GENITIVE_ADJECTIVES = 2;

/**
 * A body's span that ends in ل + an indefinite noun (معهد إيفو الألماني [لمناخ]، الشركة العامة [لصناعة]) stops inside its
 * complement: the noun is in construct, and the definite genitive after it and that genitive's adjectives are the name's
 * (لمناخ [الأعمال الرئيسي]، لصناعة [السيارات]). The noun must be one the training text knows without its ل (`known(w)`),
 * so that a name beginning with ل (نادي ليون، صحيفة لوموند) is left whole; a nationality ends the name as after any body.
 * The genitive may be a place read (لعمال [موريتانيا]: whole in the dev sets, 3 of 3), or follow a chain noun (لمكافحة [جرائم] الأموال).
 */
export function extendLamConstructs(sentence: Token[], stems: string[], prefixes: string[], tags: number[], known: (w: string) => boolean,
  isNationality: (k: number) => boolean, named: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k] && !isNationality(k);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const lam = sentence[e - 1].norm;
    const adjectives = e - b >= 3 ? complementAdjectives(stems, lam, e, free) : e;
    if (adjectives > e) {
      if (out === tags) out = tags.slice();
      for (let k = e; k < adjectives; k++) out[k] = I_ORG;
      b = adjectives - 1;
      continue;
    }
    if (e - b < 2 || !lamNoun(lam, sentence[e - 1].text) || lam.length < 4 || !known(lam.slice(1)) || named(e - 1)) { b = e - 1; continue; }
    // A chain noun only before a definite genitive: a place read after one is its own (لوصل سطح [منكب الجوزاء]).
    const g = free(e) && !definite(stems[e]) && known(sentence[e].norm) && !named(e) && free(e + 1) && definite(stems[e + 1]) ? e + 1 : e;
    let end = -1;
    if (e < n && out[e] === B_LOC) end = spanEnd(out, e);
    else if (free(g) && definite(stems[g])) {
      end = g + 1;
      while (end - g <= MAX_GENITIVE_ADJECTIVES && free(end) && adjective(stems[end])) end++;
    }
    if (end < 0) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    for (let k = e; k < end; k++) out[k] = I_ORG;
    b = end - 1;
  }
  return out;
}

/**
 * A body's span that ends in its لل word before that word's own adjective stops short (`الوكالة الدولية للطاقة [الذرية]`،
 * `المعهد الوطني للبحوث [الزراعية]`): a definite nisba right after a لل word of a body describes it, and the corpora tag
 * it inside 150 times against 16 outside, most of those a nationality (which `free` excludes, as after any body's own
 * name). The adjective agrees: a feminine word (ة) takes no masculine nisba, which would describe something else.
 * Returns where the span then ends (`e` when nothing is taken).
 */
function complementAdjectives(stems: string[], lam: string, e: number, free: (k: number) => boolean): number {
  if (!lam.startsWith('لل') || lam.length <= 4 || TIMES.has(lam)) return e;
  const feminine = lam.endsWith('ه');
  let end = e;
  while (end - e < MAX_GENITIVE_ADJECTIVES && free(end) && definite(stems[end]) && (feminine ? stems[end].endsWith('يه') : endsAsNisba(stems[end]))) end++;
  return end;
}
