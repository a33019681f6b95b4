/**
 * The background's answers to every {@link BackgroundCalls} call, as plain
 * functions of the request and its sender over the few things only the
 * background can do ({@link BackgroundDeps}: read a page, inject a script,
 * set the badge, open a tab). entrypoints/background.ts passes the browser's
 * versions; the unit tests pass their own.
 */
import { buildClip } from '../library/clip';
import type { Library } from '../library/db';
import { clipStatus, saveClip } from '../library/service';
import { cleanUrl } from '../reader/metadata';
import { badgeText, type BackgroundCalls, type Handlers, libraryPath, type ReadAnswer, type ReadRequest, type SaveResult, type Sender } from '../shared/messages';
import type { Reading } from '../reader/reading';
import { sameSite } from '../shared/domain';

/** What the handlers need from the background. */
export interface BackgroundDeps {
  /** The library, opened on first use. */
  library(): Library;
  /** Read a page's HTML (in the offscreen document's workers, or on the background's thread). */
  read(request: ReadRequest): Promise<ReadAnswer>;
  /** Fill in an English reading's entities where the background can (Chrome's offscreen document); leave `english: true` otherwise. */
  extractEnglish(reading: Reading): Promise<void>;
  /** The reader's summary length for new clips (the settings in storage). */
  summaryLength(): Promise<number>;
  /** The content script's strings in the reader's language. */
  strings(): Record<string, string>;
  /** Inject a forced run of the content script into a tab; true once it is ready. */
  annotateTab(tabId: number): Promise<boolean>;
  /** Inject the English extractor into a frame (Firefox). */
  injectEnglish(tabId: number, frameId: number): Promise<boolean>;
  /** A content script the background injected is ready. */
  ready(tabId: number): void;
  /** Set a tab's badge. */
  setBadge(tabId: number, text: string, color: string): void;
  /** Open an extension page (`/library.html#…`) in a new tab. */
  openPage(path: string): Promise<void>;
  /** The extension's own origin (`chrome-extension://<id>/`): its pages may ask about any site. */
  extensionOrigin: string;
  /** Start the team library's replication if one is configured and it is not running (lib/team). */
  wakeTeam(): Promise<void>;
}

/** The answer to a clip of another site's URL. */
export const OTHER_SITE: SaveResult = { ok: false, code: 'invalid', message: "The clip's address is not on the page's own site." };

/** The answer to a clip of a page with no article text. */
export const NO_ARTICLE: SaveResult = { ok: false, code: 'no-article', message: 'No article text was found on this page.' };

/** Badge colours: annotated, anything else. */
export const BADGE_COLORS = { annotated: '#2f6fb3', other: '#888888' } as const;

/**
 * Is `url` on the site of the frame that sent it? A content script speaks
 * for its own frame's site only; extension pages (no frame URL of a site)
 * ask for anything.
 */
export function ownSite(url: unknown, sender: Sender, extensionOrigin: string): boolean {
  if (sender.url === undefined || sender.url.startsWith(extensionOrigin)) return true;
  return typeof url === 'string' && sameSite(url, sender.url);
}

/** The background's handlers over `deps`. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundCalls> {
  const tabOf = (sender: Sender) => sender.tab?.id;
  return {
    'read-page': async ({ html, url, forced, strings }) => {
      // The page's reading (Readability, typing, metadata, the engine) runs off the page's main thread.
      const r = await deps.read({ html, url, forced });
      // The panel's and cards' strings in the reader's language, so pages need not carry both catalogues.
      if (r.ok && strings) r.strings = deps.strings();
      // English bodies: extracted here where the browser allows; elsewhere the page is told to load the extractor (`english: true`).
      if (r.ok && r.reading.english) await deps.extractEnglish(r.reading);
      return r;
    },
    counts: (m, sender) => {
      const tabId = tabOf(sender);
      if (tabId === undefined) return;
      deps.setBadge(tabId, badgeText(m), m.state === 'annotated' ? BADGE_COLORS.annotated : BADGE_COLORS.other);
    },
    'need-english': (_, sender) => {
      const tabId = tabOf(sender);
      return tabId === undefined ? false : deps.injectEnglish(tabId, sender.frameId ?? 0);
    },
    'content-ready': (_, sender) => {
      const tabId = tabOf(sender);
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) deps.ready(tabId);
    },
    'annotate-tab': ({ tabId }) => (typeof tabId === 'number' ? deps.annotateTab(tabId) : false),
    // A clip or a question about another site's article (a page naming someone else's URL as its own) is refused.
    'clip-page': async ({ html, url, quote, extraction }, sender) => {
      // The reader asked: the page is read whatever it is, and the clip built here from this reading.
      const r = await deps.read({ html, url, forced: true });
      if (!r.ok) return { ok: false, code: r.code ?? 'no-article', message: r.message };
      const { article, relevance } = r.reading;
      if (r.reading.english) {
        // Extracted by the page itself where the background has no English extractor (Firefox).
        if (extraction) r.reading.extraction = extraction;
        else await deps.extractEnglish(r.reading);
      }
      if (!r.reading.extraction || !article.text.trim()) return NO_ARTICLE;
      const clip = buildClip({ article, extraction: r.reading.extraction, relevance, url: cleanUrl(url) ?? url, summaryLength: await deps.summaryLength() });
      if (quote) clip.quotes = [quote];
      return ownSite(clip.url, sender, deps.extensionOrigin) ? saveClip(deps.library(), clip) : OTHER_SITE;
    },
    'clip-status': ({ url }, sender) => (ownSite(url, sender, deps.extensionOrigin) ? clipStatus(deps.library(), url) : { clipped: false }),
    'open-library': async ({ clipId }) => {
      await deps.openPage(libraryPath(clipId));
      return true;
    },
    // Only the extension's own pages may wake replication.
    'team-ensure': async (_request, sender) => {
      if (sender.url === undefined || !sender.url.startsWith(deps.extensionOrigin)) return false;
      await deps.wakeTeam();
      return true;
    },
  };
}
