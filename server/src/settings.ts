// Typed server settings (`arabicNews.*`) with the defaults that package.json also declares.
import { parseIsoDate } from './engine/hijri';
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

const shown = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

/**
 * Merges a `workspace/configuration` answer over the defaults, ignoring wrongly typed values, numbers outside the
 * ranges package.json declares (VS Code only underlines them in settings.json: a threshold of 5 made every article
 * "not an Arabic article", a negative size every document "larger than" it) and a document date that is no date
 * ("yesterday", "2024-13-45"). `warn` is told of each value ignored, with the setting's name.
 */
export function parseSettings(raw: unknown, warn?: (message: string) => void): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ignored = (k: keyof Settings, why: string) => {
    if (r[k] !== undefined && r[k] !== null) warn?.(`Setting arabicNews.${k} ${shown(r[k])} is ignored: ${why}; ${k === 'documentDate' ? 'relative dates resolve from each article\'s own date' : `${DEFAULT_SETTINGS[k]} is used`}.`);
    return DEFAULT_SETTINGS[k];
  };
  const pick = <K extends keyof Settings>(k: K): Settings[K] => (typeof r[k] === typeof DEFAULT_SETTINGS[k] ? (r[k] as Settings[K]) : ignored(k, `it is not a ${typeof DEFAULT_SETTINGS[k]}`) as Settings[K]);
  const within = (k: 'arabicThreshold' | 'maxDocumentSizeMB', min: number, max: number, range: string) => {
    const v = pick(k);
    return Number.isFinite(v) && v >= min && v <= max ? v : ignored(k, `it must be ${range}`) as number;
  };
  const date = pick('documentDate');
  return {
    documentDate: date.trim() && !parseIsoDate(date) ? ignored('documentDate', 'it is not a date YYYY-MM-DD') as string : date,
    enablePlaintext: pick('enablePlaintext'),
    arabicThreshold: within('arabicThreshold', 0, 1, 'between 0 and 1'),
    maxDocumentSizeMB: within('maxDocumentSizeMB', 0.1, Infinity, 'at least 0.1'),
  };
}

/** The threshold the workspace index is started with (initializationOptions): checked as the setting is. */
export function thresholdOf(raw: unknown): number {
  return parseSettings({ arabicThreshold: raw }).arabicThreshold;
}
