/**
 * Background service worker: reads the pages content scripts send (article,
 * metadata, entities), off the pages' main threads (in the offscreen
 * document's workers, with a time budget, in Chrome); the toolbar badge shows
 * each tab's entity count; English bodies are read by the English extractor in an offscreen document (Chrome) or injected into the page on request (Firefox); the popup's
 * "annotate this page" (the toolbar click) injects a forced run; clips sent
 * by content scripts are saved in the library; the context menu and the
 * keyboard shortcut clip the page or add the selection as a quote.
 */
import { backgroundHandlers } from '@/lib/background/handlers';
import { stringsFor } from '@/lib/i18n/locales';
import { t, uiLang } from '@/lib/i18n/strings';
import { Library, LibraryDb } from '@/lib/library/db';
import { type BackgroundCalls, caller, handle, type OffscreenCalls, type ReadAnswer, type ReadRequest, READER_PORT, type TabCalls } from '@/lib/shared/messages';
import { PageLimitError } from '@/lib/reader/limits';
import { type Reading, readHtml } from '@/lib/reader/reading';
import { readSettings, sitePatterns } from '@/lib/shared/settings';
import { TEAM_KEY } from '@/lib/team/state';
import { documentCreated, type OffscreenDoc, wakeTeam } from './english-offscreen/team-wake';

/** The toolbar button: `action` (Manifest V3), `browserAction` in Firefox's Manifest V2 build. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

let library: Library | null = null;
/** The library, opened on first use. */
const lib = () => {
  library ??= new Library(new LibraryDb());
  return library;
};

/** How long a content script the background injected has to say it is ready. */
const READY_MS = 3000;
/** Tabs whose injected content script the background waits for, and what to call when it is ready. */
const readyWaiters = new Map<number, () => void>();

/**
 * Annotate a tab now: needs activeTab (the toolbar click, menu, shortcut) or
 * host access to the site. Resolves once the content script says it is
 * ready (its `content-ready` call), so what is asked of it next finds its
 * listener; false when the page cannot be annotated.
 */
async function annotateTab(tabId: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = new Promise<void>((resolve) => {
    readyWaiters.set(tabId, resolve);
    timer = setTimeout(resolve, READY_MS);
  });
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as unknown as { __dvlensForce?: boolean }).__dvlensForce = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    await ready;
    return true;
  } catch {
    // Pages the browser keeps to itself (chrome://, the web store) cannot be annotated.
    return false;
  } finally {
    clearTimeout(timer);
    readyWaiters.delete(tabId);
  }
}

/** `call(name)` to a tab's content script, injecting it first when the site is not one it runs on. */
async function toTab(tabId: number, name: 'do-clip' | 'quote-selection'): Promise<void> {
  const call = caller<TabCalls>((m) => browser.tabs.sendMessage(tabId, m));
  try {
    await call(name);
  } catch {
    if (await annotateTab(tabId)) await call(name).catch(() => null);
  }
}

const EXTRA_SCRIPT = 'dvlens-extra-sites';

/**
 * Run the content script on the extra sites the reader added in the options
 * page (those whose permission the browser granted), and annotate the tabs
 * already open on them.
 */
async function syncExtraSites(annotateOpenTabs: boolean): Promise<void> {
  const { sites } = readSettings(await browser.storage.local.get('sites'));
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const matches = sites.flatMap(sitePatterns).filter((p) => granted.has(p));
  try {
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT] });
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT] });
    if (matches.length) {
      await browser.scripting.registerContentScripts([{ id: EXTRA_SCRIPT, matches, js: ['/content-scripts/content.js'], runAt: 'document_idle' }]);
    }
  } catch (e) {
    console.warn('Dân vận Lens: could not register the extra sites', e);
  }
  if (!annotateOpenTabs || !matches.length) return;
  for (const tab of await browser.tabs.query({ url: matches })) {
    if (tab.id !== undefined) void browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] }).catch(() => {});
  }
}

/** The offscreen document as the team library's waker needs it. */
const offscreenDoc: OffscreenDoc = { open: openOffscreen, isOpen: offscreenIsOpen };
/** Make sure the team library replicates (when one is configured): see lib/team/wake.ts. */
const wake = () => void wakeTeam(offscreenDoc);

export default defineBackground(() => {
  // The team library's replication (only when one is configured) resumes whenever this background starts:
  // with the browser, and each time Chrome starts the service worker again after stopping it.
  wake();
  browser.runtime.onStartup.addListener(() => void syncExtraSites(false));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.sites) void syncExtraSites(true);
    if (area === 'local' && changes[TEAM_KEY]) wake();
  });
  // A permission taken back in the browser's own settings: stop running there.
  browser.permissions.onRemoved.addListener(() => void syncExtraSites(false));
  browser.runtime.onInstalled.addListener(() => {
    void syncExtraSites(false);
    const lang = uiLang(browser.i18n.getUILanguage());
    browser.contextMenus.create({ id: 'dvlens-clip', title: t(lang, 'clipArticle'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'dvlens-quote', title: t(lang, 'addQuote'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    void toTab(tab.id, info.menuItemId === 'dvlens-quote' ? 'quote-selection' : 'do-clip');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-article' && tab?.id !== undefined) void toTab(tab.id, 'do-clip');
  });

  const handlers = handle<BackgroundCalls>(
      backgroundHandlers({
        library: lib,
        // In a worker of the offscreen document where the browser has one, with a time budget.
        read: readInWorker,
        extractEnglish: async (reading) => {
          if (hasOffscreen()) await englishOffscreen(reading);
        },
        strings: () => stringsFor(uiLang(browser.i18n.getUILanguage())),
        summaryLength: async () => readSettings(await browser.storage.local.get('summaryLength')).summaryLength,
        annotateTab,
        injectEnglish: (tabId, frameId) =>
          browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/english.js'] }).then(
            () => true,
            () => false,
          ),
        ready: (tabId) => readyWaiters.get(tabId)?.(),
        setBadge: (tabId, text, color) => {
          void toolbar().setBadgeText({ tabId, text });
          void toolbar().setBadgeBackgroundColor({ tabId, color });
        },
        openPage: async (path) => {
          await browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') });
        },
        extensionOrigin: browser.runtime.getURL('/'),
        wakeTeam: () => wakeTeam(offscreenDoc),
      }),
    );
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Any message (a page read, a clip, the popup's questions) is a moment to check that replication runs:
    // Chrome may have closed the offscreen document while the service worker slept.
    wake();
    return handlers(message, sender, sendResponse);
  });
});

/** Does this browser have offscreen documents (Chrome)? */
function hasOffscreen(): boolean {
  return typeof (browser as { offscreen?: unknown }).offscreen === 'object';
}

/** Read a page here, on the background's own thread (browsers without offscreen documents), within the limits of lib/reader/limits.ts. */
function readOnThisThread(request: ReadRequest): ReadAnswer {
  try {
    return { ok: true, reading: readHtml(request.html, request.url, { forced: request.forced }) };
  } catch (e) {
    return { ok: false, ...(e instanceof PageLimitError ? { code: e.code } : {}), message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Read a page in one of the offscreen document's workers (Chrome), over a
 * port of its own (the HTML goes to that document only, not to every open
 * extension page as a broadcast message would). Firefox's background is a
 * page of its own and reads here. When the offscreen document cannot be
 * reached the page is read here rather than not at all.
 */
async function readInWorker(request: ReadRequest): Promise<ReadAnswer> {
  if (!hasOffscreen()) return readOnThisThread(request);
  try {
    await openOffscreen();
  } catch (e) {
    console.warn('Dân vận Lens: no offscreen document; reading here.', e);
    return readOnThisThread(request);
  }
  const answer = await new Promise<ReadAnswer | null>((resolve) => {
    const port = browser.runtime.connect({ name: READER_PORT });
    port.onMessage.addListener((a: ReadAnswer) => {
      resolve(a);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => resolve(null));
    port.postMessage(request);
  });
  if (answer) return answer;
  return readOnThisThread(request);
}

let offscreenOpen: Promise<void> | null = null;
const OFFSCREEN_URL = () => browser.runtime.getURL('/english-offscreen.html');

/** Is the offscreen document open now (Chrome may close it, or it may never have been opened)? */
async function offscreenIsOpen(): Promise<boolean> {
  if (!hasOffscreen()) return false;
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [OFFSCREEN_URL()] });
  return open.length > 0;
}

/** `call(name, request)` to the offscreen document. */
const toOffscreen = caller<OffscreenCalls>((m) => browser.runtime.sendMessage(m));

/**
 * Open the offscreen document unless it is open (looked up each time: Chrome
 * may have closed it). Calls at once share one look-up. A document created
 * anew holds no team replication yet: the team library is woken in it.
 */
function openOffscreen(): Promise<void> {
  offscreenOpen ??= (async () => {
    if (await offscreenIsOpen()) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN_URL(),
      reasons: ['WORKERS'],
      justification: 'Reads pages and runs the English entity extractor in workers, away from the pages being read and from the background.',
    });
    documentCreated();
    wake();
  })().finally(() => {
    offscreenOpen = null;
  });
  return offscreenOpen;
}

/**
 * Fill in the entities of an English reading with the offscreen extractor.
 * When that fails the reading stays `english: true` and the page loads the
 * extractor itself, as on browsers without offscreen documents.
 */
async function englishOffscreen(reading: Reading): Promise<void> {
  try {
    const t0 = performance.now();
    await openOffscreen();
    const answer = await toOffscreen('english-extract', { text: reading.article.text, articleDate: reading.article.published?.slice(0, 10) ?? null });
    if (!answer?.ok) throw new Error(answer?.message ?? 'no answer');
    reading.extraction = answer.extraction;
    reading.english = false;
    reading.ms.extract += performance.now() - t0;
  } catch (e) {
    console.warn('Dân vận Lens: the offscreen English extractor failed; the page will run it.', e);
  }
}
