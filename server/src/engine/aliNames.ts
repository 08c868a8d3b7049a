// `علي` and `على` between names: the given or family name علي, or the preposition على written either way.
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** أن as news writes it, with or without its hamza. */
const THAT = new Set(['أن', 'ان']);

/**
 * Two persons the tagger joined across the preposition `على` written with ى (`تغلب [ديوكوفيتش] على [نادال]`) are two: where
 * the paragraph writes a final ي elsewhere, `على` is never the given name `علي` (text that writes every final ي as ى, `فى`,
 * gives no sign and is left). The span is split at it, the preposition O; closing a span before أن, it is cut off.
 */
export function splitAtAla(sentence: readonly { text: string }[], tags: number[], writesFinalYa: () => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    for (let k = b + 1; k < e; k++) {
      // Closing the span, only before أن, which no name takes and "to stress that" does (أكد [صالح] على أن): news writes
      // the name على with ى too (محمد على ، حيدر على).
      if (sentence[k].text !== 'على' || !writesFinalYa() || (k + 1 === e && !THAT.has(sentence[k + 1]?.text ?? ''))) continue;
      out ??= tags.slice();
      out[k] = 0;
      if (k + 1 < e) out[k + 1] = B_PERS;
    }
    b = e - 1;
  }
  return out ?? tags;
}

/**
 * `علي` spelled with ي right after a person the tagger read, and before a stop or the next person of a list joined by و
 * (`عمرو زكي و[عبدالحليم] علي و[هاني العجيزي]`، `اخرجه حاتم علي ،`), is the family name: the preposition على always has its
 * object after it. The training corpora tag it so 8 times in 8 (على with ى once before a name starting with و: لويد جورج
 * على وايزمان, hence ي only).
 */
export function aliClosingNames(sentence: readonly { text: string; kind: string }[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].text !== 'علي' || tagLabel(tags[k - 1]) !== 'PERSON') continue;
    const next = sentence[k + 1];
    if (next && next.kind !== 'punct' && !(next.text.startsWith('و') && tags[k + 1] === B_PERS)) continue;
    out ??= tags.slice();
    out[k] = I_PERS;
  }
  return out ?? tags;
}

/** Prepositions that take a person and never the preposition على after them (not من: من على, from upon). */
const BEFORE_NAME = new Set(['في', 'مع', 'عن', 'لدى', 'الى', 'إلى', 'بين']);

/**
 * `علي` spelled with ي right after a preposition (`المتمثلة في [علي]`، `كانوا مع [علي] في الكوفة`) is the name where the
 * paragraph writes a final ى elsewhere: there the preposition is `على`, and no preposition follows another. (Text that writes
 * every final ى as ي, as FANE's normalised text does, gives no sign and is left.)
 */
export function aliAfterPrepositions(sentence: readonly { text: string }[], tags: number[], writesFinalAlifYa: () => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].text !== 'علي' || !BEFORE_NAME.has(sentence[k - 1].text) || tags[k - 1] !== 0 || !writesFinalAlifYa()) continue;
    out ??= tags.slice();
    out[k] = B_PERS;
  }
  return out ?? tags;
}
