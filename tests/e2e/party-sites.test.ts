/**
 * District Party and ward Front sites in Chromium: a short dân vận report
 * that prints no date at all is still annotated (the body's officials,
 * documents and dates highlighted, nothing in the header's "today", the
 * other-news list or the footer), while the pages around it that are not
 * articles — home, category, search results, "Giới thiệu", "Chức năng,
 * nhiệm vụ", contact — stay `not-article` with no highlight.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

/** Text of every range of each dvlens highlight, and how many start inside `outside`. */
async function highlights(page: Page, outside: string) {
  return page.evaluate((sel) => {
    const out: Record<string, string[]> = {};
    let leaked = 0;
    const bad = Array.from(document.querySelectorAll(sel));
    for (const name of ['dvlens-official', 'dvlens-document', 'dvlens-date']) {
      out[name] = [];
      const h = CSS.highlights.get(name);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        out[name].push(r.toString().replace(/\s+/g, ' '));
        if (bad.some((b) => b.contains(r.startContainer))) leaked++;
      }
    }
    return { out, leaked };
  }, outside);
}

const state = (page: Page) => page.evaluate(() => document.documentElement.dataset.dvlens);

describe('district and ward sites in Chromium', () => {
  it('annotates an undated short report on a district Party site, in its body only', async () => {
    const page = await session.open('http://huyenuytanphong.dcs.vn/cong-tac-dan-van/ban-dan-van-huyen-uy-kiem-tra-thuc-hien-quy-che-dan-chu-tai-xa-phu-loc-a1842.html');
    expect(await state(page)).toBe('annotated');
    const { out, leaked } = await highlights(page, '.top-bar, .menu-main, .other-news, .col-right, .footer');
    expect(leaked).toBe(0);
    expect(out['dvlens-official']).toEqual(expect.arrayContaining(['Lò Thị Hạnh']));
    expect(out['dvlens-document']).toEqual(expect.arrayContaining(['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15', 'Quyết định số 23-QĐ/TW']));
    expect(out['dvlens-date']).not.toContain('Thứ Ba, ngày 01/12/2026');
    await page.close();
  });

  it('annotates an undated report on a ward Front site laid out in tables, headline in a plain paragraph', async () => {
    const page = await session.open('http://mttq.phuongtanmai.vn/hoat-dong-mat-tran/ra-mat-mo-hinh-dan-van-kheo-giu-gin-ve-sinh-moi-truong-o-khu-dan-cu-so-3');
    expect(await state(page)).toBe('annotated');
    const { out, leaked } = await highlights(page, '.header, .menu, .menu-left, .tinkhac, .chan-trang');
    expect(leaked).toBe(0);
    expect(out['dvlens-official']).toEqual(expect.arrayContaining(['Vi Văn Tường']));
    expect(out['dvlens-date']).toEqual(expect.arrayContaining(['Chiều 20/11']));
    await page.close();
  });

  it('leaves the home, category, search, introduction, duties and contact pages of those sites alone', async () => {
    for (const path of ['/', '/cong-tac-dan-van/', '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn', '/gioi-thieu/lich-su-dang-bo-huyen', '/ban-dan-van/chuc-nang-nhiem-vu', '/lien-he']) {
      const page = await session.open(`http://huyenuytanphong.dcs.vn${path}`);
      expect({ path, state: await state(page) }).toEqual({ path, state: 'not-article' });
      expect({ path, highlights: await page.evaluate(() => CSS.highlights.size) }).toEqual({ path, highlights: 0 });
      await page.close();
    }
  });
});
