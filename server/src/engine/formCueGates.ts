// Cue bits read once per word form for passes whose trigger is no fixed word list (countries, reporting verbs): a sentence without one skips the pass.
import { cliticCountryForm } from './cliticCountries';
import { verbCueWord } from './quoteCues';
import { icuRegionNames } from './regionNames';
import { actionReading } from './speakerSubjects';
import { taSpelledCountryStem } from './taSpelledCountries';
import { futureVerbShape } from './verbMentions';
import { wideCueWhen } from './wideCues';

/*
 * Each test below is the pass's own condition on the word it acts at, read off the word's stem or normalised form (the same
 * for every token of a word form), so it is asked once per form and kept on the scored word (entities.sentenceCuesOf). A
 * pass gated on its bit (hasWideCue in tagCorrections) skips a sentence without reading its tokens, and changes nothing by
 * it: where no word passes the test, the pass tags nothing. formCueGates.test.ts checks each bit against its pass.
 */

/** tagCliticCountries tags only a word that is a one-word country behind a clitic (لتشاد، للبحرين، ومالي). */
export const CLITIC_COUNTRY_CUE = wideCueWhen((_stem, norm) => cliticCountryForm(norm));
/** tagCompassCountries tags only a word that is a country ICU names (after a compass word or a clause-opening verb). */
export const REGION_NAME_CUE = wideCueWhen((_stem, norm) => icuRegionNames().has(norm));
/**
 * tagTaSpelledCountries tags only a word written with a final ة (folded to ه in the normalised form) whose stem is a country
 * or continent with ة for its final ا (هولندة).
 */
export const TA_COUNTRY_CUE = wideCueWhen((stem, norm) => norm.endsWith('ه') && taSpelledCountryStem(stem));
/**
 * speakerSubjects acts only right after a reporting verb (cueKind's 'verb': قال، أكد) or an acting past (رفض، استقبل): its
 * quoted-title owners and construct plurals after a verb, and its subjects after either.
 */
export const SPEAKER_VERB_CUE = wideCueWhen((_stem, norm) => verbCueWord(norm) || actionReading(norm));
/** dropFutureVerbMentions drops or cuts a mention only at a word whose stem has a future verb's shape (سيزور، وسيتوجه). */
export const FUTURE_VERB_CUE = wideCueWhen((stem) => futureVerbShape(stem));
