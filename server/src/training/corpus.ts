// Prepares gold CoNLL sentences for training: ANERcorp tags, re-attached و, engine tokenisation.
import { bioSpans, ConllSentence, toAnercorpTag } from '../engine/conll';
import { tokenize, Token } from '../engine/tokenize';
import { TAGS } from '../engine/tagger';
import { normalizeArabic } from '../engine/normalize';
import { GOVERNMENT_BODIES } from '../engine/nameRules';
import { ORGANIZATION_HEADS, PERSON_TITLES } from '../engine/triggers';
import { headForm, SETTLEMENT_HEADS } from '../engine/placeBounds';

export interface GoldSentence {
  tokens: Token[];
  gold: number[];
}

/**
 * FANE splits the conjunction و off as its own token while news text keeps it attached;
 * glue it back so the tagger learns the segmentation it will see in the editor.
 */
export function reattachConjunction(s: ConllSentence): ConllSentence {
  const out: ConllSentence = { tokens: [], tags: [], fine: [] };
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i];
    const next = s.tokens[i + 1];
    if ((tok === 'و' || tok === 'ف') && next && /^[\u0621-\u064A]/.test(next)) {
      out.tokens.push(tok + next);
      out.tags.push(s.tags[i + 1]);
      out.fine.push(s.fine[i + 1]);
      i++;
      continue;
    }
    out.tokens.push(tok);
    out.tags.push(s.tags[i]);
    out.fine.push(s.fine[i]);
  }
  return out;
}

/**
 * Joins a sentence's tokens with spaces and re-tokenises it with the engine's tokenizer,
 * carrying each gold tag to the engine tokens inside the gold token.
 */
export function alignToEngine(s: ConllSentence): GoldSentence {
  const tags = s.tags.map(toAnercorpTag);
  let text = '';
  const owner: number[] = [];
  s.tokens.forEach((t, i) => {
    if (i) { text += ' '; owner.push(-1); }
    text += t;
    for (let k = 0; k < t.length; k++) owner.push(i);
  });
  const tokens = tokenize(text);
  let prevOwner = -1;
  const gold = tokens.map((t) => {
    const o = owner[t.start];
    let tag = tags[o];
    if (o === prevOwner && tag !== 'O') tag = 'I-' + tag.slice(2);
    prevOwner = o;
    return Math.max(0, TAGS.indexOf(tag));
  });
  return { tokens, gold };
}

/**
 * The FANE files disagree on whether an organisation's head noun (حركة، وزارة، منظمة) is inside
 * its span; the project's convention is that it is, so a head tagged O right before an ORG
 * span is pulled into it.
 */
export function includeOrgHeads(s: ConllSentence, isHead: (token: string) => boolean): ConllSentence {
  const tags = [...s.tags];
  for (let i = 1; i < tags.length; i++) {
    if (!/^B-ORG$/.test(toAnercorpTag(tags[i])) || tags[i - 1] !== 'O' || !isHead(s.tokens[i - 1])) continue;
    tags[i - 1] = tags[i];
    tags[i] = tags[i].replace(/^B-/, 'I-');
  }
  return { ...s, tags };
}

/** Deterministic held-out split: every tenth sentence of a corpus is dev data. */
export function isDevSentence(index: number): boolean {
  return index % 10 === 0;
}

/** The Wojood sample's held-out fifth (every fifth sentence), a modern-news dev set. */
export function isWojoodDevSentence(index: number): boolean {
  return index % 5 === 0;
}

/**
 * Brings the Wojood sample to the project's (ANERcorp) conventions: a country or city tagged
 * ORGANIZATION because it acts as a party (`روسيا`) is a LOCATION; URLs and legal article numbers
 * tagged MISC are not names; a settlement head (`قرية`, `مخيم`, `بمدينة`) is outside the place.
 */
export function relabelWojood(s: ConllSentence, isPlace: (phrase: string) => boolean): ConllSentence {
  const tags = settlementHeadsOut(s).tags;
  for (const span of bioSpans(tags.map(toAnercorpTag))) {
    const words = s.tokens.slice(span.start, span.end);
    let to: string | undefined;
    if (span.label === 'ORG' && isPlace(words.join(' '))) to = 'LOCATION';
    else if (span.label === 'MISC' && (words.some((w) => /^(https?|www)/i.test(w)) || /^(مادة|المادة|الفقرة|فقرة)$/.test(words[0]))) to = '';
    if (to === undefined) continue;
    for (let k = span.start; k < span.end; k++) tags[k] = to ? (k === span.start ? 'B-' : 'I-') + to : 'O';
  }
  return { ...s, tags };
}

/**
 * The ANERcorp place convention: a settlement or administrative head noun that opens a place span
 * (`قرية نعلين`, `بمدينة جنين`) is left outside it, as NewsFANE mostly does and the Wojood sample never does.
 */
export function settlementHeadsOut(s: ConllSentence): ConllSentence {
  const tags = [...s.tags];
  for (let i = 0; i + 1 < tags.length; i++) {
    if (toAnercorpTag(tags[i]) !== 'B-LOC' || toAnercorpTag(tags[i + 1]) !== 'I-LOC' || !SETTLEMENT_HEADS.has(headForm(normalizeArabic(s.tokens[i])))) continue;
    tags[i + 1] = tags[i];
    tags[i] = 'O';
  }
  return { ...s, tags };
}

/**
 * The project's title convention: titles and honorifics (الرئيس، البابا، الشيخ) stay outside
 * PERSON, as in most of the training data; the files that put one inside are brought in line.
 */
export function excludePersonTitles(s: ConllSentence, isTitle: (token: string) => boolean): ConllSentence {
  const tags = [...s.tags];
  for (let i = 0; i + 1 < tags.length; i++) {
    if (toAnercorpTag(tags[i]) !== 'B-PERS' || toAnercorpTag(tags[i + 1]) !== 'I-PERS' || !isTitle(s.tokens[i])) continue;
    tags[i + 1] = tags[i];
    tags[i] = 'O';
  }
  return { ...s, tags };
}

const withoutConjunction = (t: string) => normalizeArabic(t).replace(/^[وف](?=...)/, '');
/** An organisation head word (`وزارة`, `وحزب`): inside ORGANIZATION spans by the project's convention. */
export const isOrgHead = (t: string): boolean => ORGANIZATION_HEADS.has(withoutConjunction(t));
/** A person's title (`الرئيس`, `ووزير`): outside PERSON spans by the project's convention. */
export const isPersonTitle = (t: string): boolean => { const n = withoutConjunction(t); return PERSON_TITLES.has(n) || PERSON_TITLES.has(n.replace(/^ال/, '')); };

/** Whether a phrase is a listed place, under a name-list lookup (Wojood's countries acting as parties are places). */
export function isListedPlace(lists: (phrase: string) => string[]): (phrase: string) => boolean {
  return (p) => lists(normalizeArabic(p).replace(/^[وفبلك]?(?=ال)/, '').replace(/^لل/, 'ال')).includes('LOC');
}

/** Clitic-free normalised form of a training token (والحكومة، للحكومة → الحكومه). */
function bareToken(t: string): string {
  return normalizeArabic(t).replace(/^[وف](?=..)/, '').replace(/^لل(?=..)/, 'ال').replace(/^[بل](?=ال)/, '');
}

/**
 * The project's public-body convention (see harmonizeBodies) under a name-list lookup (normalised
 * phrase → list names): shared by training and by the replay sample of model updates, so an update
 * replays the data in the conventions the base model learnt.
 */
export function harmonizeBodiesWith(lists: (phrase: string) => string[], isTitle: (token: string) => boolean): (s: ConllSentence) => ConllSentence {
  const bodyWithNationality = (tokens: string[], i: number) => i + 1 < tokens.length && GOVERNMENT_BODIES.has(bareToken(tokens[i])) && !(i > 0 && isTitle(tokens[i - 1])) &&
    normalizeArabic(tokens[i + 1]).startsWith('ال') && lists(bareToken(tokens[i + 1])).includes('NAT');
  const orgPhraseLength = (tokens: string[], i: number) => {
    let phrase = bareToken(tokens[i]);
    let best = 0;
    for (let len = 2; len <= 6 && i + len <= tokens.length; len++) {
      phrase += ' ' + normalizeArabic(tokens[i + len - 1]);
      if (lists(phrase).includes('ORG')) best = len;
    }
    return best;
  };
  return (s) => harmonizeBodies(s, bodyWithNationality, orgPhraseLength);
}

/**
 * The training data tags public bodies both ways (`الحكومة اللبنانية`, `مجلس الوزراء` are ORG in
 * some sentences, O in others); the project tags them ORGANIZATION. Spans wholly O are relabelled:
 * a government body with a nationality adjective (`isBodyWithNationality(i)`), and multi-word
 * phrases of the organisation list (`orgPhraseLength(i)` words from token i, or 0).
 */
export function harmonizeBodies(s: ConllSentence, isBodyWithNationality: (tokens: string[], i: number) => boolean, orgPhraseLength: (tokens: string[], i: number) => number): ConllSentence {
  const tags = [...s.tags];
  const allO = (i: number, len: number) => i + len <= tags.length && tags.slice(i, i + len).every((t) => t === 'O');
  for (let i = 0; i < tags.length; i++) {
    let len = orgPhraseLength(s.tokens, i);
    if (len < 2 && isBodyWithNationality(s.tokens, i)) len = 2;
    if (len < 2 || !allO(i, len)) continue;
    for (let k = 0; k < len; k++) tags[i + k] = (k ? 'I-' : 'B-') + 'ORG';
    i += len - 1;
  }
  return { ...s, tags };
}
