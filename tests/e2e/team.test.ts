/**
 * The team library end to end: a CouchDB-compatible server on 127.0.0.1
 * (tests/helpers/couch.ts) and two Chromium profiles with the extension, one
 * per officer. A wrong password is refused in words and changes nothing;
 * both join the same database; clips made in each appear in the other with
 * their origin (in the list's rows and on the clip's page); replication
 * resumes by itself when Chrome closed the offscreen document it runs in and
 * stopped the service worker (a page clipped in one browser, with no library
 * page open there, reaches the other); an edit of one clip on both sides while the server is down
 * converges to one merged clip on both; a delete propagates; the server
 * stopped in the middle of a sync and started again loses nothing;
 * Disconnect keeps the library.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '@/lib/library/types';
import { type CouchServer, startCouch } from '../helpers/couch';
import { fixtureClip } from '../library/helpers';
import { launchWithExtension } from './chromium';
import { startServer } from './server';
import { ui } from './ui';

const LAN = { name: 'lan', password: 'Mật-khẩu Lan 2024' };
const MINH = { name: 'minh', password: 'minh-pass-77' };

/** One officer's browser. */
interface Officer {
  context: BrowserContext;
  id: string;
  library: Page;
  profileDir: string;
}

type Lib = {
  save(c: Clip): Promise<{ clip: Clip & { id: number } }>;
  saveMany(c: Clip[]): Promise<unknown>;
  byUrl(u: string): Promise<Clip | null>;
  count(): Promise<number>;
  rows(): Promise<{ url: string }[]>;
  edit(id: number, p: { note?: string; tags?: string[] }): Promise<unknown>;
  remove(ids: number[]): Promise<unknown>;
  db: { outbox: { count(): Promise<number> }; replica: { count(): Promise<number> } };
};
const inLib = <T, A>(page: Page, fn: (lib: Lib, arg: A) => Promise<T>, arg: A): Promise<T> =>
  page.evaluate(([f, a]) => new Function('lib', 'a', `return (${f})(lib, a)`)((globalThis as unknown as { dvlensLibrary: Lib }).dvlensLibrary, a), [fn.toString(), arg] as const) as Promise<T>;

let couch: CouchServer;
/** The fixture pages at their real-looking addresses (every host but the CouchDB server's 127.0.0.1 is mapped to it). */
let pages: { server: Server; port: number };
const officers: Officer[] = [];

async function officer(profileDir = mkdtempSync(join(tmpdir(), 'dvlens-team-'))): Promise<Officer> {
  const { context, extensionId } = await launchWithExtension({ profileDir, port: pages.port, unmapped: ['127.0.0.1'] });
  const o: Officer = { context, id: extensionId, library: await context.newPage(), profileDir };
  await openLibrary(o);
  return o;
}

/** (Re)open an officer's library page. */
async function openLibrary(o: Officer): Promise<void> {
  if (o.library.isClosed()) o.library = await o.context.newPage();
  await o.library.goto(`chrome-extension://${o.id}/library.html`);
  await o.library.waitForFunction(() => 'dvlensLibrary' in globalThis);
}

/** What the library list's row of the clip of `url` says about who clipped it. */
async function rowOrigin(page: Page, url: string): Promise<string | null> {
  const id = (await inLib(page, (lib, u) => lib.byUrl(u), url))?.id;
  const row = page.getByRole('listitem').filter({ has: page.locator(`a[href="#/clip/${id}"]`) });
  return row.locator('[data-origin]').textContent({ timeout: 2000 }).catch(() => null);
}

type SwChrome = {
  offscreen: { closeDocument(): Promise<void> };
  runtime: { getContexts(f: object): Promise<unknown[]> };
};
/** How many offscreen documents the officer's extension has open. */
const offscreenCount = (o: Officer) =>
  o.context.serviceWorkers()[0]?.evaluate(async () => (await (globalThis as unknown as { chrome: SwChrome }).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);

const GIAO_BAN = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';

/** Give the extension access to the test server's host, as the reader's "Allow" does (a test cannot click the prompt). */
async function allowServer(o: Officer): Promise<void> {
  const ext = await o.context.newPage();
  await ext.goto('chrome://extensions');
  await ext.evaluate(
    ([id, p]) => ((globalThis as unknown as { chrome: unknown }).chrome as { developerPrivate: { addHostPermission(id: string, p: string): Promise<void> } }).developerPrivate.addHostPermission(id as string, p as string),
    [o.id, 'http://127.0.0.1/*'],
  );
  await ext.close();
}

async function connect(o: Officer, who: { name: string; password: string }): Promise<Page> {
  const opts = await o.context.newPage();
  await opts.goto(`chrome-extension://${o.id}/options.html`);
  await opts.getByLabel('Database address').fill(couch.db);
  await opts.getByLabel('User name').fill(who.name);
  await opts.getByLabel('Password').fill(who.password);
  await opts.getByRole('button', { name: 'Connect' }).click();
  return opts;
}

const clip1 = () => fixtureClip('01-tinh-giao-ban', { clippedAt: '2024-07-18T02:00:00.000Z', updatedAt: '2024-07-18T02:00:00.000Z' }, '2024-07-17');
const clip2 = () => fixtureClip('03-huyen-dan-van-kheo', { clippedAt: '2024-07-19T02:00:00.000Z', updatedAt: '2024-07-19T02:00:00.000Z' }, '2024-07-10');

describe('team library', () => {
  beforeAll(async () => {
    couch = await startCouch('bandanvan', [LAN, MINH]);
    pages = await startServer();
    officers.push(await officer(), await officer());
  }, 90_000);
  afterAll(async () => {
    for (const o of officers) await o.context.close();
    await couch?.close();
    pages?.server.close();
  });

  it('refuses a wrong password in words and changes nothing', async () => {
    const [a] = officers as [Officer];
    await inLib(a.library, (lib, c) => lib.save(c), clip1());
    await allowServer(a);
    const opts = await connect(a, { name: LAN.name, password: 'sai mật khẩu' });
    await expect.poll(() => opts.getByRole('alert').textContent(), { timeout: 15_000 }).toBe('Wrong user name or password.');
    expect(await opts.getByRole('button', { name: 'Connect' }).count()).toBe(1);
    expect(await a.context.serviceWorkers()[0]?.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }).chrome.storage.local.get('team'))).toEqual({});
    expect(await inLib(a.library, (lib) => lib.db.replica.count(), null)).toBe(0);
    expect(await inLib(a.library, (lib) => lib.db.outbox.count(), null)).toBe(0);
    expect(await inLib(a.library, (lib) => lib.count(), null)).toBe(1);
    // The server saw no write.
    expect((await couch.admin$('/bandanvan')).json).toMatchObject({ doc_count: 0 });
    await opts.close();
  });

  it('two officers join the same database; clips made in each appear in the other, with who clipped them', async () => {
    const [a, b] = officers as [Officer, Officer];
    await allowServer(b);
    await inLib(b.library, (lib, c) => lib.save(c), clip2());
    const optsA = await connect(a, LAN);
    await expect.poll(() => optsA.locator('.team-connected').textContent(), { timeout: 15_000 }).toContain('as lan');
    const optsB = await connect(b, MINH);
    await expect.poll(() => optsB.locator('.team-connected').textContent(), { timeout: 15_000 }).toContain('as minh');
    for (const o of [a, b]) {
      await expect.poll(() => inLib(o.library, (lib) => lib.count(), null), { timeout: 30_000 }).toBe(2);
    }
    expect((await inLib(a.library, (lib, u) => lib.byUrl(u), clip2().url))?.title).toBe(clip2().title);
    expect((await inLib(b.library, (lib, u) => lib.byUrl(u), clip1().url))?.title).toBe(clip1().title);
    // The status line on the library page, and the origin on the clip's page.
    await expect.poll(() => a.library.locator('[data-team-line]').textContent(), { timeout: 15_000 }).toMatch(/Team library \(127\.0\.0\.1:\d+\): Last synced/);
    const theirs = await inLib(a.library, (lib, u) => lib.byUrl(u), clip2().url);
    await a.library.goto(`chrome-extension://${a.id}/library.html#/clip/${theirs?.id}`);
    await expect.poll(() => a.library.locator('[data-origin]').textContent(), { timeout: 10_000 }).toBe('minh');
    await a.library.goto(`chrome-extension://${a.id}/library.html`);
    // The list's rows say it too: "you" for one's own clips, the colleague's name for theirs.
    await expect.poll(() => rowOrigin(a.library, clip2().url), { timeout: 10_000 }).toBe('Clipped by minh');
    await expect.poll(() => rowOrigin(a.library, clip1().url)).toBe('Clipped by you');
    await expect.poll(() => rowOrigin(b.library, clip1().url), { timeout: 10_000 }).toBe('Clipped by lan');
    // Chrome needs no CORS on the server for an extension's requests to a host it was granted: none was asked or given.
    expect(couch.cors.requests).toBeGreaterThan(20);
    expect(couch.cors).toMatchObject({ preflights: 0, allowOrigin: 0 });
    // A search on Minh's side finds Lan's clip (search terms came with it).
    await expect.poll(() => b.library.evaluate(async () => (await (globalThis as unknown as { dvlensLibrary: { ids(q: object): Promise<number[]> } }).dvlensLibrary.ids({ text: 'giao ban' })).length)).toBeGreaterThan(0);
    await Promise.all([optsA.close(), optsB.close()]);
  }, 90_000);

  it('resumes by itself when Chrome closed the offscreen document and stopped the service worker: a page clipped in one browser reaches the other', async () => {
    const [a, b] = officers as [Officer, Officer];
    // No library page open on Lan's side (it would wake replication itself): only the background can resume it.
    await a.library.close();
    await a.context.serviceWorkers()[0]?.evaluate(() => (globalThis as unknown as { chrome: SwChrome }).chrome.offscreen.closeDocument());
    expect(await offscreenCount(a)).toBe(0);
    // Then Chrome stops the idle service worker (it forgets everything it knew).
    const page = await a.context.newPage();
    const cdp = await a.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
    const before = new Date().toISOString();
    const onB = await inLib(b.library, (lib) => lib.count(), null);
    // Lan clips an article from the page's panel, as a reader does.
    await page.goto(GIAO_BAN);
    await page.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined, null, { timeout: 15_000 });
    await ui(page).click(/^Clip article/);
    await expect.poll(async () => (await ui(page).buttons(/^(Clip article|Clipped)/))[0], { timeout: 15_000 }).toMatch(/Clipped/);
    // It reaches Minh, who sees who clipped it in the list.
    await expect.poll(() => inLib(b.library, (lib) => lib.count(), null), { timeout: 60_000, interval: 500 }).toBe(onB + 1);
    const known = new Set([clip1().url, clip2().url]);
    const url = (await inLib(b.library, async (lib) => (await lib.rows()).map((r) => r.url), null)).find((u) => !known.has(u)) as string;
    expect(url).toMatch(/^https?:\/\/baotinh\.vn\/chinh-tri\/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345\.html$/);
    await expect.poll(() => rowOrigin(b.library, url), { timeout: 10_000 }).toBe('Clipped by lan');
    expect(await offscreenCount(a)).toBe(1);
    await page.close();
    // Lan's library page, opened now: synced after the clip, nothing waiting, and the row says "you".
    await openLibrary(a);
    await expect.poll(() => inLib(a.library, (lib) => lib.db.outbox.count(), null), { timeout: 15_000 }).toBe(0);
    const state = (await inLib(a.library, (lib) => (lib.db as unknown as { replica: { get(k: string): Promise<{ lastSynced: string | null; problem: string | null }> } }).replica.get(''), null)) as {
      lastSynced: string | null;
      problem: string | null;
    };
    expect(state.problem).toBeNull();
    expect(state.lastSynced && state.lastSynced > before).toBe(true);
    await expect.poll(() => a.library.locator('[data-team-line]').textContent(), { timeout: 15_000 }).toMatch(/^Team library \(127\.0\.0\.1:\d+\): Last synced [^.]+\.$/);
    await expect.poll(() => rowOrigin(a.library, url)).toBe('Clipped by you');
  }, 120_000);

  it('an edit of one clip on both sides while the server is down converges to the same merged clip', async () => {
    const [a, b] = officers as [Officer, Officer];
    await couch.stop();
    const url = clip1().url;
    const idA = (await inLib(a.library, (lib, u) => lib.byUrl(u), url))?.id as number;
    const idB = (await inLib(b.library, (lib, u) => lib.byUrl(u), url))?.id as number;
    await inLib(a.library, (lib, [id]) => lib.edit(id, { note: 'Lan: số liệu mục 2', tags: ['báo cáo'] }), [idA] as const);
    await inLib(b.library, (lib, [id]) => lib.edit(id, { note: 'Minh: kiểm tra với huyện', tags: ['kiểm tra'] }), [idB] as const);
    await expect.poll(() => a.library.locator('[data-team-line]').textContent(), { timeout: 30_000 }).toMatch(/cannot be reached/);
    await couch.start();
    const merged = async (o: Officer) => {
      const c = await inLib(o.library, (lib, u) => lib.byUrl(u), url);
      return c ? { note: c.note, tags: [...c.tags].sort(), updatedAt: c.updatedAt } : null;
    };
    await expect
      .poll(async () => JSON.stringify(await merged(a)) === JSON.stringify(await merged(b)) && (await merged(a))?.note.includes('Minh'), { timeout: 90_000, interval: 1000 })
      .toBe(true);
    const m = await merged(a);
    expect(m?.note).toContain('Lan: số liệu mục 2');
    expect(m?.note).toContain('Minh: kiểm tra với huyện');
    expect(m?.tags).toEqual(['báo cáo', 'kiểm tra']);
  }, 150_000);

  it('a delete propagates, and a server stopped in the middle of a sync loses nothing', async () => {
    const [a, b] = officers as [Officer, Officer];
    const gone = (await inLib(b.library, (lib, u) => lib.byUrl(u), clip2().url))?.id as number;
    const onB = (await inLib(b.library, (lib) => lib.count(), null)) - 1;
    await inLib(b.library, (lib, id) => lib.remove([id]), gone);
    await expect.poll(() => inLib(a.library, (lib, u) => lib.byUrl(u), clip2().url), { timeout: 60_000 }).toBeNull();
    // Many clips at once on Lan's side; the server goes away while they are being sent.
    // More clips than one replication batch (400), so the server stops between batches.
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...clip2(), url: `https://baohuyen.example.vn/tin-${i}.html`, title: `Tin dân vận số ${i}` }));
    await inLib(a.library, (lib, cs) => lib.saveMany(cs), many);
    // Stop the server as soon as the first of them reached it: the rest are still on their way.
    await expect.poll(async () => ((await couch.admin$('/bandanvan')).json as { doc_count: number }).doc_count, { interval: 20, timeout: 30_000 }).toBeGreaterThan(onB);
    const onServer = ((await couch.admin$('/bandanvan')).json as { doc_count: number }).doc_count;
    await couch.stop();
    console.log(`team e2e: the server stopped with ${onServer} of ${onB + 1000} clip documents`);
    expect(onServer).toBeLessThan(onB + 1000);
    await a.library.waitForTimeout(2000);
    await couch.start();
    await expect.poll(() => inLib(b.library, (lib) => lib.count(), null), { timeout: 120_000, interval: 1000 }).toBe(onB + 1000);
    expect(await inLib(b.library, (lib, u) => lib.byUrl(u), many[77]?.url as string)).toMatchObject({ title: 'Tin dân vận số 77' });
    await expect.poll(() => inLib(a.library, (lib) => lib.db.outbox.count(), null), { timeout: 30_000 }).toBe(0);
  }, 200_000);

  it('changes made offline are sent after the browser is closed and started again', async () => {
    const [a, b] = officers as [Officer, Officer];
    await couch.stop();
    const url = clip1().url;
    const id = (await inLib(a.library, (lib, u) => lib.byUrl(u), url))?.id as number;
    await inLib(a.library, (lib, [i]) => lib.edit(i, { tags: ['sau khởi động lại'] }), [id] as const);
    await expect.poll(() => inLib(a.library, (lib) => lib.db.outbox.count(), null)).toBeGreaterThan(0);
    await a.context.close();
    await couch.start();
    // The same profile again: the background resumes replication as the browser starts.
    const again = await officer(a.profileDir);
    officers[0] = again;
    await expect
      .poll(async () => (await inLib(b.library, (lib, u) => lib.byUrl(u), url))?.tags ?? [], { timeout: 90_000, interval: 1000 })
      .toContain('sau khởi động lại');
    await expect.poll(() => inLib(again.library, (lib) => lib.db.outbox.count(), null), { timeout: 30_000 }).toBe(0);
  }, 150_000);

  it('disconnecting keeps the library as it is', async () => {
    const [a] = officers as [Officer];
    const before = await inLib(a.library, (lib) => lib.count(), null);
    const opts = await a.context.newPage();
    await opts.goto(`chrome-extension://${a.id}/options.html`);
    await opts.getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => opts.getByRole('status').allTextContents()).toContain('Disconnected. Your library stays as it is.');
    expect(await inLib(a.library, (lib) => lib.count(), null)).toBe(before);
    expect(await inLib(a.library, (lib) => lib.db.replica.count(), null)).toBe(0);
    await opts.close();
  });
});
