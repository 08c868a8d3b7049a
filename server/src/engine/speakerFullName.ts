// A speaker named by the leading words of a name the article wrote in full (الأمير عبد العزيز … عبد العزيز بن سلمان) reads as that full name.
import type { TextLike } from './pieceText';
import type { Entity } from './linking';
import { normalizeArabic } from './normalize';
import type { Quotation } from './quotations';

/**
 * The speakers whose text is a leading part of a longer mention of the same entity, given the name as the article
 * first wrote it in full: a short form ends one word short of the name (عبد العزيز for عبد العزيز بن سلمان) and
 * names the person less than the text already did. A surname alone (عزت for يوسف عزت) ends the name and is kept.
 * New objects where a text changes: the attribution memo keeps the ones it returned.
 */
export function withFullNames(quotations: Quotation[], entities: Entity[], text: TextLike): Quotation[] {
  let byId: Map<string, Entity> | undefined;
  return quotations.map((q) => {
    const s = q.speaker;
    if (!s?.entityId || s.via === 'anonymous') return q;
    byId ??= new Map(entities.map((e) => [e.id, e]));
    const e = byId.get(s.entityId);
    if (!e || e.label !== 'PERSON') return q;
    const head = normalizeArabic(s.text).trim() + ' ';
    // …or of another entity's, when the linker kept a given name apart (آمنة after آمنة عثمان) and one person alone
    // was named by it before the quotation.
    const full = earliest(e, head, text, Infinity) ?? only(entities.filter((x) => x !== e && x.label === 'PERSON'), head, text, q.start);
    return full ? { ...q, speaker: { ...s, text: full } } : q;
  });
}

function earliest(e: Entity, head: string, text: TextLike, before: number): string | undefined {
  let full: string | undefined;
  let at = before;
  for (const m of e.mentions) {
    if (m.start >= at) continue;
    const t = text.slice(m.start, m.end);
    if (normalizeArabic(t).startsWith(head)) { full = t; at = m.start; }
  }
  return full;
}

function only(others: Entity[], head: string, text: TextLike, before: number): string | undefined {
  let found: string | undefined;
  for (const x of others) {
    const t = earliest(x, head, text, before);
    if (t && found !== undefined) return undefined;
    found ??= t;
  }
  return found;
}
