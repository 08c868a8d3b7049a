// Reads the inline-marked date dev set and scores predicted time expressions (span overlap/exact F1, type and value accuracy).

export interface GoldTimex { start: number; end: number; text: string; type: string; value: string }
export interface DateArticle { id: string; date: string; section: string; text: string; gold: GoldTimex[] }
export interface PredictedTimex { start: number; end: number; type: string; value: string }

const MARK = /\{\{([^|{}]+)\|([A-Z]+)\|([^|{}]+)\}\}/g;

/** Parses `=== id | date | section | region` headers and `{{span|TYPE|value}}` marks (see test/fixtures/dev-dates/README.md). */
export function parseDateArticles(source: string): DateArticle[] {
  const out: DateArticle[] = [];
  let cur: { header: string[]; lines: string[] } | undefined;
  const flush = () => {
    if (!cur) return;
    let text = '';
    const gold: GoldTimex[] = [];
    const raw = cur.lines.join('\n').replace(/\s+$/, '');
    let last = 0;
    for (const m of raw.matchAll(MARK)) {
      text += raw.slice(last, m.index);
      gold.push({ start: text.length, end: text.length + m[1].length, text: m[1], type: m[2], value: m[3] });
      text += m[1];
      last = m.index! + m[0].length;
    }
    text += raw.slice(last);
    const [id, date, section] = cur.header;
    out.push({ id, date, section: section ?? '', text, gold });
  };
  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith('=== ')) { flush(); cur = { header: line.slice(4).split('|').map((s) => s.trim()), lines: [] }; continue; }
    if (!cur) continue; // comments before the first article
    cur.lines.push(line);
  }
  flush();
  return out;
}

export interface DateScore {
  gold: number; predicted: number;
  overlap: { precision: number; recall: number; f1: number };
  exact: { precision: number; recall: number; f1: number };
  /** Over overlap-matched pairs. */
  typeAccuracy: number; valueAccuracy: number; matched: number;
}

export interface DateError { article: string; kind: 'missed' | 'spurious' | 'span' | 'type' | 'value'; gold?: string; predicted?: string }

function prf(tp: number, pred: number, gold: number) {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Scores `predict(article)` over the articles; a prediction matches at most one gold span (exact first, then overlap). */
export function scoreDates(articles: DateArticle[], predict: (a: DateArticle) => PredictedTimex[]): { score: DateScore; errors: DateError[] } {
  let gold = 0, predicted = 0, overlapTp = 0, exactTp = 0, typeOk = 0, valueOk = 0;
  const errors: DateError[] = [];
  for (const a of articles) {
    const pred = predict(a);
    gold += a.gold.length;
    predicted += pred.length;
    const used = new Set<number>();
    const show = (x: { start: number; end: number; type: string; value: string }) => `${a.text.slice(x.start, x.end)} [${x.type} ${x.value}]`;
    const pairs: Array<[GoldTimex, PredictedTimex]> = [];
    const unmatched: GoldTimex[] = [];
    for (const g of a.gold) {
      let j = pred.findIndex((p, k) => !used.has(k) && p.start === g.start && p.end === g.end);
      if (j < 0) j = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
      if (j < 0) { unmatched.push(g); continue; }
      used.add(j);
      pairs.push([g, pred[j]]);
    }
    for (const [g, p] of pairs) {
      overlapTp++;
      if (p.start === g.start && p.end === g.end) exactTp++; else errors.push({ article: a.id, kind: 'span', gold: show(g), predicted: show(p) });
      if (p.type === g.type) typeOk++; else errors.push({ article: a.id, kind: 'type', gold: show(g), predicted: show(p) });
      if (p.value === g.value) valueOk++; else errors.push({ article: a.id, kind: 'value', gold: show(g), predicted: show(p) });
    }
    for (const g of unmatched) errors.push({ article: a.id, kind: 'missed', gold: show(g) });
    pred.forEach((p, k) => { if (!used.has(k)) errors.push({ article: a.id, kind: 'spurious', predicted: show(p) }); });
  }
  const matched = overlapTp;
  return {
    score: {
      gold, predicted, matched, overlap: prf(overlapTp, predicted, gold), exact: prf(exactTp, predicted, gold),
      typeAccuracy: matched ? typeOk / matched : 0, valueAccuracy: matched ? valueOk / matched : 0,
    },
    errors,
  };
}

export function formatDateScore(name: string, s: DateScore): string {
  const f = (x: number) => x.toFixed(3);
  return `${name}: ${s.gold} gold, ${s.predicted} predicted\n` +
    `  overlap  P ${f(s.overlap.precision)}  R ${f(s.overlap.recall)}  F1 ${f(s.overlap.f1)}\n` +
    `  exact    P ${f(s.exact.precision)}  R ${f(s.exact.recall)}  F1 ${f(s.exact.f1)}\n` +
    `  type accuracy ${f(s.typeAccuracy)}  value accuracy ${f(s.valueAccuracy)}  (over ${s.matched} overlap matches)\n`;
}
