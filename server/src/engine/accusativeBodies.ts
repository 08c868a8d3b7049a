// An organisation span of indefinite accusatives the text knows (`أجرى الوزير [اتصالا تليفونيا]`) is the verb's object, no body.
import { beginTag, dropSpans } from './tagger';

const B_ORG = beginTag('ORG');
/** Training count from which the bare form of an accusative (اتصال for اتصالا) is a word of the language. */
export const KNOWN_BASE = 20;

/**
 * An ORGANIZATION span whose every word ends in the accusative's alif without the article, and whose first word's bare form
 * the training text knows well while no list holds the word (`اتصالا تليفونيا`: اتصال), is dropped: a name is no indefinite
 * accusative. Listed names ending in ا (`نوكيا`، `ايطاليا`: ايطالي is a word too) stay.
 */
export function dropAccusativeBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], wordFreq: (w: string) => number,
  namedAt: (k: number) => boolean): number[] {
  const accusative = (j: number) => stems[j].length > 3 && stems[j].endsWith('ا') && !stems[j].startsWith('ال') && !namedAt(j);
  return dropSpans(tags, B_ORG, (k, end) => {
    if (prefixes[k] || wordFreq(stems[k].slice(0, -1)) < KNOWN_BASE) return false;
    for (let j = k; j < end; j++) if (!accusative(j)) return false;
    return true;
  });
}
