/**
 * The extension pages' side of export and import: talks to the transfer
 * worker (file building and import checks run off the main thread) and hands
 * finished files to the browser as downloads. Used by the library and the
 * options page.
 */
import type { ExportFile } from '@/lib/transfer/export';
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

