/**
 * Accessibility in Chromium: axe-core (WCAG 2 A/AA rules) finds no violations
 * in the popup, the in-page panel, the library list, a clip's view, the
 * people and documents indexes, the export dialog and the report with its
 * preview; the library and the report can be worked with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { inUi, ui } from './ui';

const ARTICLE = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const session = extensionSession();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; help: string; nodes: { target: unknown[] }[] };

/** axe's violations on `page` (within `include` when given), as "rule: help @ targets" lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (scope) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(scope ? { include: [[scope]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, include ?? null);
  return found;
}

/**
 * axe's violations in our in-page UI. axe cannot enter its closed shadow
 * root, so the root's markup and styles are copied into an open one in the
 * same place (the original hidden meanwhile) and axe reads the copy.
 */
async function uiViolations(page: Page): Promise<string[]> {
  await inUi(
    page,
    `function () { const h = document.createElement('div'); h.id = 'dvlens-axe-copy'; h.style.cssText = this.host.style.cssText;
      h.attachShadow({ mode: 'open' }).innerHTML = this.innerHTML; document.documentElement.appendChild(h); this.host.style.display = 'none'; }`,
  );
  try {
    return await violations(page, '#dvlens-axe-copy');
  } finally {
    await inUi(page, `function () { document.getElementById('dvlens-axe-copy')?.remove(); this.host.style.display = ''; }`);
  }
}

describe('accessibility', () => {
  it('the panel, popup and library pages pass axe', async () => {
    const page = await session.open(ARTICLE);
    await ui(page).click('Clip article');
    await expect.poll(async () => (await ui(page).buttons(/Clipped/)).length).toBe(1);
    expect(await uiViolations(page)).toEqual([]);

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    expect(await violations(popup)).toEqual([]);

    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    expect(await violations(lib)).toEqual([]);
    await lib.getByRole('listitem').getByRole('link').click();
    await lib.getByRole('textbox', { name: 'Note' }).waitFor();
    expect(await violations(lib)).toEqual([]);
    for (const view of ['People', 'Documents']) {
      await lib.getByRole('link', { name: view, exact: true }).click();
      await expect.poll(() => lib.getByRole('heading', { level: 2, name: view }).count()).toBe(1);
      expect(await violations(lib)).toEqual([]);
    }
    await lib.getByRole('link', { name: 'Library', exact: true }).click();
    await lib.getByRole('button', { name: 'Export', exact: true }).click();
    await lib.getByRole('dialog', { name: 'Export clips' }).waitFor();
    expect(await violations(lib)).toEqual([]);
    await Promise.all([page.close(), popup.close(), lib.close()]);
  });

  it('works with the keyboard alone: search, open a clip, edit its note, back', async () => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    await lib.getByRole('searchbox', { name: 'Search clips' }).focus();
    await lib.keyboard.type('giao ban');
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(1);
    // Tab to the clip's link and open it with Enter.
    for (let i = 0; i < 30; i++) {
      await lib.keyboard.press('Tab');
      if (await lib.evaluate(() => document.activeElement?.classList.contains('row-title'))) break;
    }
    expect(await lib.evaluate(() => document.activeElement?.textContent)).toContain('giao ban');
    // The focused element shows a visible focus ring.
    expect(await lib.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await lib.keyboard.press('Enter');
    await lib.getByRole('textbox', { name: 'Note' }).waitFor();
    await lib.getByRole('textbox', { name: 'Note' }).focus();
    await lib.keyboard.type('Bàn phím');
    await lib.keyboard.press('Tab');
    await lib.keyboard.press('Tab');
    expect(await lib.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await lib.keyboard.press('Enter');
    await expect.poll(() => lib.getByText('Saved.').count()).toBeGreaterThan(0);
    await lib.close();
  });

  it('the report passes axe and works with the keyboard alone: choose a period, download the Word file', async () => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html#/report`);
    await lib.getByRole('heading', { name: 'Period report' }).waitFor();
    await lib.getByRole('combobox', { name: 'Period', exact: true }).focus();
    // The clipped article is from July 2024: the second half-year.
    await lib.keyboard.press('ArrowDown');
    await expect.poll(() => lib.getByRole('combobox', { name: 'Period', exact: true }).inputValue()).toBe('h2');
    await lib.keyboard.press('Tab');
    expect(await lib.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('label')?.textContent)).toMatch(/^Year/);
    await lib.getByRole('combobox', { name: 'Year' }).selectOption('2024');
    await expect.poll(() => lib.locator('.report-counts').textContent()).toMatch(/^1 articles/);
    expect(await violations(lib)).toEqual([]);
    const focused = () => lib.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 30 && (await focused()) !== 'Download Word'; i++) await lib.keyboard.press('Tab');
    expect(await focused()).toBe('Download Word');
    expect(await lib.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    const [download] = await Promise.all([lib.waitForEvent('download'), lib.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('bao-cao-6-thang-cuoi-nam-2024.docx');
    await lib.close();
  });

  it('the options page passes axe and works with the keyboard alone', async () => {
    const opts = await session.context.newPage();
    await opts.goto(`chrome-extension://${session.extensionId}/options.html`);
    await opts.getByRole('heading', { name: 'Highlights' }).waitFor();
    await expect.poll(() => opts.locator('.storage').textContent()).toMatch(/clips/);
    expect(await violations(opts)).toEqual([]);
    // Tab to the documents' switch and turn it off with the space bar, with a visible focus ring on the way.
    const focused = () => opts.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim() ?? document.activeElement?.textContent ?? '');
    for (let i = 0; i < 20 && (await focused()) !== 'Documents'; i++) await opts.keyboard.press('Tab');
    expect(await focused()).toBe('Documents');
    expect(await opts.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await opts.keyboard.press('Space');
    await expect.poll(() => opts.getByRole('checkbox', { name: 'Documents' }).isChecked()).toBe(false);
    await opts.keyboard.press('Space');
    // On to "Erase everything…": Enter opens the confirmation, which passes axe too; Escape closes it.
    for (let i = 0; i < 40 && (await focused()) !== 'Erase everything…'; i++) await opts.keyboard.press('Tab');
    await opts.keyboard.press('Enter');
    await opts.getByRole('alertdialog', { name: 'Erase everything?' }).waitFor();
    expect(await violations(opts)).toEqual([]);
    await opts.keyboard.press('Escape');
    await expect.poll(() => opts.getByRole('alertdialog').count()).toBe(0);
    expect(await focused()).toBe('Erase everything…');
    await opts.close();
  });

  it('the in-page panel and the popup work with the keyboard alone', async () => {
    const page = await session.open(ARTICLE);
    // Tab from the page into the panel (it follows the page's own content).
    const inPanel = () => ui(page).focused();
    for (let i = 0; i < 40 && !(await inPanel()).startsWith('Officials'); i++) await page.keyboard.press('Tab');
    expect(await inPanel()).toMatch(/^Officials \(\d+\)$/);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dvlens-official')?.size ?? 0)).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dvlens-official')?.size ?? 0)).toBeGreaterThan(0);
    // On to the first official: focus shows its card, Enter scrolls to it and flashes it.
    for (let i = 0; i < 10 && !(await inPanel()).startsWith('Trịnh Văn Khải'); i++) await page.keyboard.press('Tab');
    expect(await inPanel()).toMatch(/^Trịnh Văn Khải/);
    await expect.poll(() => ui(page).text('[role="tooltip"]')).toMatch(/^OfficialTrịnh Văn Khải/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('dvlens-flash'))).toBe(true);

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
    await popup.getByRole('radio', { name: 'Dân vận articles only' }).waitFor();
    const focused = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('label')?.textContent?.trim() ?? document.activeElement?.textContent ?? '');
    for (let i = 0; i < 20 && (await focused()) !== 'Dân vận articles only'; i++) await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Dân vận articles only');
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.getByRole('radio', { name: 'Every article' }).isChecked()).toBe(true);
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => popup.getByRole('radio', { name: 'Dân vận articles only' }).isChecked()).toBe(true);
    await Promise.all([page.close(), popup.close()]);
  });
});
