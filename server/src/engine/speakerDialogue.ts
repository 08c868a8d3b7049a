// Interview layout: a quotation opening a paragraph after a dialogue dash (- «…؟» / - «…») is the paper's question or the guest's answer.
import { SpeakerDoc } from './speakerPhrase';

const DASHES = new Set(['-', '–', '—', '•', '*']);

/**
 * A dash that opens its paragraph right before the marks. A dateline dash (بيروت - «…») has words
 * before it on its line, so it is not one.
 */
export function dialogueLine(doc: SpeakerDoc, o: number): boolean {
  const d = o - 1;
  return d >= 0 && doc.tokens[d].kind === 'punct' && DASHES.has(doc.tokens[d].text) && doc.boundary(d) && (d === 0 || /[\r\n]/.test(doc.text.slice(doc.tokens[d - 1].end, doc.tokens[d].start)));
}

/** The quoted text ends with a question mark: the interviewer asks, and the article names no speaker for it. */
export function asksQuestion(doc: SpeakerDoc, c: number): boolean {
  const t = doc.tokens[c - 1];
  return !!t && t.kind === 'punct' && (t.text === '؟' || t.text === '?');
}
