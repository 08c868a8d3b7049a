// A broadcast programme named without quote marks, its title closed by its airing (برنامج [أصل الكلمة] ويذاع على …).
import { beginTag, insideTag, markSpan } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { SPLIT_PRONOUNS } from './pronounNouns';
import { endsAsNisba, isTitleWord } from './namePatterns';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** A programme's head, with or without its pronoun (normalised stems). */
const PROGRAMME_HEADS = set('برنامج برنامجه برنامجها البرنامج');
/** Verbs of airing (normalised, with و on or apart): only a programme is aired, so they close its title. */
const AIRED = set('يذاع تذاع يبث تبث ويذاع وتذاع ويبث وتبث');
const RELATIVES = set('الذي التي والذي والتي');
/** After على, where a programme airs (على قناة …، على شاشة …). */
const CHANNELS = set('قناة شاشة تلفزيون تليفزيون شبكة إذاعة القناة الشاشة');
const MAX_TITLE_WORDS = 4;
/** An adjective of the programme (برنامج جديد، برنامج متخصص، برنامج حواري) describes it; it names none. */
const DESCRIBING_WORDS = set('جديد جديدة آخر أسبوعي يومي متخصص شهير خاص');
const DESCRIBES = (w: string) => endsAsNisba(w) || DESCRIBING_WORDS.has(w) || w.startsWith('مت');

/**
 * The words after a programme head that the tagger left O, up to four, closed right away by an airing verb (with or
 * without الذي) or by على + a channel, are the programme's title (MISC): `برنامج [حوار من القلب] الذي يذاع على …`،
 * `برنامج [الشريعة والحياة] على قناة …`. A host after the head (برنامج المذيع …) or an adjective names no title.
 */
export function tagProgrammeTitles(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const norm = (k: number) => (k < n ? sentence[k].norm : '');
  const closes = (k: number) => AIRED.has(norm(k)) || (RELATIVES.has(norm(k)) && AIRED.has(norm(k + 1))) || (norm(k) === 'على' && CHANNELS.has(stems[k + 1] ?? ''));
  for (let i = 0; i + 2 < n; i++) {
    if (!PROGRAMME_HEADS.has(stems[i])) continue;
    const b = SPLIT_PRONOUNS.has(norm(i + 1)) ? i + 2 : i + 1;
    if (b >= n || sentence[b].kind !== 'word' || DESCRIBES(stems[b]) || isTitleWord(stems[b]) || isTitleWord(stems[b].replace(/^ال/, ''))) continue;
    let e = b;
    while (e < n && e - b < MAX_TITLE_WORDS && !closes(e) && sentence[e].kind === 'word' && out[e] === 0) e++;
    // The walk stopped at the first word already tagged, so the title's words are all untagged.
    if (e === b || e >= n || !closes(e)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, e, B_MISC, I_MISC);
    i = e - 1;
  }
  return out;
}
