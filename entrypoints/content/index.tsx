/**
 * Content script: decides whether the page is an article, highlights the
 * officials, documents and dates of its body, shows a card on hover and a
 * compact panel, and re-annotates when the page changes. The logic lives in
 * lib/page; this file wires it to the page and the extension.
 */
import { render } from 'preact';
import { HOVER_CARD_CSS, HoverCard } from '@/components/HoverCard';
import { type ClipState, PANEL_CSS, Panel } from '@/components/Panel';
import type { EnglishExtractor } from '@/lib/extract/extract';
import type { Extraction } from '@/lib/extract/types';
import { joinPieces, paragraphPieces } from '@/lib/english/chunks';
import { normalizeText } from '@/lib/text/normalize';
import type { PageArticle } from '@/lib/page/article';
import { haveStrings, useStrings } from './catalog';
import { type UiLang, uiLang } from '@/lib/i18n/strings';
import { anchorOf, buildClip } from '@/lib/library/clip';
import type { Quote } from '@/lib/library/types';
import { type BackgroundCalls, caller, handle, isReadProblem, type PageInfo, type ReadProblem, type SaveResult, type TabCalls } from '@/lib/messages';
import { cleanUrl } from '@/lib/page/metadata';
import {
  type Annotation,
  applyMarks,
  findMarks,
  type Mark,
  type PanelItem,
  showKinds,
} from '@/lib/page/highlight';
import { SITE_MATCHES } from '@/lib/page/sites';
import { KIND_IDS, type Kind, perKind } from '@/lib/kinds';
import { type AnnotateMode, highlightCss, readSettings, SETTING_KEYS, type Settings } from '@/lib/settings';

const UI_TAG = 'dvlens-ui';
/** Give the page's main thread back for a moment. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const MIN_INTERVAL_MS = 1000;
/** How long the popup's `page-info` waits for a reading still under way. */
const PAGE_INFO_WAIT_MS = 4500;
const toBackground = caller<BackgroundCalls>((m) => browser.runtime.sendMessage(m));

interface State {
  ann: Annotation | null;
  undo: (() => void) | null;
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

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // WXT's context (`ctx`) is not used: its events can be dispatched by the page (a `locationchange`,
  // a `content-script-started` postMessage that invalidates it). Our watchers are our own.
  async main() {
    const root = document.documentElement;
    const g = globalThis as unknown as { __dvlensForce?: boolean; __dvlensRun?: (forced: boolean) => void };
    const forcedNow = g.__dvlensForce === true;
    g.__dvlensForce = false;
    if (g.__dvlensRun) {
      // Injected again by the toolbar click while already running here: reuse this instance.
      g.__dvlensRun(forcedNow);
      if (forcedNow) void toBackground('content-ready').catch(() => {});
      return;
    }
    const stored = await browser.storage.local.get([...SETTING_KEYS, 'panelOpen']);
    let settings = readSettings(stored);
    let mode: AnnotateMode = settings.mode;
    const state: State = {
      ann: null,
      undo: null,
      visible: { ...settings.kinds },
      panelOpen: stored.panelOpen !== false,
      hover: null,
      focusItem: null,
      lang: uiLang(browser.i18n.getUILanguage()),
      clip: { status: 'idle' },
      colors: settings.colors,
      problem: null,
    };
    let forced = forcedNow;

    let lastRun = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let running = false;
    /** Callers waiting for the reading under way to end (the popup's `page-info`). */
    const settled: (() => void)[] = [];
    const settledOrTimeout = (ms: number) =>
      new Promise<void>((resolve) => {
        settled.push(resolve);
        setTimeout(resolve, ms);
      });
    const observer = new MutationObserver((records) => {
      // Our own UI lives outside <body>; wrapped marks (fallback) are ours too.
      if (records.every((r) => (r.target as Element).closest?.('dvlens-mark'))) return;
      schedule();
    });

    const run = async () => {
      if (running) return schedule();
      running = true;
      lastRun = Date.now();
      try {
        // The page is read in the background (Readability, typing, the engine): here only its HTML is taken...
        const t0 = performance.now();
        const html = document.documentElement.outerHTML;
        const serialize = performance.now() - t0;
        const answer = await toBackground('read-page', { html, url: location.href, forced, strings: !haveStrings() });
        state.problem = answer && !answer.ok && isReadProblem(answer.code) ? answer.code : null;
        if (state.problem) {
          // Too large, too deep or too slow to read: say so (the popup shows the sentence) and leave the page alone.
          observer.disconnect();
          state.undo?.();
          state.undo = null;
          state.ann = null;
          renderUi(state);
          root.dataset.dvlens = state.problem;
          toBackground('counts', { state: 'off', total: 0 }).catch(() => {});
          return;
        }
        if (!answer?.ok) throw new Error(answer?.message ?? 'The extension did not answer.');
        if (answer.strings) useStrings(answer.strings);
        const reading = answer.reading;
        // ...English bodies come back with their entities from the offscreen extractor; where there is none, it is loaded into this page now...
        const english = reading.english ? await loadEnglish() : null;
        const t1 = performance.now();
        let englishMs = 0;
        let slice = serialize;
        if (english) {
          const r = await extractEnglishInPieces(english, reading.article);
          reading.extraction = r.extraction;
          englishMs = r.ms;
          slice = Math.max(slice, r.slice);
        }
        // ...and the reading is mapped onto the live text nodes, in slices.
        const ann = await findMarks(document, reading, { mode, forced, uiLang: state.lang, skip: (el) => el.tagName.toLowerCase() === UI_TAG, yieldToPage: pause });
        const t3 = performance.now();
        observer.disconnect();
        state.undo?.();
        state.undo = null;
        state.ann = ann;
        if (ann.state === 'annotated') {
          installStyles(settings.colors);
          state.undo = applyMarks(document, window, ann.marks, state.visible);
        }
        // For tools and the benchmark: the page's main-thread time (taking the HTML, English
        // extraction when needed, mapping, highlighting), the wait for the background, and its own split.
        const apply = performance.now() - t3;
        const page = serialize + englishMs + ann.timings.map + apply;
        slice = Math.max(slice, ann.timings.slice ?? 0, apply);
        const ms = { page, slice, serialize, english: englishMs, map: ann.timings.map, live: ann.timings.live ?? 0, match: ann.timings.match ?? 0, apply, wait: t1 - t0 - serialize, ...reading.ms };
        root.dataset.dvlensMs = Object.entries(ms)
          .map(([k, v]) => `${k}:${v.toFixed(1)}`)
          .join(',');
        root.dataset.dvlens = ann.state;
        const total = KIND_IDS.reduce((n, k) => n + ann.counts[k], 0);
        toBackground('counts', { state: ann.state, total }).catch(() => {});
        renderUi(state);
        // Whether this page is already clipped: asked without holding up the page watch below
        // (a change made while waiting would otherwise go unseen).
        if (ann.article?.isArticle || ann.state === 'annotated') void refreshClipStatus().then(rerender);
      } catch (e) {
        // Never break the page: say we are off, and why in the console only.
        console.warn('Dân vận Lens:', e);
        root.dataset.dvlens = 'off';
      } finally {
        running = false;
        for (const done of settled.splice(0)) done();
        // A page refused as too large is not re-read on every change (a new address still is).
        if (document.body && !state.problem) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }
    };

    /** Re-annotate what changed, batched: at most about once a second, when the page is idle. */
    function schedule(delay?: number) {
      if (pending) return;
      const wait = delay ?? Math.max(0, MIN_INTERVAL_MS - (Date.now() - lastRun));
      pending = setTimeout(() => {
        pending = null;
        const go = () => void run();
        if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 1000 });
        else go();
      }, wait);
    }

    const rerender = () => renderUi(state);
    const pageUrl = () => state.ann?.article?.canonicalUrl ?? cleanUrl(location.href) ?? location.href;

    /** Ask the library whether this page is clipped. */
    async function refreshClipStatus() {
      if (state.clip.status === 'saving') return;
      const s = await toBackground('clip-status', { url: pageUrl() }).catch(() => null);
      state.clip = s?.clipped && s.id !== undefined ? { status: 'saved', id: s.id } : { status: 'idle' };
    }

    /** Clip this page (with `quote` added when given): read it if not read yet, then save through the background. */
    async function clipPage(quote?: Quote): Promise<SaveResult> {
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
        rerender();
        return r;
      }
      state.clip = { ...state.clip, status: 'saving' };
      rerender();
      const clip = buildClip({
        article: ann.article,
        extraction: ann.extraction,
        relevance: ann.relevance,
        url: cleanUrl(location.href) ?? location.href,
        summaryLength: settings.summaryLength,
      });
      if (quote) clip.quotes = [quote];
      const r = (await toBackground('save-clip', { clip }).catch(() => null)) ?? {
        ok: false,
        code: 'closed',
        message: 'The extension did not answer.',
      };
      state.clip = r.ok ? { status: 'saved', id: r.id } : { status: 'error', error: { code: r.code, message: r.message } };
      rerender();
      return r;
    }

    /** The selection as a quote, with its context in the article text (or on the page) to find it again. */
    function selectionQuote(): Quote | null {
      const sel = window.getSelection();
      const text = sel?.toString().replace(/\s+/g, ' ').trim() ?? '';
      if (!text) return null;
      const body = (state.ann?.article?.text ?? document.body.innerText).replace(/\s+/g, ' ');
      const at = body.indexOf(text);
      const context = at >= 0 ? anchorOf(body, { start: at, end: at + text.length }) : { prefix: '', suffix: '' };
      return { text, prefix: context.prefix, suffix: context.suffix, addedAt: new Date().toISOString() };
    }

    /** What the popup is told about the page. */
    const pageInfo = (): PageInfo => {
      const ann = state.ann;
      return {
        state: ann ? ann.state : state.problem ? 'off' : 'pending',
        ...(state.problem ? { problem: state.problem } : {}),
        isArticle: !!ann?.article?.isArticle,
        title: ann?.article?.title ?? document.title,
        url: pageUrl(),
        counts: ann?.counts ?? perKind(() => 0),
        clipId: state.clip.status === 'saved' ? (state.clip.id ?? null) : null,
      };
    };
    browser.runtime.onMessage.addListener(
      handle<TabCalls>({
        'do-clip': () => clipPage(),
        'quote-selection': () => {
          const q = selectionQuote();
          return q ? clipPage(q) : null;
        },
        'page-info': async ({ wait }) => {
          // The popup asks once and is answered when the reading is done (or after a few seconds).
          if (wait && pageInfo().state === 'pending') await settledOrTimeout(PAGE_INFO_WAIT_MS);
          return pageInfo();
        },
      }),
    );
    if (forcedNow) void toBackground('content-ready').catch(() => {});
    actions.clip = () => void clipPage();
    actions.openClip = () => {
      void toBackground('open-library', state.clip.id !== undefined ? { clipId: state.clip.id } : {}).catch(() => {});
    };
    actions.toggle = (k) => {
      state.visible[k] = !state.visible[k];
      if (state.ann) showKinds(window, state.ann.marks, state.visible);
      rerender();
    };
    actions.select = (item) => {
      const m = state.ann?.marks[item.id];
      if (m) flash(m);
    };
    actions.focusItem = (item) => {
      state.focusItem = item;
      rerender();
    };
    actions.close = () => {
      state.panelOpen = false;
      void browser.storage.local.set({ panelOpen: false });
      rerender();
    };
    actions.hover = (m) => {
      state.hover = m;
      rerender();
    };

    // Single-page navigation: the address is polled here (the page cannot dispatch this),
    // and the re-read goes through the same once-a-second batching as every other change.
    let href = location.href;
    setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      schedule();
    }, MIN_INTERVAL_MS);
    document.addEventListener('keydown', (ev: KeyboardEvent) => {
      // Alt+Shift+H shows or hides every highlight: the reader's keys only, never a page's synthetic event.
      if (!ev.isTrusted || !(ev.altKey && ev.shiftKey && ev.code === 'KeyH')) return;
      const anyOn = Object.values(state.visible).some(Boolean);
      for (const k of KIND_IDS) state.visible[k] = !anyOn;
      if (state.ann) showKinds(window, state.ann.marks, state.visible);
      rerender();
    });
    watchHover(state);
    g.__dvlensRun = (f) => {
      forced = forced || f;
      schedule(0);
    };
    // Settings changed in the popup or the options page take effect here without a reload.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes)) stored[key] = change.newValue;
      settings = readSettings(stored);
      if (changes.kinds) {
        state.visible = { ...settings.kinds };
        if (state.ann) showKinds(window, state.ann.marks, state.visible);
        rerender();
      }
      if (changes.colors) {
        state.colors = settings.colors;
        if (highlightStyle) installStyles(settings.colors);
        rerender();
      }
      if (!changes.mode) return;
      mode = settings.mode;
      if (mode === 'click' && !forced) {
        observer.disconnect();
        state.undo?.();
        state.undo = null;
        state.ann = null;
        renderUi(state);
        root.dataset.dvlens = 'off';
      } else {
        schedule(0);
      }
    });
    if (mode === 'click' && !forced) {
      root.dataset.dvlens = 'off';
      return;
    }
    await run();
  },
});

/** Callbacks the UI calls; set in main(). */
const actions: {
  toggle: (k: Kind) => void;
  select: (i: PanelItem) => void;
  focusItem: (i: PanelItem | null) => void;
  close: () => void;
  hover: (m: Mark | null) => void;
  clip: () => void;
  openClip: () => void;
} = { toggle: () => {}, select: () => {}, focusItem: () => {}, close: () => {}, hover: () => {}, clip: () => {}, openClip: () => {} };

/** The English extractor (compromise) where the background could not run it (Firefox): injected into this frame on first need. */
async function loadEnglish(): Promise<EnglishExtractor> {
  const g = globalThis as unknown as { __dvlensEnglish?: EnglishExtractor };
  if (!g.__dvlensEnglish) {
    await toBackground('need-english').catch(() => false);
  }
  if (!g.__dvlensEnglish) throw new Error('The English extractor could not be loaded.');
  return g.__dvlensEnglish;
}

/**
 * The entities of an English article, by the English extractor, a few
 * paragraphs at a time with the main thread handed back in between.
 * Returns the extraction, and the total and longest main-thread stretch.
 */
async function extractEnglishInPieces(english: EnglishExtractor, article: PageArticle): Promise<{ extraction: Extraction; ms: number; slice: number }> {
  const options = { articleDate: article.published?.slice(0, 10) ?? null };
  const parts: { start: number; result: Omit<Extraction, 'lang'> }[] = [];
  let ms = 0;
  let slice = 0;
  // compromise sets itself up on first use: one step per task.
  const warm = (globalThis as unknown as { __dvlensEnglishWarmUp?: (() => void)[] }).__dvlensEnglishWarmUp ?? [];
  (globalThis as unknown as { __dvlensEnglishWarmUp?: (() => void)[] }).__dvlensEnglishWarmUp = [];
  for (const step of warm) {
    const w0 = performance.now();
    step();
    const took = performance.now() - w0;
    ms += took;
    slice = Math.max(slice, took);
    await pause();
  }
  for (const piece of paragraphPieces(article.text, 600)) {
    const t0 = performance.now();
    parts.push({ start: piece.start, result: english(normalizeText(piece.text), options) });
    const took = performance.now() - t0;
    ms += took;
    slice = Math.max(slice, took);
    await pause();
  }
  return { extraction: { lang: 'en', ...joinPieces(parts) }, ms, slice };
}

/** Our highlight stylesheet, held here (never looked up by id: a page could plant an element of that id). */
let highlightStyle: HTMLStyleElement | null = null;

/** The page stylesheet for the highlights, in the reader's colours (updated in place when they change). */
function installStyles(colors: Settings['colors']) {
  if (!highlightStyle) {
    highlightStyle = document.createElement('style');
    highlightStyle.id = 'dvlens-style';
  }
  if (!highlightStyle.isConnected) (document.head ?? document.documentElement).appendChild(highlightStyle);
  const css = highlightCss(colors);
  if (highlightStyle.textContent !== css) highlightStyle.textContent = css;
}

/**
 * Our UI's host and its **closed** shadow root, held here only: the page's
 * scripts cannot reach into it (no `host.shadowRoot`), so nothing the panel
 * shows (the clip's state, the entities) can be read or clicked by them. The
 * host is never looked up in the DOM (a page could plant its own
 * `<dvlens-ui>`); if the page removes it, it is put back.
 */
let ui: { host: HTMLElement; mount: HTMLElement } | null = null;

/** The shadow-root host for our UI, outside <body> so the page's body text stays as it was. */
function uiMount(): HTMLElement {
  if (!ui) {
    const host = document.createElement(UI_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `${HOVER_CARD_CSS}\n${PANEL_CSS}`;
    shadow.appendChild(style);
    const mount = document.createElement('div');
    shadow.appendChild(mount);
    ui = { host, mount };
  }
  if (!ui.host.isConnected) document.documentElement.appendChild(ui.host);
  return ui.mount;
}

function renderUi(state: State) {
  const ann = state.ann;
  if (!ann || ann.state !== 'annotated') {
    if (ui) render(null, ui.mount);
    return;
  }
  uiMount();
  if (ui) for (const [k, c] of Object.entries(state.colors)) ui.host.style.setProperty(`--dvlens-${k}`, c);
  const focused = state.focusItem ? ann.marks[state.focusItem.id] : null;
  const shown = state.hover ?? focused ?? null;
  const box = shown?.range.getBoundingClientRect();
  render(
    <>
      {state.panelOpen ? (
        <Panel
          items={ann.items}
          visible={state.visible}
          relevance={ann.relevance}
          lang={state.lang}
          clip={state.clip}
          onClip={actions.clip}
          onOpenClip={actions.openClip}
          onToggle={actions.toggle}
          onSelect={actions.select}
          onFocusItem={actions.focusItem}
          onClose={actions.close}
        />
      ) : null}
      <HoverCard card={shown?.card ?? null} lang={state.lang} x={box?.left ?? 0} y={(box?.bottom ?? 0) + 6} />
    </>,
    uiMount(),
  );
}

/** Scroll to a mark and flash it. */
function flash(m: Mark) {
  const el = m.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if ('highlights' in CSS) {
    CSS.highlights.set('dvlens-flash', new Highlight(m.range));
    setTimeout(() => CSS.highlights.delete('dvlens-flash'), 1200);
  }
}

function markAt(marks: Mark[], x: number, y: number): Mark | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const pos = doc.caretPositionFromPoint?.(x, y);
  const range = pos ? null : document.caretRangeFromPoint?.(x, y);
  const node = pos?.offsetNode ?? range?.startContainer;
  const offset = pos?.offset ?? range?.startOffset ?? 0;
  if (!node) return null;
  for (const m of marks) {
    try {
      if (!m.range.isPointInRange(node, offset)) continue;
      // The caret sits between characters: make sure the pointer is over the mark's box.
      for (const r of Array.from(m.range.getClientRects())) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
    } catch {
      // A range whose text is gone is simply not hovered.
    }
  }
  return null;
}

function watchHover(state: State) {
  let frame = 0;
  document.addEventListener(
    'mousemove',
    (ev) => {
      // The reader's pointer only: a page's synthetic mousemove shows no card.
      if (!ev.isTrusted || frame || !state.ann || state.ann.state !== 'annotated') return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const visible = state.ann?.marks.filter((m) => state.visible[m.kind]) ?? [];
        const m = markAt(visible, ev.clientX, ev.clientY);
        if (m !== state.hover) actions.hover(m);
      });
    },
    { passive: true },
  );
}
