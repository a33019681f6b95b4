/**
 * The offscreen document's page readers (entrypoints/english-offscreen/readers.ts):
 * a page that never finishes reading is given up after the time budget and
 * its worker terminated, while other pages are read by other workers
 * meanwhile. The workers here are real `readHtml` calls behind a
 * Worker-shaped object, one of which hangs as a page built to stall
 * Readability would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerPool } from '@/entrypoints/english-offscreen/readers';
import type { ReadAnswer } from '@/lib/shared/messages';
import { readHtml } from '@/lib/reader/reading';
import { ROOT } from '../helpers/shared';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/pages/baotinh-giao-ban.html'), 'utf8');
const URL = 'https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const HANG = '<html><body data-hang>never read</body></html>';

/** A Worker stand-in that reads pages with `readHtml` on a later task, except pages marked to hang. */
class FakeReader {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(m: { id: number; html: string; url: string; forced: boolean }) {
    if (m.html.includes('data-hang')) return;
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: { id: m.id, ok: true, reading: readHtml(m.html, m.url, { forced: m.forced }) } } as MessageEvent);
    }, 5);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('page readers', () => {
  it('give up a page past the budget, terminate its worker, and read other pages meanwhile', async () => {
    const made: FakeReader[] = [];
    const pool = readerPool(() => {
      const w = new FakeReader();
      made.push(w);
      return w as unknown as Worker;
    }, 1500);
    let givenUp = false;
    const stalled = pool.read({ html: HANG, url: URL, forced: false }).then((a) => {
      givenUp = true;
      return a;
    });
    const other = await pool.read({ html: ARTICLE, url: URL, forced: false });
    // The good page was read while the stalled one held its worker.
    expect(givenUp).toBe(false);
    expect(other.ok && other.reading.article.title).toBe('Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024');
    const given: ReadAnswer = await stalled;
    expect(given).toEqual({ ok: false, code: 'page-too-slow', message: 'Reading the page took over 1.5 s and was stopped.' });
    expect(made[0]?.terminated).toBe(true);
    expect(pool.size).toBe(1);
    // Reading goes on after: the next page gets a worker.
    const again = await pool.read({ html: ARTICLE, url: URL, forced: false });
    expect(again.ok).toBe(true);
  });

  it('queue pages past the number of workers, and answer every one', async () => {
    const pool = readerPool(() => new FakeReader() as unknown as Worker, 300, 2);
    const answers = await Promise.all([HANG, HANG, ARTICLE, ARTICLE].map((html) => pool.read({ html, url: URL, forced: false })));
    expect(answers.map((a) => (a.ok ? 'read' : a.code))).toEqual(['page-too-slow', 'page-too-slow', 'read', 'read']);
    expect(pool.size).toBeLessThanOrEqual(2);
  });
});
