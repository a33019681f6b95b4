/**
 * Hostile pages, in Chromium with the built extension: a page whose own
 * script tries to read or rewrite the reader's library, or to drive the
 * extension. The page (`tinxau.vn`, a .vn site the extension reads by
 * itself) copies a real article, points its canonical link at that article
 * on another site (which the reader has clipped), and its script, which runs
 * before the content script, tries each attack: reading the panel through
 * the shadow root (also by patching `attachShadow`), probing where the panel
 * is, synthetic clicks and keys, WXT's `locationchange` event dispatched in
 * a loop, and WXT's `content-script-started` message posted back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared';
import { extensionSession } from './session';
import { inUi, ui } from './ui';

const VICTIM = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
const HOSTILE = 'http://tinxau.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a99999.html';
const DEEP = 'http://tinxau.vn/chinh-tri/long-nhau-a77777.html';
const LARGE = 'http://tinxau.vn/chinh-tri/thap-a66666.html';
const OTHER = 'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html';
const session = extensionSession();

/** The attacker's script, in the page's own world, before anything of ours runs. */
const ATTACK = `<script>
(() => {
  const a = (window.__attack = { shadowHooked: 0, messages: [], reads: 0 });
  // Any shadow root made with the page's attachShadow is forced open and counted.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { a.shadowHooked++; return attach.call(this, { ...init, mode: 'open' }); };
  // WXT's content script announces itself with a postMessage: the page keeps what it hears.
  addEventListener('message', (e) => { if (e.data && typeof e.data.type === 'string') a.messages.push(e.data); });
  // Every reading of the page shows as a new data-dvlens-ms on <html>.
  new MutationObserver(() => a.reads++).observe(document.documentElement, { attributes: true, attributeFilter: ['data-dvlens-ms'] });
  const host = () => document.querySelector('dvlens-ui');
  /** What the page can see of our UI. */
  a.probe = () => {
    const h = host();
    const grid = [];
    for (let y = 0; y < innerHeight; y += 8) for (let x = Math.max(0, innerWidth - 340); x < innerWidth; x += 8) grid.push(document.elementFromPoint(x, y) === h ? 1 : 0);
    const r = h?.getBoundingClientRect();
    return { found: !!h, shadowRoot: h?.shadowRoot ? h.shadowRoot.innerHTML.length : null, text: h?.textContent ?? null, html: h?.innerHTML ?? null,
      rect: r ? [r.x, r.y, r.width, r.height] : null, grid: grid.join('') };
  };
  /** Click the panel's clip button the ways a script can. */
  a.clickClip = () => {
    const h = host();
    const button = h?.shadowRoot?.querySelector('button.clip');
    button?.click();
    h?.click();
    h?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return !!button;
  };
  a.shortcut = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
  /** WXT's event names carry the extension's id, which its postMessage gave away. */
  const wxt = (name) => { const m = a.messages.find((m) => /wxt:content-script-started$/.test(m.type)); return m ? m.type.replace(/content-script-started$/, name) : null; };
  a.locationFlood = (n) => new Promise((done) => {
    const type = wxt('locationchange');
    let i = 0;
    const t = setInterval(() => { window.dispatchEvent(new Event(type)); if (++i >= n) { clearInterval(t); done(type); } }, 100);
  });
  a.stopScripts = () => {
    const m = a.messages.find((m) => /wxt:content-script-started$/.test(m.type));
    if (m) window.postMessage({ ...m, messageId: 'page' + Math.random() }, '*');
    return !!m;
  };
})();
</script>`;

/** A page whose script nests 2,500 <div>s, each with a paragraph, before the content script reads it. */
const DEEP_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lồng nhau</title></head><body><main id="m"></main><script>
  let at = document.getElementById('m');
  for (let i = 0; i < 2500; i++) { const d = document.createElement('div'); const p = document.createElement('p');
    p.textContent = 'Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận, đoạn ' + i + '.'; d.append(p); at.append(d); at = d; }
</script></body></html>`;

/** A page as large as the limits let through: 73 towers of 99 nested <div>s, a paragraph at the top of each (about 380,000 levels in all). */
const LARGE_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tháp</title></head><body><main id="m"></main><script>
  const m = document.getElementById('m');
  for (let t = 0; t < 73; t++) { let at = m; for (let i = 0; i < 99; i++) { const d = document.createElement('div'); at.append(d); at = d; }
    const p = document.createElement('p'); p.textContent = 'Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận, tháp ' + t + '.'; at.append(p); }
</script></body></html>`;

/** The hostile copy: the article with another headline and paragraph, its canonical link left at the original. */
function hostilePage(): string {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/baotinh-giao-ban.html'), 'utf8');
  return html
    .replace('<head>', `<head>\n${ATTACK}`)
    .replace(/<h1>[^<]*<\/h1>/, '<h1>Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024 (bản của trang lạ)</h1>')
    .replace('<p class="dateline">', '<p>Đoạn văn này do trang lạ chèn vào để thay bài đã lưu của bạn đọc bằng nội dung của nó.</p>\n<p class="dateline">');
}

type Saved = { url: string; title: string; text: string };
/** Every clip in the library, read from the extension's own database. */
const clips = () =>
  session.worker.evaluate(
    () =>
      new Promise<Saved[]>((resolve, reject) => {
        const open = indexedDB.open('dvlens-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('clips').objectStore('clips').getAll();
          all.onsuccess = () => {
            resolve((all.result as Saved[]).map((c) => ({ url: c.url, title: c.title, text: c.text })));
            db.close();
          };
        };
      }),
  );

const attack = <T>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([n, a]) => (window as unknown as { __attack: Record<string, (...x: unknown[]) => T> }).__attack[n as string]?.(...(a as unknown[])), [name, args] as const);
const officials = (page: Page) => page.evaluate(() => CSS.highlights.get('dvlens-official')?.size ?? 0);

let victim: Saved;

describe('a hostile page', () => {
  beforeAll(async () => {
    await session.context.route('http://tinxau.vn/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: route.request().url().startsWith(DEEP) ? DEEP_PAGE : route.request().url().startsWith(LARGE) ? LARGE_PAGE : hostilePage() }),
    );
    // The reader clipped the real article.
    const page = await session.open(VICTIM);
    await ui(page).click('Clip article');
    for (let i = 0; i < 50 && (await clips()).length === 0; i++) await page.waitForTimeout(100);
    victim = (await clips())[0] as Saved;
    if (!victim) throw new Error('The article could not be clipped.');
    await page.close();
  });

  it('cannot make its canonical link at a clipped article elsewhere its key: the panel offers a new clip, and clipping keeps the saved one as it was', async () => {
    const page = await session.open(HOSTILE);
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    // The panel does not say "Clipped": the page is not the clipped article.
    await page.waitForTimeout(500);
    expect(await ui(page).buttons(/Clipped/)).toEqual([]);
    expect(await ui(page).buttons('Clip article')).toHaveLength(1);
    // The reader clips it: a clip of its own, under its own address; the saved clip is untouched.
    await ui(page).click('Clip article');
    await expect.poll(async () => (await clips()).length).toBe(2);
    const after = await clips();
    expect(after.find((c) => c.url === victim.url)).toEqual(victim);
    expect(after.find((c) => c.url !== victim.url)?.url).toBe(HOSTILE);
    await page.close();
  });

  it('cannot see into the panel: no shadow root, and the same view of it before and after the reader clips', async () => {
    const page = await session.open(`${HOSTILE}?v=2`);
    await expect.poll(() => ui(page).count('.panel')).toBe(1);
    await page.waitForTimeout(500);
    const before = await attack<Record<string, unknown>>(page, 'probe');
    expect(before).toMatchObject({ found: true, shadowRoot: null, text: '', html: '' });
    // Our shadow root is made by the content script's own attachShadow, which the page's patch does not reach.
    expect(await attack(page, 'probe')).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __attack: { shadowHooked: number } }).__attack.shadowHooked)).toBe(0);
    // The panel's box is where the page could probe it (elementFromPoint): it is the same clipped or not.
    expect(String(before?.grid)).toContain('1');
    await ui(page).click(/^(Clip article|Clipped)/);
    await expect.poll(async () => (await ui(page).buttons(/Clipped/)).length).toBe(1);
    expect(await attack(page, 'probe')).toEqual(before);
    await page.close();
  });

  it('cannot clip or hide highlights with synthetic clicks and keys', async () => {
    const page = await session.open(`${HOSTILE}?v=3`);
    await expect.poll(() => ui(page).count('.panel')).toBe(1);
    const saved = (await clips()).length;
    expect(await attack(page, 'clickClip')).toBe(false);
    // Even holding the button (as DevTools can), a script's click() is not the reader's.
    await inUi(page, 'function () { this.querySelector("button.clip").click(); }');
    const shown = await officials(page);
    expect(shown).toBeGreaterThan(0);
    await attack(page, 'shortcut');
    await page.waitForTimeout(1500);
    expect((await clips()).length).toBe(saved);
    expect(await ui(page).buttons('Clip article')).toHaveLength(1);
    expect(await officials(page)).toBe(shown);
    // The reader's own Alt+Shift+H still works.
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => officials(page)).toBe(0);
    await page.close();
  });

  it("cannot force re-reads with WXT's locationchange event, nor stop the watchers with WXT's postMessage", async () => {
    const page = await session.open(`${HOSTILE}?v=4`);
    await expect.poll(() => ui(page).count('.panel')).toBe(1);
    await page.waitForTimeout(1200);
    const reads = () => page.evaluate(() => (window as unknown as { __attack: { reads: number } }).__attack.reads);
    const settled = await reads();
    // The page heard WXT's announcement, which names the extension: it can tell the extension is there.
    expect(await attack(page, 'locationFlood', 30)).toMatch(/^[a-p]{32}:content:wxt:locationchange$/);
    await page.waitForTimeout(1200);
    expect(await reads()).toBe(settled);
    // The announcement posted back would make WXT stop the content script's watchers (the shortcut, the address).
    expect(await attack(page, 'stopScripts')).toBe(true);
    await page.waitForTimeout(300);
    const shown = await officials(page);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => officials(page)).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => officials(page)).toBe(shown);
    // A real change of address is still seen, and read once.
    await page.evaluate(() => history.pushState(null, '', '/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a99999.html?trang=2'));
    await expect.poll(reads, { timeout: 5_000 }).toBe(settled + 1);
    await page.waitForTimeout(1500);
    expect(await reads()).toBe(settled + 1);
    await page.close();
  });

  it('cannot freeze the extension by nesting 2,500 divs: refused at once as too deep, the popup says so, other tabs are read meanwhile', async () => {
    const t0 = Date.now();
    const [deep, other] = await Promise.all([session.open(DEEP), session.open(OTHER)]);
    await expect.poll(() => deep.evaluate(() => document.documentElement.dataset.dvlens)).toBe('page-too-deep');
    await expect.poll(() => other.evaluate(() => document.documentElement.dataset.dvlens)).toBe('annotated');
    // Before, this page held the background for about a minute; now both tabs are done in seconds.
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await ui(deep).count('.panel')).toBe(0);
    const tabId = await session.worker.evaluate(
      async (url) => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url }))[0]?.id ?? -1,
      DEEP,
    );
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('This page is nested too deeply to read (over 200 levels of elements); it is left as it is.');
    await Promise.all([popup.close(), deep.close(), other.close()]);
  });

  it("is read off the background's own thread: the background answers at once while a page as large as the limits allow is read", async () => {
    const page = await session.context.newPage();
    const visit = page.goto(LARGE);
    // The background's answer time, sampled while the page is read.
    let worst = 0;
    const t0 = Date.now();
    while (Date.now() - t0 < 20_000) {
      const s0 = Date.now();
      await session.worker.evaluate(() => 1);
      worst = Math.max(worst, Date.now() - s0);
      if ((await page.evaluate(() => document.documentElement.dataset.dvlens).catch(() => undefined)) !== undefined) break;
      await page.waitForTimeout(50);
    }
    await visit;
    const ms = Object.fromEntries(((await page.evaluate(() => document.documentElement.dataset.dvlensMs)) ?? '').split(',').map((kv) => kv.split(':')));
    // The reading took a while (Readability on 7,300 elements in towers)…
    expect(await page.evaluate(() => document.documentElement.dataset.dvlens)).not.toMatch(/^page-too/);
    expect(Number(ms.read)).toBeGreaterThan(300);
    // …and none of it on the background's thread.
    expect(worst).toBeLessThan(250);
    await page.close();
  });
});
