import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '@/lib/library/route';

describe('library routes', () => {
  it('round-trips list queries with Vietnamese text, clips and the indexes', () => {
    const routes = [
      { view: 'list', query: {} },
      { view: 'list', query: { text: 'dân vận khéo', site: 'Báo Tỉnh', tag: 'báo cáo', sort: 'published', descending: false } },
      { view: 'list', query: { official: 'trịnh văn khải', document: '290-QĐ/TW', from: '2024-01-01', to: '2024-06-30', dateField: 'clippedAt' } },
      { view: 'clip', id: 42 },
      { view: 'people' },
      { view: 'documents' },
    ] as const;
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  it('reads anything unknown as the whole list', () => {
    expect(parseRoute('')).toEqual({ view: 'list', query: {} });
    expect(parseRoute('#/nothing-here')).toEqual({ view: 'list', query: {} });
    expect(parseRoute('#/?sort=bogus&order=sideways')).toEqual({ view: 'list', query: {} });
  });
});
