/**
 * "Nothing leaves your computer", checked: a whole session — annotating a
 * Vietnamese and an English page, hovering, clipping, the popup, the library
 * and a search, an export, the report and its Word file, the options page —
 * in a Vietnamese-language Chromium whose every host name resolves to the
 * local fixture server. The
 * only HTTP requests are the pages the test itself opened; the extension's
 * pages load nothing from the network. The same run takes the screenshots
 * shown in the README (saved under .output/screenshots; with
 * DVLENS_SCREENSHOTS=readme they also replace tests/e2e/screenshots/).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared';
import { extensionSession } from './session';
import { ui } from './ui';

const ARTICLE = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const ENGLISH = 'http://english.baotinh.vn/politics/mass-mobilisation-work-must-stay-close-to-the-people-a24680.html';
// Chromium's own traffic (component and extension updates, Google services) is the browser's, not
// ours: those hosts stay unmapped and go nowhere. Anything the extension itself asks for is seen
// below through the browser's request events, service worker included.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const GOOGLE = ['*.google.com', '*.googleapis.com', '*.gstatic.com', '*.gvt1.com', '*.googleusercontent.com', '*.doubleclick.net'];
const session = extensionSession({ lang: 'vi-VN', unmapped: GOOGLE });
const OUT = join(ROOT, '.output/screenshots');
const README_DIR = join(ROOT, 'tests/e2e/screenshots');

/** Save a screenshot for the README. */
async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  if (process.env.DVLENS_SCREENSHOTS === 'readme') {
    mkdirSync(README_DIR, { recursive: true });
    copyFileSync(file, join(README_DIR, `${name}.png`));
  }
}

describe('privacy', () => {
  it('makes no network request of its own through a whole session', async () => {
    const extensionRequests: string[] = [];
    // Every request from a page, an extension page or the extension's service worker that is not one of
    // the pages the test opens or the extension's own files.
    session.context.on('request', (r) => {
      const url = r.url();
      if (/^(chrome-extension|data|blob):/.test(url)) return;
      if ([ARTICLE, ENGLISH].includes(url) && r.isNavigationRequest()) return;
      extensionRequests.push(url);
    });

    const page = await session.open(ARTICLE);
    await page.setViewportSize({ width: 1200, height: 820 });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    // Hover an official: the card says what was understood.
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('dvlens-official') ?? [])][0] as Range | undefined;
      r?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r?.getBoundingClientRect();
      return b ? { x: b.left + 4, y: b.top + b.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    await expect.poll(() => ui(page).count('[role="tooltip"]')).toBe(1);
    await shot(page, 'page');
    // In a Vietnamese browser the panel and cards speak Vietnamese, strings read through the browser's i18n API.
    expect(await ui(page).text('.panel')).toContain('Nghị quyết — Bộ Chính trị/Ban Bí thư/Trung ương');
    await ui(page).click('Lưu bài');
    await expect.poll(async () => (await ui(page).buttons(/Đã lưu/)).length).toBe(1);

    const english = await session.open(ENGLISH);
    await expect.poll(() => english.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    const tabId = await session.worker.evaluate(async (url) => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url }))[0]?.id ?? -1, ARTICLE);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => popup.getByText(/3 cán bộ/).count()).toBe(1);
    await shot(popup, 'popup');

    const lib = await session.context.newPage();
    await lib.setViewportSize({ width: 1100, height: 700 });
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await lib.getByRole('searchbox').fill('dan van');
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await shot(lib, 'library');
    await lib.getByRole('listitem').getByRole('link').click();
    await lib.getByRole('textbox', { name: 'Ghi chú' }).waitFor();
    await shot(lib, 'clip');
    await lib.getByRole('link', { name: 'Thư viện', exact: true }).click();
    await lib.getByRole('button', { name: 'Xuất', exact: true }).click();
    const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('dialog').getByRole('button', { name: 'Xuất', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    // The report: the clip (published 17/7/2024) in the second half of 2024, previewed, then its Word file from the report worker.
    await lib.setViewportSize({ width: 1100, height: 900 });
    await lib.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await lib.getByRole('combobox', { name: 'Kỳ báo cáo', exact: true }).selectOption('h2');
    await lib.getByRole('combobox', { name: 'Năm' }).selectOption('2024');
    await expect.poll(() => lib.locator('.report-counts').textContent(), { timeout: 10_000 }).toMatch(/^1 bài viết, 1 trang tin/);
    await shot(lib, 'report-page');
    const [word] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toBe('bao-cao-6-thang-cuoi-nam-2024.docx');

    const opts = await session.context.newPage();
    await opts.setViewportSize({ width: 900, height: 900 });
    await opts.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => opts.locator('.storage').textContent()).toMatch(/^1 bài/);
    await shot(opts, 'options');

    // Give anything asynchronous a moment to show itself.
    await page.waitForTimeout(1500);
    const opened = new Set([ARTICLE, ENGLISH].map((u) => `GET ${u.replace('http://', '')}`));
    const unexpected = session.requests.filter((r) => !opened.has(r) && !/^GET [^/]+\/favicon\.ico$/.test(r));
    expect(unexpected).toEqual([]);
    expect(session.requests.filter((r) => opened.has(r))).toHaveLength(2);
    expect(extensionRequests).toEqual([]);
    await Promise.all([page.close(), english.close(), popup.close(), lib.close(), opts.close()]);
  });
});
