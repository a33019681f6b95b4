/**
 * The content script in Chromium reads our fixture pages exactly as the page
 * reader does in Node (linkedom) — the same body, title, date and author —
 * checked through what a clip stores. The Node figures of `npm run bench` and
 * the command line therefore describe what readers see in the browser.
 */
import { describe, expect, it } from 'vitest';
import { expectedPages } from '../bench/fixture-pages';
import { extensionSession } from './session';

const session = extensionSession();
type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
type Stored = { text: string; title: string; published: string | null; author: string | null };

describe('the content script and the Node reader agree', () => {
  it('on every fixture article', async () => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const articles = Object.entries(expectedPages()).filter(([, w]) => w.isArticle);
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const [file, want] of articles) {
      const page = await session.open(want.url);
      await page.bringToFront();
      // Clip through the message the context menu sends: the page is read even when it is not annotated.
      const saved = (await session.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = await api.tabs.query({ active: true });
        return api.tabs.sendMessage(tab?.id ?? -1, { type: 'dvlens:do-clip' });
      })) as { ok: boolean; id: number };
      expect(saved.ok, file).toBe(true);
      const clip = (await lib.evaluate(async (id) => {
        const l = (globalThis as unknown as { dvlensLibrary: { get(id: number): Promise<Stored | null> } }).dvlensLibrary;
        return l.get(id);
      }, saved.id)) as Stored;
      expect({ file, text: clip.text.split('\n\n'), title: clip.title, published: clip.published, author: clip.author }).toEqual({
        file,
        text: want.body,
        title: want.title,
        published: want.published,
        author: want.author ?? null,
      });
      await page.close();
    }
    await lib.close();
  });
});
