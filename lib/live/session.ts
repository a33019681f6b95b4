/**
 * One page's session in the content script: read the page (through the
 * background), map and highlight the reading, keep the panel's state,
 * re-annotate when the page changes (batched to about once a second), clip,
 * quote, toggle kinds, follow the reader's settings. Everything a page's
 * script could reach is left out: the UI is drawn by the host
 * (`render`), events reach the session only from the content script's own
 * listeners.
 *
 * Runs in the content script (a live page) and in DOM tests: the document,
 * window, the background's `call` and the UI are passed in as a
 * {@link SessionHost}; no browser globals.
 */
import type { Extraction } from '../engine/extract/types';
import type { UiLang } from '../i18n/strings';
import { KIND_IDS, type Kind, perKind } from '../shared/kinds';
import { anchorOf } from '../library/anchor';
import type { Quote } from '../library/types';
import { type BackgroundCalls, isReadProblem, type PageInfo, type ReadProblem, type ReplyOf, type RequestOf, type SaveResult } from '../shared/messages';
import { highlightCss, readSettings, type Settings } from '../shared/settings';
import type { PageArticle } from '../reader/article';
import { type Annotation, applyMarks, findMarks, type Mark, type PanelItem, showKinds } from './highlight';
import { cleanUrl } from '../reader/metadata';

/** Re-reads of a changing page: at most about one a second. */
export const MIN_INTERVAL_MS = 1000;

/** The clip control's state. */
export interface ClipState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  id?: number;
  error?: { code: string; message: string };
}

/** What the panel and hover card show. */
export interface SessionState {
  ann: Annotation | null;
  visible: Record<Kind, boolean>;
  panelOpen: boolean;
  hover: Mark | null;
  focusItem: PanelItem | null;
  lang: UiLang;
  clip: ClipState;
  /** The reader's highlight colours, for the panel and cards. */
  colors: Settings['colors'];
  /** Why the page was not read (too large, too deep, too slow), for the popup. */
  problem: ReadProblem | null;
}

/** The English extraction of an article done in the page (where the background has no offscreen document): the result and its main-thread cost. */
export interface InPageEnglish {
  extraction: Extraction;
  /** Main-thread milliseconds in all, and the longest stretch. */
  ms: number;
  slice: number;
}

/** What a session needs from its page and extension. */
export interface SessionHost {
  doc: Document;
  win: Window & typeof globalThis;
  /** A call to the background (`caller<BackgroundCalls>(browser.runtime.sendMessage)`). */
  call<K extends keyof BackgroundCalls & string>(name: K, request: RequestOf<BackgroundCalls, K>): Promise<ReplyOf<BackgroundCalls, K> | null>;
  /** Keep a value in the extension's storage (the panel closed). */
  store(items: Record<string, unknown>): Promise<void>;
  uiLang: UiLang;
  /** Has the content script its interface strings yet; take the ones the background sent. */
  haveStrings(): boolean;
  useStrings(strings: Record<string, string>): void;
  /** Extract an English article in the page (the background could not). */
  english(article: PageArticle): Promise<InPageEnglish>;
  /** Draw the panel and card for the session's state (nothing when not annotated). */
  render(session: PageSession): void;
  /** Elements of our own (the UI's host) the mapping leaves alone. */
  skip(el: Element): boolean;
}

/** Give the page's main thread back for a moment. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A content script's session on one page: its state (for the UI) and what the content script, the UI and the popup ask of it. */
export interface PageSession {
  /** What the UI shows. */
  readonly state: SessionState;
  /** Start: read the page now, unless the reader annotates on click only and did not ask. */
  start(): Promise<void>;
  /** The content script was injected again (the toolbar click): read again soon, forced when asked. */
  again(forced: boolean): void;
  /** The address, polled by the content script (a page cannot dispatch this): a new one is re-read like any change. */
  checkAddress(): void;
  /** Resolves when the reading under way ends, or after `ms`. */
  settledOrTimeout(ms: number): Promise<void>;
  /** What the popup is told about the page. */
  info(): PageInfo;
  /** Clip this page (with `quote` added when given): read it if not read yet, then save through the background. */
  clip(quote?: Quote): Promise<SaveResult>;
  /** Add the selection to the page's clip as a quote; null when nothing is selected. */
  quoteSelection(): Promise<SaveResult | null>;
  /** Show or hide one kind's highlights. */
  toggle(k: Kind): void;
  /** Hide every kind when any is shown, else show them all (Alt+Shift+H). */
  toggleAll(): void;
  /** The panel's entry the reader picked: scroll to its first mark and flash it. */
  select(item: PanelItem): void;
  /** The panel entry with the keyboard focus (its card is shown), or none. */
  focus(item: PanelItem | null): void;
  /** The mark under the reader's pointer, or none. */
  hovered(m: Mark | null): void;
  /** Close the panel (remembered for the next pages). */
  close(): void;
  /** Open the library at this page's clip. */
  openClip(): void;
  /** Settings changed in the popup or the options page: take effect without a reload. */
  settingsChanged(changes: Record<string, { newValue?: unknown }>): void;
  /** Stop watching the page (the extension was updated or removed); the highlights stay until the page goes. */
  stop(): void;
}

/**
 * A session over `stored` (the settings and `panelOpen` as storage holds
 * them); `forced` when the reader asked for this page.
 */
export function pageSession(host: SessionHost, stored: Record<string, unknown>, forced: boolean): PageSession {
  const { doc, win } = host;
  const root = doc.documentElement;
  const now = () => win.performance.now();
  const kept: Record<string, unknown> = { ...stored };
  let settings = readSettings(kept);
  let undo: (() => void) | null = null;
  let lastRun = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  const settled: (() => void)[] = [];
  /** Our highlight stylesheet, held here (never looked up by id: a page could plant an element of that id). */
  let style: HTMLStyleElement | null = null;
  let href = win.location.href;
  let stopped = false;
  /** The last reading's entities were extracted here (an English body the background could not extract). */
  let englishHere = false;
  const state: SessionState = {
    ann: null,
    visible: { ...settings.kinds },
    panelOpen: stored.panelOpen !== false,
    hover: null,
    focusItem: null,
    lang: host.uiLang,
    clip: { status: 'idle' },
    colors: settings.colors,
    problem: null,
  };
  const observer = new win.MutationObserver((records) => {
    // Our own UI lives outside <body>; wrapped marks (fallback) are ours too.
    if (records.every((r) => (r.target as Element).closest?.('dvlens-mark'))) return;
    schedule();
  });
  const render = () => host.render(session);

  async function start(): Promise<void> {
    if (settings.mode === 'click' && !forced) {
      root.dataset.dvlens = 'off';
      return;
    }
    await run();
  }

  /** Read the page in the background and annotate it with the reading. */
  async function run(): Promise<void> {
    if (stopped) return;
    if (running) return schedule();
    running = true;
    lastRun = Date.now();
    try {
      // The page is read in the background (Readability, typing, the engine): here only its HTML is taken...
      const t0 = now();
      const html = root.outerHTML;
      const serialize = now() - t0;
      const answer = await host.call('read-page', { html, url: win.location.href, forced, strings: !host.haveStrings() });
      state.problem = answer && !answer.ok && isReadProblem(answer.code) ? answer.code : null;
      if (state.problem) {
        // Too large, too deep or too slow to read: say so (the popup shows the sentence) and leave the page alone.
        clear();
        root.dataset.dvlens = state.problem;
        host.call('counts', { state: 'off', total: 0 }).catch(() => {});
        return;
      }
      if (!answer?.ok) throw new Error(answer?.message ?? 'The extension did not answer.');
      if (answer.strings) host.useStrings(answer.strings);
      const reading = answer.reading;
      // ...English bodies come back with their entities from the offscreen extractor; where there is none, the page extracts them...
      const t1 = now();
      let englishMs = 0;
      let slice = serialize;
      englishHere = reading.english;
      if (reading.english) {
        const r = await host.english(reading.article);
        reading.extraction = r.extraction;
        englishMs = r.ms;
        slice = Math.max(slice, r.slice);
      }
      // ...and the reading is mapped onto the live text nodes, in slices.
      const ann = await findMarks(doc, reading, { mode: settings.mode, forced, uiLang: state.lang, skip: host.skip, yieldToPage: pause });
      const t3 = now();
      observer.disconnect();
      undo?.();
      undo = null;
      state.ann = ann;
      if (ann.state === 'annotated') {
        installStyles();
        undo = applyMarks(doc, win, ann.marks, state.visible);
      }
      // For tools and the benchmark: the page's main-thread time (taking the HTML, English
      // extraction when needed, mapping, highlighting), the wait for the background, and its own split.
      const apply = now() - t3;
      const page = serialize + englishMs + ann.timings.map + apply;
      slice = Math.max(slice, ann.timings.slice ?? 0, apply);
      const ms = { page, slice, serialize, english: englishMs, map: ann.timings.map, live: ann.timings.live ?? 0, match: ann.timings.match ?? 0, apply, wait: t1 - t0 - serialize, ...reading.ms };
      root.dataset.dvlensMs = Object.entries(ms)
        .map(([k, v]) => `${k}:${v.toFixed(1)}`)
        .join(',');
      root.dataset.dvlens = ann.state;
      const total = KIND_IDS.reduce((n, k) => n + ann.counts[k], 0);
      host.call('counts', { state: ann.state, total }).catch(() => {});
      render();
      // Whether this page is already clipped: asked without holding up the page watch below
      // (a change made while waiting would otherwise go unseen).
      if (ann.article?.isArticle || ann.state === 'annotated') void refreshClipStatus().then(render);
    } catch (e) {
      // Never break the page: say we are off, and why in the console only.
      console.warn('Dân vận Lens:', e);
      root.dataset.dvlens = 'off';
    } finally {
      running = false;
      for (const done of settled.splice(0)) done();
      // A page refused as too large is not re-read on every change (a new address still is).
      if (doc.body && !state.problem && !stopped) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Re-annotate what changed, batched: at most about once a second, when the page is idle. */
  function schedule(delay?: number): void {
    if (pending || stopped) return;
    const wait = delay ?? Math.max(0, MIN_INTERVAL_MS - (Date.now() - lastRun));
    pending = setTimeout(() => {
      pending = null;
      const go = () => void run();
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(go, { timeout: 1000 });
      else go();
    }, wait);
  }

  /** The page's address as a clip's key: its canonical URL, or its own without tracking parameters. */
  function pageUrl(): string {
    return state.ann?.article?.canonicalUrl ?? cleanUrl(win.location.href) ?? win.location.href;
  }

  async function clip(quote?: Quote): Promise<SaveResult> {
    if (!state.ann?.extraction) {
      // Not annotated yet (mode "on click", or not an article by our measure): the reader asked, so read it now.
      forced = true;
      await run();
    }
    const ann = state.ann;
    if (!ann?.article || !ann.extraction || !ann.article.text.trim()) {
      const r: SaveResult = state.problem
        ? { ok: false, code: state.problem, message: 'This page is too large to read.' }
        : { ok: false, code: 'no-article', message: 'No article text was found on this page.' };
      state.clip = { status: 'error', error: r };
      render();
      return r;
    }
    state.clip = { ...state.clip, status: 'saving' };
    render();
    // The background reads the page again and builds the clip from its own reading: only the quote,
    // and entities the page extracted itself (English, Firefox), go with the HTML.
    const request = { html: root.outerHTML, url: win.location.href, ...(quote ? { quote } : {}), ...(englishHere ? { extraction: ann.extraction } : {}) };
    const r = (await host.call('clip-page', request).catch(() => null)) ?? { ok: false, code: 'closed', message: 'The extension did not answer.' };
    state.clip = r.ok ? { status: 'saved', id: r.id } : { status: 'error', error: { code: r.code, message: r.message } };
    render();
    return r;
  }

  /** The selection as a quote, with its context in the article text (or on the page) to find it again. */
  function selectionQuote(): Quote | null {
    const text = win.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '';
    if (!text) return null;
    const body = (state.ann?.article?.text ?? doc.body.innerText ?? doc.body.textContent ?? '').replace(/\s+/g, ' ');
    const at = body.indexOf(text);
    const context = at >= 0 ? anchorOf(body, { start: at, end: at + text.length }) : { prefix: '', suffix: '' };
    return { text, prefix: context.prefix, suffix: context.suffix, addedAt: new Date().toISOString() };
  }

  /** Take every highlight and the UI off the page. */
  function clear(): void {
    observer.disconnect();
    undo?.();
    undo = null;
    state.ann = null;
    render();
  }

  function show(): void {
    if (state.ann) showKinds(win, state.ann.marks, state.visible);
    render();
  }

  /** Ask the library whether this page is clipped. */
  async function refreshClipStatus(): Promise<void> {
    if (state.clip.status === 'saving') return;
    const s = await host.call('clip-status', { url: pageUrl() }).catch(() => null);
    state.clip = s?.clipped && s.id !== undefined ? { status: 'saved', id: s.id } : { status: 'idle' };
  }

  /** The page stylesheet for the highlights, in the reader's colours (updated in place when they change). */
  function installStyles(): void {
    if (!style) {
      style = doc.createElement('style');
      style.id = 'dvlens-style';
    }
    if (!style.isConnected) (doc.head ?? root).appendChild(style);
    const css = highlightCss(settings.colors);
    if (style.textContent !== css) style.textContent = css;
  }

  const session: PageSession = {
    state,
    start,
    again(f) {
      forced = forced || f;
      schedule(0);
    },
    checkAddress() {
      if (win.location.href === href) return;
      href = win.location.href;
      schedule();
    },
    settledOrTimeout: (ms) =>
      new Promise<void>((resolve) => {
        settled.push(resolve);
        setTimeout(resolve, ms);
      }),
    info() {
      const { ann, problem } = state;
      return {
        state: ann ? ann.state : problem ? 'off' : 'pending',
        ...(problem ? { problem } : {}),
        isArticle: !!ann?.article?.isArticle,
        title: ann?.article?.title ?? doc.title,
        url: pageUrl(),
        counts: ann?.counts ?? perKind(() => 0),
        clipId: state.clip.status === 'saved' ? (state.clip.id ?? null) : null,
      };
    },
    clip,
    quoteSelection() {
      const q = selectionQuote();
      return q ? clip(q) : Promise.resolve(null);
    },
    toggle(k) {
      state.visible[k] = !state.visible[k];
      show();
    },
    toggleAll() {
      const anyOn = KIND_IDS.some((k) => state.visible[k]);
      for (const k of KIND_IDS) state.visible[k] = !anyOn;
      show();
    },
    select(item) {
      const m = state.ann?.marks[item.id];
      if (!m) return;
      m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (typeof win.CSS !== 'undefined' && 'highlights' in win.CSS) {
        win.CSS.highlights.set('dvlens-flash', new win.Highlight(m.range));
        setTimeout(() => win.CSS.highlights.delete('dvlens-flash'), 1200);
      }
    },
    focus(item) {
      state.focusItem = item;
      render();
    },
    hovered(m) {
      if (m === state.hover) return;
      state.hover = m;
      render();
    },
    close() {
      state.panelOpen = false;
      void host.store({ panelOpen: false });
      render();
    },
    openClip() {
      const id = state.clip.id;
      void host.call('open-library', id !== undefined ? { clipId: id } : {}).catch(() => {});
    },
    settingsChanged(changes) {
      for (const [key, change] of Object.entries(changes)) kept[key] = change.newValue;
      settings = readSettings(kept);
      if (changes.kinds) {
        state.visible = { ...settings.kinds };
        show();
      }
      if (changes.colors) {
        state.colors = settings.colors;
        if (style) installStyles();
        render();
      }
      if (!changes.mode) return;
      if (settings.mode === 'click' && !forced) {
        clear();
        root.dataset.dvlens = 'off';
      } else {
        schedule(0);
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (pending) clearTimeout(pending);
      pending = null;
    },
  };
  return session;
}
