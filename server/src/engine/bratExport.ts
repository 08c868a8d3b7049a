// brat standoff export: the `.txt` copy exactly as brat reads it and a `.ann` whose offsets are counted on that copy.
import { Analysis, Annotation } from './analysis';
import { LINE_END, NewlineView, universalNewlines } from './lineEnds';
import { offsetConverter } from './offsets';

export interface BratDocument {
  /** The `.txt` copy: UTF-8 without BOM, LF line ends — what brat's reader (universal newlines) sees. */
  txt: string;
  ann: string;
}

const BLANK = /[\s\u0085\u2028\u2029]/;

/**
 * The fragments of one span in UTF-16 offsets of the copy: split at every line end (brat cannot
 * show a fragment across lines), with blanks next to a line end trimmed and empty fragments dropped.
 */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !LINE_END.test(text[i])) continue;
    let fs = s;
    let fe = i;
    if (fs > start) while (fs < fe && BLANK.test(text[fs])) fs++;
    if (i < end) while (fe > fs && BLANK.test(text[fe - 1])) fe--;
    if (fe > fs) out.push([fs, fe]);
    s = i + 1;
  }
  return out;
}

/** `T` lines for spans, `R… Speaker` for quotation → speaker, `AnnotatorNotes` for date values. */
export function toBratDocument(a: Analysis): BratDocument {
  const view: NewlineView = universalNewlines(a.text);
  const text = view.text;
  const cp = offsetConverter(text, 'codepoint');
  const lines: string[] = [];
  const tid = new Map<Annotation, string>();
  const byRange = new Map<string, string>();
  let t = 0;
  for (const x of a.annotations) {
    const frags = fragments(text, view.fromOriginal(x.start), view.fromOriginal(x.end));
    if (!frags.length) continue;
    const id = `T${++t}`;
    tid.set(x, id);
    if (x.kind === 'entity') byRange.set(`${x.start}:${x.end}`, id);
    const spec = frags.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';');
    // brat compares this column with the fragments' text joined by one space.
    lines.push(`${id}\t${x.label} ${spec}\t${frags.map(([s, e]) => text.slice(s, e)).join(' ')}`);
  }
  let notes = 0;
  let rels = 0;
  for (const x of a.annotations) {
    const id = tid.get(x);
    if (!id) continue;
    if (x.kind === 'date' && x.attributes.value) lines.push(`#${++notes}\tAnnotatorNotes ${id}\tvalue=${x.attributes.value}${x.attributes.hijri ? ` hijri=${x.attributes.hijri}` : ''}`);
    const sp = x.attributes.speaker as { start?: number; end?: number } | undefined;
    const target = sp?.start !== undefined ? byRange.get(`${sp.start}:${sp.end}`) : undefined;
    if (x.kind === 'quotation' && target) lines.push(`R${++rels}\tSpeaker Arg1:${id} Arg2:${target}`);
  }
  return { txt: text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}
