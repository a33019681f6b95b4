/**
 * The page reader (linkedom, Readability, typing, metadata, the engine) in a
 * worker of the offscreen document: `{ id, html, url, forced }` →
 * `{ id, ok: true, reading }` or `{ id, ok: false, code?, message }`. A
 * worker, so a slow page is stopped (`terminate()`) rather than waited for,
 * and holds up neither the background nor another tab's reading.
 */
import { PageLimitError } from '@/lib/reader/limits';
import { readHtml } from '@/lib/reader/reading';

type Request = { id: number; html: string; url: string | null; forced: boolean };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, html, url, forced } = e.data;
  try {
    scope.postMessage({ id, ok: true, reading: readHtml(html, url, { forced }) });
  } catch (err) {
    const code = err instanceof PageLimitError ? err.code : undefined;
    scope.postMessage({ id, ok: false, ...(code ? { code } : {}), message: err instanceof Error ? err.message : String(err) });
  }
};
