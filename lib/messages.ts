/**
 * Typed messages between the content script and the background, in one place.
 * Handlers are pure functions of (message, sender) so they can be tested
 * without a browser.
 */
import type { Clip } from './library/types';
import type { Extraction } from './extract/types';
import type { Kind } from './kinds';
import type { Reading } from './page/reading';

/** The page's counts, for the toolbar badge. */
export interface CountsMessage {
  type: 'dvlens:counts';
  state: 'annotated' | 'not-article' | 'off';
  total: number;
}

/** From the background to the offscreen English extractor: the entities of an English body. */
export interface EnglishExtractMessage {
  type: 'dvlens:english-extract';
  text: string;
  /** The article's published day (YYYY-MM-DD), for years the text leaves out. */
  articleDate: string | null;
}

/** The offscreen English extractor's answer. */
export type EnglishExtractAnswer = { ok: true; extraction: Extraction } | { ok: false; message: string };

/** Is `x` a message for the offscreen English extractor? */
export function isEnglishExtract(x: unknown): x is EnglishExtractMessage {
  const m = x as Partial<EnglishExtractMessage> | null;
  return !!m && typeof m === 'object' && m.type === 'dvlens:english-extract' && typeof m.text === 'string';
}

/** The page is English and the browser has no offscreen documents (Firefox): inject the English extractor (compromise) into this frame. */
export interface NeedEnglishMessage {
  type: 'dvlens:need-english';
}

/**
 * From a content script: read this page (its `outerHTML`) in the background, off the page's
 * main thread. Answered with a {@link ReadAnswer}.
 */
export interface ReadPageMessage {
  type: 'dvlens:read-page';
  html: string;
  url: string;
  /** The reader asked (toolbar click, clip): extract entities even if the page is not an article. */
  forced: boolean;
  /** Also send the interface strings (the content script's first read). */
  strings: boolean;
}

/**
 * The answer to {@link ReadPageMessage}: the reading, or a sentence saying why there is none, with a
 * {@link ReadProblem} when the page was too large, too deep or too slow to read.
 */
export type ReadAnswer = { ok: true; reading: Reading; strings?: Record<string, string> } | { ok: false; code?: ReadProblem; message: string };

/** Why a page was not read: over the size or depth limits (lib/page/limits.ts), or past the reading's time budget. */
export type ReadProblem = 'page-too-large' | 'page-too-deep' | 'page-too-slow';

/** Is `x` one of the {@link ReadProblem} codes? */
export function isReadProblem(x: unknown): x is ReadProblem {
  return x === 'page-too-large' || x === 'page-too-deep' || x === 'page-too-slow';
}

/** From the background to the offscreen document's page readers, over a port named {@link READER_PORT}. */
export interface ReadRequest {
  html: string;
  url: string | null;
  forced: boolean;
}

/** The port the background opens to the offscreen document for each page it has read there. */
export const READER_PORT = 'dvlens-reader';

/** Is `x` a {@link ReadRequest}? */
export function isReadRequest(x: unknown): x is ReadRequest {
  const m = x as Partial<ReadRequest> | null;
  return !!m && typeof m === 'object' && typeof m.html === 'string' && (m.url === null || typeof m.url === 'string') && typeof m.forced === 'boolean';
}

/** From the popup: annotate this tab now, whatever the page and the mode (the toolbar click). */
export interface AnnotateTabMessage {
  type: 'dvlens:annotate-tab';
  tabId: number;
}

/** From a content script: save this clip (merged by canonical URL). Answered with a {@link SaveResult}. */
export interface SaveClipMessage {
  type: 'dvlens:save-clip';
  clip: Clip;
}

/** From a content script: is this canonical URL clipped? Answered with a {@link ClipStatus}. */
export interface ClipStatusMessage {
  type: 'dvlens:clip-status';
  url: string;
}

/** Open the library page, at a clip when one is given. */
export interface OpenLibraryMessage {
  type: 'dvlens:open-library';
  clipId?: number;
}

/** The outcome of a save: the clip's id, or a code and a sentence saying what went wrong. */
export type SaveResult = { ok: true; id: number; created: boolean } | { ok: false; code: string; message: string };

/** Whether a page is clipped, and its clip's id. */
export interface ClipStatus {
  clipped: boolean;
  id?: number;
}

/** Every message the background understands. */
export type Message =
  | CountsMessage
  | ReadPageMessage
  | NeedEnglishMessage
  | AnnotateTabMessage
  | SaveClipMessage
  | ClipStatusMessage
  | OpenLibraryMessage;

const BACKGROUND_TYPES = new Set([
  'dvlens:counts',
  'dvlens:read-page',
  'dvlens:need-english',
  'dvlens:annotate-tab',
  'dvlens:save-clip',
  'dvlens:clip-status',
  'dvlens:open-library',
]);

/** Is `x` one of our messages? (Pages cannot send to us, but other extensions' shapes differ.) */
export function isMessage(x: unknown): x is Message {
  const type = !!x && typeof x === 'object' ? (x as { type?: unknown }).type : undefined;
  return typeof type === 'string' && BACKGROUND_TYPES.has(type);
}

/** To a tab's content script: report the page (popup), clip it (popup, menu, shortcut), or quote the selection (menu). */
export type TabMessage = { type: 'dvlens:page-info' } | { type: 'dvlens:do-clip' } | { type: 'dvlens:quote-selection' };

/** What a tab's content script says about its page (answer to `dvlens:page-info`). */
export interface PageInfo {
  state: 'annotated' | 'not-article' | 'off' | 'pending';
  /** Set when the page was not read because it is too large, too deep or too slow to read. */
  problem?: ReadProblem;
  isArticle: boolean;
  title: string | null;
  url: string;
  counts: Record<Kind, number>;
  clipId: number | null;
}

/** Is `x` a message for a content script? */
export function isTabMessage(x: unknown): x is TabMessage {
  const type = !!x && typeof x === 'object' ? (x as { type?: unknown }).type : undefined;
  return type === 'dvlens:page-info' || type === 'dvlens:do-clip' || type === 'dvlens:quote-selection';
}

/** The badge text for a page's counts: the number of entities, or nothing for non-articles. */
export function badgeText(m: CountsMessage): string {
  if (m.state === 'not-article' || m.total === 0) return '';
  return m.total > 999 ? '999+' : String(m.total);
}

/** The library page's address inside the extension, at a clip when one is given. */
export function libraryPath(clipId?: number | null): string {
  return clipId == null ? '/library.html' : `/library.html#/clip/${clipId}`;
}

/**
 * Answer a runtime message with the outcome of `p` (null on failure), the way
 * every browser supports: call `sendResponse` later and return true to keep
 * the channel open.
 */
export function answerWith(p: Promise<unknown>, sendResponse: (r: unknown) => void): true {
  p.then(sendResponse, () => sendResponse(null));
  return true;
}
