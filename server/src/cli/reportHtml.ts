// The corpus report as one self-contained HTML page (inline CSS bar charts, no script, no network) from the figures.
import { CorpusFigures } from '../engine/corpusFigures';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Horizontal bars, each as wide as its share of the largest value; names in <bdi> so Arabic and Latin keep their order. */
function bars(rows: Array<{ label: string; tag?: string; value: number; note?: string[] }>): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const row = (r: (typeof rows)[number]) => `<tr><th><bdi>${esc(r.label)}</bdi>${r.tag ? ` <small>${esc(r.tag)}</small>` : ''}</th>`
    + `<td class="track"><div class="bar" style="width:${((100 * r.value) / max).toFixed(1)}%"></div></td><td class="n">${r.value}</td>`
    + `<td class="note">${(r.note ?? []).map((n) => `<bdi>${esc(n)}</bdi>`).join(' · ')}</td></tr>`;
  return `<table class="bars">${rows.map(row).join('')}</table>`;
}

/** Month columns, each as tall as its share of the busiest month. */
function timeline(rows: CorpusFigures['timeline']): string {
  if (!rows.length) return '<p>No dates with a month were found.</p>';
  const max = Math.max(1, ...rows.map((r) => r.count));
  return `<div class="timeline">${rows.map((r) => `<div class="col" title="${r.month}: ${r.count}"><div class="stick" style="height:${((100 * r.count) / max).toFixed(1)}%"></div><span>${r.month}</span></div>`).join('')}</div>`;
}

export function reportHtml(f: CorpusFigures, title: string): string {
  const review = f.review.map((r) => ({ label: r.path, value: r.suggestions ? Math.round((100 * Math.min(r.reviewed, r.suggestions)) / r.suggestions) : 0, note: [`${r.reviewed} of ${r.suggestions} reviewed, ${r.manual} added`] }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
h2{margin-top:2em;border-bottom:1px solid #ccc}
table.bars{border-collapse:collapse;width:100%}
table.bars th{text-align:start;font-weight:normal;padding:2px 8px;white-space:nowrap;width:1%}
table.bars td{padding:2px 4px}
td.track{width:35%}
.bar{background:#0072B2;height:14px;min-width:1px}
td.n{width:4em;text-align:end;font-variant-numeric:tabular-nums}
td.note{color:#555;font-size:90%}
.timeline{display:flex;align-items:flex-end;gap:2px;height:220px;overflow-x:auto;padding-bottom:2em}
.col{display:flex;flex-direction:column;justify-content:flex-end;align-items:center;height:100%;min-width:56px}
.stick{background:#E69F00;width:20px}
.col span{font-size:75%;margin-top:4px}
</style></head><body>
<h1>${esc(title)}</h1>
<p>${f.articles} articles. The same figures are in the JSON file written beside this page.</p>
<h2>Annotations per label</h2>
${bars(Object.entries(f.labels).map(([label, value]) => ({ label, value })))}
<h2>Most mentioned entities</h2>
${bars(f.entities.map((e) => ({ label: e.name, tag: e.label, value: e.mentions, note: [`${e.articles} articles`, ...e.variants.map((v) => `${v.text} ×${v.count}`)] })))}
<h2>Speakers</h2>
${f.speakers.length ? bars(f.speakers.map((s) => ({ label: s.name, value: s.quotations, note: [`quotations in ${s.articles} articles`] }))) : '<p>No quotation with a speaker.</p>'}
<h2>Dates mentioned, by month</h2>
${timeline(f.timeline)}
<h2>Review progress per article (% of suggestions accepted or rejected)</h2>
${bars(review)}
</body></html>
`;
}
