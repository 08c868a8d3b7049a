// A drug or app the article names once after its head (دواء ريمديسيفير) and then bare: the bare word is the product, not a person.
import type { Entity, LinkedMention } from './linking';
import { wordSet, wordSetWithArticle } from './wordSets';
import type { Token } from './tokenize';
import { MentionTokens, personCued, relabelMisc, tokenBefore } from './stormRepeats';

/**
 * Heads whose next word is the product itself, never its maker or a person (nameRules' drug and app heads, normalised):
 * a vaccine or drug (لقاح، عقار، دواء) and an app (تطبيق). Not a program, model, assistant or service (مساعد الوزيرة
 * names a person), nor a plural head (أدوية مثل …: a list, not one name).
 */
const PRODUCT_HEADS = wordSet('لقاح اللقاح عقار العقار دواء الدواء تطبيق التطبيق');
/** One proclitic before a head: بلقاح، لعقار، ودواء. */
const CLITIC = /^[وفبل]/;
/** Words rarer than this in the training text can be a product's name (nameRules' RARE): a listed given name is not one. */
const RARE = 3;

/**
 * What a rule, law or plan is called (normalised, bare and with ال): after تطبيق + a name, ل + one of them makes تطبيق the
 * verbal noun, applying it (تطبيق موانغيرا للقانون: the person applies the law), where an app takes a purpose (للدفع).
 */
export const RULE_NOUNS = wordSetWithArticle(`قانون قوانين قرار قرارات اتفاق اتفاقية اتفاقيات خطة خطط سياسة سياسات إصلاح إصلاحات
  تعهد تعهدات قاعدة قواعد حكم أحكام دستور عقوبة عقوبات إجراء إجراءات معيار معايير برنامج برامج حظر تعليمات نظام أنظمة
  لائحة لوائح مرسوم مراسيم توصية توصيات مبادئ ضوابط شروط استراتيجية شريعة أمر أوامر تدابير بند بنود قيود عقد عقود`);
/** A possessive ending on the rule's noun (لتعهداته، لخطتها، لقراراتهم). */
const POSSESSIVE = /(?:ه|ها|هم|هما)$/;
/**
 * Medicine in a word (normalised, a part of it: لعلاج، المرضى، الأدوية، جرعات، بالمستشفيات): عقار is a drug only where the
 * article speaks of medicine; elsewhere it is real estate (صادرت السلطات عقار موانغيرا), its owner the name after it.
 * Not طبي bare (inside تطبيق) nor صحي bare (inside صحيفة، صحيح).
 */
const MEDICAL = /علاج|مرض|مراض|مريض|الطبي|اطباء|طبيب|الصحه|صحيه|دواء|ادوي|جرع|فيروس|مستشف|صيدل|وباء|اوبي|عدوي|لقاح|مصاب|اعراض|سرطان|سكري/;
/** Words read per paragraph for the medical test: a bound on user data. */
const MAX_SCAN = 2000;

/** ل + a rule's noun (للقانون، لقرار، لتعهداته). */
function ruleAfterLam(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.norm.length < 3 || t.norm[0] !== 'ل') return false;
  const rest = t.norm.slice(1);
  const forms = [rest, 'ا' + rest];
  for (const f of [...forms]) if (POSSESSIVE.test(f)) forms.push(f.replace(POSSESSIVE, ''));
  // A ta marbuta written ت before the possessive (لخطته → خطت → خطه).
  return forms.some((f) => RULE_NOUNS.has(f) || (f.endsWith('ت') && RULE_NOUNS.has(f.slice(0, -1) + 'ه')));
}

/** Some paragraph of the entity's mentions has a word of medicine. */
function medicalContext(mentions: readonly LinkedMention[], tokensOf: MentionTokens): boolean {
  const seen = new Set<readonly Token[]>();
  for (const m of mentions) {
    const tokens = tokensOf(m);
    if (!tokens || seen.has(tokens)) continue;
    seen.add(tokens);
    const n = Math.min(tokens.length, MAX_SCAN);
    for (let i = 0; i < n; i++) if (tokens[i].kind === 'word' && MEDICAL.test(tokens[i].norm)) return true;
  }
  return false;
}

/**
 * The mention's paragraph token right before it is a product head (bare, or behind one proclitic), read in the product's
 * sense: تطبيق not followed by ل + a rule's noun (applying a law), عقار only in an article that speaks of medicine.
 */
function afterProductHead(m: LinkedMention, tokensOf: MentionTokens, mentions: readonly LinkedMention[]): boolean {
  const found = tokenBefore(m, tokensOf);
  if (!found || found.before.kind !== 'word') return false;
  const { tokens, before: head } = found;
  const bare = PRODUCT_HEADS.has(head.norm) ? head.norm : CLITIC.test(head.norm) && PRODUCT_HEADS.has(head.norm.slice(1)) ? head.norm.slice(1) : '';
  if (!bare) return false;
  const noun = bare.startsWith('ال') ? bare.slice(2) : bare;
  if (noun === 'تطبيق') return !ruleAfterLam(tokens[m.lastToken]);
  if (noun === 'عقار') return medicalContext(mentions, tokensOf);
  return true;
}

/**
 * Relabels, in place, a person entity keyed by one rare word that the article names at least once right after a drug's,
 * vaccine's or app's head: the article's vote read the bare repeats (إن ريمديسيفير " يقصر … "، أجازت ريمديسيفير) as a
 * person by their shape and outvoted the one mention that says what the word names (لإنتاج دواء ريمديسيفير). Only an
 * entity whose every mention is that one word, none after a verb of saying or a title (a person speaking or named by
 * a role); `count` is the word's training-text count (a name the tagger has met stays a person: عقار محمد).
 */
export function relabelProductRepeats(entities: Entity[], tokensOf: MentionTokens, count: (norm: string) => number): void {
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.key.includes(' ') || e.mentions.length < 2 || count(e.key) >= RARE) continue;
    if (!e.mentions.every((m) => m.lastToken - m.firstToken === 1)) continue;
    if (!e.mentions.some((m) => afterProductHead(m, tokensOf, e.mentions)) || e.mentions.some((m) => personCued(m, tokensOf))) continue;
    relabelMisc(e);
  }
}
