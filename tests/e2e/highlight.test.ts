/**
 * The built extension annotating real-looking pages in Chromium: highlights
 * cover the body's officials, documents and dates and nothing outside it, the
 * page's text is unchanged, a listing page stays `not-article`, hovering shows
 * a card. Screenshots go to .output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared';
import { extensionSession } from './session';
import { ui } from './ui';

const SHOTS = join(ROOT, '.output/screenshots');
const session = extensionSession();
mkdirSync(SHOTS, { recursive: true });

/** Open a page, recording the body text before the content script runs. */
const open = (url: string) =>
  session.open(url, (page) =>
    page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.body.textContent ?? '';
      });
    }),
  );

/** Text of every range of each dvlens highlight, and whether any lies inside `outside`. */
async function highlights(page: Page, outside: string) {
  return page.evaluate((sel) => {
    const out: Record<string, string[]> = {};
    let leaked = 0;
    const bad = Array.from(document.querySelectorAll(sel));
    for (const name of ['dvlens-official', 'dvlens-document', 'dvlens-date']) {
      const h = CSS.highlights.get(name);
      out[name] = [];
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        out[name].push(r.toString().replace(/\s+/g, ' '));
        if (bad.some((b) => b.contains(r.startContainer))) leaked++;
      }
    }
    return { out, leaked };
  }, outside);
}

describe('highlighting in Chromium', () => {
  it('annotates a provincial newspaper article, body only, text unchanged', async () => {
    const page = await open('http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html');
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    const { out, leaked } = await highlights(page, 'header, nav, .related, footer');
    expect(leaked).toBe(0);
    expect(out['dvlens-official']).toEqual(expect.arrayContaining(['Trịnh Văn Khải', 'Võ Thị Ngọc Hân', 'Đặng Minh Trí', 'Khải']));
    expect(out['dvlens-official']).not.toContain('Lê Quang Vũ');
    expect(out['dvlens-document']).toEqual(['Nghị quyết số 25-NQ/TW', 'Quyết định số 23-QĐ/TW', 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15']);
    expect(out['dvlens-date']).toEqual(expect.arrayContaining(['Sáng 16/7', 'ngày 03/6/2013', 'ngày 30/7/2021', 'ngày 01/7/2025']));
    expect(out['dvlens-date']).not.toContain('Thứ Hai, 25/11/2024');
    const same = await page.evaluate(() => (window as unknown as { __before: string }).__before === document.body.textContent);
    expect(same).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'baotinh-article.png'), fullPage: true });
    await page.close();
  });

  it('annotates a .dcs.vn Party site article with only a dateline; other news, comments and footer stay plain', async () => {
    const page = await open('http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html');
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    const { out, leaked } = await highlights(page, '#top-bar, .menu, .other-news, .comments, footer');
    expect(leaked).toBe(0);
    expect(out['dvlens-official']).toEqual(expect.arrayContaining(['Lò Văn Thành', 'Ngô Thị Huyền Trang', 'Hà Văn Pấu']));
    for (const outsider of ['Trần Văn Bốn', 'Nguyễn Văn Sáu', 'Phạm Văn Bảy']) expect(out['dvlens-official']).not.toContain(outsider);
    expect(out['dvlens-document']).toEqual(expect.arrayContaining(['Kế hoạch số 87-KH/HU', 'Quyết định số 2150/QĐ-UBND']));
    expect(out['dvlens-document']).not.toContain('Nghị quyết 12-NQ/HU');
    await page.close();
  });

  it('annotates an English edition with the English extractor, run in the offscreen document, not in the page', async () => {
    const page = await open('http://english.baotinh.vn/politics/mass-mobilisation-work-must-stay-close-to-the-people-a24680.html');
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    // The page spent no time on compromise, and the offscreen document is what ran it.
    expect(await page.evaluate(() => document.documentElement.dataset.dvlensMs)).toMatch(/(^|,)english:0\.0(,|$)/);
    const offscreen = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } } }).chrome;
      return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl?.split('/').pop());
    });
    expect(offscreen).toEqual(['english-offscreen.html']);
    const { out, leaked } = await highlights(page, 'header, .related, footer');
    expect(leaked).toBe(0);
    // "President Ho Chi Minh" is the person, by the annotation rules.
    expect(out['dvlens-official']).toEqual(expect.arrayContaining(['Vo Thi Thanh Luong', 'Nguyen Duc Trong', 'Ha Minh Khoa', 'Ho Chi Minh']));
    expect(out['dvlens-official']).not.toContain('Tran Van Tuan');
    expect(out['dvlens-document']).toEqual(['Resolution No. 25-NQ/TW', 'Decision 23-QD/TW', 'Decree 59/2023/ND-CP', 'Directive 05']);
    expect(out['dvlens-date']).toEqual(expect.arrayContaining(['March 21, 2024', 'June 30']));
    await page.close();
  });

  it('still annotates an English edition when the offscreen document is gone (the page runs the extractor, as in Firefox)', async () => {
    await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void>; createDocument: unknown } } }).chrome;
      await api.offscreen.closeDocument().catch(() => {});
      api.offscreen.createDocument = () => Promise.reject(new Error('no offscreen documents here'));
    });
    const page = await open('http://english.baotinh.vn/politics/mass-mobilisation-work-must-stay-close-to-the-people-a24680.html');
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    const english = Number(/(?:^|,)english:([\d.]+)/.exec((await page.evaluate(() => document.documentElement.dataset.dvlensMs)) ?? '')?.[1]);
    expect(english).toBeGreaterThan(0);
    const { out } = await highlights(page, 'header, .related, footer');
    expect(out['dvlens-document']).toEqual(['Resolution No. 25-NQ/TW', 'Decision 23-QD/TW', 'Decree 59/2023/ND-CP', 'Directive 05']);
    await page.close();
  });

  it('leaves a category page, a home page with a lead story and an institutional page alone', async () => {
    for (const url of ['http://baotinh.vn/chinh-tri/', 'http://baotinh.vn/', 'http://danvan.baotinh.vn/gioi-thieu/chuc-nang-nhiem-vu']) {
      const page = await open(url);
      expect({ url, state: await page.evaluate(() => document.documentElement.dataset.dvlens) }).toEqual({ url, state: 'not-article' });
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.close();
    }
  });

  it('highlights a bare year after "năm" as a date, as the annotation rules count it', async () => {
    const page = await open('http://mattran.tinh.vn/tin-hoat-dong/mat-tran-xa-tan-lap-doi-thoai-voi-nhan-dan-12345.html');
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    const { out } = await highlights(page, 'header, footer');
    expect(out['dvlens-date']).toContain('Năm 2024');
    expect(out['dvlens-document']).toContain('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    await page.close();
  });

  it('shows a card when hovering an official', async () => {
    const page = await open('http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html');
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('dvlens-official') as unknown as Iterable<Range>;
      for (const r of h) {
        if (r.toString() === 'Trịnh Văn Khải') {
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    });
    expect(box).not.toBeNull();
    if (!box) return;
    await page.mouse.move(box.x, box.y);
    const card = ui(page);
    await expect.poll(() => card.text('.card .heading'), { timeout: 5_000 }).toBe('Trịnh Văn Khải');
    expect(await card.text('.card')).toContain('Trưởng Ban Dân vận Tỉnh ủy');
    await page.screenshot({ path: join(SHOTS, 'baotinh-hover.png') });
    await page.close();
  });
});
