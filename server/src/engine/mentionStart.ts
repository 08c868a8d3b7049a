// Where a mention starts inside its first token: which leading clitic letters (و ف ب ل ك) its span leaves out.
import { MODEL_HEAD } from './modelNames';
import { foldTransliteration } from './gazetteer';
import { NerModel } from './model';
import { CLITIC_B, newsPlaceOrCountry } from './prepositionPlaces';
import { isPlaceListHead } from './headedPlaces';
import { isProductHead } from './nameRules';
import { OWN_FIRST_LETTER } from './miscNames';
import { CONJOINED_LATIN } from './latinNames';
import { EntityLabel } from './tagger';
import { Token } from './tokenize';
import { cueKind } from './quoteCues';
import { TITLE_OPENERS } from './quoteMarks';
import { LOCATION_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './triggers';
import { GIVEN_LIST, PLACE_LIST, RARE_WORD } from './nameMarks';

const CONJ_OR_PREP = /^[وفبلك]/;
/** A conjunction or preposition (or both) written on a word that opens with a hamza seat, in the source's letters, a tatweel between or not (لأوبر، لـأوبر). */
const HAMZA_BEHIND_CLITIC = /^(?:[وف][بل]?|[بل])ـ*[أإآ]/;
/** The Wikidata name parts and the people lists' surnames. */
const NAME_OR_SURNAME_LIST = /(^|\|)(NAME|PLAST)(\||$)/;
/** The people lists' surnames and full names. */
const SURNAME_LIST = /(^|\|)(PLAST|PER)(\||$)/;

/**
 * Where the entity starts inside its first token. The lexicon-guided split is used when it
 * found one; an unknown word tagged as a name loses a leading conjunction/preposition too,
 * unless it follows a head noun (`مدينة وادي موسى`) where a conjunction cannot stand. `coordinated`: the mention comes
 * right after one of its label (or after it and a comma).
 */
export function entityPrefix(tokens: Token[], stems: string[], prefixes: string[], i: number, model: NerModel, label: EntityLabel, coordinated = false): string {
  // A name quoted after a product head (تطبيق " كلنا أمن "): the quote opens before the word, so its first letter is the name's.
  const quotedAfterHead = i > 1 && TITLE_OPENERS.has(tokens[i - 1].text) && isProductHead(stems[i - 2]);
  const prev = quotedAfterHead ? stems[i - 2] : i > 0 ? stems[i - 1] : '';
  // Whether a listed name of two words or more starts with `first` and goes on with the next word (split or whole).
  const after = i + 1 < stems.length ? [stems[i + 1], tokens[i + 1].norm] : [];
  const startsListed = (first: string) => {
    const next = model.gazetteer.firstWords.get(first);
    return next !== undefined && after.some((w) => next.has(w));
  };
  // `طراز` takes its model's name bare (`طراز كروز` is no ك + روز), and a product head its product's (`تطبيق واتساب`); after a place or body head a preposition can
  // stand (`قرى بوادي خالد`: villages in Wadi Khaled), so the split is kept there.
  // No conjunction ف opens a reporting verb's subject: a person there whose word the text never saw whole keeps the letter,
  // even before ال (وأكد [فالكاو] أن: a foreign name opening with V or F, not ف + الكاو).
  if (label === 'PERSON' && i > 0 && tokens[i].norm[0] === 'ف' && cueKind(tokens[i - 1]) === 'verb' && model.lexicon.freq(tokens[i].norm) < RARE_WORD) return '';
  if (prefixes[i]) {
    if (label === 'PERSON') return givenNameKept(tokens[i].norm, prefixes[i], stems[i], model, startsListed);
    if (label === 'ORGANIZATION' && namesBeforeComplement(tokens, prefixes, i, model)) return prefixes[i].slice(0, -1);
    // A unit whose first letter is its own (فلسين: no ف + لسين).
    return MODEL_HEAD.has(prev) || (label === 'MISC' && (isProductHead(prev) || OWN_FIRST_LETTER.has(tokens[i].norm))) ? '' : listedWhole(tokens[i].norm, prefixes[i], stems[i], model, startsListed, label === 'LOCATION');
  }
  const norm = tokens[i].norm;
  if (!CONJ_OR_PREP.test(norm) || isProductHead(prev)) return '';
  // No name opens with و ف ب or ل before a hamza seat: the letter is a clitic (بأوبر، لأكسيوس، وأوربا). Normalising folds
  // the hamza away, so the source decides; ك is left alone (كأس is a word of its own).
  const hamzaBehind = HAMZA_BEHIND_CLITIC.exec(tokens[i].text);
  if (hamzaBehind) return norm.slice(0, hamzaBehind[0].replace(/ـ/g, '').length - 1);
  // A conjunction written onto a Latin name (وQualcomm، وMNT) is never part of it.
  if (CONJOINED_LATIN.test(tokens[i].text)) return norm[0];
  // A listed name of two words or more that the next word continues, as written or after a clitic (انتقد [لاي بي ام]،
  // [لهيومان رايتس ووتش]): the next word settles what a short or known word alone cannot.
  if (startsListed(norm)) return '';
  if (startsListed(norm.slice(1))) return norm[0];
  // A four-letter place the text never met with or without its و, coordinated with the place before it, opens on the
  // conjunction unless a list holds the word as written with it (مدينتا طويلة [و]كتم; وهران، واسط stay): the length test
  // below keeps a و on short words, where a name of its own opening with و (وليد، وائل) is likelier than a conjunction with
  // nothing to join. A known word or rest keeps it as before: cut, the mention's key would link to the word elsewhere.
  if (coordinated && label === 'LOCATION' && norm[0] === 'و' && norm.length === 4 && model.lexicon.freq(norm) === 0 && model.lexicon.freq(norm.slice(1)) === 0 && !model.gazetteer.phrases.has(norm)) return norm[0];
  if (norm.length < 5 || model.lexicon.freq(norm) > 0) return '';
  // No conjunction stands between a head and the place it governs (مخيمات [فرشانا]), whatever the rest folds like.
  if (norm[0] === 'ف' && label === 'LOCATION' && (LOCATION_HEADS.has(prev) || isPlaceListHead(prev))) return '';
  // A listed name keeps its first letter (فيلنيوس, فرنسيس); a listed name after a clitic loses it (وبايدن). A name
  // listed as spelled after و is coordinated even when the whole word's folded form matches another name (وهواوي).
  if (norm[0] === 'و' && model.gazetteer.phrases.has(norm.slice(1)) && !model.gazetteer.phrases.has(norm)) return norm[0];
  const listed = (w: string) => model.gazetteer.phrases.has(w) || model.gazetteer.folded.has(foldTransliteration(w));
  // A person's name opening with ف whose rest the text hardly knows and no list holds as spelled keeps it (فينجر: not ف + ينجر,
  // which only a transliteration-folded list matches): a foreign name opening with V or F is spelled so, and a conjunction on a
  // name the text never met is the rarer reading. Not before ال, an Arabic family name's article (فالعضايلة: ف + العضايلة).
  if (norm[0] === 'ف' && label === 'PERSON' && !norm.startsWith('ال', 1) && model.lexicon.freq(norm.slice(1)) < RARE_WORD &&
    !model.gazetteer.phrases.has(norm.slice(1))) return '';
  // (The word opens with one of و ف ب ل ك: CONJ_OR_PREP above.) A well-known person's surname as spelled after a clitic
  // before a respelled match of the whole word: ببريجنيف is ب + بريجنيف (folding merges the two ب), لبياف is ل + بياف.
  if (!model.gazetteer.phrases.has(norm) && SURNAME_LIST.test(model.gazetteer.phrases.get(norm.slice(1)) ?? '')) return norm[0];
  // A town of the news places or a country behind ب (قتل ثلاثة ب[طانطان]), however the whole word folds.
  const behindB = CLITIC_B.exec(norm);
  if (label === 'LOCATION' && behindB && !model.gazetteer.phrases.has(norm) && newsPlaceOrCountry(norm.slice(behindB[0].length))) return behindB[0];
  if (listed(norm)) return '';
  if (listed(norm.slice(1))) return norm[0];
  if (LOCATION_HEADS.has(prev) || ORGANIZATION_HEADS.has(prev) || PERSON_TITLES.has(prev)) return '';
  const rest = norm.slice(1);
  if (rest[0] === 'ا' && rest[1] === 'ل') return norm[0];
  // ف as a conjunction stands before a clause, hardly ever right on a body's name: the FANE corpora's ف + a body that is no
  // ف + ال word is their own tokenizer splitting a name (ف يرجن، ف نربغشة), and 34 bodies' names open with ف.
  return norm[0] === 'و' || (norm[0] === 'ف' && label !== 'ORGANIZATION') ? norm[0] : '';
}

/**
 * A body's name the text never met, whose ك the splitter took for "like" because the rest is a word (كاني للمياه: not
 * ك + اني), keeps it where a لل complement follows, the body's trade: a company so named is its name and its trade, and
 * "like" hardly stands before one. ب and ل are left to the split: before a known company they are prepositions (لزين للاتصالات).
 */
function namesBeforeComplement(tokens: Token[], prefixes: string[], i: number, model: NerModel): boolean {
  const conj = prefixes[i][0] === 'و' || prefixes[i][0] === 'ف' ? 1 : 0;
  return prefixes[i].endsWith('ك') && i + 1 < tokens.length && tokens[i + 1].norm.startsWith('لل') &&
    model.lexicon.freq(tokens[i].norm.slice(conj)) < RARE_WORD;
}

/**
 * A place, body or MISC name the lists hold as written, whole or as a phrase's first word, while the split's rest is
 * none (`كابل`, `كاليفورنيا`, `فلاي دبي`), keeps the letter the splitter took for a clitic; a conjunction before a
 * preposition is still left out.
 */
function listedWhole(norm: string, prefix: string, stem: string, model: NerModel, startsListed: (first: string) => boolean, place: boolean): string {
  const gaz = model.gazetteer;
  const listed = (w: string) => gaz.phrases.has(w) || gaz.firstWords.has(w);
  // The first word of a listed name the next word continues, as written (فلاي دبي، كورك تيليكوم: not ف + لاي، ك + ورك).
  if (startsListed(norm)) return '';
  const conj = prefix[0] === 'و' || prefix[0] === 'ف' ? prefix[0] : '';
  // A place the place list holds whole, whose rest it does not, keeps the letter the splitter read as a preposition
  // (قصف [كابل]: not ك + ابل, a name part).
  if (place && conj !== prefix && PLACE_LIST.test(gaz.phrases.get(norm.slice(conj.length)) ?? '') && !PLACE_LIST.test(gaz.phrases.get(stem) ?? '')) return conj;
  if (listed(stem)) return prefix;
  if (listed(norm)) return '';
  return conj && conj !== prefix && listed(norm.slice(1)) ? conj : prefix;
}

/**
 * A person's first word split as preposition + common word that is, whole, a listed given name or name part keeps the
 * letter (`كمال` is not ك + مال, `لبنى` not ل + بني, `كوفي` not ك + وفي) when the rest is no name, or the first word of
 * a listed name the next word continues (`بلاول بوتو زرداري`); only a conjunction before it is left out (`وكمال`).
 */
function givenNameKept(norm: string, prefix: string, stem: string, model: NerModel, startsListed: (first: string) => boolean): string {
  const conj = prefix[0] === 'و' || prefix[0] === 'ف' ? prefix[0] : '';
  // A listed name's first word as written, even one that opens with a conjunction's letter (فاليري غيراسيموف).
  if (startsListed(norm)) return '';
  // A given name that opens with the conjunction's letter (فراس: not ف + راس) keeps it where the rest is no given name.
  if (prefix.length === conj.length) return GIVEN_LIST.test(model.gazetteer.phrases.get(norm) ?? '') && !GIVEN_LIST.test(model.gazetteer.phrases.get(stem) ?? '') ? '' : prefix;
  if (startsListed(norm.slice(conj.length))) return conj;
  // The rest opening a listed name the next word continues is that name behind the preposition (لحسن نصر الله: ل + حسن).
  if (startsListed(stem)) return prefix;
  const whole = model.gazetteer.phrases.get(norm.slice(conj.length)) ?? '';
  const rest = model.gazetteer.phrases.get(stem) ?? '';
  // An Arabic given name wins over a rest that is only another given name's part (`مال`); a Wikidata name part or a listed
  // surname over a rest that is no given name (قالت [ليفني]: not ل + يفني). A rest that is only a name part or a surname
  // is a coincidence of spelling: the person's word is the listed whole (لحسن، لخضر، كريس، بريان، لانا: not ل + حسن, ك + ريس,
  // ل + the pronoun انا), which the read sets cut 7 times in 7 and never rightly.
  const kept = GIVEN_LIST.test(whole) ? !GIVEN_LIST.test(rest) : NAME_OR_SURNAME_LIST.test(whole) && !GIVEN_LIST.test(rest);
  return kept ? conj : prefix;
}
