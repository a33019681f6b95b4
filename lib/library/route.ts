/**
 * The library page's routes, kept in the URL hash so that links, reloads and
 * the back button work: `#/?q=dan+van&site=Báo+Tỉnh`, `#/clip/12`,
 * `#/people`, `#/documents`, `#/report?site=…` (the period report, narrowed
 * like the list).
 */
import type { ListQuery } from './db';
import { FILTER_KIND_LIST, type FilterKind } from './stored-kinds';

/** A place in the library page. */
export type Route = { view: 'list'; query: ListQuery } | { view: 'clip'; id: number } | { view: 'people' } | { view: 'documents' } | { view: 'report'; query: ListQuery };

/** The query's text fields in the order the hash lists them: the search words, each entity filter (`official`, `document`), the rest. */
const TEXT_KEYS = ['text', ...FILTER_KIND_LIST.map((k) => k.id as FilterKind), 'site', 'tag', 'lang', 'from', 'to'] as const;

/** The route of a hash (anything unknown is the list). */
export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const clip = /^\/clip\/(\d+)$/.exec(h);
  if (clip) return { view: 'clip', id: Number(clip[1]) };
  if (h === '/people') return { view: 'people' };
  if (h === '/documents') return { view: 'documents' };
  const params = new URLSearchParams(h.split('?')[1] ?? '');
  const query: ListQuery = {};
  const report = /^\/report(\?|$)/.test(h);
  for (const k of TEXT_KEYS) {
    const v = params.get(k === 'text' ? 'q' : k);
    if (v) query[k] = v;
  }
  // The report chooses its own period: it takes the list's narrowing, not its dates or order.
  if (report) {
    delete query.from;
    delete query.to;
    return { view: 'report', query };
  }
  const sort = params.get('sort');
  if (sort === 'clippedAt' || sort === 'published' || sort === 'title') query.sort = sort;
  const field = params.get('date');
  if (field === 'published' || field === 'clippedAt') query.dateField = field;
  if (params.get('order') === 'asc') query.descending = false;
  if (params.get('order') === 'desc') query.descending = true;
  return { view: 'list', query };
}

/** The hash of a route. */
export function routeHash(r: Route): string {
  if (r.view === 'clip') return `#/clip/${r.id}`;
  if (r.view !== 'list' && r.view !== 'report') return `#/${r.view}`;
  const params = new URLSearchParams();
  for (const k of TEXT_KEYS) {
    const v = r.query[k];
    if (v) params.set(k === 'text' ? 'q' : k, v);
  }
  if (r.query.sort) params.set('sort', r.query.sort);
  if (r.query.dateField) params.set('date', r.query.dateField);
  if (r.query.descending !== undefined) params.set('order', r.query.descending ? 'desc' : 'asc');
  const s = params.toString();
  const path = r.view === 'report' ? '#/report' : '#/';
  return s ? `${path}?${s}` : path;
}
