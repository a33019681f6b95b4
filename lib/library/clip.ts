/**
 * Turn what the page reader and the engine found into a clip, and merge a
 * re-clip into the clip already saved (new text and entities; the reader's
 * note, tags, quotes and edited summary kept).
 */
import type { Extraction, Span } from '../engine/extract/types';
import type { PageArticle } from '../reader/article';
import { sameSite } from '../shared/domain';
import { anchorOf } from './anchor';
import { type ClipEntities, STORED_KIND_LIST } from './stored-kinds';
import { summarize } from './summary';
import type { Clip, Quote } from './types';

export { anchorOf };

/** What {@link buildClip} needs. */
export interface ClipInput {
  article: Pick<PageArticle, 'title' | 'published' | 'author' | 'site' | 'canonicalUrl' | 'lang' | 'text'>;
  extraction: Extraction;
  relevance: number;
  /** The page's own URL, used when it names no canonical URL. */
  url: string;
  /** Sentences in the summary (3 by default). */
  summaryLength?: number;
  /** ISO date-time of the clip (now by default). */
  now?: string;
}

/** A new clip from an article and its extraction (no note, tags or quotes yet). */
export function buildClip(input: ClipInput): Clip {
  const { article, extraction: x } = input;
  const text = article.text;
  const now = input.now ?? new Date().toISOString();
  const hints = STORED_KIND_LIST.flatMap((k) => k.summaryHint(x) ?? []);
  const summary = summarize(text, input.summaryLength ?? 3, hints);
  const anchor = (span: Span) => anchorOf(text, span);
  const entities = Object.fromEntries(STORED_KIND_LIST.map((k) => [k.field, k.save(x, anchor)])) as ClipEntities;
  return {
    // A canonical URL on another site is not this page's to claim (see ownCanonical in page/metadata.ts).
    url: article.canonicalUrl && sameSite(article.canonicalUrl, input.url) ? article.canonicalUrl : input.url,
    title: article.title?.trim() || summary[0]?.slice(0, 120) || input.url,
    site: article.site,
    published: article.published,
    author: article.author,
    lang: article.lang ?? x.lang,
    clippedAt: now,
    updatedAt: now,
    text,
    summary,
    ...entities,
    periods: x.periods.map((p) => ({ kind: p.kind, iso: p.iso, anchor: anchorOf(text, p) })),
    relevance: input.relevance,
    note: '',
    tags: [],
    quotes: [],
  };
}

/** Tags as the reader typed them, trimmed, once each (compared without case), in order. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 60);
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

function sameQuote(a: Quote, b: Quote): boolean {
  return a.text === b.text && a.prefix === b.prefix && a.suffix === b.suffix;
}

/**
 * A re-clip of a saved article: the new text, metadata and entities win; the
 * saved clip's id, first clip date, note, tags, quotes and (when the reader
 * edited it) summary are kept. Nothing the reader wrote is lost.
 */
export function mergeClip(saved: Clip, fresh: Clip): Clip {
  const note = !fresh.note || fresh.note === saved.note ? saved.note : saved.note ? `${saved.note}\n\n${fresh.note}` : fresh.note;
  const quotes = [...saved.quotes];
  for (const q of fresh.quotes) if (!quotes.some((s) => sameQuote(s, q))) quotes.push(q);
  const keepSummary = saved.summaryEdited === true;
  return {
    ...fresh,
    ...(saved.id !== undefined ? { id: saved.id } : {}),
    clippedAt: saved.clippedAt < fresh.clippedAt ? saved.clippedAt : fresh.clippedAt,
    updatedAt: fresh.updatedAt > saved.updatedAt ? fresh.updatedAt : saved.updatedAt,
    summary: keepSummary ? saved.summary : fresh.summary,
    ...(keepSummary ? { summaryEdited: true } : {}),
    note,
    tags: cleanTags([...saved.tags, ...fresh.tags]),
    quotes,
  };
}
