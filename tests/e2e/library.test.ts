/**
 * Clipping and the library in Chromium, on the built extension and the
 * fixture pages: clip from the page's panel, see it in the popup and the
 * library with its summary and entities, search without diacritics, edit the
 * note and reload, delete and undo, clip from two tabs at once, clip again
 * after the page changed, clip and quote through the same path the context
 * menu and the keyboard shortcut take.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { ui } from './ui';

const GIAO_BAN = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const KHEO = 'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html';
const ECONOMY = 'http://baotinh.vn/kinh-te/gia-lua-tang-nong-dan-phan-khoi-a13579.html';
const session = extensionSession();

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
};

const CLIP = /^(Clip article|Clipped)/;
/** The panel's clip button: its label, and a click on it (see ./ui.ts: the panel is in a closed shadow root). */
const clipButton = (page: Page) => ({ textContent: async () => (await ui(page).buttons(CLIP))[0] ?? null, click: () => ui(page).click(CLIP) });

async function library(hash = ''): Promise<Page> {
  const lib = await session.context.newPage();
  await lib.goto(`chrome-extension://${session.extensionId}/library.html${hash}`);
  return lib;
}

/** The browser's tab id of `page`. */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true });
    return tab?.id ?? -1;
  });
}

/** Send a message to a page's content script from the background, as the context menu and the shortcut do. */
async function fromBackground(page: Page, type: string): Promise<unknown> {
  await page.bringToFront();
  return session.worker.evaluate(
    async ([t]) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await api.tabs.query({ active: true });
      return api.tabs.sendMessage(tab?.id ?? -1, { type: t });
    },
    [type],
  );
}

describe('clip and keep', () => {
  it('clips from the panel; the clip is in the popup and the library with its summary and entities', async () => {
    const page = await session.open(GIAO_BAN);
    await clipButton(page).click();
    await expect.poll(() => clipButton(page).textContent()).toMatch(/Clipped/);

    // The popup, opened for the page's tab (Playwright cannot click the toolbar button).
    const tabId = await tabOf(page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('button', { name: /Clipped/ }).count(), { timeout: 10_000 }).toBe(1);
    // The byline "Minh Châu" at the end is the author, not an official of the story.
    expect(await popup.locator('.counts').textContent()).toMatch(/3 officials · 3 documents/);
    expect(await popup.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Ban Dân vận Tỉnh ủy giao ban công tác dân vận')]);
    await popup.close();

    const lib = await library();
    const item = lib.getByRole('listitem').filter({ hasText: 'giao ban công tác dân vận 6 tháng đầu năm' });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('link').click();
    const view = lib.getByRole('article', { name: /giao ban công tác dân vận/ });
    await view.waitFor();
    const text = await view.textContent();
    expect(text).toContain('Sáng 16/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban');
    expect(text).toContain('Trịnh Văn Khải — Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy');
    expect(text).toContain('25-NQ/TW — Resolution');
    expect(text).toContain('2013-06-03');
    expect(text).toContain('Minh Châu');
    expect(text).not.toContain('Tin liên quan');
    // The people and documents indexes have it too.
    await lib.getByRole('link', { name: 'People' }).click();
    await expect.poll(() => lib.getByRole('heading', { name: 'Trịnh Văn Khải' }).count()).toBe(1);
    await lib.getByRole('link', { name: 'Documents' }).click();
    await expect.poll(() => lib.getByRole('heading', { name: '23-QĐ/TW' }).count()).toBe(1);
    await lib.close();
    await page.close();
  });

  it('finds the clip without diacritics, keeps an edited note across a reload', async () => {
    const lib = await library();
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('ban dan van giao ban');
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('khong co bai nay');
    await expect.poll(() => lib.getByText('No clips found.').count()).toBe(1);
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('25-NQ/TW');
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await lib.getByRole('listitem').getByRole('link').click();
    await lib.getByRole('textbox', { name: 'Note' }).fill('Đưa vào báo cáo 6 tháng — mục 2.');
    await lib.getByRole('textbox', { name: 'Tags' }).fill('giao ban, báo cáo');
    await lib.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lib.getByRole('status').first().textContent()).toMatch(/Saved/);
    await lib.reload();
    await expect.poll(() => lib.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Đưa vào báo cáo 6 tháng — mục 2.');
    expect(await lib.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('giao ban, báo cáo');
    await lib.close();
  });

  it('clips again after the page changed: new text, the note survives', async () => {
    const page = await session.open(GIAO_BAN);
    await expect.poll(() => clipButton(page).textContent()).toMatch(/Clipped/);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Hội nghị thống nhất năm nhóm giải pháp trọng tâm cho 6 tháng cuối năm, do đồng chí Hồ Thị Lành, Phó Trưởng Ban Dân vận Tỉnh ủy phụ trách.';
      document.querySelector('article .author')?.before(p);
    });
    // The content script re-reads the changed page (batched, about a second).
    const officials = () => page.evaluate(() => [...((CSS.highlights.get('dvlens-official') ?? []) as Iterable<Range>)].map((r) => r.toString()));
    await expect.poll(officials, { timeout: 10_000 }).toContain('Hồ Thị Lành');
    await clipButton(page).click();
    await expect.poll(() => clipButton(page).textContent()).toMatch(/Clipped/);
    const lib = await library();
    await lib.getByRole('listitem').first().getByRole('link').click();
    await expect.poll(() => lib.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Đưa vào báo cáo 6 tháng — mục 2.');
    expect(await lib.getByRole('article').first().textContent()).toContain('Hồ Thị Lành');
    await lib.goto(`chrome-extension://${session.extensionId}/library.html#/`);
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await lib.close();
    await page.close();
  });

  it('clips from two tabs at the same moment: both land', async () => {
    const a = await session.open(KHEO);
    const b = await session.open(ECONOMY);
    // The economy page is not about dân vận (no highlights, no panel): clip it the way the shortcut does, while the other tab clips from its panel.
    const [r] = await Promise.all([fromBackground(b, 'dvlens:do-clip'), clipButton(a).click()]);
    expect(r).toMatchObject({ ok: true, created: true });
    await expect.poll(() => clipButton(a).textContent()).toMatch(/Clipped/);
    const lib = await library();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(3);
    const titles = await lib.getByRole('listitem').allTextContents();
    expect(titles.some((t) => t.includes('Dân vận khéo'))).toBe(true);
    expect(titles.some((t) => t.includes('Giá lúa'))).toBe(true);
    await lib.close();
    await a.close();
    await b.close();
  });

  it('adds the selected text as a quote (the context menu path)', async () => {
    const page = await session.open(KHEO);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Già làng')) as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const r = await fromBackground(page, 'dvlens:quote-selection');
    expect(r).toMatchObject({ ok: true, created: false });
    const lib = await library();
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('Nà Hin');
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await lib.getByRole('listitem').getByRole('link').click();
    await expect.poll(() => lib.locator('blockquote').allTextContents()).toEqual([expect.stringContaining('Già làng Hà Văn Pấu')]);
    await lib.close();
    await page.close();
  });

  it('deletes with undo, and filters from the people index', async () => {
    const lib = await library();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(3);
    const row = lib.getByRole('listitem').filter({ hasText: 'Giá lúa' });
    await row.getByRole('checkbox').check();
    await lib.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(2);
    await lib.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(3);
    // People → one person's clips.
    await lib.getByRole('link', { name: 'People' }).click();
    const khai = lib.getByRole('listitem').filter({ has: lib.getByRole('heading', { name: 'Trịnh Văn Khải' }) });
    await khai.getByRole('button', { name: /Show clips/ }).click();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    expect(await lib.getByRole('listitem').textContent()).toContain('giao ban');
    await lib.close();
  });
});
