import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '@/lib/library/route';

describe('the report route', () => {
  it('round-trips the list narrowing (Vietnamese text included) and drops the list’s dates and order', () => {
    const r = { view: 'report', query: { text: 'dân vận khéo', site: 'Báo Tỉnh', tag: 'báo cáo', official: 'trịnh văn khải', document: '290-QĐ/TW', lang: 'vi' } } as const;
    expect(routeHash(r)).toMatch(/^#\/report\?/);
    expect(parseRoute(routeHash(r))).toEqual(r);
    expect(routeHash({ view: 'report', query: {} })).toBe('#/report');
    expect(parseRoute('#/report')).toEqual({ view: 'report', query: {} });
    expect(parseRoute('#/report?q=mttq&from=2024-01-01&to=2024-06-30&sort=title&order=asc')).toEqual({ view: 'report', query: { text: 'mttq' } });
    expect(parseRoute('#/reports')).toEqual({ view: 'list', query: {} });
  });
});
