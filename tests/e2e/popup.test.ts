/**
 * Annotation modes and the toolbar click, in Chromium: an article that is not
 * about dân vận stays "off" by default (its counts still reach the badge),
 * the popup's annotate (what the toolbar click does) annotates it, and the
 * mode chosen in the popup is stored.
 */
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { ui } from './ui';

const ECONOMY = 'http://baotinh.vn/kinh-te/gia-lua-tang-nong-dan-phan-khoi-a13579.html';
const session = extensionSession();

type Api = {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

describe('modes and the toolbar click', () => {
  it('leaves a non-dân-vận article off by default, with its counts on the badge; the toolbar click annotates it', async () => {
    const page = await session.open(ECONOMY);
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('off');
    expect(await page.evaluate(() => CSS.highlights.get('dvlens-official')?.size ?? 0)).toBe(0);
    await page.bringToFront();
    const tabId = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await api.tabs.query({ active: true });
      return tab?.id ?? -1;
    });
    const badge = await session.worker.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    // What the popup sends when the toolbar button is clicked.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const ok = await popup.evaluate(
      (id) => (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'dvlens:annotate-tab', tabId: id }),
      tabId,
    );
    expect(ok).toBe(true);
    await page.waitForFunction(() => document.documentElement.dataset.dvlens === 'annotated', null, { timeout: 10_000 });
    const names = await page.evaluate(() => [...(CSS.highlights.get('dvlens-official') as unknown as Iterable<Range>)].map((r) => r.toString()));
    expect(names).toEqual(['Lê Văn Tám', 'Tám']);
    // Injected again: one panel, not two.
    await popup.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'dvlens:annotate-tab', tabId: id }), tabId);
    await page.waitForTimeout(1500);
    expect(await page.locator('dvlens-ui').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('stores the mode chosen in the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.getByRole('radio', { name: 'Every article' }).check();
    await expect
      .poll(() => session.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('mode')))
      .toEqual({ mode: 'articles' });
    await popup.getByRole('radio', { name: 'Dân vận articles only' }).check();
    await popup.close();
  });

  it('applies a mode chosen in the popup to open tabs without a reload, and the summary length to new clips', async () => {
    const article = await session.open('http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html');
    const economy = await session.open(ECONOMY);
    expect(await article.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    expect(await economy.evaluate(() => document.documentElement.dataset.dvlens)).toBe('off');
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
    await popup.getByRole('radio', { name: 'Every article' }).check();
    await economy.waitForFunction(() => document.documentElement.dataset.dvlens === 'annotated', null, { timeout: 10_000 });
    await popup.getByRole('radio', { name: 'Only when I click' }).check();
    await article.waitForFunction(() => document.documentElement.dataset.dvlens === 'off', null, { timeout: 10_000 });
    expect(await article.evaluate(() => CSS.highlights.get('dvlens-official')?.size ?? 0)).toBe(0);
    await popup.getByRole('radio', { name: 'Dân vận articles only' }).check();
    await article.waitForFunction(() => document.documentElement.dataset.dvlens === 'annotated', null, { timeout: 10_000 });
    await popup.getByRole('combobox', { name: 'Summary sentences in a new clip' }).selectOption('1');
    await expect
      .poll(() => session.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('summaryLength')))
      .toEqual({ summaryLength: 1 });
    await ui(article).click('Clip article');
    await expect.poll(async () => (await ui(article).buttons(/Clipped/)).length).toBe(1);
    const summary = await popup.evaluate(async () => {
      const lib = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('dvlens-library');
        r.onsuccess = () => resolve(r.result);
      });
      return new Promise<string[]>((resolve) => {
        const r = lib.transaction('clips').objectStore('clips').getAll();
        r.onsuccess = () => resolve((r.result[0] as { summary: string[] }).summary);
      });
    });
    expect(summary).toHaveLength(1);
    await popup.getByRole('combobox', { name: 'Summary sentences in a new clip' }).selectOption('3');
    await Promise.all([popup.close(), article.close(), economy.close()]);
  });
});
