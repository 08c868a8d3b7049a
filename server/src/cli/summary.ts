// `arabic-news-annotate summary`: a readable report of what the engine found in each article.
import { Analyzer } from '../engine/analysis';
import { parseIsoDate } from '../engine/hijri';
import { listArticles, noArticlesMessage } from '../io/articleFiles';
import { ArticleError, readArticle } from '../io/readArticle';

/** Prints counts per label, entities with mentions, quotations with speakers and dates with values (folders: their articles). */
export function summarize(inputs: string[], analyzer: Analyzer, referenceDate?: string): number {
  let failed = 0;
  const ref = referenceDate ? parseIsoDate(referenceDate) : undefined;
  const articles = listArticles(inputs);
  if (!articles.length) { process.stderr.write(`error: ${noArticlesMessage(inputs)}\n`); return 1; }
  for (const { file } of articles) {
    try {
      const { text } = readArticle(file);
      const a = analyzer.analyze(text, { referenceDate: ref ? { date: ref, source: '--reference-date' } : undefined });
      const counts = new Map<string, number>();
      for (const x of a.annotations) counts.set(x.label, (counts.get(x.label) ?? 0) + 1);
      const lines = [`== ${file}`, `   ${[...counts].map(([l, n]) => `${l} ${n}`).join(' · ')}`, '', 'Entities:'];
      for (const e of a.entities) {
        const forms = [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))];
        lines.push(`  ${e.label.padEnd(12)} ${forms.join(' / ')}  (${e.mentions.length} mention${e.mentions.length > 1 ? 's' : ''})`);
      }
      lines.push('', 'Quotations:');
      for (const q of a.quotations) {
        const content = text.slice(q.contentStart, q.contentEnd);
        lines.push(`  ${q.speaker ? q.speaker.text : '(speaker unknown)'}${q.speaker?.cue ? ` [${q.speaker.cue}]` : ''}: ${content.length > 90 ? content.slice(0, 90) + '…' : content}`);
      }
      lines.push('', 'Dates and times:');
      for (const d of a.dates) lines.push(`  ${d.type.padEnd(9)} ${text.slice(d.start, d.end)} → ${d.resolved.value}${d.resolved.hijri ? ` (${d.resolved.hijri})` : ''}${d.resolved.approximate ? ' ≈' : ''}`);
      if (a.problems.length) lines.push('', 'Problems:', ...a.problems.map((p) => `  offset ${p.offset}: ${p.message}`));
      process.stdout.write(lines.join('\n') + '\n\n');
    } catch (e) {
      failed++;
      process.stderr.write(`error: ${file}: ${e instanceof ArticleError ? e.message : String(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}
