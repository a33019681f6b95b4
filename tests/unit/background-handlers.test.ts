/**
 * The background's handlers, called as the content scripts and the popup
 * call them (through the protocol's listener), over a library on
 * fake-indexeddb and the real page reader; the browser-only parts (badge,
 * injection, tabs) are recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BackgroundDeps, backgroundHandlers, BADGE_COLORS, NO_ARTICLE, OTHER_SITE } from '@/lib/background/handlers';
import { extract } from '@/lib/engine';
import { type BackgroundCalls, caller, handle, type Sender } from '@/lib/shared/messages';
import { readHtml } from '@/lib/reader/reading';
import { memoryLibrary } from '../library/helpers';

const PAGES = join(__dirname, '../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<string, { url: string }>;
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');
const ORIGIN = 'chrome-extension://abcdef/';

/** The handlers over recording fakes; `call` sends as `sender`. */
function background(over: Partial<BackgroundDeps> = {}) {
  const log: string[] = [];
  const library = memoryLibrary();
  const deps: BackgroundDeps = {
    library: () => library,
    read: async (r) => ({ ok: true, reading: readHtml(r.html, r.url, { forced: r.forced }) }),
    extractEnglish: async (reading) => {
      log.push('english');
      reading.extraction = extract(reading.article.text, { lang: 'en' });
      reading.english = false;
    },
    strings: () => ({ official: 'Cán bộ' }),
    summaryLength: async () => 2,
    annotateTab: async (tabId) => {
      log.push(`annotate ${tabId}`);
      return true;
    },
    injectEnglish: async (tabId, frameId) => {
      log.push(`inject english ${tabId}/${frameId}`);
      return true;
    },
    ready: (tabId) => log.push(`ready ${tabId}`),
    setBadge: (tabId, text, color) => log.push(`badge ${tabId} "${text}" ${color}`),
    openPage: async (path) => {
      log.push(`open ${path}`);
    },
    extensionOrigin: ORIGIN,
    wakeTeam: async () => {},
    ...over,
  };
  const listener = handle<BackgroundCalls>(backgroundHandlers(deps));
  const as = (sender: Sender) =>
    caller<BackgroundCalls>(
      (m) =>
        new Promise((resolve, reject) => {
          if (listener(JSON.parse(JSON.stringify(m)), sender, resolve) !== true) reject(new Error('no listener'));
        }),
    );
  return { log, library, as };
}

const tab = (url: string, id = 5, frameId = 0): Sender => ({ tab: { id }, frameId, url });

describe("the background's handlers", () => {
  it('reads a page for its content script, with the strings only when asked', async () => {
    const { as } = background();
    const call = as(tab(expected['baotinh-giao-ban.html']?.url ?? ''));
    const first = await call('read-page', { html: page('baotinh-giao-ban.html'), url: expected['baotinh-giao-ban.html']?.url ?? '', forced: false, strings: true });
    expect(first?.ok).toBe(true);
    if (!first?.ok) return;
    expect(first.reading.extraction?.officials.map((o) => o.name)).toContain('Trịnh Văn Khải');
    expect(first.strings).toEqual({ official: 'Cán bộ' });
    const again = await call('read-page', { html: page('baotinh-giao-ban.html'), url: expected['baotinh-giao-ban.html']?.url ?? '', forced: false, strings: false });
    expect(again?.ok && again.strings).toBe(undefined);
  });

  it('has English bodies extracted where the background can, and passes a refusal on as it is', async () => {
    const { as, log } = background();
    const url = expected['english-edition.html']?.url ?? '';
    const r = await as(tab(url))('read-page', { html: page('english-edition.html'), url, forced: false, strings: false });
    expect(log).toEqual(['english']);
    expect(r?.ok && r.reading.english).toBe(false);
    expect(r?.ok && r.reading.extraction?.lang).toBe('en');
    const refused = background({ read: async () => ({ ok: false, code: 'page-too-deep', message: 'This page is nested too deeply to read.' }) });
    expect(await refused.as(tab(url))('read-page', { html: '<html></html>', url, forced: true, strings: true })).toEqual({ ok: false, code: 'page-too-deep', message: 'This page is nested too deeply to read.' });
    expect(refused.log).toEqual([]);
  });

  it("sets the badge of the sender's tab, and of no tab for a sender without one", async () => {
    const { as, log } = background();
    await as(tab('https://baotinh.vn/a.html', 9))('counts', { state: 'annotated', total: 14 });
    await as(tab('https://baotinh.vn/b.html', 10))('counts', { state: 'not-article', total: 3 });
    await as({ url: `${ORIGIN}popup.html` })('counts', { state: 'annotated', total: 1 });
    expect(log).toEqual([`badge 9 "14" ${BADGE_COLORS.annotated}`, `badge 10 "" ${BADGE_COLORS.other}`]);
  });

  it("clips a page from its own reading of the page's HTML: its own site only, any site for extension pages, the quote the page sends", async () => {
    const { as, library } = background();
    const url = expected['baotinh-giao-ban.html']?.url ?? '';
    const html = page('baotinh-giao-ban.html');
    // A frame on another site naming baotinh.vn's address as its own is refused...
    expect(await as(tab('https://evil.example/x.html'))('clip-page', { html, url })).toEqual(OTHER_SITE);
    expect(await library.count()).toBe(0);
    // ...and copying baotinh.vn's page with its canonical link makes a clip of its own address, not baotinh.vn's.
    const copied = await as(tab('https://evil.example/x.html'))('clip-page', { html, url: 'https://evil.example/x.html' });
    expect(copied).toMatchObject({ ok: true, created: true });
    expect((await library.get(copied?.ok ? copied.id : -1))?.url).toBe('https://evil.example/x.html');
    await library.remove([copied?.ok ? copied.id : -1]);
    const quote = { text: 'công tác dân vận', prefix: 'về ', suffix: ' trong', addedAt: '2024-07-18T01:00:00.000Z' };
    const saved = await as(tab(url))('clip-page', { html, url, quote });
    expect(saved).toMatchObject({ ok: true, created: true });
    const clip = await library.get(saved?.ok ? saved.id : -1);
    expect(clip?.officials.map((o) => o.name)).toContain('Trịnh Văn Khải');
    expect(clip?.documents.map((d) => d.key)).toContain('25-NQ/TW');
    expect(clip?.summary).toHaveLength(2);
    expect(clip?.quotes).toEqual([quote]);
    expect(clip?.text.startsWith(readHtml(html, url).article.text.slice(0, 200))).toBe(true);
    // Clipped again: the same clip.
    expect(await as(tab(url))('clip-page', { html, url })).toMatchObject({ ok: true, created: false });
    // The library page may clip any site's page.
    const other = page('mattran-doi-thoai.html');
    expect(await as({ url: `${ORIGIN}library.html` })('clip-page', { html: other, url: expected['mattran-doi-thoai.html']?.url ?? '' })).toMatchObject({ ok: true, created: true });
    expect(await library.count()).toBe(2);
  });

  it('refuses to clip a page with no text, and a page over the limits with its reason', async () => {
    const { as, library } = background();
    expect(await as(tab('https://baotinh.vn/trong.html'))('clip-page', { html: '<html><body></body></html>', url: 'https://baotinh.vn/trong.html' })).toEqual(NO_ARTICLE);
    const refused = background({ read: async () => ({ ok: false, code: 'page-too-large', message: 'This page is too large to read.' }) });
    expect(await refused.as(tab('https://baotinh.vn/to.html'))('clip-page', { html: '<html></html>', url: 'https://baotinh.vn/to.html' })).toEqual({ ok: false, code: 'page-too-large', message: 'This page is too large to read.' });
    expect(await library.count()).toBe(0);
  });

  it('uses the entities an English page extracted itself, where the background has no English extractor', async () => {
    const { as, library, log } = background();
    const url = expected['english-edition.html']?.url ?? '';
    const html = page('english-edition.html');
    const text = readHtml(html, url, { forced: true }).article.text;
    const extraction = extract(text, { lang: 'en' });
    const saved = await as(tab(url))('clip-page', { html, url, extraction });
    expect(saved).toMatchObject({ ok: true, created: true });
    expect(log).toEqual([]);
    const clip = await library.get(saved?.ok ? saved.id : -1);
    expect(clip?.lang).toBe('en');
    expect(clip?.officials.map((o) => o.name)).toEqual(extraction.officials.map((o) => o.name));
  });

  it('answers "is this clipped?" for the own site only', async () => {
    const { as } = background();
    const url = expected['baotinh-giao-ban.html']?.url ?? '';
    const saved = await as(tab(url))('clip-page', { html: page('baotinh-giao-ban.html'), url });
    const id = saved?.ok ? saved.id : -1;
    const canonical = readHtml(page('baotinh-giao-ban.html'), url).article.canonicalUrl ?? url;
    expect(await as(tab(url))('clip-status', { url: canonical })).toEqual({ clipped: true, id });
    expect(await as(tab('https://evil.example/'))('clip-status', { url: canonical })).toEqual({ clipped: false });
    expect(await as(tab('https://baotinh.vn/khac.html'))('clip-status', { url: 'https://baotinh.vn/khac.html' })).toEqual({ clipped: false });
  });

  it('annotates a tab for the popup, hears the injected script say it is ready (top frame only), injects English into the asking frame, opens the library', async () => {
    const { as, log } = background();
    const popup = as({ url: `${ORIGIN}popup.html` });
    expect(await popup('annotate-tab', { tabId: 12 })).toBe(true);
    await as(tab('https://baotinh.vn/a.html', 12, 0))('content-ready');
    await as(tab('https://baotinh.vn/a.html', 12, 3))('content-ready');
    expect(await as(tab('https://bbc.com/vietnamese/x', 12, 3))('need-english')).toBe(true);
    expect(await as({ url: `${ORIGIN}popup.html` })('need-english')).toBe(false);
    expect(await popup('open-library', { clipId: 4 })).toBe(true);
    expect(await popup('open-library')).toBe(true);
    expect(log).toEqual(['annotate 12', 'ready 12', 'inject english 12/3', 'open /library.html#/clip/4', 'open /library.html']);
  });
});
