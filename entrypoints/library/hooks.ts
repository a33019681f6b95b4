/**
 * The library page's state, as Preact hooks over the library: the route in
 * the hash, live queries (a change in another window or by the background
 * shows here), and the catalog (the newest rows first, then every row).
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CatalogRow } from '@/lib/library/catalog';
import { type Facets, facetsOf, type Library } from '@/lib/library/db';
import { parseRoute, type Route, routeHash } from '@/lib/library/route';

/** The route in the location's hash, and a way to go elsewhere (a history entry each). */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((r: Route) => {
    const hash = routeHash(r);
    if (location.hash !== hash) history.pushState(null, '', hash);
    setRoute(r);
  }, []);
  return [route, go];
}

/** Follow `query` live while `on`, handing each result to `next` (errors to `fail`); re-subscribed when `deps` change. */
export function useLive<T>(on: boolean, query: () => Promise<T>, next: (value: T) => void, fail: (e: unknown) => void, deps: unknown[]): void {
  useEffect(() => {
    if (!on) return;
    const sub = liveQuery(query).subscribe({ next, error: fail });
    return () => sub.unsubscribe();
  }, deps);
}

/** The catalog while `on`: all rows (the newest first, then every one, live), by id, its facets, and whether it is whole. */
export function useCatalog(lib: Library, on: boolean, fail: (e: unknown) => void) {
  const [all, setAll] = useState<CatalogRow[] | null>(null);
  const [rows, setRows] = useState(new Map<number, CatalogRow>());
  const [facets, setFacets] = useState<Facets>({ sites: [], tags: [], langs: [] });
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (!on) return;
    let whole = false;
    // First screen: the newest clips, while the whole catalog is read.
    void lib.recentRows().then((recent) => {
      if (whole) return;
      setAll(recent);
      setRows(new Map(recent.map((r) => [r.id, r])));
    }, fail);
    const sub = liveQuery(() => lib.rows()).subscribe({
      next: (rowsNow) => {
        whole = true;
        setComplete(true);
        setAll(rowsNow);
        setRows(new Map(rowsNow.map((r) => [r.id, r])));
        setFacets(facetsOf(rowsNow));
      },
      error: fail,
    });
    return () => sub.unsubscribe();
  }, [on]);
  return { all, rows, facets, complete };
}
