/**
 * Background service worker: reads the pages content scripts send (article,
 * metadata, entities), off the pages' main threads (in the offscreen
 * document's workers, with a time budget, in Chrome); the toolbar badge shows
 * each tab's entity count; English bodies are read by the English extractor in an offscreen document (Chrome) or injected into the page on request (Firefox); the popup's
 * "annotate this page" (the toolbar click) injects a forced run; clips sent
 * by content scripts are saved in the library; the context menu and the
 * keyboard shortcut clip the page or add the selection as a quote.
 */
import { stringsFor } from '@/lib/i18n/catalog';
import { t, uiLang } from '@/lib/i18n/strings';
import { Library, LibraryDb } from '@/lib/library/db';
import { clipStatus, saveClip } from '@/lib/library/service';
import {
  answerWith,
  badgeText,
  type EnglishExtractAnswer,
  type EnglishExtractMessage,
  isMessage,
  libraryPath,
  type ReadAnswer,
  type ReadRequest,
  READER_PORT,
  type SaveResult,
  type TabMessage,
} from '@/lib/messages';
import { sameSite } from '@/lib/page/domain';
import { PageLimitError } from '@/lib/page/limits';
import { type Reading, readHtml } from '@/lib/page/reading';
import { readSettings, sitePatterns } from '@/lib/settings';
import { isTeamEnsure } from '@/lib/team/messages';
import { TEAM_KEY } from '@/lib/team/state';
import { wakeTeam } from './english-offscreen/team-wake';

/** The toolbar button: `action` (Manifest V3), `browserAction` in Firefox's Manifest V2 build. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

let library: Library | null = null;
/** The library, opened on first use. */
const lib = () => {
  library ??= new Library(new LibraryDb());
  return library;
};

/** Annotate a tab now: needs activeTab (the toolbar click, menu, shortcut) or host access to the site. */
async function annotateTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as unknown as { __dvlensForce?: boolean }).__dvlensForce = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return true;
  } catch {
    // Pages the browser keeps to itself (chrome://, the web store) cannot be annotated.
    return false;
  }
}

/** Send `msg` to a tab's content script, injecting it first when the site is not one it runs on. */
async function toTab(tabId: number, msg: TabMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, msg);
  } catch {
    if (!(await annotateTab(tabId))) return null;
    // The injected script needs a moment to register its listener.
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        return await browser.tabs.sendMessage(tabId, msg);
      } catch {
        // not ready yet
      }
    }
    return null;
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

export default defineBackground(() => {
  browser.runtime.onStartup.addListener(() => void syncExtraSites(false));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.sites) void syncExtraSites(true);
    if (area === 'local' && changes[TEAM_KEY]) void wakeTeam(openOffscreen);
  });
  // The team library's replication (only when one is configured): resumed when the browser starts.
  browser.runtime.onStartup.addListener(() => void wakeTeam(openOffscreen));
  // A permission taken back in the browser's own settings: stop running there.
  browser.permissions.onRemoved.addListener(() => void syncExtraSites(false));
  browser.runtime.onInstalled.addListener(() => {
    void syncExtraSites(false);
    void wakeTeam(openOffscreen);
    const lang = uiLang(browser.i18n.getUILanguage());
    browser.contextMenus.create({ id: 'dvlens-clip', title: t(lang, 'clipArticle'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'dvlens-quote', title: t(lang, 'addQuote'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    void toTab(tab.id, { type: info.menuItemId === 'dvlens-quote' ? 'dvlens:quote-selection' : 'dvlens:do-clip' });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-article' && tab?.id !== undefined) void toTab(tab.id, { type: 'dvlens:do-clip' });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (isTeamEnsure(message) && sender.url?.startsWith(browser.runtime.getURL('/'))) {
      void wakeTeam(openOffscreen).then(() => sendResponse(true));
      return true;
    }
    if (!isMessage(message)) return;
    const answer = (p: Promise<unknown>) => answerWith(p, sendResponse);
    if (message.type === 'dvlens:read-page') {
      // The page's reading (Readability, typing, metadata, the engine) runs off the page's main thread:
      // in a worker of the offscreen document where the browser has one, with a time budget.
      void readPage({ html: message.html, url: message.url, forced: message.forced }).then(async (r) => {
        // The panel's and cards' strings in the reader's language, so pages need not carry both catalogues.
        if (r.ok && message.strings) r.strings = stringsFor(uiLang(browser.i18n.getUILanguage()));
        // English bodies: the English extractor runs in the offscreen document where the browser has one;
        // elsewhere (Firefox) the page is told to load it (`english: true`).
        if (r.ok && r.reading.english && hasOffscreen()) await englishOffscreen(r.reading);
        sendResponse(r);
      });
      return true;
    }
    if (message.type === 'dvlens:annotate-tab') return answer(annotateTab(message.tabId));
    // A content script speaks for its own frame's site only: a clip or a question about
    // another site's article (a page naming someone else's URL as its own) is refused here too.
    if (message.type === 'dvlens:save-clip') {
      if (!ownSite(message.clip?.url, sender.url)) return answer(Promise.resolve(OTHER_SITE));
      return answer(saveClip(lib(), message.clip));
    }
    if (message.type === 'dvlens:clip-status') {
      if (!ownSite(message.url, sender.url)) return answer(Promise.resolve({ clipped: false }));
      return answer(clipStatus(lib(), message.url));
    }
    if (message.type === 'dvlens:open-library') {
      return answer(browser.tabs.create({ url: browser.runtime.getURL(libraryPath(message.clipId) as '/library.html') }).then(() => true));
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (message.type === 'dvlens:need-english') {
      return answer(
        browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/english.js'] }).then(
          () => true,
          () => false,
        ),
      );
    }
    void toolbar().setBadgeText({ tabId, text: badgeText(message) });
    void toolbar().setBadgeBackgroundColor({ tabId, color: message.state === 'annotated' ? '#2f6fb3' : '#888888' });
  });
});

/** The answer to a clip of another site's URL. */
const OTHER_SITE: SaveResult = { ok: false, code: 'invalid', message: "The clip's address is not on the page's own site." };

/** Is `url` on the site of the frame that sent it? (Extension pages, with no frame URL of a site, ask for anything.) */
function ownSite(url: unknown, senderUrl: string | undefined): boolean {
  if (senderUrl === undefined || senderUrl.startsWith(browser.runtime.getURL('/'))) return true;
  return typeof url === 'string' && sameSite(url, senderUrl);
}

/** Does this browser have offscreen documents (Chrome)? */
function hasOffscreen(): boolean {
  return typeof (browser as { offscreen?: unknown }).offscreen === 'object';
}

/** Read a page here, on the background's own thread (browsers without offscreen documents), within the limits of lib/page/limits.ts. */
function readHere(request: ReadRequest): ReadAnswer {
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
async function readPage(request: ReadRequest): Promise<ReadAnswer> {
  if (!hasOffscreen()) return readHere(request);
  try {
    await openOffscreen();
  } catch (e) {
    console.warn('Dân vận Lens: no offscreen document; reading here.', e);
    return readHere(request);
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
  offscreenOpen = null;
  return readHere(request);
}

let offscreenOpen: Promise<void> | null = null;

/** Open the offscreen document once (it stays while the background lives). */
function openOffscreen(): Promise<void> {
  offscreenOpen ??= (async () => {
    const url = browser.runtime.getURL('/english-offscreen.html');
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length === 0) {
      await browser.offscreen.createDocument({
        url,
        reasons: ['WORKERS'],
        justification: 'Reads pages and runs the English entity extractor in workers, away from the pages being read and from the background.',
      });
    }
  })().catch((e) => {
    offscreenOpen = null;
    throw e;
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
    const ask: EnglishExtractMessage = { type: 'dvlens:english-extract', text: reading.article.text, articleDate: reading.article.published?.slice(0, 10) ?? null };
    const answer = (await browser.runtime.sendMessage(ask)) as EnglishExtractAnswer | undefined;
    if (!answer?.ok) throw new Error(answer?.message ?? 'no answer');
    reading.extraction = answer.extraction;
    reading.english = false;
    reading.ms.extract += performance.now() - t0;
  } catch (e) {
    // Look for the document afresh next time (it may have been closed).
    offscreenOpen = null;
    console.warn('Dân vận Lens: the offscreen English extractor failed; the page will run it.', e);
  }
}
