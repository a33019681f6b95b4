import { describe, expect, it } from 'vitest';
import { builtInSite } from '@/lib/shared/sites';
import { colorCheck, DEFAULT_SETTINGS, highlightCss, parseSite, PRESET_COLORS, readSettings, sitePatterns } from '@/lib/shared/settings';

describe('settings', () => {
  it('reads what storage holds, and falls back per value when something is missing or damaged', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
    const s = readSettings({
      mode: 'click',
      kinds: { official: false, document: 'yes' },
      colors: { official: '#FF7AA8', document: 'red', date: '#000000' },
      summaryLength: 5,
      sites: ['https://www.BaoDanToc.com/tin', 'baodantoc.com', 'not a site', 42],
    });
    expect(s.mode).toBe('click');
    expect(s.kinds).toEqual({ official: false, document: true, date: true });
    // '#000000' is unreadable as a highlight on dark pages: the default stays.
    expect(s.colors).toEqual({ official: '#ff7aa8', document: DEFAULT_SETTINGS.colors.document, date: DEFAULT_SETTINGS.colors.date });
    expect(s.summaryLength).toBe(5);
    expect(s.sites).toEqual(['baodantoc.com']);
    expect(readSettings({ mode: 'always', summaryLength: 2.5 })).toMatchObject({ mode: 'dan-van', summaryLength: 3 });
  });

  it('turns what a reader types into a host name, and refuses what is not one', () => {
    expect(parseSite('https://www.tapchidanvan.org/bai-viet/123?x=1')).toBe('tapchidanvan.org');
    expect(parseSite('  Tuyengiao.Org  ')).toBe('tuyengiao.org');
    expect(parseSite('*.example.com')).toBe('example.com');
    expect(parseSite('báođảng.com')).toMatch(/^xn--[a-z0-9-]+\.com$/);
    for (const bad of ['', 'localhost', '192.168.1.1', 'two words.com', 'http://', 'com']) expect(parseSite(bad), bad).toBeNull();
    expect(sitePatterns('tuyengiao.org')).toEqual(['*://tuyengiao.org/*', '*://*.tuyengiao.org/*']);
    expect(builtInSite('baotinh.vn')).toBe(true);
    expect(builtInSite('m.vnexpress.net')).toBe(true);
    expect(builtInSite('rfa.org')).toBe(false);
    expect(builtInSite('vn.example.com')).toBe(false);
  });

  it('accepts highlight colours that keep text readable and visible on light and dark pages', () => {
    for (const c of [...PRESET_COLORS, ...Object.values(DEFAULT_SETTINGS.colors)]) expect(colorCheck(c).ok, c).toBe(true);
    const black = colorCheck('#000000');
    expect(black.ok).toBe(false);
    expect(black.dark.visibility).toBeLessThan(0.05);
    const white = colorCheck('#ffffff');
    expect(white.ok).toBe(false);
    expect(white.light.visibility).toBe(0);
    // Dark text on a pale highlight: far above WCAG AA.
    expect(colorCheck('#ffe14d').light.text).toBeGreaterThan(10);
    expect(colorCheck('#ffe14d').dark.text).toBeGreaterThanOrEqual(4.5);
  });

  it('writes the page stylesheet in the chosen colours', () => {
    const css = highlightCss({ official: '#ff7aa8', document: '#50a0ff', date: '#3cc88c' });
    expect(css).toContain('::highlight(dvlens-official) { background-color: rgba(255, 122, 168, 0.35); }');
    expect(css).toContain('dvlens-mark[data-kind="date"] { background-color: rgba(60, 200, 140, 0.35); }');
  });
});
