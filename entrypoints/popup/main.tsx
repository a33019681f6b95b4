/**
 * The toolbar popup's glue: annotates the active tab (activeTab + scripting,
 * through the background), asks its content script what the page is, clips it
 * on request, and lists the latest clips or search results from the library
 * (read directly: the popup is in the extension's origin).
 */
import { render } from 'preact';
import type { ClipState } from '@/lib/live/session';
import { PopupView } from '@/components/PopupView';
import { t, uiLang } from '@/lib/i18n/strings';
import { Library, LibraryDb } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import { type BackgroundCalls, caller, libraryPath, type PageInfo, type TabCalls } from '@/lib/shared/messages';
import type { AnnotateMode } from '@/lib/shared/settings';
import { readSettings, SETTING_KEYS } from '@/lib/shared/settings';
import './style.css';

const lang = uiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const lib = new Library(new LibraryDb());
const root = document.getElementById('app');
let mode: AnnotateMode = 'dan-van';
let summaryLength = 3;
let status = t(lang, 'annotating');
let tabId: number | undefined;
let page: PageInfo | null = null;
let clip: ClipState = { status: 'idle' };
let clips: Clip[] | null = null;
let query = '';

const toBackground = caller<BackgroundCalls>((m) => browser.runtime.sendMessage(m));
/** `call(name)` to tab `id`'s content script. */
const toTab = (id: number) => caller<TabCalls>((m) => browser.tabs.sendMessage(id, m));

function draw() {
  if (!root) return;
  render(
    <PopupView
      lang={lang}
      mode={mode}
      status={status}
      page={page}
      clip={clip}
      clips={clips}
      query={query}
      summaryLength={summaryLength}
      onSummaryLength={(n) => {
        summaryLength = n;
        void browser.storage.local.set({ summaryLength: n });
        draw();
      }}
      onModeChange={(m) => {
        mode = m;
        void browser.storage.local.set({ mode: m });
        draw();
      }}
      onAnnotate={() => void annotate()}
      onClip={() => void clipTab()}
      onOpenClip={(id) => {
        void browser.tabs.create({ url: browser.runtime.getURL(libraryPath(id) as '/library.html') });
        window.close();
      }}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
      onQuery={(q) => {
        query = q;
        draw();
        void list();
      }}
    />,
    root,
  );
}

/** The latest clips, or the clips matching the search box (the first 8). */
async function list() {
  const q = query;
  try {
    const found = q.trim() ? await lib.quickSearch(q, 8) : await lib.latest(6);
    if (q !== query) return; // a newer search is under way
    clips = found;
  } catch {
    clips = [];
  }
  draw();
}

/** The toolbar click: annotate the active tab, then ask it what it found. */
async function annotate() {
  // popup.html?tab=N: the popup opened in a tab for tab N (how the end-to-end tests open it).
  const given = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = given ? [{ id: given }] : await browser.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id;
  const ok = tabId === undefined ? false : await toBackground('annotate-tab', { tabId }).catch(() => false);
  status = ok ? t(lang, 'annotated') : t(lang, 'cannotAnnotate');
  draw();
  if (ok) await pageInfo();
}

/** What the tab's content script says about its page, once its reading is done. */
async function pageInfo() {
  if (tabId === undefined) return;
  const info = await toTab(tabId)('page-info', { wait: true }).catch(() => null);
  if (info && info.state !== 'pending') {
    page = info;
    clip = info.clipId !== null ? { status: 'saved', id: info.clipId } : clip;
    draw();
  }
}

async function clipTab() {
  if (tabId === undefined) return;
  clip = { ...clip, status: 'saving' };
  draw();
  const r = await toTab(tabId)('do-clip').catch(() => null);
  clip = r?.ok ? { status: 'saved', id: r.id } : { status: 'error', error: r && !r.ok ? { code: r.code, message: r.message } : { code: 'closed', message: '' } };
  draw();
  void list();
}

draw();
void list();
void browser.storage.local.get([...SETTING_KEYS]).then((s) => {
  ({ mode, summaryLength } = readSettings(s));
  draw();
  void annotate();
});
// The options page (or another window) changed a setting: show it.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(changes.mode || changes.summaryLength)) return;
  void browser.storage.local.get([...SETTING_KEYS]).then((s) => {
    ({ mode, summaryLength } = readSettings(s));
    draw();
  });
});
