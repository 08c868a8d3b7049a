// The reads the rule passes that take a reader get, made once from sentenceReads' accessors (they read the current sentence).
import { bodyListedAt, frontedPrepositionAt, freqAt, givenAt, isNamePart, isNationality, isWordAt, nameListedAt, normAt, notNameAt, placeListedAt, rareAt, stemFreq, titleAt, verbAt, wordFreq } from './sentenceReads';
import { RoleSpeakerReads } from './roleSpeakerSentence';
import { WordSurnameReads } from './wordSurnames';
import { SlotReads } from './personSlotPlaces';
import { CommaSetReads } from './commaSetNames';
import { OpenerReads } from './leftOutGivenNames';

export const ROLE_SPEAKER_READS: RoleSpeakerReads = { verb: verbAt, title: titleAt, notName: notNameAt, given: givenAt, stemCount: stemFreq, wordFreq };
export const WORD_SURNAME_READS: WordSurnameReads = { given: givenAt, notName: notNameAt, verb: verbAt, title: titleAt, namePart: isNamePart, wordFreq };
export const SLOT_READS: Omit<SlotReads, 'stems' | 'prefixes'> = { norm: normAt, title: titleAt, verb: verbAt, listed: placeListedAt, bodyListed: bodyListedAt, nationality: isNationality, count: freqAt };
export const COMMA_SET_READS: CommaSetReads = { title: titleAt, given: givenAt, named: nameListedAt, rare: rareAt, notName: notNameAt, verb: verbAt, freq: wordFreq };
export const GIVEN_OPENER_READS: OpenerReads = { word: isWordAt, verb: verbAt, title: titleAt, nationality: isNationality, count: wordFreq, fronted: frontedPrepositionAt, namePart: isNamePart };
