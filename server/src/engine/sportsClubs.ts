// Clubs in sports news: a word of the clubs list is a club (ORGANIZATION) when its sentence is about sport.
import { definiteNisba } from './namePatterns';
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { ALL_CUES } from './sentenceCues';
import { MATCH_VERBS, NOT_OPPONENTS, OPPONENT, PEOPLE_PLURAL, RESULT_BEFORE_OPPONENT, SPORTS_CUES, SportsGate, sportsSentence, sportsWord } from './sportsNews';
import { coordinatedTeams, countriesAsTeams, placeToTeam } from './countryTeams';
import { scorelines, sidesBeforeScores } from './scoreSides';
import { extendTownNisbas, tagResultSides } from './resultSides';
import { tagScoredResults } from './scoredResults';
import { hasMark, listMarks } from './nameMarks';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_SPORTS_CLUBS = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const LOC_NAT_FIRST_PER_MARK = listMarks(['LOC', 'NAT', 'FIRST', 'PER'], { exact: true });
const NAT_LOC_PER_MARK = listMarks(['NAT', 'LOC', 'PER'], { exact: true });
const FIRST_PER_NAME_MARK_ANY = listMarks(['FIRST', 'PER', 'NAME']);
const NAT_LOC_PER_FIRST_MARK = listMarks(['NAT', 'LOC', 'PER', 'FIRST'], { exact: true });
const placeMark = (m: string) => m.startsWith('LOC');
const clubMark = (m: string) => m.startsWith('CLUB');

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');

/** A score right after the second side (2-0، 1 - 1). */
const SCORE = /^\d+ ?- ?(\d+|صفر)|^\d+ -/;

/** A clubs-list word read as a place this often in the training text is the place (الإمارات: 80). */
const KNOWN_PLACE = 40;
/** A club name this frequent in the training text is mostly an ordinary word. */
const COMMON = 100;

/**
 * In a sentence with a sports cue, a club-list match (single word or whole phrase) that the
 * tagger left O becomes ORGANIZATION (`الوحدات`, `النجم الساحلي`): alone these words are often
 * common nouns or places, next to a match report they are clubs. `gate`: the sentence's sports reading when the caller has it.
 */
export function tagSportsClubs(stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number, prefixes: readonly string[] = [],
  cues: number = ALL_CUES, listed: number = ALL_CUES, gate?: SportsGate): number[] {
  const word = gate ? gate.word : sportsWord(stems, cues);
  if (!(gate ? gate.sentence : sportsSentence(stems, marks, cues, listed, word))) return tags;
  const out = DRAFT_TAG_SPORTS_CLUBS.begin(tags);
  // The opponent's slot of a match report (فاز … على [العين]، تعادل … مع [الجزيرة]) holds a club even when its name is a common word or a place.
  const opponent = (i: number) => i > 1 && OPPONENT.has(stems[i - 1]) && (out[i - 2] === B_ORG || out[i - 2] === I_ORG || marks[i - 2].includes('CLUB-S') || marks[i - 2].includes('CLUB-E'));
  // Two listed clubs joined by و (بين [الهلال] والنصر، الوداد و[الرجاء]) are the two sides however common their names.
  const clubAt = (k: number) => k >= 0 && k < out.length && (marks[k].includes('CLUB-S') || marks[k].includes('CLUB-E')) && !marks[k].some(placeMark);
  const pairedClub = (i: number) => (prefixes[i + 1] === 'و' && clubAt(i + 1)) || (prefixes[i] === 'و' && clubAt(i - 1));
  for (let i = 0; i < out.length; i++) {
    // A word only the clubs list holds, read as a place (المريخ: Mars in the training text), is the club in sports news;
    // not a place the training text knows well that the lists lack as spelled (الإمارات).
    if (out[i] === B_LOC && spanEnd(out, i) === i + 1 && marks[i].includes('CLUB-S') && !hasMark(marks[i], LOC_NAT_FIRST_PER_MARK) && freq(i) < KNOWN_PLACE) { out[i] = B_ORG; continue; }
    if (out[i] !== 0) continue;
    // Not function words that share a club's spelling (كان) nor places, which the tagger decides.
    if (marks[i].includes('CLUB-S') && !SPORTS_CUES.has(stems[i]) && ((freq(i) < COMMON && !marks[i].some(placeMark)) || opponent(i) || pairedClub(i))) {
      // A nisba right after a body's name is its adjective, the body's own word (حزب المؤتمر الوطني [الأفريقي]), no club.
      out[i] = i > 0 && (out[i - 1] === B_ORG || out[i - 1] === I_ORG) && !prefixes[i] && definiteNisba(stems[i], 2, false) ? I_ORG : B_ORG;
      continue;
    }
    if (!marks[i].includes('CLUB-B')) continue;
    let e = i + 1;
    while (e < out.length && !marks[e].includes('CLUB-E')) e++;
    if (e >= out.length || out.slice(i, e + 1).some((t) => t !== 0)) continue;
    markSpan(out, i, e + 1, B_ORG, I_ORG);
    i = e;
  }
  countriesAsTeams(stems, marks, out);
  tagResultSides(stems, prefixes, marks, out, freq);
  tagScoredResults(stems, prefixes, marks, out, freq);
  // The slots of a match verb (تعادل [الفيصلي] مع [الوحدات]، فاز … فوزا كبيرا على [العربي]): a listed club there is a club
  // however common its name, as long as no place list holds it (countries and cities as teams are left to the tagger).
  const first = stems.findIndex((st) => MATCH_VERBS.has(st));
  if (first >= 0) {
    let verb = first;
    for (let i = first + 1; i < out.length; i++) {
      // The nearest result verb before the slot (تعادل … ، وفاز … بعد فوزه على [الوحدة]).
      if (MATCH_VERBS.has(stems[i - 1])) verb = i - 1;
      // Not a nationality (فاز [المصري] محمد …: the athlete's), place or given name.
      if (out[i] !== 0 || !marks[i].includes('CLUB-S') || hasMark(marks[i], LOC_NAT_FIRST_PER_MARK) || SPORTS_CUES.has(stems[i])) continue;
      // A word with its adjective or genitive after it (القطن المصري، العهد الجديد) is a noun phrase, not a team.
      if (i + 1 < out.length && stems[i + 1].startsWith('ال') && !prefixes[i + 1]) continue;
      if (i === verb + 1 || (OPPONENT.has(stems[i - 1]) && i - verb <= 5)) out[i] = B_ORG;
    }
  }
  // A country or city in the opponent's slot of a result (بعد فوزه على [هولندا]، الخسارة أمام [البحرين]) is the team; so is
  // one definite word there that no list knows (فوزه على [الوحدة]), unless a genitive or adjective follows it (على الصعيد المحلي).
  for (let i = 2; i < out.length; i++) {
    // A listed club there is the club though a given-name list holds it too (الفوز على [الهلال] في: هلال), a definite word being no given name.
    const listedClub = marks[i].includes('CLUB-S') && !hasMark(marks[i], NAT_LOC_PER_MARK);
    if (out[i] === 0 && out[i - 1] === 0 && out[i - 2] === 0 && OPPONENT.has(stems[i - 1]) && RESULT_BEFORE_OPPONENT.has(stems[i - 2]) &&
      stems[i].startsWith('ال') && stems[i].length >= 5 && !prefixes[i] && !PEOPLE_PLURAL.test(stems[i]) && (listedClub || !hasMark(marks[i], NAT_LOC_PER_FIRST_MARK)) &&
      !SPORTS_CUES.has(stems[i]) && !NOT_OPPONENTS.has(stems[i]) && (i + 1 >= out.length || !stems[i + 1].startsWith('ال')) &&
      // A nationality before a player's name (فاز على [البيروفي] لويس هورنا) describes the player.
      (listedClub || i + 1 >= out.length || !hasMark(marks[i + 1], FIRST_PER_NAME_MARK_ANY))) out[i] = B_ORG;
    if (out[i] !== B_LOC || !OPPONENT.has(stems[i - 1]) || !RESULT_BEFORE_OPPONENT.has(stems[i - 2]) || out[i - 1] !== 0 || out[i - 2] !== 0) continue;
    placeToTeam(out, i);
  }
  // Both sides of a match (المريخ على الهلال، تونس أمام مالي) are teams: a place or listed club there is ORGANIZATION (also
  // a listed place the tagger left O: فازت [الغابون] على مدغشقر 4 - صفر; not a common word a place list also holds:
  // فوزا [كبيرا] على مانشستر يونايتد).
  const side = (b: number, e: number) => e > b && (out[b] === B_LOC || out[b] === B_ORG || (out[b] === 0 && e - b === 1 && (marks[b].includes('CLUB-S') || (marks[b].includes('LOC-S') && freq(b) < COMMON)))) && out.slice(b + 1, e).every((t) => t === out[b] + 1);
  for (let i = 1; i + 1 < out.length; i++) {
    if (!OPPONENT.has(stems[i]) || out[i] !== 0) continue;
    let lb = i - 1;
    while (lb > 0 && out[lb] !== 0 && out[lb] % 2 === 0 && out[lb] !== B_ORG && out[lb] !== B_LOC) lb--;
    const re = out[i + 1] === 0 ? i + 2 : (() => { let e = i + 2; while (e < out.length && out[e] === out[i + 1] + 1) e++; return e; })();
    // A place after في or ب is where the match was played (خسر الأهلي [في القاهرة] أمام الزمالك), not a side.
    if (!side(lb, i) || !side(i + 1, re) || (out[lb] === B_LOC && ((lb > 0 && stems[lb - 1] === 'في') || prefixes[lb] === 'ب'))) continue;
    if (out[lb] !== B_ORG && out[i + 1] !== B_ORG && !marks[lb].some(clubMark) && !marks[i + 1].some(clubMark) && !SCORE.test(stems.slice(re, re + 2).join(' '))) continue;
    markSpan(out, lb, i, B_ORG, I_ORG);
    for (let k = i + 1; k < re; k++) out[k] = k === i + 1 ? B_ORG : I_ORG;
  }
  if (word || first >= 0 || scorelines(stems) > 1) sidesBeforeScores(stems, marks, out, freq, prefixes);
  extendTownNisbas(stems, prefixes, marks, out, freq);
  coordinatedTeams(marks, out, prefixes);
  return DRAFT_TAG_SPORTS_CLUBS.close(tags, out);
}
