/**
 * The panel, the keyboard toggle, the badge, and pages that change after load
 * (a paragraph added later, single-page navigation), in Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { ui } from './ui';

const ARTICLE = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const session = extensionSession();
const open = (url: string) => session.open(url);

const officialTexts = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('dvlens-official') as unknown as Iterable<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  });

describe('panel and changing pages', () => {
  it('lists the officials with titles, documents and dates; a click flashes the first mention', async () => {
    const page = await open(ARTICLE);
    const panel = ui(page);
    await expect.poll(() => panel.count('.panel')).toBe(1);
    const text = (await panel.text('.panel')) ?? '';
    expect(text).toContain('Trịnh Văn Khải');
    expect(text).toContain('Ủy viên Ban Thường vụ; Trưởng Ban Dân vận Tỉnh ủy');
    expect(text).toContain('25-NQ/TW');
    // The browser speaks English: kinds and issuers in English words (the Vietnamese session is in privacy.test.ts).
    expect(text).toContain('Resolution — Politburo/Secretariat/Central Committee');
    const dates = await panel.texts('.group.date .detail');
    expect(dates).toEqual([...dates].sort());
    await panel.click(/Võ Thị Ngọc Hân/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dvlens-flash')?.size ?? 0)).toBe(1);
    // The kind toggle hides documents.
    await panel.click(/./, { role: 'checkbox', nth: 1 });
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dvlens-document')?.size)).toBe(0);
    await page.close();
  });

  it('Alt+Shift+H hides and shows every highlight', async () => {
    const page = await open(ARTICLE);
    const before = (await officialTexts(page)).length;
    expect(before).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(async () => (await officialTexts(page)).length).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(async () => (await officialTexts(page)).length).toBe(before);
    await page.close();
  });

  it('highlights a paragraph added after load, once', async () => {
    const page = await open(ARTICLE);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Cùng ngày, đồng chí Huỳnh Văn Lợi, Phó Chủ tịch UBND tỉnh, làm việc với Ban Dân vận về Kế hoạch số 77-KH/TU.';
      document.querySelector('article .author')?.before(p);
    });
    await expect.poll(() => officialTexts(page), { timeout: 8_000 }).toContain('Huỳnh Văn Lợi');
    const texts = await officialTexts(page);
    expect(texts.filter((t) => t === 'Trịnh Văn Khải')).toHaveLength(2);
    await page.close();
  });

  it('re-annotates after single-page navigation and drops highlights whose text is gone', async () => {
    const page = await open(ARTICLE);
    await page.evaluate(() => {
      history.pushState({}, '', '/chinh-tri/bai-moi-a67890.html');
      const art = document.querySelector('article');
      if (!art) return;
      art.replaceChildren();
      const h = document.createElement('h1');
      h.textContent = 'Phường Tân Định đối thoại với Nhân dân';
      art.append(h);
      for (const t of [
        'Tối 22/8, Đảng ủy, UBND phường Tân Định tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về công tác dân vận. Đồng chí Mai Thanh Phong, Bí thư Đảng ủy phường chủ trì hội nghị đối thoại.',
        'Cùng dự có ông Cao Minh Đạt, Chủ tịch UBND phường; bà Phùng Thị Thu Ba, Chủ tịch Ủy ban MTTQ Việt Nam phường. Tại hội nghị, 18 ý kiến của người dân đã được trả lời trực tiếp, công tác dân vận được đánh giá cao.',
        'Hội nghị nhằm thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.',
      ]) {
        const p = document.createElement('p');
        p.textContent = t;
        art.append(p);
      }
    });
    await expect.poll(() => officialTexts(page), { timeout: 8_000 }).toContain('Mai Thanh Phong');
    expect(await officialTexts(page)).not.toContain('Trịnh Văn Khải');
    await page.close();
  });

  it('puts the count on the toolbar badge', async () => {
    const page = await open(ARTICLE);
    const worker = session.worker;
    // Without the `tabs` permission (we do not ask for it) tabs cannot be queried by URL: take the active one.
    await page.bringToFront();
    const text = await worker.evaluate(async () => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        action: { getBadgeText(d: { tabId: number }): Promise<string> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await api.tabs.query({ active: true });
      return tab?.id === undefined ? null : api.action.getBadgeText({ tabId: tab.id });
    });
    expect(Number(text)).toBeGreaterThan(5);
    await page.close();
  });
});
