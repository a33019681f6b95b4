/**
 * The offscreen document of the English extractor (Chrome). The background
 * opens it the first time an English article is read; it runs compromise in
 * a worker (`english-worker.ts`), so compromise is set up and run away from
 * the reader's pages and without slowing the service worker's start.
 * Answers `EnglishExtractMessage`s only.
 */
import { type EnglishExtractAnswer, isEnglishExtract } from '@/lib/messages';
import EnglishWorker from './english-worker?worker';

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

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isEnglishExtract(message)) return;
  void run(message.text, message.articleDate).then(sendResponse);
  return true;
});
