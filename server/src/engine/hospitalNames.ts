// Hospitals named by words the tagger does not know (مستشفى بنادر للأم والطفل، مستشفى أول نوفمبر): one organisation with the head.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite } from './namePatterns';
import { GREGORIAN_MONTHS, ORDINALS } from './dateLexicon';
import { wordSet as set } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_MISC = beginTag('MISC');

/** Heads of hospitals and clinics (normalised, clitic-free: مستشفى is مستشفي once normalised). */
export const HOSPITAL_HEADS = set('مستشفى مستوصف');
/** Definite adjectives that close a hospital's name (الجامعي، التخصصي). */
export const HOSPITAL_TAILS = set('الجامعي التخصصي التعليمي العسكري المركزي العام الحكومي الدولي الميداني');
/** Words after العام that make it the year (العام الماضي، المقبل، المالي), not a body's tail. */
export const YEAR_DIRECTIONS = set('الماضي المقبل القادم الجاري الحالي المنصرم الفائت المالي الدراسي');

/** Token k (no clitic on it) closes a hospital's name: a tail of HOSPITAL_TAILS, but not العام of a year (مستشفى الرازي العام الماضي). */
export const hospitalTail = (stems: readonly string[], k: number): boolean =>
  HOSPITAL_TAILS.has(stems[k]) && !(stems[k] === 'العام' && YEAR_DIRECTIONS.has(stems[k + 1] ?? ''));
/** A day's word before its month (أول نوفمبر، الفاتح من …: ORDINALS' day words and أول). */
const DAY_WORDS = new Set([...ORDINALS.keys(), ...set('أول')]);
/** Words of a name at most after the head. */
const MAX_NAME_WORDS = 3;
/** Training-text count below which an indefinite word after the head is a name the tagger never learnt (بنادر). */
const RARE = 3;
/** Coordinated nouns a hospital's لل complement may take (للأم [والطفل]). */
const MAX_CONJUNCTS = 2;

/**
 * An indefinite hospital head the tagger left O, followed by a name it left O — a date's day and month (مستشفى [أول نوفمبر]،
 * [20 أغسطس]), a listed name or place (مستشفى [كمال عدوان]) or words the training text hardly knows (مستشفى [بنادر]) — is
 * one organisation with the name, a closing adjective (الجامعي) and its لل complement with the nouns joined to it
 * (للأم [والطفل]), as the project's sets tag hospitals. Not an indefinite adjective (مستشفى ميداني، حكومي), an accusative
 * or a word behind a clitic (مستشفى بغزة): the name's words are bare, indefinite and no nisba.
 * `freqAt(k)`: training count of token k; `nameAt(k)`: a list holds token k as a name, place or body, bare, or a given name
 * the clitic splitter cut (ك + مال).
 */
export function tagUnseenHospitals(sentence: Token[], stems: string[], prefixes: string[], tags: number[], freqAt: (k: number) => number,
  nameAt: (k: number) => boolean): number[] {
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && out[k] === 0 && sentence[k].kind !== 'punct';
  for (let h = 0; h + 1 < n; h++) {
    if (out[h] !== 0 || sentence[h].kind !== 'word' || !HOSPITAL_HEADS.has(stems[h])) continue;
    let e = h + 1;
    // A day and its month: the day an ordinal or a number (مستشفى أول نوفمبر، مستشفى 20 أغسطس).
    if (free(e + 1) && (DAY_WORDS.has(stems[e]) || /^\d{1,2}$/.test(stems[e])) && GREGORIAN_MONTHS.has(stems[e + 1]) && !prefixes[e] && !prefixes[e + 1]) e += 2;
    else {
      while (e - h <= MAX_NAME_WORDS && free(e) && sentence[e].kind === 'word' && !definite(stems[e]) && !/(ي|يه|ا)$/.test(stems[e]) &&
        (nameAt(e) || (!prefixes[e] && freqAt(e) < RARE))) e++;
    }
    if (e === h + 1) continue;
    if (free(e) && !prefixes[e] && hospitalTail(stems, e)) e++;
    const lam = sentence[e]?.norm ?? '';
    if (free(e) && lam.startsWith('لل') && lam.length > 3) {
      e++;
      for (let c = 0; c < MAX_CONJUNCTS && free(e) && prefixes[e] === 'و' && definite(stems[e]); c++) e++;
    }
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    h = e - 1;
  }
  return out;
}

/**
 * A MISC span the tagger opened at an indefinite hospital head (مستشفى ناصر، بمستشفى صفد) is the hospital as a body: the
 * tagger learnt FANE's facilities as MISC, while the project's sets (and NewsFANE's own ORG) tag hospitals as organisations.
 * A closing adjective just after the span goes with it (مستشفى حلفا [التعليمي])، after an ORG span too (مستشفى الرازي
 * [العام]، مستشفى صور [الحكومي]): the tagger learnt few hospitals' tails, and the sets end the name with them.
 */
export function hospitalMiscAsBodies(stems: string[], prefixes: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let h = 0; h < n; h++) {
    if ((out[h] !== B_MISC && out[h] !== B_ORG) || !HOSPITAL_HEADS.has(stems[h])) continue;
    let e = spanEnd(out, h);
    if (e === h + 1) continue;
    const tail = e < n && out[e] === 0 && !prefixes[e] && hospitalTail(stems, e);
    if (tail) e++;
    else if (out[h] === B_ORG) { h = e - 1; continue; }
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    h = e - 1;
  }
  return out;
}
