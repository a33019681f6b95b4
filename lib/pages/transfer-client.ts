/**
 * The extension pages' side of export and import: talks to the transfer
 * worker (file building and import checks run off the main thread) and hands
 * finished files to the browser as downloads. Used by the library and the
 * options page.
 */
import { t, type UiLang } from '@/lib/i18n/strings';
import type { Library } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import type { ExportFile, ExportFormat } from '@/lib/transfer/export';
import type { ImportPreview } from '@/lib/transfer/import';
import TransferWorker from './transfer-worker?worker';
import { WorkerClient } from './worker-client';

const transfer = new WorkerClient(() => new TransferWorker(), 'The export worker stopped.');
/** Ask the transfer worker (export files, import checks run off the main thread). */
export function inWorker<T>(req: Record<string, unknown>): Promise<T> {
  return transfer.call<T>(req);
}

/** Give the page back to the browser for a moment (long exports stay responsive). */
export const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/** Hand a file to the browser as a download (no permission needed). */
export function download(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Read an import file: size, JSON and every clip are checked in the worker
 * (a file over the limit is refused before it is read), then compared with
 * the library. Nothing is written.
 */
export async function previewFile(lib: Library, file: File): Promise<{ clips: Clip[]; preview: ImportPreview }> {
  const [{ MAX_IMPORT_BYTES }, { previewImport }] = await Promise.all([import('@/lib/transfer/json'), import('@/lib/transfer/import')]);
  const { clips } = await inWorker<{ clips: Clip[] }>({ kind: 'parse', text: file.size > MAX_IMPORT_BYTES ? '' : await file.text(), size: file.size });
  return { clips, preview: await previewImport(lib, clips) };
}

/** Write previewed clips in one transaction (all or nothing). */
export async function applyImport(lib: Library, clips: Clip[]): Promise<{ created: number; updated: number }> {
  const { runImport } = await import('@/lib/transfer/import');
  return runImport(lib, clips);
}


/** What an import looks like at a moment: the previewed file waiting for the reader's yes, and whether it is being written. */
export interface ImportState {
  pending: { clips: Clip[]; preview: ImportPreview } | null;
  busy: boolean;
}

/** The outcome of an import step for the page to show: a sentence, an error or not. */
export interface ImportNotice {
  text: string;
  error: boolean;
}

/** The one import flow of the extension pages (the library's header, the options page). */
export interface ImportFlow {
  readonly state: ImportState;
  /** Check and preview `file` (nothing is written). */
  choose(file: File): Promise<void>;
  /** Write the previewed clips in one transaction. */
  confirm(): Promise<void>;
  /** Drop the preview. */
  cancel(): void;
}

/**
 * The import flow over `lib`: preview a file, then write it on the reader's
 * confirmation or drop it; `update` is told every change of state, with the
 * sentence to show when a step ends.
 */
export function importFlow(lib: Library, lang: UiLang, update: (state: ImportState, notice?: ImportNotice) => void): ImportFlow {
  let state: ImportState = { pending: null, busy: false };
  const set = (patch: Partial<ImportState>, notice?: ImportNotice) => {
    state = { ...state, ...patch };
    update(state, notice);
  };
  const failed = (e: unknown): ImportNotice => ({ text: t(lang, 'importFailed', (e as Error).message), error: true });
  return {
    get state() {
      return state;
    },
    async choose(file) {
      try {
        set({ pending: await previewFile(lib, file) });
      } catch (e) {
        set({}, failed(e));
      }
    },
    async confirm() {
      const pending = state.pending;
      if (!pending) return;
      set({ busy: true });
      let notice: ImportNotice;
      try {
        const r = await applyImport(lib, pending.clips);
        notice = { text: t(lang, 'imported', r.created, r.updated), error: false };
      } catch (e) {
        notice = failed(e);
      }
      set({ busy: false, pending: null }, notice);
    },
    cancel() {
      set({ pending: null });
    },
  };
}

/**
 * Export the clips `ids` (every clip when null) as `format` and hand the
 * file to the browser; `progress` hears how many clips are read. Clips are
 * read a page at a time with the page given back in between, the file is
 * built in the worker. Returns the file's name and how many clips it holds.
 */
export async function exportClips(
  lib: Library,
  ids: number[] | null,
  format: ExportFormat,
  lang: UiLang,
  progress: (p: { done: number; total: number }) => void = () => {},
): Promise<{ name: string; count: number }> {
  const total = ids?.length ?? (await lib.count());
  const clips: Clip[] = [];
  progress({ done: 0, total });
  if (ids) {
    for (let i = 0; i < ids.length; i += 250) {
      clips.push(...(await lib.many(ids.slice(i, i + 250))));
      progress({ done: clips.length, total });
      await pause();
    }
  } else {
    for await (const page of lib.all()) {
      clips.push(...page);
      progress({ done: clips.length, total });
      await pause();
    }
  }
  const { file } = await inWorker<{ file: ExportFile }>({ kind: 'export', clips, format, lang });
  download(file);
  return { name: file.name, count: clips.length };
}
