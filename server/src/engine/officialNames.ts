// Long official names as their grammar runs: a UN or AU body's own head and complements (بعثة الأمم المتحدة لدعم اتفاق الحديدة), a party's من أجل.
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { definite } from './namePatterns';
import { wordSet as set } from './wordSets';
import { ORGANIZATION_HEADS, PERSON_TITLE_FORMS } from './triggers';

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');
const B_MISC = B('MISC');

/** The two words of world bodies whose agencies and missions are named after them (normalised); an EU mission is tagged as the EU
 * (بعثة [الاتحاد الأوروبي] لمراقبة الانتخابات) in the project's sets. */
const WORLD_BODIES = new Set(['الامم المتحده', 'الاتحاد الافريقي'].map((p) => [...set(p)].join(' ')));
/** Indefinite heads of a world body's agency, office or mission (بعثة، مكتب، مفوضية الأمم المتحدة …), normalised. */
const AGENCY_HEADS = set('بعثة مكتب مفوضية قوة وكالة صندوق برنامج منظمة');
/** A mission or a force is named with the country it serves in (قوة الأمم المتحدة المؤقتة [في لبنان]); an office is not. */
const PLACED_HEADS = set('بعثة قوة');
/** The participle that opens an office's field (مكتب الأمم المتحدة [المعني بالمخدرات]). */
const CONCERNED = set('المعني المعنية');
/** A لل word of time counts, it does not name (للمرة الأولى). */
const TIMES = set('للمرة للعام للسنة للموسم للشهر للاسبوع لليوم للفترة للدورة');
/** Verbal nouns that take their object with على inside a body's name (هيئة الإشراف [على الانتخابات]). */
const ALA_NOUNS = set('الإشراف الرقابة');
/**
 * Verbs of insisting that take على themselves (وشددت هيئة الرقابة [على] الالتزام): after one, an على with no second على
 * soon after it is the verb's, not the supervising body's.
 */
const INSISTING = set('شدد شددت يشدد تشدد ركز ركزت يركز تركز حرص حرصت يحرص تحرص أصر أصرت يصر تصر حث حثت يحث تحث');
/** How far after a supervising body's على object a second على shows the first one is the name's. */
const SECOND_ON_REACH = 4;
/** Indefinite heads of parties and associations named by a من أجل purpose (حزب البديل [من أجل ألمانيا]). */
const PURPOSE_HEADS = set('حزب منظمة حركة تحالف ائتلاف جمعية رابطة');
/**
 * Verbs of striving whose purpose من أجل gives (يعمل حزب الخضر [من أجل البيئة]: the party works for the environment): after
 * one the من أجل is the verb's, not the party's name.
 */
const STRIVING = set(`يعمل تعمل عمل عملت يسعى تسعى سعى سعت يناضل تناضل ناضل ناضلت يكافح تكافح كافح كافحت يتحرك تتحرك تحرك
  تحركت يضغط تضغط ضغط ضغطت تظاهر تظاهرت يتظاهر تتظاهر`);
/** A striving verb, its و/ف split off or still on it (the splitter keeps ويناضل whole). */
const striving = (stem: string) => STRIVING.has(stem) || (/^[وف]/.test(stem) && STRIVING.has(stem.slice(1)));
/** Prepositions a verbal noun's object takes (من أجل الإفراج [عن] المعتقلين): after one, من أجل opened a purpose clause. */
const CLAUSE_PREPOSITIONS = set('عن على إلى مع');
/** A body's span never ends in the word that attaches it to another (وحدة الأبحاث [التابعة] للبحرية). */
const ATTACHING = set('التابع التابعة');
/** Adjectives that describe a body of the moment, not name one (قوة الأمم المتحدة [الجديدة] التي يفترض نشرها). */
const DESCRIBING = set('الجديد الجديدة الحالي الحالية المقبل المقبلة السابق السابقة المقترح المقترحة المرتقبة المرتقب');
/** A definite sound masculine plural (اللاجئين، الفلسطينيين). */
const PEOPLE_PLURAL = /^ال.{3,}ين$/;
/** Adjectives, coordinated nouns and chain nouns a complement may take: beyond these a sentence goes on. */
const MAX_WORDS = 3;

/** What the pass reads of a sentence besides its tags. */
export interface OfficialNameReads {
  /** Token k is a word (not punctuation or a number). */
  isWord: (k: number) => boolean;
  /** Token k is a nationality adjective (outside a body's name, as the guide keeps it). */
  isNationality: (k: number) => boolean;
  /** A place list holds token k. */
  placeWord: (k: number) => boolean;
  /** The lists hold the span b..e (exclusive) as an organisation whole. */
  listedWhole: (b: number, e: number) => boolean;
}

/** A definite adjective: ي or ة (ه once normalised) at its end. */
const adjective = (stem: string) => definite(stem) && /(ي|ه)$/.test(stem);

/**
 * Extends organisation spans over what their grammar keeps in the name: a world body's agency head before it and its
 * adjectives, ل- or المعني ب- complement, the nouns coordinated with that complement and, for a mission or a force, the
 * country after في (`[بعثة الأمم المتحدة المتكاملة … لتحقيق الاستقرار في مالي]`); the على object of a supervising body
 * (`[هيئة الإشراف على الانتخابات]`); the من أجل purpose of a party named by one word (`[حزب البديل من أجل ألمانيا]`).
 * A span ending in التابعة loses it: what it is attached to follows.
 */
export function extendOfficialNames(stems: string[], prefixes: string[], tags: number[], reads: OfficialNameReads): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k >= 0 && k < n && reads.isWord(k) && out[k] === 0;
  const bare = (k: number) => free(k) && !prefixes[k];
  const write = (from: number, to: number) => {
    if (out === tags) out = tags.slice();
    for (let k = from; k < to; k++) out[k] = k === from ? B_ORG : I_ORG;
  };
  const extend = (from: number, to: number) => {
    if (out === tags) out = tags.slice();
    for (let k = from; k < to; k++) out[k] = I_ORG;
  };
  /** Definite adjectives from k: where they end. Not a nationality, which the guide keeps outside, unless a plural of people
   * agrees with a plural genitive (لشؤون اللاجئين [الفلسطينيين]): the refugees', not the body's. */
  const adjectives = (k: number, max: number) => {
    let j = k;
    while (j - k < max && bare(j) && adjective(stems[j]) && !CONCERNED.has(stems[j]) && !DESCRIBING.has(stems[j]) &&
      (!reads.isNationality(j) || (PEOPLE_PLURAL.test(stems[j]) && j > 0 && PEOPLE_PLURAL.test(stems[j - 1])))) j++;
    return j;
  };
  /** Nouns coordinated with و after a complement (والسل والملاريا): where they end. */
  const coordinated = (k: number) => {
    let j = k;
    while (j - k < MAX_WORDS && free(j) && prefixes[j] === 'و' && definite(stems[j]) && !ORGANIZATION_HEADS.has(stems[j]) &&
      !ORGANIZATION_HEADS.has(stems[j].slice(2)) && !PERSON_TITLE_FORMS.has(stems[j]) && !reads.isNationality(j)) j = adjectives(j + 1, 1);
    return j;
  };
  /** ل + an indefinite noun, the ل split off or still on the word (لتحقيق، لشؤون): not لل nor لا. */
  const lamNoun = (k: number) => (prefixes[k] === 'ل' ? !definite(stems[k]) : !prefixes[k] && /^ل[^لا]/.test(stems[k]) && stems[k].length >= 4);
  /** A ل or المعني ب complement opening at k, with its chain and adjectives: where it ends, or k. */
  const complement = (k: number) => {
    if (!free(k)) return k;
    if (CONCERNED.has(stems[k]) && !prefixes[k]) return free(k + 1) && prefixes[k + 1] === 'ب' && definite(stems[k + 1]) ? adjectives(k + 2, 2) : k;
    // لل + a definite noun (للدعم، للطفولة).
    if (prefixes[k] === 'ل' && definite(stems[k])) return TIMES.has('ل' + stems[k]) ? k : adjectives(k + 1, 2);
    // ل + an indefinite noun in construct, its chain up to a definite genitive (لدعم اتفاق [الحديدة]، لشؤون [اللاجئين]).
    if (!lamNoun(k)) return k;
    // A named accord the complement serves (لدعم [اتفاق الحديدة]) is the name's too.
    if (k + 1 < n && out[k + 1] === B_MISC && !prefixes[k + 1]) return spanEnd(out, k + 1);
    let j = k + 1;
    while (j - k <= MAX_WORDS && bare(j) && !definite(stems[j])) j++;
    // A place the chain governs is its genitive, inside the name (لدعم اتفاق [الحديدة]) after a noun in construct.
    if (j > k + 1 && j < n && out[j] === B_LOC && !prefixes[j]) return spanEnd(out, j);
    return bare(j) && definite(stems[j]) && !reads.isNationality(j) ? adjectives(j + 1, 2) : k;
  };
  /** في + a place after k: where it ends, or k. */
  const place = (k: number) => {
    if (!bare(k) || stems[k] !== 'في' || k + 1 >= n) return k;
    if (out[k + 1] === B_LOC && !prefixes[k + 1]) return spanEnd(out, k + 1);
    return bare(k + 1) && reads.placeWord(k + 1) && !(k + 2 < n && out[k + 2] !== 0) ? k + 2 : k;
  };
  /** The span b..e ends in ل + an indefinite noun, its definite genitive and that genitive's adjectives (لمكافحة الجريمة المنظمة). */
  const endsInLamConstruct = (b: number, e: number) => {
    // The genitive may itself end as an adjective does (الأوبئة): try it at each definite word of the tail.
    for (let j = e - 1; j > b + 1 && !prefixes[j] && definite(stems[j]); j--) {
      if (lamNoun(j - 1)) return true;
      if (!adjective(stems[j])) return false;
    }
    return false;
  };
  /** A bracket opening at k round a short name read as a body (( أميس )), not round a town (( سبها )). */
  const bracketedName = (k: number) => k + 1 < n && stems[k] === '(' && out[k + 1] === B_ORG;
  const world = (k: number) => k + 1 < n && WORLD_BODIES.has(stems[k] + ' ' + stems[k + 1]);

  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    if (e - b >= 2 && ATTACHING.has(stems[e - 1]) && !prefixes[e - 1]) {
      if (out === tags) out = tags.slice();
      out[--e] = 0;
    }
    // The world body inside the span, and its agency head: before the span, or its first word.
    let w = -1;
    let head = -1;
    if (world(b) && e - b >= 2) {
      w = b;
      if (!prefixes[b] && free(b - 1) && AGENCY_HEADS.has(stems[b - 1])) head = b - 1;
      // المفوضية العليا [للأمم المتحدة]: a definite head and its adjective (العليا، السامية) before the ل of the world body.
      else if (prefixes[b] === 'ل' && bare(b - 1) && definite(stems[b - 1]) && free(b - 2) && definite(stems[b - 2]) && AGENCY_HEADS.has(stems[b - 2].slice(2))) head = b - 2;
    } else if (AGENCY_HEADS.has(stems[b]) && e - b >= 3 && world(b + 1) && !prefixes[b + 1]) {
      w = b + 1;
      head = b;
    }
    if (w >= 0 && head >= 0) {
      // Past the world body's two words, or past what the span holds after them already (للدعم).
      let end = Math.max(e, w + 2);
      if (end === w + 2) end = adjectives(end, MAX_WORDS);
      if (end > w + 2 && bare(end) && definite(stems[end]) && complement(end + 1) > end + 1) end++; // المتعددة [الأبعاد] لتحقيق
      const taken = complement(end);
      end = taken > end ? coordinated(taken) : end;
      const placeHead = PLACED_HEADS.has(stems[head]);
      // Only a named force serves in its country (قوة الأمم المتحدة المؤقتة [في لبنان]): a bare one there is described, and
      // NewsFANE tags the body alone (قوة [الامم المتحدة] في لبنان).
      // So does one whose short name follows in brackets (بعثة الاتحاد الأفريقي في السودان ( أميس )).
      if (placeHead && (end > w + 2 || bracketedName(place(end)))) end = place(end);
      // Without anything after the world body, the agency head stays out as NewsFANE tags it (بعثة [الأمم المتحدة]).
      if (end > w + 2) {
        if (head < b) write(head, end);
        else extend(e, end);
        b = end - 1;
        continue;
      }
      b = e - 1;
      continue;
    }
    // A name ending in a ل + noun complement goes on over the nouns coordinated with its genitive (الصندوق العالمي لمكافحة
    // الإيدز [والسل والملاريا]), as after a لل complement (bodyComplements).
    if (e - b >= 3 && endsInLamConstruct(b, e)) {
      const end = coordinated(e);
      if (end > e) {
        extend(e, end);
        b = end - 1;
        continue;
      }
    }
    // هيئة الإشراف [على الانتخابات]: an indefinite head and a verbal noun that takes على.
    if (e - b === 2 && !definite(stems[b]) && ALA_NOUNS.has(stems[b + 1]) && bare(e) && stems[e] === 'علي' && bare(e + 1) && definite(stems[e + 1]) &&
      !(b > 0 && INSISTING.has(stems[b - 1].replace(/^[وف]/, '')) && !stems.slice(e + 2, e + 2 + SECOND_ON_REACH).includes('علي'))) {
      const end = adjectives(e + 2, 1);
      extend(e, end);
      b = end - 1;
      continue;
    }
    // حزب البديل [من أجل ألمانيا]: a party named by one or two words the lists do not hold whole, and its purpose; not
    // after a verb of striving, whose purpose it is (`STRIVING`).
    if (e - b >= 2 && e - b <= 3 && PURPOSE_HEADS.has(stems[b]) && !(b > 0 && striving(stems[b - 1])) && !reads.listedWhole(b + 1, e) && bare(e) && stems[e] === 'من' && bare(e + 1) && stems[e + 1] === 'اجل' && e + 2 < n) {
      let end = e + 2;
      if (out[end] === B_LOC && !prefixes[end]) end = spanEnd(out, end);
      else if (bare(end) && definite(stems[end])) end = place(coordinated(adjectives(end + 1, 1)));
      if (end < n && CLAUSE_PREPOSITIONS.has(stems[end]) && !prefixes[end]) end = e + 2;
      if (end > e + 2) {
        extend(e, end);
        b = end - 1;
        continue;
      }
    }
    b = e - 1;
  }
  return out;
}
