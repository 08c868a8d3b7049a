// Hover: what the engine knows about the entity, date or quotation under the cursor.
import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Annotation } from '../engine/analysis';
import { ResolvedDate } from '../engine/dateResolve';
import { Speaker } from '../engine/quotations';
import { annotationsAt } from './lookup';
import { entityOf } from './visibleEntities';
import { annotationDisplayText } from '../engine/mentionDisplay';

const LABEL_NAMES: Record<string, string> = { PERSON: 'Person', LOCATION: 'Location', ORGANIZATION: 'Organization', MISC: 'Miscellaneous' };

function entityHover(x: Annotation, a: Analysis): string {
  const e = entityOf(a, x);
  const others = e ? e.mentions.length - 1 : 0;
  const review = x.status === 'manual' ? 'added by the annotator' : x.status === 'accepted' ? `accepted; tagger confidence ${Math.round(x.confidence * 100)}%` : `suggested by the tagger, confidence ${Math.round(x.confidence * 100)}%`;
  const type = typeof x.attributes.type === 'string' ? ` · ${x.attributes.type.replace(/_PER$|_ORG$/, '').replace(/-/g, ' ')}` : '';
  return [`**${LABEL_NAMES[x.label] ?? x.label}${type}** · ${annotationDisplayText(a.text, x)}`, '', `Normalised: \`${x.attributes.normalized ?? e?.key ?? x.text}\``,
    `Other mentions in this document: ${others}`, `Review: ${review}`].join('  \n');
}

function dateHover(x: Annotation, a: Analysis): string {
  const r = x.attributes as unknown as ResolvedDate;
  const lines = [`**${x.label}** · ${x.text}`, '', `Value: \`${r.value}\`${r.approximate ? ' (approximate)' : ''}`];
  if (r.weekday) lines.push(`Weekday: ${r.weekday}`);
  if (r.gregorian) lines.push(`Gregorian: ${r.gregorian}`);
  if (r.hijri) lines.push(`Hijri (Umm al-Qura): ${r.hijri}`);
  if (r.mod) lines.push(`Part of the period: ${r.mod.toLowerCase()}`);
  if (r.beginPoint) lines.push(`Runs from ${r.beginPoint} to ${r.endPoint}`);
  if (r.anchor) lines.push(`Resolved against: ${r.anchor}`);
  if (r.unresolved) lines.push(a.documentDate ? 'Not resolvable from the document date.' :
    'Unresolved: the article has no document date. Set one for this article (**Arabic News: Set Document Date…**), or add a first line `Date: YYYY-MM-DD`.');
  return lines.join('  \n');
}

/** How the speaker was found, in the reviewer's words. */
export const VIA_TEXT: Record<NonNullable<Speaker['via']>, string> = {
  name: 'named after the cue', title: 'a title, resolved to the person it introduced', pronoun: 'no subject: the speaker the text introduced before',
  organisation: 'a body, document or outlet', anonymous: 'an unnamed source', context: 'from the context', annotator: 'set by the annotator',
};
/** Below this, the speaker is marked for review (a hint in the editor, a warning line in the hover). */
export const LOW_SPEAKER_CONFIDENCE = 0.7;

function quoteHover(x: Annotation): string {
  const sp = x.attributes.speaker as Speaker | undefined;
  const confidence = sp?.via === 'annotator' ? 1 : sp?.confidence ?? x.confidence;
  return [`**Quotation**`, '', sp ? `Speaker: **${sp.via === 'anonymous' ? `anonymous (${sp.text})` : sp.text}**` : 'Speaker: unknown',
    sp?.via ? `Found by: ${VIA_TEXT[sp.via]} (\`${sp.via}\`)` : '', sp?.cue ? `Cue: ${sp.cue}` : '',
    `Confidence: ${Math.round(confidence * 100)}%`, confidence < LOW_SPEAKER_CONFIDENCE ? '⚠ Low confidence: check the speaker first.' : ''].filter(Boolean).join('  \n');
}

export function provideHover(doc: TextDocument, a: Analysis, pos: Position): Hover | null {
  const found = annotationsAt(a, doc.offsetAt(pos));
  if (!found.length) return null;
  const parts = found.map((x) => (x.kind === 'entity' ? entityHover(x, a) : x.kind === 'date' ? dateHover(x, a) : quoteHover(x)));
  const x = found[0];
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(x.start), end: doc.positionAt(x.end) } };
}
