// @vitest-environment happy-dom
/**
 * The content script's page session, on a live (happy-dom) page: the
 * background is the real one (its handlers over the page reader and a
 * library on fake-indexeddb) reached through the protocol's listener; the
 * settings and the panel's state are in WXT's fake browser storage. happy-dom
 * has no CSS Custom Highlight API, so marks are the `<dvlens-mark>` fallback
 * the tests can see.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type BackgroundDeps, backgroundHandlers } from '@/lib/background/handlers';
import type { Library } from '@/lib/library/db';
import { type BackgroundCalls, caller, handle, type ReadAnswer } from '@/lib/shared/messages';
import { readHtml } from '@/lib/reader/reading';
import { type PageSession, pageSession, type SessionHost } from '@/lib/live/session';
import { readSettings, SETTING_KEYS } from '@/lib/shared/settings';
import { memoryLibrary } from '../library/helpers';

const URL_ = 'https://baotinh.vn/chinh-tri/ban-dan-van-lam-viec-tai-huyen-a2024.html';

const ARTICLE = `
<header><div>Thứ Hai, 25/11/2024</div><nav><a href="/">Trang chủ</a></nav></header>
<article>
  <h1>Ban Dân vận Tỉnh ủy làm việc tại huyện</h1>
  <p>Sáng 16/7, đồng chí <b>Trịnh Văn Khải</b>, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác dân vận, việc thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua "Dân vận khéo" trên địa bàn.</p>
  <p>Theo báo cáo, các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, gắn với Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.</p>
  <p id="last">Phát biểu kết luận, đồng chí Trịnh Văn Khải đề nghị Huyện ủy làm tốt công tác nắm tình hình Nhân dân, đối thoại với Nhân dân, giải quyết kịp thời các kiến nghị chính đáng, nhất là trước thời điểm ngày 01/7/2025.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/x">Đồng chí Lê Quang Vũ, Chủ tịch UBND tỉnh tiếp xúc cử tri</a></li></ul></aside>`;

/** What the session and the background did. */
interface Trace {
  reads: { forced: boolean; strings: boolean }[];
  badges: string[];
  renders: number;
  strings: Record<string, string> | null;
}

/** A session on the test page, over the real background handlers. */
async function session(options: { read?: BackgroundDeps['read']; library?: Library } = {}): Promise<{ s: PageSession; trace: Trace; library: Library }> {
  const library = options.library ?? memoryLibrary(`session-${Math.random()}`);
  const trace: Trace = { reads: [], badges: [], renders: 0, strings: null };
  const read = options.read ?? (async (r) => ({ ok: true, reading: readHtml(r.html, r.url, { forced: r.forced }) }) satisfies ReadAnswer);
  const listener = handle<BackgroundCalls>(
    backgroundHandlers({
      library: () => library,
      read: (r) => {
        trace.reads.push({ forced: r.forced, strings: false });
        return read(r);
      },
      extractEnglish: async () => {},
      strings: () => ({ clipArticle: 'Lưu bài' }),
      summaryLength: async () => readSettings(await fakeBrowser.storage.local.get('summaryLength')).summaryLength,
      annotateTab: async () => true,
      injectEnglish: async () => false,
      ready: () => {},
      setBadge: (_tab, text) => trace.badges.push(text),
      openPage: async () => {},
      extensionOrigin: 'chrome-extension://test/',
      wakeTeam: async () => {},
    }),
  );
  // As from the content script of tab 1 on the page's own site; messages cross as copies.
  const call = caller<BackgroundCalls>(
    (m) =>
      new Promise((resolve, reject) => {
        if ((m as { type: string }).type === 'dvlens:read-page') {
          const last = trace.reads.length;
          queueMicrotask(() => {
            if (trace.reads[last]) trace.reads[last].strings = (m as { strings: boolean }).strings;
          });
        }
        if (listener(JSON.parse(JSON.stringify(m)), { tab: { id: 1 }, frameId: 0, url: URL_ }, resolve) !== true) reject(new Error('no listener'));
      }),
  );
  const host: SessionHost = {
    doc: document,
    win: window as unknown as Window & typeof globalThis,
    call,
    store: (items) => fakeBrowser.storage.local.set(items),
    uiLang: 'vi',
    haveStrings: () => trace.strings !== null,
    useStrings: (s) => {
      trace.strings = s;
    },
    english: async () => {
      throw new Error('not an English page');
    },
    render: () => {
      trace.renders++;
    },
    skip: (el) => el.tagName.toLowerCase() === 'dvlens-ui',
  };
  const stored = await fakeBrowser.storage.local.get([...SETTING_KEYS, 'panelOpen']);
  const s = pageSession(host, stored, false);
  running.push(s);
  return { s, trace, library };
}

const marks = () => Array.from(document.querySelectorAll('dvlens-mark')).map((m) => `${m.getAttribute('data-kind')}:${m.textContent}${m.hasAttribute('data-off') ? ' (off)' : ''}`);
const until = async (ok: () => boolean, ms = 5000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Sessions of the test under way: stopped after it, so they do not watch the next test's page. */
const running: PageSession[] = [];
afterEach(() => {
  for (const s of running.splice(0)) s.stop();
});

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
  document.documentElement.removeAttribute('data-dvlens');
  document.head.innerHTML = '<title>Ban Dân vận Tỉnh ủy làm việc tại huyện - Báo Tỉnh</title>';
  document.body.innerHTML = ARTICLE;
});

describe('the page session', () => {
  it('reads a dân vận article through the background, highlights its body only, and tells the badge and the popup', async () => {
    const { s, trace } = await session();
    expect(s.info().state).toBe('pending');
    await s.start();
    expect(document.documentElement.dataset.dvlens).toBe('annotated');
    expect(document.documentElement.dataset.dvlensMs).toMatch(/^page:[\d.]+,slice:[\d.]+,serialize:/);
    expect(trace.reads).toEqual([{ forced: false, strings: true }]);
    expect(trace.strings).toEqual({ clipArticle: 'Lưu bài' });
    expect(marks()).toContain('official:Trịnh Văn Khải');
    expect(marks()).toContain('document:Nghị quyết số 25-NQ/TW');
    // "Lê Quang Vũ" is in the related links, not the body.
    expect(marks().some((m) => m.includes('Lê Quang Vũ'))).toBe(false);
    expect(trace.badges).toEqual([String(marks().length - 1)]);
    const info = s.info();
    expect(info).toMatchObject({ state: 'annotated', isArticle: true, title: 'Ban Dân vận Tỉnh ủy làm việc tại huyện', url: URL_, clipId: null });
    expect(info.counts).toEqual({ official: 1, document: 2, date: 3 });
    expect(s.state.ann?.items.map((i) => i.kind)).toEqual(['official', 'document', 'document', 'date', 'date', 'date']);
    // The page's text is as it was.
    expect(document.querySelector('article')?.textContent).toContain('đồng chí Trịnh Văn Khải, Ủy viên Ban Thường vụ');
  });

  it('hides and shows kinds, one at a time and all at once', async () => {
    const { s } = await session();
    await s.start();
    s.toggle('document');
    expect(marks().filter((m) => m.startsWith('document:')).every((m) => m.endsWith('(off)'))).toBe(true);
    expect(marks().filter((m) => m.startsWith('official:')).some((m) => m.endsWith('(off)'))).toBe(false);
    s.toggleAll();
    expect(marks().every((m) => m.endsWith('(off)'))).toBe(true);
    s.toggleAll();
    expect(marks().some((m) => m.endsWith('(off)'))).toBe(false);
  });

  it('leaves the page alone in "on click" mode, and reads and clips it when the reader clips', async () => {
    await fakeBrowser.storage.local.set({ mode: 'click' });
    const { s, trace, library } = await session();
    await s.start();
    expect(trace.reads).toEqual([]);
    expect(document.documentElement.dataset.dvlens).toBe('off');
    const r = await s.clip();
    expect(r).toMatchObject({ ok: true, created: true });
    // Read for the highlights, then by the background for the clip (built from its own reading).
    expect(trace.reads.map((x) => x.forced)).toEqual([true, true]);
    expect(s.info().clipId).toBe(r.ok ? r.id : -1);
    const saved = await library.byUrl(URL_);
    expect(saved?.title).toBe('Ban Dân vận Tỉnh ủy làm việc tại huyện');
    expect(saved?.officials.map((o) => o.name)).toEqual(['Trịnh Văn Khải']);
    expect(saved?.summary.length).toBeGreaterThan(0);
    expect(saved?.text).toContain('Trưởng Ban Dân vận Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy');
  });

  it('knows a page clipped before, and adds the selection to its clip as a quote', async () => {
    const first = await session();
    await first.s.start();
    await first.s.clip();
    document.body.innerHTML = ARTICLE;
    first.s.stop();
    const { s, library } = await session({ library: first.library });
    await s.start();
    await until(() => s.info().clipId !== null);
    expect(await s.quoteSelection()).toBeNull();
    const p = document.getElementById('last') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    expect(await s.quoteSelection()).toMatchObject({ ok: true, created: false });
    const clip = await library.byUrl(URL_);
    expect(clip?.quotes).toHaveLength(1);
    expect(clip?.quotes[0]?.text).toMatch(/^Phát biểu kết luận, đồng chí Trịnh Văn Khải/);
    expect(clip?.quotes[0]?.prefix).toMatch(/Bộ Chính trị\.\s*$/);
  });

  it('re-reads a changed page, batched, and follows the settings without a reload', async () => {
    const { s, trace } = await session();
    await s.start();
    // The page adds a paragraph and changes it again at once: one more reading.
    const p = document.createElement('p');
    p.textContent = 'Cùng dự buổi làm việc có đồng chí Hồ Thị Lành, Phó Trưởng Ban Dân vận Tỉnh ủy, phụ trách công tác dân vận chính quyền.';
    document.querySelector('article')?.appendChild(p);
    p.append(' Hội nghị thống nhất các giải pháp.');
    await until(() => marks().includes('official:Hồ Thị Lành'));
    expect(trace.reads).toHaveLength(2);
    // The reader turns dates off in the options page...
    s.settingsChanged({ kinds: { newValue: { official: true, document: true, date: false } } });
    expect(marks().filter((m) => m.startsWith('date:')).every((m) => m.endsWith('(off)'))).toBe(true);
    // ...then chooses "on click": the highlights go.
    s.settingsChanged({ mode: { newValue: 'click' } });
    expect(marks()).toEqual([]);
    expect(document.documentElement.dataset.dvlens).toBe('off');
    expect(document.querySelector('article')?.textContent).toContain('Hồ Thị Lành');
  });

  it('says why a page too deep to read is left alone, and clipping it says so too', async () => {
    const { s, trace } = await session({ read: async () => ({ ok: false, code: 'page-too-deep', message: 'This page is nested too deeply to read.' }) });
    await s.start();
    expect(document.documentElement.dataset.dvlens).toBe('page-too-deep');
    expect(s.info()).toMatchObject({ state: 'off', problem: 'page-too-deep' });
    expect(trace.badges).toEqual(['']);
    expect(marks()).toEqual([]);
    expect(await s.clip()).toMatchObject({ ok: false, code: 'page-too-deep' });
    expect(s.state.clip.status).toBe('error');
  });

  it('answers a waiting popup when the reading ends, remembers a closed panel, and stops when told', async () => {
    const { s, trace } = await session();
    const started = s.start();
    await s.settledOrTimeout(5000);
    await started;
    expect(s.info().state).toBe('annotated');
    s.close();
    expect(s.state.panelOpen).toBe(false);
    await until(() => trace.renders > 0);
    expect(await fakeBrowser.storage.local.get('panelOpen')).toEqual({ panelOpen: false });
    s.stop();
    document.querySelector('article')?.appendChild(document.createElement('p')).append('Đoạn mới sau khi dừng.');
    s.again(true);
    await new Promise((r) => setTimeout(r, 1300));
    expect(trace.reads).toHaveLength(1);
  });
});
