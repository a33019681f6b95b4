/**
 * The catalog: one small row per clip (no text), enough to list, filter and
 * sort the whole library in memory. IndexedDB in Chromium takes ~35 ms to
 * list 1,000 keys of an index, so a 10,000-clip list built from indexes would
 * miss the 300 ms first-render budget; the catalog is stored in chunks of
 * {@link CHUNK} rows and read with one bulk get instead.
 */
import type { KindField } from '../shared/kinds';
import { titleSortKey } from './search';
import { FILTER_KIND_LIST, type FilterKind } from './stored-kinds';
import type { Clip } from './types';

/** A catalog row's keys of each kind the list filters by (`officials`: comparison keys, bylines left out; `documents`: document keys). */
export type RowKeys = { [K in FilterKind as KindField<K>]: string[] };

/** Clips per catalog chunk (a chunk holds the ids `[n·CHUNK, (n+1)·CHUNK)`). */
export const CHUNK = 500;

/** The catalog row of a clip. */
export interface CatalogRow extends RowKeys {
  id: number;
  url: string;
  title: string;
  titleKey: string;
  site: string | null;
  published: string | null;
  clippedAt: string;
  lang: string;
  tags: string[];
  /** The summary's first sentence, for the list. */
  lead: string;
}

/** The catalog row of a saved clip. */
export function rowOf(clip: Clip & { id: number }): CatalogRow {
  return {
    id: clip.id,
    url: clip.url,
    title: clip.title,
    titleKey: titleSortKey(clip.title),
    site: clip.site,
    published: clip.published,
    clippedAt: clip.clippedAt,
    lang: clip.lang,
    tags: clip.tags,
    ...(Object.fromEntries(FILTER_KIND_LIST.map((k) => [k.field, k.filterKeys?.(clip) ?? []])) as RowKeys),
    lead: (clip.summary[0] ?? '').slice(0, 160),
  };
}

/** A list query's entity filters: the key of one entity of each kind the list filters by (`official`, `document`). */
export type KindFilters = { [K in FilterKind]?: string };

/** Filters and order of a list query. */
export interface ListQuery extends KindFilters {
  text?: string;
  site?: string;
  tag?: string;
  lang?: string;
  /** Date range on the published or clipped date: ISO prefixes, inclusive. */
  from?: string;
  to?: string;
  dateField?: 'published' | 'clippedAt';
  sort?: 'clippedAt' | 'published' | 'title';
  /** Newest (or Z–A) first when true; the default for dates. */
  descending?: boolean;
}

/** What the search index says about a query: the clips matching every word, and how many words each matched exactly. */
export interface TextMatch {
  ids: Set<number>;
  exact: Map<number, number>;
}

/**
 * The ids of the rows matching `q`, in order. With search text (`match`),
 * clips where more words matched as typed (with diacritics) come first, the
 * chosen order within. Clips without a published date sort after the rest.
 */
export function runQuery(rows: CatalogRow[], q: ListQuery, match: TextMatch | null = null): number[] {
  const field = q.dateField ?? 'published';
  const from = q.from ?? '';
  const to = q.to ? `${q.to}\uffff` : '';
  const tag = q.tag?.toLowerCase();
  // The entity filters set in `q`: a row must hold the key in the kind's field.
  const byKind = FILTER_KIND_LIST.flatMap((k) => {
    const key = (q as Record<string, string | undefined>)[k.id];
    return key ? [{ field: k.field, key }] : [];
  });
  const kept = rows.filter((r) => {
    if (match && !match.ids.has(r.id)) return false;
    for (const f of byKind) if (!(r as unknown as Record<string, string[] | undefined>)[f.field]?.includes(f.key)) return false;
    if (q.site && r.site !== q.site) return false;
    if (tag && !r.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (q.lang && r.lang !== q.lang) return false;
    if (from || to) {
      const d = r[field];
      if (!d || (from && d < from) || (to && d > to)) return false;
    }
    return true;
  });
  const sort = q.sort ?? 'clippedAt';
  const sign = (q.descending ?? sort !== 'title') ? -1 : 1;
  const key = (r: CatalogRow) => (sort === 'title' ? r.titleKey : sort === 'published' ? r.published : r.clippedAt);
  kept.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return sign * (a.id - b.id);
    if (ka === null) return 1;
    if (kb === null) return -1;
    return sign * (ka < kb ? -1 : 1);
  });
  if (!match || match.exact.size === 0) return kept.map((r) => r.id);
  return kept
    .map((r, i) => ({ id: r.id, i, e: match.exact.get(r.id) ?? 0 }))
    .sort((a, b) => b.e - a.e || a.i - b.i)
    .map((x) => x.id);
}
