/**
 * The period report in Chromium, on the built extension and the fixture
 * pages, as a reader uses it: clip three articles (June, July and August
 * 2024), open Report, see the default period, choose the second half of
 * 2024, narrow it, switch the headings to Vietnamese, fill the heading
 * block, see the preview, download the Word and Excel files (written by the
 * report worker) and read them back: their tables hold as many rows as the
 * preview says. The heading block is remembered after a reload. The preview
 * is saved as the README's screenshot (DVLENS_SCREENSHOTS=readme).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultPeriod } from '@/lib/report/period';
import { ROOT } from '../helpers/shared';
import { extensionSession } from './session';
import { ui } from './ui';

const PAGES = [
  'http://baodantocmiennui.vn/phat-huy-vai-tro-nguoi-co-uy-tin-trong-dong-bao-dtts-a204518.html', // 2024-06-21
  'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html', // 2024-07-17
  'http://yenbinh.gov.vn/tin-tuc/khoi-van-huyen-van-dong-nhan-dan-chung-tay-giam-ngheo-ben-vung-a5678.html', // 2024-08-05
];
const session = extensionSession();

async function downloadFrom(lib: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The number in a preview heading "… (N)". */
async function countIn(lib: Page, heading: RegExp): Promise<number> {
  const text = (await lib.getByRole('heading', { name: heading }).textContent()) ?? '';
  return Number(/\((\d+)\)\s*$/.exec(text)?.[1] ?? Number.NaN);
}

describe('the period report', () => {
  it('clips pages, previews the half-year, downloads Word and Excel that hold what the preview shows', async () => {
    for (const url of PAGES) {
      const page = await session.open(url);
      // The panel is in a closed shadow root: reached through the DevTools protocol (./ui.ts), clicked with the mouse.
      await expect.poll(() => ui(page).buttons(/^Clip article/), { timeout: 15_000 }).toHaveLength(1);
      await ui(page).click(/^Clip article/);
      await expect.poll(() => ui(page).buttons(/^Clipped/)).toHaveLength(1);
      await page.close();
    }
    const lib = await session.context.newPage();
    await lib.setViewportSize({ width: 1100, height: 900 });
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(3);
    await lib.getByRole('link', { name: 'Report', exact: true }).click();
    await lib.getByRole('heading', { name: 'Period report' }).waitFor();

    // The default: the half-year just ended, by today's date.
    const today = new Date().toISOString().slice(0, 10);
    const d = defaultPeriod(today);
    const period = lib.getByRole('combobox', { name: 'Period', exact: true });
    expect(await period.inputValue()).toBe(d.kind);
    expect(await lib.getByRole('combobox', { name: 'Year' }).inputValue()).toBe(d.from.slice(0, 4));
    if (d.from > '2024-08-05') await expect.poll(() => lib.getByText('No clip matches in this period.').count()).toBe(1);
    // The second half of 2024: two of the three clips.
    await period.selectOption('h2');
    await lib.getByRole('combobox', { name: 'Year' }).selectOption('2024');
    const preview = lib.locator('.report-preview');
    await expect.poll(() => preview.locator('.report-counts').textContent(), { timeout: 10_000 }).toMatch(/^2 articles, 2 sites, \d+ officials named, \d+ documents cited\.$/);
    expect(await preview.getByRole('heading', { level: 5 }).allTextContents()).toEqual(['1. July 2024 (1)', '2. August 2024 (1)']);
    // Narrowed like the list: the first item's site, then a search without diacritics, leave one article each.
    const site = ((await preview.locator('.report-items em').first().textContent()) ?? '').replace(/^\(|\)$/g, '');
    await lib.getByRole('combobox', { name: 'Site' }).selectOption(site);
    await expect.poll(() => preview.locator('.report-counts').textContent()).toMatch(/^1 articles, 1 sites/);
    expect(decodeURIComponent(lib.url())).toContain(`#/report?site=${site}`.replace(/ /g, '+'));
    await lib.getByRole('combobox', { name: 'Site' }).selectOption('');
    await expect.poll(() => preview.locator('.report-counts').textContent()).toMatch(/^2 articles/);
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('giam ngheo ben vung');
    await expect.poll(() => preview.locator('.report-counts').textContent()).toMatch(/^1 articles/);
    expect(await preview.getByRole('heading', { level: 5 }).allTextContents()).toEqual(['1. August 2024 (1)']);
    await lib.getByRole('searchbox', { name: 'Search clips' }).fill('');
    await expect.poll(() => preview.locator('.report-counts').textContent()).toMatch(/^2 articles/);
    expect(lib.url()).toMatch(/#\/report$/);
    // Vietnamese headings, grouped by site, with the heading block filled in.
    await lib.getByRole('combobox', { name: 'Headings in' }).selectOption('vi');
    await lib.getByRole('combobox', { name: 'Group activities by' }).selectOption('site');
    await lib.getByRole('textbox', { name: 'Body above' }).fill('Tỉnh ủy Bắc Giang');
    await lib.getByRole('textbox', { name: 'Issuing body' }).fill('Ban Dân vận');
    await lib.getByRole('textbox', { name: 'Place' }).fill('Bắc Giang');
    await lib.getByRole('textbox', { name: 'Place' }).press('Tab');
    await expect.poll(() => preview.textContent()).toContain('BAN DÂN VẬN');
    const doc = preview.locator('.report-doc');
    expect(await doc.getAttribute('lang')).toBe('vi');
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('TỈNH ỦY BẮC GIANG');
    expect(text).toContain('Bắc Giang, ngày … tháng … năm …');
    expect(text).toContain('Tình hình công tác dân vận qua báo chí 6 tháng cuối năm 2024');
    expect(text).toContain('2 bài viết, 2 trang tin');
    expect(text).toContain('Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024');
    expect(text).toContain('Trịnh Văn Khải (Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy)');
    expect(text).not.toContain('Phát huy vai trò người có uy tín'); // June: the first half-year.
    const officials = await countIn(lib, /^Phụ lục 1\. Cán bộ được nêu tên/);
    const documents = await countIn(lib, /^Phụ lục 2\. Văn bản được dẫn/);
    const timeline = await countIn(lib, /^Phụ lục 3\. Các mốc thời gian/);
    expect(officials).toBeGreaterThan(2);
    expect(documents).toBeGreaterThan(1);
    expect(timeline).toBeGreaterThan(0);
    expect(await preview.locator('table.report-table').first().locator('tbody tr').count()).toBe(Math.min(officials, 12));

    // The README's screenshot: the top of the preview.
    const box = await preview.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width };
    });
    mkdirSync(join(ROOT, '.output/screenshots'), { recursive: true });
    const file = join(ROOT, '.output/screenshots/report.png');
    await lib.screenshot({ path: file, fullPage: true, clip: { x: Math.max(0, box.x - 8), y: box.y, width: Math.min(1000, box.width + 16), height: 900 } });
    if (process.env.DVLENS_SCREENSHOTS === 'readme') copyFileSync(file, join(ROOT, 'tests/e2e/screenshots/report.png'));
    // Word: headings, the heading block, tables with as many rows as the preview says.
    const word = await downloadFrom(lib, 'Download Word');
    expect(word.name).toBe('bao-cao-6-thang-cuoi-nam-2024.docx');
    await expect.poll(() => lib.getByRole('status').first().textContent()).toContain('Report downloaded: bao-cao-6-thang-cuoi-nam-2024.docx.');
    // Written in the report worker, not on the page.
    expect(lib.workers().some((w) => w.url().includes('report-worker'))).toBe(true);
    const html = (await mammoth.convertToHtml({ buffer: word.bytes })).value;
    expect(html).toContain('<h1>II. Các hoạt động trong kỳ</h1>');
    expect(html).toContain('BAN DÂN VẬN');
    expect(html).toContain(`<h1>Phụ lục 1. Cán bộ được nêu tên (${officials})</h1>`);
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => (m[1]?.match(/<tr>/g) ?? []).length);
    expect(tables.slice(1)).toEqual([officials + 1, documents + 1, timeline + 1]);
    // Excel: the same tables as sheets.
    const excel = await downloadFrom(lib, 'Download Excel');
    expect(excel.name).toBe('bao-cao-6-thang-cuoi-nam-2024.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(excel.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Bài viết', 'Cán bộ', 'Văn bản', 'Mốc thời gian']);
    const rows = (name: string) => (wb.getWorksheet(name)?.actualRowCount ?? 0) - 1;
    expect([rows('Bài viết'), rows('Cán bộ'), rows('Văn bản'), rows('Mốc thời gian')]).toEqual([2, officials, documents, timeline]);
    const clips = wb.getWorksheet('Bài viết') as ExcelJS.Worksheet;
    expect((clips.getCell('B2').value as Date).toISOString()).toBe('2024-07-17T00:00:00.000Z');
    expect(clips.getCell('C2').value).toBe('Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024');

    // The heading block is remembered.
    await lib.reload();
    await expect.poll(() => lib.getByRole('textbox', { name: 'Issuing body' }).inputValue()).toBe('Ban Dân vận');
    await lib.close();
  }, 120_000);
});
