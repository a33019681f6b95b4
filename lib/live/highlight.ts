/**
 * Annotate a live page: take the reading of the page (article text and its
 * entities, made away from the page by lib/reader/reading.ts), map every
 * mention back to the live text nodes and highlight it with
 * the CSS Custom Highlight API (`dvlens-official`, `dvlens-document`,
 * `dvlens-date`), or, where that API is missing, by wrapping the text in a
 * `<dvlens-mark data-kind>` element. The page's text content never changes.
 *
 * The document and window are passed in (lib/ uses no browser globals).
 */
import type { Extraction } from '../engine/extract/types';
import type { PageArticle } from '../reader/article';
import type { Reading } from '../reader/reading';
import type { AnnotateMode } from '../shared/settings';
import { type Card, highlightName, KIND_IDS, KINDS, type Kind, perKind } from '../shared/kinds';
import type { UiLang } from '../i18n/strings';
import { DAN_VAN_THRESHOLD } from '../reader/relevance';
import { elementAt, liveText, matchBlocks, spanToLive } from '../shared/text-map';


/** One highlighted mention. */
export interface Mark {
  kind: Kind;
  range: Range;
  card: Card;
  /** Start in the article text, for ordering and de-duplication. */
  at: number;
  /** Which entity it is a mention of (same for every mention of one official). */
  entity: string;
}

/** One entry of the panel: an entity with the index of its first mark. */
export interface PanelItem {
  kind: Kind;
  id: number;
  heading: string;
  detail: string;
}


/** The outcome, also written to `document.documentElement.dataset.dvlens`. */
export interface Annotation {
  state: 'annotated' | 'not-article' | 'off';
  article: PageArticle | null;
  extraction: Extraction | null;
  relevance: number;
  marks: Mark[];
  counts: Record<Kind, number>;
  /** Officials, documents, then dates in time order, each pointing at its first mark. */
  items: PanelItem[];
  /** Milliseconds of the page's main thread spent mapping the reading onto the page. */
  timings: { map: number; live?: number; match?: number; slice?: number };
}

/** Options for {@link findMarks}. */
export interface MarkOptions {
  mode: AnnotateMode;
  /** True when the reader asked (toolbar click): annotate any article. */
  forced?: boolean;
  uiLang?: UiLang;
  /** Elements to leave alone (the extension's own UI). */
  skip?: (el: Element) => boolean;
  /** Give the main thread back between phases (the content script passes a setTimeout-based yield). */
  yieldToPage?: () => Promise<void>;
}

/** What {@link findMarks} needs from the background's {@link Reading} of the page. */
export type MappableReading = Pick<Reading, 'article' | 'extraction' | 'relevance'> & Partial<Pick<Reading, 'container'>>;

/** Does this window support the CSS Custom Highlight API? */
export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** The state a reading leads to under the reader's mode: not an article, annotated, or read but left alone. */
export function annotationState(reading: MappableReading, mode: AnnotateMode, forced = false): Annotation['state'] {
  if (!reading.article.isArticle && !forced) return 'not-article';
  if (!reading.extraction) return 'off';
  const wanted = forced || mode === 'articles' || (mode === 'dan-van' && reading.relevance >= DAN_VAN_THRESHOLD);
  return wanted ? 'annotated' : 'off';
}

/**
 * Map a reading of the page onto the live `doc`: one Range per mention,
 * inside the article body only, without touching the page.
 */
export async function findMarks(doc: Document, reading: MappableReading, options: MarkOptions): Promise<Annotation> {
  const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
  const { article, extraction, relevance } = reading;
  const state = annotationState(reading, options.mode, options.forced);
  const counts = perKind((k) => (extraction ? KINDS[k].count(extraction) : 0));
  if (!extraction || state === 'not-article') {
    return { state, article, extraction: null, relevance, marks: [], counts, items: [], timings: { map: 0 } };
  }
  const pause = options.yieldToPage ?? (async () => {});
  const t0 = now();
  const lang = options.uiLang ?? 'vi';
  // Map within the element holding the body when the reader located it and it still holds every
  // block found there; otherwise within the whole body.
  const holder = reading.container ? elementAt(doc.body, reading.container.path) : null;
  let matching = 0;
  const locate = (root: Element) => {
    const live = liveText(root, options.skip);
    const m0 = now();
    const blocks = matchBlocks(article.text, live);
    matching += now() - m0;
    return { live, blocks };
  };
  let { live, blocks } = locate(holder ?? doc.body);
  if (holder && blocks.filter((b) => b.liveStart >= 0).length < (reading.container?.blocks ?? 0)) ({ live, blocks } = locate(doc.body));
  const tb = now();
  const tl = tb - matching;
  const marks: Mark[] = [];
  const add = (kind: Kind, entity: string, start: number, end: number, card: Card) => {
    const p = spanToLive(live, blocks, start, end);
    if (!p) return;
    const range = doc.createRange();
    range.setStart(p.start.node, p.start.offset);
    range.setEnd(p.end.node, p.end.offset);
    marks.push({ kind, range, card, at: start, entity });
  };
  let busy = now() - t0;
  let slice = busy;
  await pause();
  let t1 = now();
  const todo = KIND_IDS.flatMap((kind) => KINDS[kind].mentions(extraction, lang).map((m) => ({ kind, ...m })));
  for (let i = 0; i < todo.length; i++) {
    const { kind, entity, start, end, card } = todo[i] as (typeof todo)[number];
    add(kind, entity, start, end, card());
    if (i % 150 === 149) {
      busy += now() - t1;
      slice = Math.max(slice, now() - t1);
      await pause();
      t1 = now();
    }
  }
  marks.sort((a, b) => a.at - b.at);
  const items = panelItems(marks, extraction);
  busy += now() - t1;
  slice = Math.max(slice, now() - t1);
  return { state, article, extraction, relevance, marks, counts, items, timings: { map: busy, live: tl - t0, match: tb - tl, slice } };
}

/** The panel's entries: one per entity, officials and documents in reading order, dates in time order. */
export function panelItems(marks: Mark[], extraction: Extraction): PanelItem[] {
  const first = new Map<string, number>();
  marks.forEach((m, i) => {
    if (!first.has(m.entity)) first.set(m.entity, i);
  });
  const items: PanelItem[] = [];
  const push = (kind: Kind, entity: string) => {
    const id = first.get(entity);
    const m = id === undefined ? undefined : marks[id];
    if (id === undefined || !m || items.some((i) => i.id === id)) return;
    items.push({ kind, id, heading: m.card.heading, detail: m.card.lines.join('; ') });
  };
  for (const kind of KIND_IDS) for (const entity of KINDS[kind].panelOrder(extraction)) push(kind, entity);
  return items;
}

/** Show only the marks of the visible kinds (CSS highlight mode). */
export function showKinds(win: Window & typeof globalThis, marks: Mark[], visible: Record<Kind, boolean>): void {
  if (!hasHighlightApi(win)) {
    // The wrapped-text fallback: a hidden kind keeps its elements (the text is unchanged) without colour.
    for (const el of Array.from(win.document.querySelectorAll('dvlens-mark'))) el.toggleAttribute('data-off', !visible[el.getAttribute('data-kind') as Kind]);
    return;
  }
  for (const k of KIND_IDS) {
    const ranges = visible[k] ? marks.filter((m) => m.kind === k).map((m) => m.range) : [];
    win.CSS.highlights.set(highlightName(k), new win.Highlight(...ranges));
  }
}

const ALL_KINDS: Record<Kind, boolean> = perKind(() => true);

/**
 * Register the marks of the `visible` kinds as CSS highlights (or wrap every
 * mark where the API is missing). Returns an undo function.
 */
export function applyMarks(doc: Document, win: Window & typeof globalThis, marks: Mark[], visible: Record<Kind, boolean> = ALL_KINDS): () => void {
  if (hasHighlightApi(win)) {
    showKinds(win, marks, visible);
    return () => {
      for (const k of KIND_IDS) win.CSS.highlights.delete(highlightName(k));
    };
  }
  // Fallback: wrap, last first so earlier ranges stay valid.
  const wrappers: Element[] = [];
  for (const m of [...marks].reverse()) {
    try {
      const el = doc.createElement('dvlens-mark');
      el.setAttribute('data-kind', m.kind);
      m.range.surroundContents(el);
      wrappers.push(el);
    } catch {
      // A range crossing element boundaries cannot be wrapped whole: leave it unmarked rather than break the page.
    }
  }
  showKinds(win, marks, visible);
  return () => {
    for (const el of wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
  };
}
