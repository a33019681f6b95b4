/**
 * The few PouchDB calls the bridge makes, typed here (PouchDB ships no types
 * of its own): the bridge works on any database that has them, PouchDB's
 * IndexedDB one in the extension, its memory one in the tests.
 */
import type { ClipDoc } from './doc';

/** A row of `allDocs({keys})`: a document, a deleted one (its tombstone's revision), or none. */
export interface AllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: ClipDoc | null;
  error?: string;
}

/** One result of `changes()`. */
export interface ChangeRow {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: { rev: string }[];
  doc?: ClipDoc;
}

/** One result of `bulkDocs()`. */
export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  name?: string;
}

/** A tombstone or a clip document, as written. */
export type DocWrite = ClipDoc | { _id: string; _rev: string; _deleted: true };

/** The PouchDB database the bridge reads and writes. */
export interface PouchLike {
  allDocs(opts: { keys: string[]; include_docs: true; conflicts: true }): Promise<{ rows: AllDocsRow[] }>;
  get(id: string, opts: { open_revs: 'all' }): Promise<{ ok?: ClipDoc; missing?: string }[]>;
  get(id: string, opts?: { conflicts?: boolean; rev?: string }): Promise<ClipDoc>;
  bulkDocs(docs: DocWrite[]): Promise<BulkResult[]>;
  changes(opts: { since: number | string; include_docs: true; conflicts: true; limit: number; style?: 'main_only' }): Promise<{ results: ChangeRow[]; last_seq: number | string }>;
}
