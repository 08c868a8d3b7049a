// Interview layout: a quotation opening a paragraph after a dialogue dash (- «…») or a label (س: «…» / ج: «…») is the paper's question or the guest's answer.
import { normalizeArabic } from './normalize';
import { SpeakerDoc } from './speakerPhrase';

const DASHES = new Set(['-', '–', '—', '•', '*']);
const QUESTION_LABELS = new Set(['س', 'سؤال', 'السؤال'].map(normalizeArabic));
const ANSWER_LABELS = new Set(['ج', 'جواب', 'الجواب'].map(normalizeArabic));

const opensLine = (doc: SpeakerDoc, d: number) => d === 0 || /[\r\n]/.test(doc.text.slice(doc.tokens.tok(d - 1).end, doc.tokens.tok(d).start));

/** The label before the marks (س: / ج:) at the start of the paragraph, or -1. */
function labelAt(doc: SpeakerDoc, o: number): number {
  const d = o - 2;
  return d >= 0 && doc.tokens.tok(o - 1).text === ':' && doc.tokens.tok(d).kind === 'word' && opensLine(doc, d) ? d : -1;
}

/**
 * A dash or a س/ج label that opens its paragraph right before the marks. A dateline dash (بيروت - «…»)
 * has words before it on its line, so it is not one.
 */
export function dialogueLine(doc: SpeakerDoc, o: number): boolean {
  const d = o - 1;
  if (d >= 0 && doc.tokens.tok(d).kind === 'punct' && DASHES.has(doc.tokens.tok(d).text) && doc.boundary(d) && opensLine(doc, d)) return true;
  const l = labelAt(doc, o);
  return l >= 0 && (QUESTION_LABELS.has(doc.tokens.tok(l).norm) || ANSWER_LABELS.has(doc.tokens.tok(l).norm));
}

/** The interviewer asks (a س label, or a question mark ending the text): the article names no speaker for it. */
export function asksQuestion(doc: SpeakerDoc, o: number, c: number): boolean {
  const l = labelAt(doc, o);
  if (l >= 0) return QUESTION_LABELS.has(doc.tokens.tok(l).norm);
  const t = doc.tokens.tok(c - 1);
  return !!t && t.kind === 'punct' && (t.text === '؟' || t.text === '?');
}

/** Words of an interview frame (أجرت حوارا مع، حاورت، في مقابلة مع): the person it names is the guest. */
const FRAME = /^[وف]?(حوار|حوارا|حاورت|حاور|حاورنا|مقابله|التقت|التقينا|التقي|سالنا|سالناه|سالناها)$/;

/** The guest an interview frame before token o introduced: the last person named in that sentence. */
export function interviewGuest(doc: SpeakerDoc, o: number): number {
  for (let k = o - 1; k >= Math.max(0, o - 400); k--) {
    if (doc.tokens.tok(k).kind !== 'word' || !FRAME.test(doc.tokens.tok(k).norm)) continue;
    let end = k + 1;
    while (end < doc.tokens.length && end - k < 40 && !doc.boundary(end)) end++;
    for (let j = end - 1; j > k; j--) if (doc.personAt.has(j)) return j;
  }
  return -1;
}
