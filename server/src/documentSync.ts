// The open documents' incremental sync: each change moves the annotator's decisions and the analyses' kept work, under a version that always rises.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { AnalysisStore } from './analysisStore';
import { PieceDocument } from './pieceDocument';
import type { SidecarStore } from './sidecarStore';

export interface SyncHooks {
  /** One change ([from, to) of a text `lengthBefore` long replaced by `inserted` characters), told before the document takes it. */
  edited(uri: string, from: number, to: number, inserted: number, lengthBefore: number, versions: { before: number; after: number }): void;
  /** After all the event's changes: the new version's text. */
  changed(doc: PieceDocument): void;
}

/**
 * The version a change event gives the document. The protocol says an editor's numbers rise with each change, but a
 * client that repeats one (or goes back to one) would have the new text answered from what the server keeps per
 * version number (analyses, spans, token blocks): an earlier text's tokens drawn at its offsets over the new one.
 * Such an event takes the next number instead; an editor that counts as it should is never renumbered.
 */
export function risingVersion(current: number, offered: number): number {
  return Number.isInteger(offered) && offered > current ? offered : current + 1;
}

/** The `update` of the server's TextDocuments: one change at a time, each told to `hooks` first. */
export function syncUpdate(hooks: SyncHooks): (doc: PieceDocument, changes: TextDocumentContentChangeEvent[], version: number) => PieceDocument {
  return (doc, changes, offered) => {
    const version = risingVersion(doc.version, offered);
    for (const change of changes) {
      const from = 'range' in change ? doc.offsetAt(change.range.start) : 0;
      const to = 'range' in change ? doc.offsetAt(change.range.end) : doc.content().length;
      hooks.edited(doc.uri, from, to, change.text.length, doc.content().length, { before: doc.version, after: version });
      doc.update([change], version);
    }
    hooks.changed(doc);
    return doc;
  };
}

/**
 * The server's hooks: each change moves the decisions (sidecars) and the kept analysis work (the store, read through `store()`
 * because the server makes it after its documents); the new text re-anchors the decisions.
 */
export function storeHooks(sidecars: SidecarStore, store: () => AnalysisStore): SyncHooks {
  return {
    edited: (uri, from, to, inserted, lengthBefore, versions) => { sidecars.edit(uri, from, to, inserted); store().edited(uri, from, to, inserted, lengthBefore, versions); },
    changed: (doc) => sidecars.refresh(doc.uri, doc.content()),
  };
}
