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
  let names: Map<string, Named[]> | undefined;
  return quotations.map((q) => {
    const s = q.speaker;
    if (!s?.entityId || s.via === 'anonymous') return q;
    byId ??= new Map(entities.map((e) => [e.id, e]));
    const e = byId.get(s.entityId);
    if (!e || e.label !== 'PERSON') return q;
    names ??= personMentions(entities, text);
    const head = normalizeArabic(s.text).trim() + ' ';
    const heads = names.get(head.slice(0, head.indexOf(' '))) ?? [];
    // …or of another entity's, when the linker kept a given name apart (آمنة after آمنة عثمان) and one person alone
    // was named by it before the quotation.
    const full = earliest(heads, (n) => n.entity === e, head, Infinity) ?? only(heads, e, head, q.start);
    return full ? { ...q, speaker: { ...s, text: full } } : q;
  });
}

/** A person's mention with its normalised text. */
interface Named { entity: Entity; start: number; text: string; norm: string }

/**
 * Every mention of a person of two words or more, by its first normalised word (a short form's first word), in entity
 * and mention order: each speaker reads only the mentions that can start with it, each normalised once.
 */
function personMentions(entities: Entity[], text: TextLike): Map<string, Named[]> {
  const out = new Map<string, Named[]>();
  for (const entity of entities) {
    if (entity.label !== 'PERSON') continue;
    for (const m of entity.mentions) {
      const t = text.slice(m.start, m.end);
      const norm = normalizeArabic(t);
      const space = norm.indexOf(' ');
      // A one-word mention cannot start with a head, which ends in a space.
      if (space < 0) continue;
      const key = norm.slice(0, space);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ entity, start: m.start, text: t, norm });
    }
  }
  return out;
}

/** The first-written of the mentions `of` that start with `head`, before offset `before`. */
function earliest(heads: Named[], of: (n: Named) => boolean, head: string, before: number): string | undefined {
  let full: string | undefined;
  let at = before;
  for (const n of heads) {
    if (!of(n) || n.start >= at) continue;
    if (n.norm.startsWith(head)) { full = n.text; at = n.start; }
  }
  return full;
}

/** The one other person whose name starts with `head` before `before`; undefined when none, or two. */
function only(heads: Named[], e: Entity, head: string, before: number): string | undefined {
  let found: string | undefined;
  let by: Entity | undefined;
  for (const n of heads) {
    if (n.entity === e || n.entity === by || n.start >= before || !n.norm.startsWith(head)) continue;
    if (by) return undefined;
    by = n.entity;
    found = earliest(heads, (x) => x.entity === by, head, before);
  }
  return found;
}
