/**
 * A few page-reading workers with a time budget: each page is read by an
 * idle worker (a new one is started while fewer than {@link MAX_READERS}
 * run, otherwise the page waits its turn); a reading that passes
 * {@link READ_BUDGET_MS} is given up cleanly: its worker is terminated (the
 * only way to stop Readability mid-page) and the page told why. One hostile
 * page therefore holds at most one worker, for at most the budget.
 */
import type { ReadAnswer, ReadRequest } from '@/lib/shared/messages';

/** A reading taking longer than this is given up. */
export const READ_BUDGET_MS = 10_000;
/** Workers reading at once. */
export const MAX_READERS = 3;

type Job = { request: ReadRequest; done: (a: ReadAnswer) => void };
type Reader = { worker: Worker; job: Job | null; timer: ReturnType<typeof setTimeout> | null };

/** A pool of readers made by `start` (the worker constructor, passed in for the build's worker import). */
export function readerPool(start: () => Worker, budgetMs = READ_BUDGET_MS, max = MAX_READERS) {
  const readers: Reader[] = [];
  const queue: Job[] = [];
  let next = 0;

  const finish = (r: Reader, answer: ReadAnswer) => {
    const job = r.job;
    if (r.timer) clearTimeout(r.timer);
    r.job = null;
    r.timer = null;
    job?.done(answer);
    pump();
  };

  const retire = (r: Reader) => {
    r.worker.terminate();
    readers.splice(readers.indexOf(r), 1);
  };

  const make = (): Reader => {
    const r: Reader = { worker: start(), job: null, timer: null };
    r.worker.onmessage = (e: MessageEvent<ReadAnswer & { id: number }>) => {
      const { id: _id, ...answer } = e.data;
      finish(r, answer as ReadAnswer);
    };
    r.worker.onerror = (e) => {
      retire(r);
      finish(r, { ok: false, message: e.message || 'The page reader stopped.' });
    };
    readers.push(r);
    return r;
  };

  function pump() {
    while (queue.length) {
      const r = readers.find((x) => !x.job) ?? (readers.length < max ? make() : null);
      if (!r) return;
      const job = queue.shift() as Job;
      r.job = job;
      r.timer = setTimeout(() => {
        retire(r);
        finish(r, { ok: false, code: 'page-too-slow', message: `Reading the page took over ${budgetMs / 1000} s and was stopped.` });
      }, budgetMs);
      r.worker.postMessage({ id: ++next, ...job.request });
    }
  }

  return {
    /** Read a page; always answers (a reading, a refusal, or the budget's end). */
    read(request: ReadRequest): Promise<ReadAnswer> {
      return new Promise((done) => {
        queue.push({ request, done });
        pump();
      });
    },
    /** Workers running now (for tests). */
    get size() {
      return readers.length;
    },
  };
}
