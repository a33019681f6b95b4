/**
 * Export and import in Chromium, through the library page as a reader uses
 * it: the Export button's download arrives and parses; the JSON goes into a
 * fresh browser profile through the Import file picker, with its preview,
 * and comes back identical; a broken file is refused and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './chromium';
import { toJson } from '@/lib/transfer/json';
import { richLibrary } from '../transfer/helpers';
import { extensionSession } from './session';
import { ui } from './ui';

const GIAO_BAN = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const KHEO = 'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html';
const session = extensionSession();
let fresh: { context: BrowserContext; extensionId: string } | null = null;
afterAll(async () => {
  await fresh?.context.close();
});

type ExportFileJson = { format: string; version: number; exportedAt: string; clips: { url: string; note: string; title: string }[] };

async function exportFrom(lib: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await lib.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = lib.getByRole('dialog', { name: 'Export clips' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
  const [download] = await Promise.all([lib.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('export and import in the library page', () => {
  let backup: ExportFileJson;
  let backupBytes: Buffer;

  it('exports the library as JSON and CSV downloads that parse', async () => {
    for (const url of [GIAO_BAN, KHEO]) {
      const page = await session.open(url);
      await ui(page).click('Clip article');
      await expect.poll(async () => (await ui(page).buttons(/Clipped/)).length).toBe(1);
      await page.close();
    }
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(2);
    await lib.getByRole('listitem').filter({ hasText: 'giao ban' }).getByRole('link').click();
    await lib.getByRole('textbox', { name: 'Note' }).fill('Ghi chú: =SUM(A1) không phải công thức');
    await lib.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lib.getByText('Saved.').count()).toBeGreaterThan(0);
    await lib.getByRole('link', { name: 'Library' }).click();

    const json = await exportFrom(lib, 'json');
    expect(json.name).toMatch(/^dan-van-lens-\d{4}-\d{2}-\d{2}\.json$/);
    backupBytes = json.bytes;
    backup = JSON.parse(json.bytes.toString('utf8'));
    expect(backup.format).toBe('dan-van-lens-library');
    expect(backup.clips.map((c) => c.url).sort()).toEqual([
      'https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html',
      'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html',
    ].sort());
    expect(backup.clips.find((c) => c.url.includes('giao-ban'))?.note).toBe('Ghi chú: =SUM(A1) không phải công thức');

    const csv = await exportFrom(lib, 'csv');
    const files = unzipSync(new Uint8Array(csv.bytes));
    const clipsCsv = files['clips.csv'] as Uint8Array;
    expect([...clipsCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(clipsCsv)).toContain('Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024');
    await lib.close();
  });

  it('imports the JSON into a fresh browser profile through the file picker, with a preview, identical', async () => {
    fresh = await launchWithExtension();
    const lib = await fresh.context.newPage();
    await lib.goto(`chrome-extension://${fresh.extensionId}/library.html`);
    await expect.poll(() => lib.getByText('No clips yet.').count()).toBe(1);
    // A broken file first: refused, nothing written.
    await lib.getByLabel('Import a JSON file').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: backupBytes.subarray(0, 2000) });
    await expect.poll(() => lib.getByRole('alert').textContent()).toMatch(/Nothing was imported; the library is unchanged: The file is cut short/);
    expect(await lib.getByText('No clips yet.').count()).toBe(1);

    await lib.getByLabel('Import a JSON file').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: backupBytes });
    const dialog = lib.getByRole('dialog', { name: 'Import clips' });
    await expect.poll(() => dialog.textContent()).toContain('2 clips in the file: 2 new, 0 update saved clips, 0 conflict (both notes kept), 0 unchanged.');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => lib.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => lib.getByRole('status').first().textContent()).toContain('Imported: 2 new, 0 updated.');

    const again = JSON.parse((await exportFrom(lib, 'json')).bytes.toString('utf8')) as ExportFileJson;
    expect(again.clips).toEqual(backup.clips);
    await lib.close();
  });

  it('round-trips a library with every feature in use (NFC and NFD text, notes, tags, quotes, edited summary, all entity kinds)', async () => {
    const { clips } = await richLibrary('e2e-rich');
    const file = Buffer.from(toJson(clips), 'utf8');
    const profile = await launchWithExtension();
    try {
      const lib = await profile.context.newPage();
      await lib.goto(`chrome-extension://${profile.extensionId}/library.html`);
      await expect.poll(() => lib.getByText('No clips yet.').count()).toBe(1);
      await lib.getByLabel('Import a JSON file').setInputFiles({ name: 'day-du.json', mimeType: 'application/json', buffer: file });
      const dialog = lib.getByRole('dialog', { name: 'Import clips' });
      await expect.poll(() => dialog.textContent()).toContain(`${clips.length} clips in the file: ${clips.length} new`);
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => lib.getByRole('listitem').count()).toBe(clips.length);
      const back = JSON.parse((await exportFrom(lib, 'json')).bytes.toString('utf8')) as { clips: unknown[] };
      expect(back.clips).toEqual(JSON.parse(JSON.stringify(clips)));
      // The people index was rebuilt from the imported clips.
      await lib.getByRole('link', { name: 'People', exact: true }).click();
      await expect.poll(() => lib.getByRole('heading', { name: 'Trịnh Văn Khải' }).count()).toBe(1);
    } finally {
      await profile.context.close();
    }
  });
});
