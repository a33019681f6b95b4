/**
 * What the engine reports. All offsets are JavaScript string indices into the
 * text exactly as given, so `text.slice(start, end)` is the span.
 */
import type { TextLang } from '../text/lang';

/** A `[start, end)` range of the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A person and the titles the text gives them. */
export interface Official {
  /** The name as written (NFC, new-style tone placement), family name first. */
  name: string;
  /** Comparison key (lower case, new-style tones): the same person across mentions and clips. */
  key: string;
  /** Titles, once each, in order of first appearance, spelled as in the text. */
  titles: string[];
  /** Every mention of the name (full name, given name, honorific + given name). */
  mentions: Span[];
  /** True for a byline: a person (the author) without titles. */
  byline?: boolean;
}

/** A Party or State document cited by the text. */
export interface DocumentRef extends Span {
  text: string;
  /** Canonical symbol ("290-QĐ/TW", "30/2020/NĐ-CP"); null when not certain or for named documents. */
  key: string | null;
  /** Type code: the symbol's own (NQ, QĐ, CT, KL, NĐ, …), else the type word's (Luật, PL, HP, NQ). */
  kind: string;
  number: string | null;
  issuer: string | null;
  /** The document's own date (ISO) when the text gives one right after it. */
  date: string | null;
  /** How it was read: written in full, a bare reference resolved or not, or a named document. */
  status: 'symbol' | 'resolved' | 'partial' | 'named';
  /** The canonical name of a named document ("Nghị quyết Trung ương 4 khóa XII"). */
  name?: string;
}

/** A date, normalised to ISO 8601. */
export interface DateRef extends Span {
  text: string;
  /** 2012-06-28, 2020-10, 2019, or --07-13 when the year cannot be known (never a time of day). */
  iso: string;
  /** The time of day the text gives with a full date ("14h30 ngày 5/6" → "14:30"). */
  time?: string;
  /** True when the year was inferred rather than written. */
  inferred?: boolean;
}

/** A period: half-year, quarter, term, Party khóa, a named year. */
export interface PeriodRef extends Span {
  text: string;
  kind: 'months' | 'quarter' | 'term' | 'khoa' | 'year';
  /** ISO 8601 interval or year ("2021-01/2021-06", "2020/2025", "2020"), null for a khóa. */
  iso: string | null;
}

/** Everything the engine found in one text. */
export interface Extraction {
  lang: TextLang;
  officials: Official[];
  documents: DocumentRef[];
  dates: DateRef[];
  periods: PeriodRef[];
  /** Set when the text was skipped (legacy font encoding). */
  warning?: string;
}

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** The article's own date (YYYY-MM-DD or full ISO): day/month dates take their year from it. */
  articleDate?: string | null;
  /** Force a language instead of detecting it. */
  lang?: TextLang;
}
