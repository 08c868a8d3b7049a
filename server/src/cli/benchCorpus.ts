// A generated folder of Arabic articles for the index benchmark and tests: deterministic, varied, about 2.6 KB each (the 5,000 articles ≈ 13 MB).
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../training/perceptron';

const FIRST = ['محمد', 'أحمد', 'خالد', 'سامي', 'ليلى', 'فاطمة', 'عمر', 'يوسف', 'هدى', 'كريم', 'نادية', 'طارق', 'سلمى', 'رامي', 'منى', 'عادل', 'جمال', 'ريم', 'حسن', 'زينب'];
const LAST = ['العلي', 'الخطيب', 'المصري', 'حداد', 'النجار', 'الشامي', 'عبد الله', 'الزين', 'منصور', 'البيطار', 'القاسم', 'الأحمد', 'درويش', 'سلامة', 'الحلبي', 'يعقوب', 'العمر', 'فرحات', 'الراشد', 'عيسى'];
const ROLES = ['قال وزير الخارجية', 'أعلن رئيس الوزراء', 'صرح المتحدث باسم الحكومة', 'أكد النائب', 'أوضحت الناطقة باسم الشرطة'];
const CITIES = ['القاهرة', 'بيروت', 'عمان', 'الرباط', 'تونس', 'الدوحة', 'بغداد', 'دمشق', 'الرياض', 'الخرطوم'];

/** The text of article `i`: a title, a dateline, sentences drawn from `sentences`, and a quoted official. */
export function article(i: number, sentences: string[]): string {
  const r = mulberry32(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const name = `${pick(FIRST)} ${pick(FIRST)} ${pick(LAST)}`;
  const lines = [`${pick(sentences).split(' ').slice(0, 8).join(' ')} (${i})`, `${pick(CITIES)} - ${ROLES[i % ROLES.length]} ${name} إن المحادثات ستستمر.`];
  let size = lines.join('\n').length;
  while (size < 1250) {
    const para = [pick(sentences), pick(sentences)].join(' ');
    lines.push(para);
    size += para.length + 1;
  }
  lines.push(`وأضاف ${name} في تصريح: "سنواصل العمل مع الشركاء في ${pick(CITIES)}".`);
  return lines.join('\n') + '\n';
}

/** Writes N articles under `dir` (100 per subfolder, as a newsroom archive by day); returns the bytes written. */
export function writeCorpus(dir: string, n: number, sentences: string[]): number {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(4, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    const text = article(i, sentences);
    fs.writeFileSync(path.join(sub, `a${i}.ar.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** Sentences of real newswire when the shared CoNLL file is beside the repository, else the sample article's lines. */
export function sentencePool(root: string): string[] {
  const conll = [path.join(root, '..', 'shared', 'data', 'ner', 'newsfane.conll'), path.join(root, '..', '..', 'shared', 'data', 'ner', 'newsfane.conll')].find((p) => fs.existsSync(p));
  if (conll) {
    const out: string[] = [];
    let words: string[] = [];
    for (const line of fs.readFileSync(conll, 'utf8').split('\n')) {
      const w = line.split('\t')[0];
      if (w) words.push(w);
      if (!line.trim() || w === '.') { if (words.length > 4) out.push(words.join(' ')); words = []; }
    }
    if (out.length) return out;
  }
  return fs.readFileSync(path.join(root, 'seeds', 'lavrov-wonsan.ar.txt'), 'utf8').split(/(?<=[.!؟])\s+|\n/).filter((s) => s.trim().length > 20);
}
