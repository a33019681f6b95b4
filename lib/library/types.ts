/**
 * What the library keeps. A clip is one saved article; it is stored whole in
 * IndexedDB (see db.ts) and exported as is (the export issue's JSON schema
 * follows this shape).
 */

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

/** An official as saved: the name, the titles this article gives, every mention. */
export interface ClipOfficial {
  name: string;
  /** Comparison key across clips (lower case, new-style tones). */
  key: string;
  titles: string[];
  byline?: boolean;
  anchors: Anchor[];
}

/** A cited document as saved. */
export interface ClipDocument {
  /** Canonical symbol, else the name of a named document, else the text as written. */
  key: string;
  /** True when `key` is a canonical symbol ("290-QĐ/TW"). */
  symbol: boolean;
  kind: string;
  issuer: string | null;
  date: string | null;
  name?: string;
  anchors: Anchor[];
}

/** A date as saved. */
export interface ClipDate {
  iso: string;
  inferred?: boolean;
  anchor: Anchor;
}

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

/** One saved article. */
export interface Clip {
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
  officials: ClipOfficial[];
  documents: ClipDocument[];
  dates: ClipDate[];
  periods: ClipPeriod[];
  /** Dân vận relevance score of the text. */
  relevance: number;
  note: string;
  tags: string[];
  quotes: Quote[];
}
