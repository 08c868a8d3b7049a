// Figures over a corpus of analysed articles: counts per label, top entities with their spellings, speakers, a timeline, review progress.
import { Analysis } from './analysis';
import { Decision } from './decisions';
import { normalizeArabic } from './normalize';

export interface ArticleFigures { path: string; annotations: number; suggestions: number; reviewed: number; manual: number }

export interface CorpusFigures {
  articles: number;
  labels: Record<string, number>;
  /** Most mentioned entities (by label and normalised name) with each spelling and its count. */
  entities: Array<{ label: string; name: string; key: string; mentions: number; articles: number; variants: Array<{ text: string; count: number }> }>;
  speakers: Array<{ name: string; quotations: number; articles: number }>;
  /** Dates mentioned, by month (`YYYY-MM`) of their resolved value; years alone and unresolved values are left out. */
  timeline: Array<{ month: string; count: number }>;
  review: ArticleFigures[];
}

interface Tally { count: number; articles: Set<number>; variants?: Map<string, number>; label?: string; name: string }

function bump(map: Map<string, Tally>, key: string, name: string, article: number, variant?: string, label?: string): void {
  let t = map.get(key);
  if (!t) { t = { count: 0, articles: new Set(), name, label, variants: variant !== undefined ? new Map() : undefined }; map.set(key, t); }
  t.count++;
  t.articles.add(article);
  if (variant !== undefined) t.variants!.set(variant, (t.variants!.get(variant) ?? 0) + 1);
}

/** Accumulates articles one at a time, so a corpus never has to be held in memory. */
export class CorpusTally {
  private n = 0;
  private readonly labels = new Map<string, number>();
  private readonly entities = new Map<string, Tally>();
  private readonly speakers = new Map<string, Tally>();
  private readonly months = new Map<string, number>();
  private readonly review: ArticleFigures[] = [];

  /** `decisions`: the article's sidecar, if any (its accepted/rejected decisions are its reviewed suggestions). */
  add(path: string, a: Analysis, decisions: Decision[] = []): void {
    const article = this.n++;
    for (const x of a.annotations) this.labels.set(x.label, (this.labels.get(x.label) ?? 0) + 1);
    // A speaker is counted under the entity its mention belongs to, so بلينكن and أنتوني بلينكن are one speaker.
    const canonicalOf = new Map(a.annotations.filter((x) => x.kind === 'entity').map((x) => [x.attributes.entityId, String(x.attributes.canonical ?? '')]));
    for (const x of a.annotations) {
      if (x.kind === 'entity') {
        const canonical = String(x.attributes.canonical ?? normalizeArabic(x.text));
        bump(this.entities, `${x.label}\u0000${canonical}`, canonical, article, x.text, x.label);
      } else if (x.kind === 'quotation') {
        const speaker = x.attributes.speaker as { text?: string; entityId?: string } | undefined;
        const name = (speaker?.entityId && canonicalOf.get(speaker.entityId)) || (speaker?.text ? normalizeArabic(speaker.text) : '');
        if (name) bump(this.speakers, name, name, article);
      } else {
        const month = /^(\d{4}-\d{2})/.exec(String(x.attributes.value ?? ''));
        if (month) this.months.set(month[1], (this.months.get(month[1]) ?? 0) + 1);
      }
    }
    const live = decisions.filter((d) => d.status !== 'orphaned');
    this.review.push({
      path, annotations: a.annotations.length, suggestions: a.annotations.length,
      reviewed: live.filter((d) => d.status === 'accepted' || d.status === 'rejected').length,
      manual: live.filter((d) => d.status === 'manual').length,
    });
  }

  figures(top = 25): CorpusFigures {
    const rank = (m: Map<string, Tally>) => [...m.values()].sort((x, y) => y.count - x.count || y.articles.size - x.articles.size || (x.name < y.name ? -1 : 1)).slice(0, top);
    return {
      articles: this.n,
      labels: Object.fromEntries([...this.labels].sort((x, y) => y[1] - x[1])),
      entities: rank(this.entities).map((t) => {
        const variants = [...t.variants!].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length).map(([text, count]) => ({ text, count }));
        // Shown by its most frequent spelling; `key` is the normalised form the spellings were grouped under.
        return { label: t.label!, name: variants[0].text, key: t.name, mentions: t.count, articles: t.articles.size, variants };
      }),
      speakers: rank(this.speakers).map((t) => ({ name: t.name, quotations: t.count, articles: t.articles.size })),
      timeline: [...this.months].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([month, count]) => ({ month, count })),
      review: this.review,
    };
  }
}
