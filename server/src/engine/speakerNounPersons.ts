// A one-word person that is a noun news names speakers by (وقال [الرقيب] إن، وكتب [مستخدمون]، قالت [النقابة]): no name.
import { beginTag, dropSpans } from './tagger';
import { hasMark, PERSON_WORD_LISTS_SPELLED } from './nameMarks';
import { isSpeakerNoun } from './quoteCues';
import type { Token } from './tokenize';

const B_PERS = beginTag('PERS');

/**
 * Drops a one-word person whose word is a title or role (الرقيب، محاميتها), an unnamed source (مستخدمون، متداول) or a body's
 * head (النقابة): the tagger and the said-name rule read a rare word between a verb and إن as the speaker's name. Not a word
 * the given-name, surname or people lists hold as spelled (أمين، نجم، والي are names too).
 */
export function dropSpeakerNounPersons(sentence: readonly Token[], marks: readonly string[][], tags: number[]): number[] {
  return dropSpans(tags, B_PERS, (b, e) => e === b + 1 && isSpeakerNoun(sentence[b]) && !hasMark(marks[b], PERSON_WORD_LISTS_SPELLED));
}
