/**
 * The options page in Chromium, on the built extension: each setting takes
 * effect on a tab that is already open (no reload) and shows in the popup;
 * an unreadable colour is refused with a reason; an extra site gets the
 * content script once the browser grants access, and loses it when removed;
 * storage shows the library's size; "erase everything" offers a backup first,
 * and that backup imports back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { ui } from './ui';

const ARTICLE = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const KHEO = 'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html';
const EXTRA = 'http://www.tapchidanvan.org/bai-viet/giao-ban-cong-tac-dan-van.html';
const session = extensionSession();

async function options(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Highlights' }).waitFor();
  return page;
}

/** How many ranges each highlight kind has on `page`. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const k of ['official', 'document', 'date']) out[k] = CSS.highlights.get(`dvlens-${k}`)?.size ?? 0;
    return out;
  });

describe('options page', () => {
  it('changes reach an open tab without a reload, and the popup shows them', async () => {
    const page = await session.open(ARTICLE);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    const before = await highlighted(page);
    expect(before.official).toBeGreaterThan(0);
    expect(before.document).toBeGreaterThan(0);
    const opts = await options();

    // Officials off: their highlights go, the others stay.
    await opts.getByRole('checkbox', { name: 'Officials' }).uncheck();
    await expect.poll(() => highlighted(page)).toEqual({ ...before, official: 0 });
    await opts.getByRole('checkbox', { name: 'Officials' }).check();
    await expect.poll(() => highlighted(page)).toEqual(before);

    // A readable colour is used on the page at once; an unreadable one is refused with the reason.
    await opts.getByLabel('Colour: Documents').fill('#ff7aa8');
    const style = () => page.evaluate(() => document.getElementById('dvlens-style')?.textContent ?? '');
    await expect.poll(style).toContain('::highlight(dvlens-document) { background-color: rgba(255, 122, 168, 0.35); }');
    await opts.getByLabel('Colour: Dates').fill('#000000');
    await expect.poll(() => opts.getByRole('alert').textContent()).toMatch(/hard to read, or the highlight hard to see/);
    expect(await style()).toContain('::highlight(dvlens-date) { background-color: rgba(60, 200, 140, 0.35); }');
    await opts.getByLabel('Colour: Dates').fill('#ffe14d');
    await expect.poll(() => opts.getByRole('alert').count()).toBe(0);
    await expect.poll(style).toContain('rgba(255, 225, 77, 0.35)');

    // "Only when I click": the open tab drops its highlights; the popup shows the same choice.
    await opts.getByRole('radio', { name: 'Only when I click' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('off');
    expect((await highlighted(page)).official).toBe(0);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
    await expect.poll(() => popup.getByRole('radio', { name: 'Only when I click' }).isChecked()).toBe(true);
    // …and a choice made in the popup shows in the options page.
    await popup.getByRole('radio', { name: 'Every article' }).check();
    await expect.poll(() => opts.getByRole('radio', { name: 'Every article' }).isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');

    // Summary length: a new clip gets that many sentences.
    await opts.getByRole('combobox', { name: 'Summary sentences in a new clip' }).selectOption('1');
    await ui(page).click('Clip article');
    await expect.poll(async () => (await ui(page).buttons(/Clipped/)).length).toBe(1);
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const summary = await lib.evaluate(async () => {
      const l = (globalThis as unknown as { dvlensLibrary: { latest(n: number): Promise<{ summary: string[] }[]> } }).dvlensLibrary;
      return (await l.latest(1))[0]?.summary;
    });
    expect(summary).toHaveLength(1);
    await Promise.all([page.close(), opts.close(), popup.close(), lib.close()]);
  });

  it('annotates an added site once the browser grants access, and stops when it is removed', async () => {
    const before = await session.context.newPage();
    await before.goto(EXTRA);
    await before.waitForTimeout(1500);
    expect(await before.evaluate(() => document.documentElement.dataset.dvlens ?? 'no content script')).toBe('no content script');

    const opts = await options();
    await opts.getByRole('textbox', { name: /Domain/ }).fill('not a site');
    await opts.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => opts.getByRole('alert').textContent()).toBe('“not a site” is not a web address.');

    // The reader's "Allow": given here through Chromium's own extensions page (the same grant as
    // its "site access" menu), because a test cannot click the browser's permission prompt.
    const ext = await session.context.newPage();
    await ext.goto('chrome://extensions');
    for (const pattern of ['*://tapchidanvan.org/*', '*://*.tapchidanvan.org/*']) {
      await ext.evaluate(
        ([id, p]) => ((globalThis as unknown as { chrome: unknown }).chrome as { developerPrivate: { addHostPermission(id: string, p: string): Promise<void> } }).developerPrivate.addHostPermission(id as string, p as string),
        [session.extensionId, pattern],
      );
    }
    await ext.close();

    await opts.getByRole('textbox', { name: /Domain/ }).fill('https://www.tapchidanvan.org/bai-viet/');
    await opts.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => opts.getByRole('status').textContent()).toMatch(/Added tapchidanvan\.org/);
    expect(await opts.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('tapchidanvan.org')]);
    // The tab already open on that site is annotated now, and new pages there are annotated by themselves.
    await expect.poll(() => before.evaluate(() => document.documentElement.dataset.dvlens), { timeout: 10_000 }).toBe('annotated');
    const fresh = await session.open(EXTRA);
    expect(await fresh.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');

    await opts.getByRole('button', { name: 'Remove tapchidanvan.org' }).click();
    await expect.poll(() => opts.getByText('No sites added.').count()).toBe(1);
    await expect
      .poll(() => session.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length), { timeout: 5000 })
      .toBe(0);
    const after = await session.context.newPage();
    await after.goto(EXTRA);
    await after.waitForTimeout(1500);
    expect(await after.evaluate(() => document.documentElement.dataset.dvlens ?? 'no content script')).toBe('no content script');
    await Promise.all([before.close(), fresh.close(), after.close(), opts.close()]);
  });

  it('shows the storage used; erasing offers a backup first, and the backup imports back', async () => {
    for (const url of [ARTICLE, KHEO]) {
      const page = await session.open(url);
      await ui(page).click(/^(Clip article|Clipped)/);
      await expect.poll(async () => (await ui(page).buttons(/Clipped/)).length).toBe(1);
      await page.close();
    }
    const opts = await options();
    await expect.poll(() => opts.locator('.storage').textContent()).toMatch(/^2 clips · [\d.]+ (KB|MB) used on this computer$/);
    await opts.getByRole('radio', { name: 'Every article' }).check();

    await opts.getByRole('button', { name: 'Erase everything…' }).click();
    const dialog = opts.getByRole('alertdialog', { name: 'Erase everything?' });
    await expect.poll(() => dialog.textContent()).toMatch(/permanently deletes 2 clips/);
    // The backup is offered first, and has the focus.
    await expect.poll(() => opts.evaluate(() => document.activeElement?.textContent)).toBe('Download a backup first');
    const [download] = await Promise.all([opts.waitForEvent('download'), dialog.getByRole('button', { name: 'Download a backup first' }).click()]);
    const backup = await download.path();
    const saved = JSON.parse(readFileSync(backup, 'utf8')) as { format: string; clips: { title: string }[] };
    expect(saved.format).toBe('dan-van-lens-library');
    expect(saved.clips).toHaveLength(2);

    await dialog.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await expect.poll(() => opts.getByRole('status').first().textContent()).toBe('Everything was erased.');
    await expect.poll(() => opts.locator('.storage').textContent()).toMatch(/^0 clips/);
    // The settings are back to their defaults.
    await expect.poll(() => opts.getByRole('radio', { name: 'Dân vận articles only' }).isChecked()).toBe(true);
    // Focus returns to the button that opened the dialog.
    await expect.poll(() => opts.evaluate(() => document.activeElement?.textContent)).toBe('Erase everything…');

    await opts.locator('input[type="file"]').setInputFiles(backup);
    const preview = opts.getByRole('dialog', { name: 'Import clips' });
    await expect.poll(() => preview.textContent()).toMatch(/2 clips in the file: 2 new/);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => opts.locator('.storage').textContent()).toMatch(/^2 clips/);
    await opts.close();
  });
});
