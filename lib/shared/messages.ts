/**
 * The typed protocol between the extension's contexts, in one place: every
 * call the background answers ({@link BackgroundCalls}), every call a tab's
 * content script answers ({@link TabCalls}) and the offscreen document's
 * ({@link OffscreenCalls}), each with its request and reply type. A context
 * answers with one {@link handle}`({...})` and asks with a {@link caller}'s
 * `call(name, request)`; nothing else names a message type.
 *
 * On the wire a call is `{ type: 'dvlens:<name>', ...request }` (what the
 * browser's `runtime.sendMessage` / `tabs.sendMessage` carry), answered
 * through `sendResponse`. A context answers only the names its handlers
 * list, so the popup, the library and the offscreen document, which hear the
 * same runtime broadcasts as the background, stay silent on the others.
 *
 * Our own small map rather than `@webext-core/messaging`: that library
 * imports `webextension-polyfill` (~10 KB minified) into every bundle,
 * the content script's included (budget 50 KB, at 48 KB), and wraps
 * messages in its own envelope (the end-to-end tests send ours as they are).
 * This file is ~60 lines of code and types.
 *
 * Pure: no browser globals. Entrypoints pass `browser.runtime.sendMessage`
 * (or `tabs.sendMessage`) to {@link caller} and register {@link handle}'s
 * listener with `runtime.onMessage.addListener`.
 */
import type { Extraction } from '../engine/extract/types';
import type { Kind } from './kinds';
import type { Quote } from '../library/types';
import type { Reading } from '../reader/reading';

/** One call: what is sent and what comes back. */
export interface Call<Req extends object, Rep> {
  request: Req;
  reply: Rep;
}

/** A page's state: annotated, not an article, read but left alone (or not read); `pending` while the first reading runs. */
export type PageState = 'annotated' | 'not-article' | 'off';

/** Why a page was not read: over the size or depth limits (lib/reader/limits.ts), or past the reading's time budget. */
export type ReadProblem = 'page-too-large' | 'page-too-deep' | 'page-too-slow';

/** Is `x` one of the {@link ReadProblem} codes? */
export function isReadProblem(x: unknown): x is ReadProblem {
  return x === 'page-too-large' || x === 'page-too-deep' || x === 'page-too-slow';
}

/**
 * A page's reading, or a sentence saying why there is none, with a
 * {@link ReadProblem} when the page was too large, too deep or too slow to read.
 * `strings`: the interface strings, when the content script asked for them.
 */
export type ReadAnswer = { ok: true; reading: Reading; strings?: Record<string, string> } | { ok: false; code?: ReadProblem; message: string };

/** The outcome of a save: the clip's id, or a code and a sentence saying what went wrong. */
export type SaveResult = { ok: true; id: number; created: boolean } | { ok: false; code: string; message: string };

/** Whether a page is clipped, and its clip's id. */
export interface ClipStatus {
  clipped: boolean;
  id?: number;
}

/** What a tab's content script says about its page. */
export interface PageInfo {
  state: PageState | 'pending';
  /** Set when the page was not read because it is too large, too deep or too slow to read. */
  problem?: ReadProblem;
  isArticle: boolean;
  title: string | null;
  url: string;
  counts: Record<Kind, number>;
  clipId: number | null;
}

/** The offscreen English extractor's answer. */
export type EnglishExtractAnswer = { ok: true; extraction: Extraction } | { ok: false; message: string };

/** Calls the background answers. */
export interface BackgroundCalls {
  /** From a content script: read this page (its `outerHTML`) off the page's main thread; `forced` when the reader asked; `strings` on the first read. */
  'read-page': Call<{ html: string; url: string; forced: boolean; strings: boolean }, ReadAnswer>;
  /** From a content script: the page's state and entity count, for the toolbar badge. */
  counts: Call<{ state: PageState; total: number }, void>;
  /** From a content script on an English page where the background could not extract (Firefox): inject the English extractor into this frame. */
  'need-english': Call<Record<string, never>, boolean>;
  /** From a content script the background injected: its listener is registered (the answer to {@link BackgroundCalls['annotate-tab']}'s wait). */
  'content-ready': Call<Record<string, never>, void>;
  /** From the popup: annotate this tab now, whatever the page and the mode (the toolbar click). True once its content script is ready. */
  'annotate-tab': Call<{ tabId: number }, boolean>;
  /**
   * From a content script: clip this page (merged by canonical URL). The
   * background reads `html` and builds the clip from its own reading; the
   * page sends only what only it knows: the selection as a quote, and the
   * entities of an English body it extracted itself (Firefox).
   */
  'clip-page': Call<{ html: string; url: string; quote?: Quote; extraction?: Extraction }, SaveResult>;
  /** From a content script: is this canonical URL clipped? */
  'clip-status': Call<{ url: string }, ClipStatus>;
  /** Open the library page, at a clip when one is given. */
  'open-library': Call<{ clipId?: number }, boolean>;
  /** From an extension page: make sure the team library's replication runs, if one is configured (lib/team). */
  'team-ensure': Call<Record<string, never>, boolean>;
}

/** Calls a tab's content script answers (from the popup, the context menu, the shortcut). */
export interface TabCalls {
  /** Report the page; with `wait`, once its reading is done (up to a few seconds). */
  'page-info': Call<{ wait?: boolean }, PageInfo>;
  /** Clip the page (reading it first if needed). */
  'do-clip': Call<Record<string, never>, SaveResult>;
  /** Add the selection to the page's clip as a quote; null when nothing is selected. */
  'quote-selection': Call<Record<string, never>, SaveResult | null>;
}

/** Calls the offscreen document answers (Chrome): the English extractor. */
export interface OffscreenCalls {
  /** The entities of an English body; `articleDate` (YYYY-MM-DD) for years the text leaves out. */
  'english-extract': Call<{ text: string; articleDate: string | null }, EnglishExtractAnswer>;
}

/** The request type of call `K` of protocol `P`. */
export type RequestOf<P, K extends keyof P> = P[K] extends Call<infer Q, unknown> ? Q : never;
/** The reply type of call `K` of protocol `P`. */
export type ReplyOf<P, K extends keyof P> = P[K] extends Call<object, infer R> ? R : never;

/** Who sent a message, as the browser reports it. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** One handler per call: the request and its sender in, the reply (or a promise of it) out. */
export type Handlers<P> = { [K in keyof P]: (request: RequestOf<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>> };

/** A `runtime.onMessage` listener. */
export type Listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined;

const PREFIX = 'dvlens:';

/** The call a message names, or null when it is not one of ours. */
export function callName(message: unknown): string | null {
  const type = !!message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith(PREFIX) ? type.slice(PREFIX.length) : null;
}

/**
 * A `runtime.onMessage` listener answering the calls `handlers` lists: the
 * reply is sent later through `sendResponse` (the way every browser
 * supports), null when the handler throws. Other messages are left to
 * other listeners (undefined is returned).
 */
export function handle<P>(handlers: Partial<Handlers<P>>): Listener {
  return (message, sender, sendResponse) => {
    const name = callName(message);
    if (name === null || !Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name as keyof P] as (request: object, sender: Sender) => unknown;
    const { type: _, ...request } = message as { type: string };
    new Promise((resolve) => resolve(handler(request, sender))).then(sendResponse, () => sendResponse(null));
    return true;
  };
}

/** How a caller sends a message: `browser.runtime.sendMessage`, or `tabs.sendMessage` to one tab. */
export type Send = (message: object) => Promise<unknown>;

/** Request arguments of call `K`: optional when the request has no required field. */
type RequestArgs<P, K extends keyof P> = Record<string, never> extends RequestOf<P, K> ? [request?: RequestOf<P, K>] : [request: RequestOf<P, K>];

/**
 * `call(name, request)` for protocol `P` over `send`: resolves with the
 * handler's reply (null when the handler failed), rejects when nobody
 * answers (no listener, the context went away). The reply's type is the
 * protocol's word for it: the one place a message is trusted to be what its
 * name says (our contexts only: web pages cannot send to the extension).
 */
export function caller<P>(send: Send) {
  return function call<K extends keyof P & string>(name: K, ...request: RequestArgs<P, K>): Promise<ReplyOf<P, K> | null> {
    return send({ ...(request[0] ?? {}), type: `${PREFIX}${name}` }).then((reply) => (reply ?? null) as ReplyOf<P, K> | null);
  };
}

/** The badge text for a page's counts: the number of entities, or nothing for non-articles. */
export function badgeText(m: RequestOf<BackgroundCalls, 'counts'>): string {
  if (m.state === 'not-article' || m.total === 0) return '';
  return m.total > 999 ? '999+' : String(m.total);
}

/** The library page's address inside the extension, at a clip when one is given. */
export function libraryPath(clipId?: number | null): string {
  return clipId == null ? '/library.html' : `/library.html#/clip/${clipId}`;
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
