// Typed server settings (`arabicNews.*`) with the defaults that package.json also declares.
export interface Settings {
  /** Document date (YYYY-MM-DD) that relative dates resolve against; empty = from the article. */
  documentDate: string;
  /** Analyse plain-text documents whose text is mostly Arabic. */
  enablePlaintext: boolean;
  /** Share of Arabic letters above which a plain-text document counts as an Arabic article. */
  arabicThreshold: number;
  /** Larger documents are not analysed (MB of text). */
  maxDocumentSizeMB: number;
}

export const DEFAULT_SETTINGS: Settings = {
  documentDate: '',
  enablePlaintext: true,
  arabicThreshold: 0.5,
  maxDocumentSizeMB: 5,
};

/**
 * Merges a `workspace/configuration` answer over the defaults, ignoring wrongly typed values and numbers outside the
 * ranges package.json declares (VS Code only underlines them in settings.json): a threshold of 5 made every article
 * "not an Arabic article", a negative size every document "larger than" it.
 */
export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = <K extends keyof Settings>(k: K): Settings[K] => (typeof r[k] === typeof DEFAULT_SETTINGS[k] ? (r[k] as Settings[K]) : DEFAULT_SETTINGS[k]);
  const within = (k: 'arabicThreshold' | 'maxDocumentSizeMB', min: number, max: number) => { const v = pick(k); return Number.isFinite(v) && v >= min && v <= max ? v : DEFAULT_SETTINGS[k]; };
  return { documentDate: pick('documentDate'), enablePlaintext: pick('enablePlaintext'), arabicThreshold: within('arabicThreshold', 0, 1), maxDocumentSizeMB: within('maxDocumentSizeMB', 0.1, Infinity) };
}
