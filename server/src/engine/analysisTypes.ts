// What one analysis of a document version is: its annotations, entities, quotations and dates (types only, and the label table).
import type { DateCandidate, DateType } from './dates';
import type { ResolvedDate } from './dateResolve';
import type { DocumentDate } from './documentDate';
import type { Entity } from './linking';
import type { Quotation } from './quotations';
import type { QuoteProblem } from './quoteMarks';
import type { Token } from './tokenize';
import type { EntityLabel } from './tagger';

export type AnnotationKind = 'entity' | 'quotation' | 'date';
export type AnnotationLabel = EntityLabel | DateType | 'QUOTE';

/** The kind every label belongs to: the one table sidecars, imports and commands check labels against. */
export const LABEL_KIND: Record<AnnotationLabel, AnnotationKind> = {
  PERSON: 'entity', LOCATION: 'entity', ORGANIZATION: 'entity', MISC: 'entity',
  DATE: 'date', TIME: 'date', DURATION: 'date', SET: 'date', QUOTE: 'quotation',
};

/** The unit every feature and export reads: one span with its kind, label and details. UTF-16 offsets. */
export interface Annotation {
  id: string;
  kind: AnnotationKind;
  label: AnnotationLabel;
  start: number;
  end: number;
  text: string;
  source: 'auto' | 'manual';
  confidence: number;
  attributes: Record<string, unknown>;
  /** Review state once the annotator's decisions are applied (undefined on a bare analysis). */
  status?: 'suggested' | 'accepted' | 'manual';
  decisionId?: string;
}

export interface DateAnnotation extends DateCandidate { resolved: ResolvedDate }

export interface Analysis {
  text: string;
  tokens: Token[];
  entities: Entity[];
  quotations: Quotation[];
  dates: DateAnnotation[];
  problems: QuoteProblem[];
  documentDate?: DocumentDate;
  /** All spans in document order. */
  annotations: Annotation[];
}

export interface AnalysisOptions {
  /** Overrides the date found in the article (CLI flag or setting). */
  referenceDate?: DocumentDate;
  /** Names the document (the server's URI): work kept for its next version is kept apart from other documents'. */
  document?: string;
  /** The editor's version number of `text` (with `document`): change reports that lead to it are trusted without a check. */
  version?: number;
  /** The annotations are made to have the annotator's decisions applied in place (the server's store: applyDecisions, owned). */
  review?: boolean;
}

