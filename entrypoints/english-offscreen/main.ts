/**
 * The offscreen document (Chrome): the background opens it on the first page
 * it reads. It holds the workers the service worker cannot start itself
 * (Chrome gives service workers no dedicated workers):
 * - the page readers (`reading-worker.ts`, `readers.ts`): each page's HTML
 *   comes over a port named `READER_PORT` and is read in a worker with a
 *   time budget, so a page that is slow to read holds up neither the
 *   background (the popup's and other tabs' answers) nor other tabs' pages;
 * - the English extractor (`english-worker.ts`): compromise set up and run
 *   away from the reader's pages and without slowing the service worker's
 *   start; it answers the `english-extract` call (`OffscreenCalls`).
 * The document is named for the English extractor it first held.
 */
import { type EnglishExtractAnswer, handle, isReadRequest, type OffscreenCalls, READER_PORT } from '@/lib/shared/messages';
import EnglishWorker from './english-worker?worker';
import { readerPool } from './readers';
import ReadingWorker from './reading-worker?worker';
// The team library's replication worker, started only when one is configured.
import { listenForTeamRuns } from './team-host';

const readers = readerPool(() => new ReadingWorker());
listenForTeamRuns();

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READER_PORT) return;
  port.onMessage.addListener((request: unknown) => {
    if (!isReadRequest(request)) return;
    void readers.read(request).then((answer) => {
      try {
        port.postMessage(answer);
      } catch {
        // The background went away (its page closed): nobody to answer.
      }
    });
  });
});

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (a: EnglishExtractAnswer) => void>();

function run(text: string, articleDate: string | null): Promise<EnglishExtractAnswer> {
  if (!worker) {
    worker = new EnglishWorker();
    worker.onmessage = (e: MessageEvent<EnglishExtractAnswer & { id: number }>) => {
      const { id, ...answer } = e.data;
      waiting.get(id)?.(answer as EnglishExtractAnswer);
      waiting.delete(id);
    };
    worker.onerror = (e) => {
      for (const done of waiting.values()) done({ ok: false, message: e.message || 'The English extractor stopped.' });
      waiting.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker?.postMessage({ id, text, articleDate });
  });
}

browser.runtime.onMessage.addListener(
  handle<OffscreenCalls>({
    'english-extract': ({ text, articleDate }) => (typeof text === 'string' ? run(text, articleDate ?? null) : { ok: false, message: 'No text to read.' }),
  }),
);
