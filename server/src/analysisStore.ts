// One analysis per document version, computed on first use; decides which documents are Arabic articles.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer } from './engine/analysis';
import { parseIsoDate } from './engine/hijri';
import { arabicRatio } from './engine/normalize';
import { Settings } from './settings';

export type Eligibility = { ok: true } | { ok: false; reason: string };

export class AnalysisStore {
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  constructor(private readonly analyzer: Analyzer, private readonly settingsFor: (uri: string) => Settings) {}

  /** Arabic-news documents always; plain text only when mostly Arabic; nothing above the size limit. */
  eligibility(doc: TextDocument): Eligibility {
    const s = this.settingsFor(doc.uri);
    const text = doc.getText();
    if (text.length > s.maxDocumentSizeMB * 1024 * 1024) return { ok: false, reason: `document is larger than arabicNews.maxDocumentSizeMB (${s.maxDocumentSizeMB} MB)` };
    if (doc.languageId === 'arabic-news') return { ok: true };
    if (!s.enablePlaintext) return { ok: false, reason: 'plain-text analysis is disabled (arabicNews.enablePlaintext)' };
    return arabicRatio(text) >= s.arabicThreshold ? { ok: true } : { ok: false, reason: 'not an Arabic article' };
  }

  /** The analysis of this exact version, or undefined when the document is not analysed. */
  get(doc: TextDocument): Analysis | undefined {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    if (!this.eligibility(doc).ok) return undefined;
    const s = this.settingsFor(doc.uri);
    const date = parseIsoDate(s.documentDate);
    const analysis = this.analyzer.analyze(doc.getText(), { referenceDate: date ? { date, source: 'setting arabicNews.documentDate' } : undefined });
    this.results.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
