/**
 * Importing a JSON export: a preview first (how many clips are new, would
 * update a saved clip, conflict with the reader's writing, or are already
 * there), then one transaction that writes all of them or, on any failure,
 * none.
 */
import type { Library } from '../library/db';
import type { Clip } from '../library/types';
import { type ImportAction, importAction, mergeImported } from './merge';

/** What an import would do. */
export type ImportPreview = Record<ImportAction, number> & { total: number };

/** Count what importing `clips` would do to the library. Reads only. */
export async function previewImport(lib: Library, clips: Clip[]): Promise<ImportPreview> {
  const saved = new Map((await lib.byUrls(clips.map((c) => c.url))).map((c) => [c.url, c]));
  const preview: ImportPreview = { new: 0, update: 0, conflict: 0, unchanged: 0, total: clips.length };
  for (const c of clips) preview[importAction(saved.get(c.url), c)]++;
  return preview;
}

/** Import `clips`, merged by canonical URL. All or nothing: throws a LibraryError and changes nothing on failure. */
export async function runImport(lib: Library, clips: Clip[], onProgress?: (done: number) => void): Promise<{ created: number; updated: number }> {
  return lib.saveMany(clips, { merge: mergeImported, ...(onProgress ? { onProgress } : {}) });
}
