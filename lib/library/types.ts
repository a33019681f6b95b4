/**
 * What the library keeps. A clip is one saved article; it is stored whole in
 * IndexedDB (see db.ts) and exported as is (the export issue's JSON schema
 * follows this shape).
 */
import type { ClipEntities } from './stored-kinds';

/**
 * Where a mention sits in the clip's text, with enough context to find it
 * again on the page even after the page changed (a W3C TextQuoteSelector and
 * TextPositionSelector in one).
 */
export interface Anchor {
  /** `[start, end)` in the clip's `text`. */
  start: number;
  end: number;
  /** The mention itself, and up to 32 characters before and after it. */
  exact: string;
  prefix: string;
  suffix: string;
}

export type { ClipDate, ClipDocument, ClipOfficial } from './stored-kinds';

/** A period as saved. */
export interface ClipPeriod {
  kind: string;
  iso: string | null;
  anchor: Anchor;
}

/** A passage the reader chose ("Add quote to clip"). */
export interface Quote {
  text: string;
  /** Context on the page, to find it again. */
  prefix: string;
  suffix: string;
  addedAt: string;
  /** The reader's comment on the quote. */
  comment?: string;
}

/** One saved article; its entities, one field per kind (`officials`, `documents`, `dates`), are in {@link ClipEntities}. */
export interface Clip extends ClipEntities {
  /** Database id (assigned on first save, stable across re-clips). */
  id?: number;
  /** Canonical URL: the key against duplicates. */
  url: string;
  title: string;
  site: string | null;
  /** ISO 8601 (date or date-time), when the page says. */
  published: string | null;
  author: string | null;
  lang: string;
  /** ISO 8601 date-time of the first clip, and of the latest update. */
  clippedAt: string;
  updatedAt: string;
  /** Clean article text, blocks separated by blank lines (NFC). */
  text: string;
  /** Extractive summary: sentences of the text, or the reader's own edit. */
  summary: string[];
  /** True once the reader edited the summary: re-clipping then keeps it. */
  summaryEdited?: boolean;
  periods: ClipPeriod[];
  /** Dân vận relevance score of the text. */
  relevance: number;
  note: string;
  tags: string[];
  quotes: Quote[];
}
