// Words no name holds: the particle that opens the clause after a name (`جامعة عين شمس [إن الفيروس]`), a preposition after a person, the "led by"
// nouns between a body and its leader (`المجلس [بزعامة] عبد العزيز الحكيم`), and a lone و between two persons.
import { beginTag, BIO_NAME, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { NAME_PARTICLES } from './triggers';
import { wordSet } from './wordSets';

/** إنّ/أنّ and their forms with a pronoun or a clitic, as written: the hamza tells them from `آن` (Anne) and `ان` (N). */
const PARTICLES = new Set('إن أن إنه أنه إنها أنها إنهم أنهم وإن وأن بأن لأن فإن وأنه وإنه بأنه لأنه'.split(' '));
/**
 * Prepositions as written that no person's name holds: the hamza tells أمام (before) from إمام (an imam, a family name:
 * عادل إمام), and a ب or ل kept apart with its tatweel is the clitic alone. The tagger runs a name on into them
 * (`وقالت فاطمة الزهراء بن شيخ [أمام] مقر`، `تحيل النائب بابول [إلى] المحاكمة`).
 */
const PERSON_STOPS = new Set('أمام وأمام فأمام إلى وإلى فإلى الى والى بـ لـ'.split(' '));
/** Token `written` (as written) is a preposition no person's name holds: no given name opens on it (`أمام [إسبانيا]`). */
export const personStop = (written: string): boolean => PERSON_STOPS.has(written);
/** Letter names of a spelled acronym (سي إن إن، تي إن كي): there إن is the letter N. */
const LETTER_NAMES = new Set('سي إن إس تي بي كي آي إي أي دي جي إف إم أو واي إكس زد إتش إل آر في يو'.split(' '));
/** Letter names that are no Arabic word after إنّ (not أي، أو، في، إن: `إن أي اتفاق`، `إن في غزة`): after إن they spell on (إن بي سي). */
const SPELLING_ON = new Set([...LETTER_NAMES].filter((l) => !['أي', 'أو', 'في', 'إن', 'إي'].includes(l)));

/**
 * Ends every span at a particle inside it, the particle and what follows it O: the tagger runs a body on into the clause it
 * heads (`وقال أستاذ في جامعة عين شمس إن الفيروس تحور`). Not after a letter name (`سي إن إن`, `السي إن إن`), nor before one.
 * A person span ends the same way at a preposition (PERSON_STOPS); a body's or a work's name may hold one (الطريق إلى القدس). `text(k)`: token k as written.
 */
export function endAtParticles(tags: number[], text: (k: number) => string): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (isInside(tags[k]) && tagLabel(tags[k]) === 'PERSON' && PERSON_STOPS.has(text(k))) {
      out ??= tags.slice();
      for (let j = k; j < out.length && isInside(out[j]); j++) out[j] = 0;
      continue;
    }
    if (!isInside(tags[k]) || !PARTICLES.has(text(k)) || LETTER_NAMES.has(text(k - 1).replace(/^ال/, ''))) continue;
    // The letter N opening a spelled name after its head (رابطة إن بي إيه، صحيفة إن آر سي): the next word is a letter name too.
    if (text(k) === 'إن' && k + 1 < tags.length && SPELLING_ON.has(text(k + 1))) continue;
    out ??= tags.slice();
    for (let j = k; j < out.length && isInside(out[j]); j++) out[j] = 0;
  }
  return out ?? tags;
}

/** "Led by", "headed by" with their ب (normalised, whole): what follows is the leader, what comes before the body led. */
const LEADERS = wordSet('بزعامة برئاسة بقيادة بإمرة بإشراف وبزعامة وبرئاسة وبقيادة');

/**
 * A span holding a "led by" word stops before it and the word is O (`وكان المجلس الأعلى بزعامة عبد العزيز الحكيم`,
 * `[بزعامة] عبد العزيز الحكيم`). The words after it are the leader: a person when the span was one or a given name
 * opens them; else, where the word opened the span, what the span was (`[بقيادة] السعودية`), or O. Runs before the bare
 * heads are dropped, so a bare `المجلس` left alone goes too. `norm(k)`: token k normalised, whole.
 */
export function splitAtLeaders(tags: number[], norm: (k: number) => string, givenName: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    const cur = out ?? tags;
    const label = tagLabel(cur[b]);
    if (!label || isInside(cur[b])) continue;
    const e = spanEnd(cur, b);
    let k = b;
    while (k < e && !LEADERS.has(norm(k))) k++;
    if (k < e) {
      out ??= tags.slice();
      const person = label === 'PERSON' || (k + 1 < e && givenName(k + 1));
      // A span the word opened keeps its label after it ([بقيادة السعودية] → السعودية).
      const rest = person ? 'PERS' : k === b ? BIO_NAME[label] : undefined;
      for (let j = k; j < e; j++) out[j] = j === k || !rest ? 0 : j === k + 1 ? beginTag(rest) : insideTag(rest);
    }
    b = e - 1;
  }
  return out ?? tags;
}

const B_PERS = beginTag('PERS');
/** أبو in the other cases (ابن أبي وقاص، أبا بكر), after which the next word is the name's. */
const KUNYA_CASES = wordSet('أبي أبا');

/**
 * A lone و inside a person span joins two persons (بوش و شارون، طارق السعيد و حسن مصطفى): no name holds the conjunction
 * written apart, so the span ends before it, and the words after it are the next person where they open a name — a
 * given name, a lineage word, or a family name with the article after one (الصقر و القطامي). Elsewhere the splitter cut
 * the و off a name's first letter (كريستوفر و الكين، رون و يزلي، ابن أبي و قاص) and the span stays. A و closing the span
 * is left out. `text(k)`: token k as written; `opensName(k)`: token k is a listed given name.
 */
export function splitPersonsAtWaw(tags: number[], text: (k: number) => string, stems: readonly string[], opensName: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (text(k) !== 'و' || !isInside(tags[k]) || tagLabel(tags[k]) !== 'PERSON') continue;
    const last = k + 1 >= tags.length || !isInside(tags[k + 1]);
    const next = stems[k + 1] ?? '';
    const opens = !NAME_PARTICLES.has(stems[k - 1]) && !KUNYA_CASES.has(stems[k - 1]) && (opensName(k + 1) || NAME_PARTICLES.has(next) || (next.startsWith('ال') && stems[k - 1].startsWith('ال')));
    if (!last && !opens) continue;
    out ??= tags.slice();
    out[k] = 0;
    if (!last) out[k + 1] = B_PERS;
  }
  return out ?? tags;
}
