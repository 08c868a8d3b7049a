// Short forms that link to a full name in the article: a person's rare surname or shorter name, a body's name after its head.
import { Lexicon } from './clitics';
import { wordSet } from './wordSets';
import { WELL_KNOWN } from './repeatSlots';
import { LOCATION_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './triggers';

/** Surnames that link `أنجيلا ميركل` … `ميركل` must be rare words, or every common last word would become a person. */
const MAX_ALIAS_FREQ = 30;

/**
 * Every canonical entry that is not a key itself (linkMaps and LinkIndex both take these): the persons' aliases and
 * shorter names (aliasMap), then a body's name after its head (شركة هيوماين … هيوماين) where no person's alias took it.
 */
export function aliasOverrides(personKeys: string[], bodyKeys: string[], lex: Lexicon): Map<string, string> {
  const out = aliasMap(personKeys, lex);
  for (const [k, v] of bodyAliasMap(bodyKeys, lex, personKeys)) if (!out.has(k)) out.set(k, v);
  return out;
}

/** Heads that name a body by the words after them (normalised): those words alone later in the article are the same body. */
const BODY_HEADS = wordSet('شركة مجموعة مصرف بنك نادي حزب حركة صحيفة قناة وكالة جماعة منظمة مؤسسة');

/**
 * Short forms of bodies, from the multi-word ORGANIZATION keys in order of first mention: the words after a head
 * (`شركه هيوماين` → `هيوماين`, `حركه الشباب المجاهدين` → `الشباب المجاهدين`) link to the body, so a mention the tagger
 * read as a person takes the body's label. Only where one of those words is rare in the training text (as a surname
 * alias must be): `حزب العمال` gives no `العمال`, workers, nor `حزب الله` a `الله`.
 */
export function bodyAliasMap(bodyKeys: string[], lex: Lexicon, personKeys: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  // A person's whole name the tagger read as a person elsewhere is the person the body is named after (مؤسسة [عبد الحميد
  // شومان] … وكان عبد الحميد شومان قد أسس البنك), not the body's short form.
  const persons = new Set(personKeys);
  for (const key of bodyKeys) {
    for (const short of bodyShorts(key, lex)) if (!persons.has(short) && !out.has(short)) out.set(short, key);
  }
  return out;
}

/**
 * The word after عبد is half of a compound name (عبد السادة, عبد الزهرة), no surname of its own: `السادة` alone is not
 * `حسين عبد السادة`. (After أبو, بن or آل it was tried too: on the corpora's text as many of its changes were wrong as right.)
 */
const COMPOUND_OPENER = 'عبد';

/**
 * Trades a head takes in construct before the body's name or description (وكاله انباء الشرق الاوسط، شركه اتصالات
 * الخليج): the head's description, no name, however rare the training text has it (normalised).
 */
const TRADES = wordSet(`انباء طيران نفط بترول غاز تأمين اتصالات استثمار استثمارات تمويل خدمات صناعات مقاولات أدوية إسمنت اسمنت
  حديد تكنولوجيا سيارات كهرباء مياه نقل شحن بناء تجارة إعلام إنتاج توزيع تطوير أغذية عقارات`);

/**
 * A body key's short forms when they may stand for the body (bodyAliasMap): the words after its head, and the body's own
 * name before its description (`شركه نخله للحوسبه السحابيه` → `نخله`, `شركه نخيل العقاريه` → `نخيل`): a company named
 * once in full is named by that word alone later. The name word no article, rare as the surname alias must be.
 */
export function bodyShorts(key: string, lex: Lexicon): string[] {
  const words = key.split(' ');
  const club = clubShort(words, lex);
  if (club) return [club];
  if (!BODY_HEADS.has(words[0])) return describedShort(words, lex);
  const rest = words.slice(1);
  if (!rest.some((w) => w.length >= 3 && lex.freq(w) <= MAX_ALIAS_FREQ)) return [];
  const name = rest[0];
  // The word after the name describes it: a لل complement (the key keeps its ال: للحوسبه → الحوسبه) or a definite adjective;
  // or a Latin tag the company writes after its Arabic name (لهجه ai): the reader drops it as the article goes on.
  const described = rest.length >= 2 && (rest[1].startsWith('ال') || rest.slice(1).every((w) => LATIN_TAG.test(w)));
  const named = described && name.length >= 3 && !name.startsWith('ال') && !TRADES.has(name) && lex.freq(name) <= MAX_ALIAS_FREQ;
  return named ? [rest.join(' '), name] : [rest.join(' ')];
}

/** Definite adjectives a definite head takes before the body's own name (الشركه الحكوميه [كوتونتشاد]): two at most. */
const MAX_DESCRIPTION = 2;

/**
 * The body's own name where the key names it without an indefinite head: after a definite head and its adjectives
 * (`الشركه الحكوميه كوتونتشاد` → `كوتونتشاد`), or before the definite word that describes it (a لل complement or a
 * nationality: `كاني المياه` → `كاني`). An article names the company in full once, then by that word alone, which the
 * tagger has never met and reads as a person or leaves out. The short name must have no article, be as rare as a surname
 * alias must be, and be no trade, head or title.
 */
function describedShort(words: readonly string[], lex: Lexicon): string[] {
  // A head or title before the definite word is the body's kind, no name (مفوضيه الامم المتحده).
  const own = (w: string | undefined) => w !== undefined && w.length >= 3 && !w.startsWith('ال') && !TRADES.has(w) && lex.freq(w) <= MAX_ALIAS_FREQ &&
    !ORGANIZATION_HEADS.has(w) && !LOCATION_HEADS.has(w) && !PERSON_TITLES.has(w);
  if (words[0].startsWith('ال') && BODY_HEADS.has(words[0].slice(2))) {
    let n = 1;
    while (n < words.length && n <= MAX_DESCRIPTION && words[n].startsWith('ال')) n++;
    return n > 1 && own(words[n]) ? [words.slice(n).join(' ')] : [];
  }
  // Before a definite word the name must be one the text never met: a known noun there governs it (مقاصد الشريعه، ميليشيا
  // النمور), and a place known a little names the body after it (ظفار التامين) but stays the place alone.
  return words.length >= 2 && own(words[0]) && lex.freq(words[0]) === 0 && words[1].startsWith('ال') ? [words[0]] : [];
}

/** A word in Latin letters or digits only (ai, tech, 7b). */
const LATIN_TAG = /^[a-z0-9]+$/i;

/**
 * Club words that open a club's name before its town or region (شبيبه القبائل، مولوديه وهران، وفاق سطيف): a match report names
 * the club so once and then by the word alone, with its article (الشبيبه، المولوديه). Only words the training text hardly has
 * alone (under WELL_KNOWN): الاتحاد، الشباب or النجم alone are as often the federation, youth or a player (normalised).
 */
const CLUB_HEADS = wordSet('شبيبة مولودية وفاق');

/** The club word with its article, when the key is a club named by that word and its place (clubShort). */
function clubShort(words: readonly string[], lex: Lexicon): string | undefined {
  if (words.length < 2 || !CLUB_HEADS.has(words[0])) return undefined;
  const short = 'ال' + words[0];
  return lex.freq(short) < WELL_KNOWN ? short : undefined;
}

/** A person key's last word when it may stand for the person (aliasMap): rare, no half of a compound name. */
export function surnameAlias(key: string, lex: Lexicon): string | undefined {
  const words = key.split(' ');
  const last = words[words.length - 1];
  return last.length < 3 || lex.freq(last) > MAX_ALIAS_FREQ || words[words.length - 2] === COMPOUND_OPENER ? undefined : last;
}

export const wordCount = (key: string): number => key.split(' ').length;

/**
 * The canonical entries that are not a key itself, from the multi-word PERSON keys in order of first
 * mention: the last word of a name is an alias of it (if rare), a shorter form of a name is the longest name it starts.
 */
export function aliasMap(personKeys: string[], lex: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of personKeys) {
    const last = surnameAlias(key, lex);
    if (last === undefined) continue;
    const current = out.get(last);
    if (!current || wordCount(current) < wordCount(key)) out.set(last, key);
  }
  // A shorter form of a longer person name (محمد شياع … محمد شياع السوداني) is the same person.
  // Keys that start with `key + ' '` are one run of the sorted list: found by binary search, not by a scan per key.
  const order = new Map(personKeys.map((k, i) => [k, i]));
  const sorted = [...personKeys].sort();
  for (const key of personKeys) {
    const head = key + ' ';
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < head) lo = mid + 1; else hi = mid; }
    // The longest such key; of equal lengths, the first seen (as a stable sort by length would pick).
    let longer: string | undefined;
    for (let k = lo; k < sorted.length && sorted[k].startsWith(head); k++) {
      const c = sorted[k];
      if (!longer || c.length > longer.length || (c.length === longer.length && order.get(c)! < order.get(longer)!)) longer = c;
    }
    if (longer) out.set(key, longer);
  }
  return out;
}
