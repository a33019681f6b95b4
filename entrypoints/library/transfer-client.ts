/**
 * The extension pages' side of export and import: talks to the transfer
 * worker (file building and import checks run off the main thread) and hands
 * finished files to the browser as downloads. Used by the library and the
 * options page.
 */
import type { Library } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import type { ExportFile } from '@/lib/transfer/export';
import type { ImportPreview } from '@/lib/transfer/import';
import TransferWorker from './transfer-worker?worker';

let worker: Worker | null = null;
let nextId = 1;
/** Ask the transfer worker (export files, import checks run off the main thread). */
export function inWorker<T>(req: Record<string, unknown>): Promise<T> {
  worker ??= new TransferWorker();
  const id = nextId++;
  const w = worker;
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', on);
      w.removeEventListener('error', failed);
    };
    const on = (e: MessageEvent<{ id: number; ok: boolean; message?: string } & T>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.ok) resolve(e.data);
      else reject(new Error(e.data.message));
    };
    // The worker could not start or crashed: say so instead of waiting forever.
    const failed = (e: ErrorEvent) => {
      done();
      worker = null;
      reject(new Error(e.message || 'The export worker stopped.'));
    };
    w.addEventListener('message', on);
    w.addEventListener('error', failed);
    w.postMessage({ ...req, id });
  });
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

