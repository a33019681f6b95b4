/**
 * Dates as pages write them, read as ISO 8601 or null (lib/reader/dates.ts):
 * the forms Vietnamese and other pages print, and a property test that
 * whatever the input, the answer is ISO or null, never the raw string.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseDateline, toIsoDate, urlDate } from '@/lib/reader/dates';
import { readMetadata } from '@/lib/reader/metadata';

/** A strict reading of what ISO 8601 (RFC 3339 profile, date or date-time) allows, checked apart from the module's own isIsoDate. */
function parsesAsIso(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The calendar day must exist: Date.UTC rolls 31 February over to March.
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return false;
  return !Number.isNaN(Date.parse(s));
}

describe('dates as ISO 8601', () => {
  it('reads the US form ASP.NET writes into <meta>, with AM/PM, as Vietnam time on a Vietnamese page', () => {
    expect(toIsoDate('1/21/2022 8:12:40 AM', { vietnamese: true })).toBe('2022-01-21T08:12:40+07:00');
    expect(toIsoDate('1/21/2022 8:12:40 PM', { vietnamese: true })).toBe('2022-01-21T20:12:40+07:00');
    expect(toIsoDate('12/1/2022 12:05:00 AM', { vietnamese: true })).toBe('2022-12-01T00:05:00+07:00');
    // The same clock in Vietnamese (.NET's vi-VN: SA = sáng, CH = chiều) is day first.
    expect(toIsoDate('21/01/2022 8:12:40 CH', { vietnamese: true })).toBe('2022-01-21T20:12:40+07:00');
  });

  it('reads Vietnamese numeric dates with and without a time, in either order, with two-digit years', () => {
    expect(toIsoDate('21/06/2024 10:15', { vietnamese: true })).toBe('2024-06-21T10:15:00+07:00');
    expect(toIsoDate('10:15 21/06/2024', { vietnamese: true })).toBe('2024-06-21T10:15:00+07:00');
    expect(toIsoDate('21-6-2024', { vietnamese: true })).toBe('2024-06-21');
    expect(toIsoDate('21.06.2024 - 08:30', { vietnamese: true })).toBe('2024-06-21T08:30:00+07:00');
    expect(toIsoDate('21/06/24 08:30', { vietnamese: true })).toBe('2024-06-21T08:30:00+07:00');
    expect(parseDateline('Thứ Sáu, 21/6/2024 - 10:15')).toBe('2024-06-21T10:15:00+07:00');
    expect(parseDateline('Cập nhật lúc 16:45 10/10/2025')).toBe('2025-10-10T16:45:00+07:00');
    // The Vietnamese words make it Vietnam's time even where the page says nothing.
    expect(toIsoDate('Thứ Hai, 25/11/2024 07:00')).toBe('2024-11-25T07:00:00+07:00');
  });

  it('keeps a stated zone, and gives none to a time without one on a page that is not Vietnamese', () => {
    expect(toIsoDate('21/06/2024 10:15 (GMT+7)')).toBe('2024-06-21T10:15:00+07:00');
    expect(toIsoDate('21/06/2024 10:15 GMT+07:00')).toBe('2024-06-21T10:15:00+07:00');
    expect(toIsoDate('2024-06-21T10:15:00+0700')).toBe('2024-06-21T10:15:00+07:00');
    expect(toIsoDate('2024-06-21 03:15:00 UTC', { vietnamese: true })).toBe('2024-06-21T03:15:00Z');
    expect(toIsoDate('2018-04-03T16:50:31.014538Z')).toBe('2018-04-03T16:50:31.014Z');
    expect(toIsoDate('2025-11-25 08:33:24')).toBe('2025-11-25T08:33:24');
    expect(toIsoDate('2025-11-25 08:33:24', { vietnamese: true })).toBe('2025-11-25T08:33:24+07:00');
    expect(toIsoDate('13/11/2025 09:21:40')).toBe('2025-11-13T09:21:40');
  });

  it('reads the month first only where it must be, or where the page is US English', () => {
    expect(toIsoDate('12/25/2023')).toBe('2023-12-25');
    expect(toIsoDate('12/11/25')).toBe('2025-11-12');
    expect(toIsoDate('12/11/25', { monthFirst: true })).toBe('2025-12-11');
  });

  it('reads written-out dates, and refuses what is not a real day', () => {
    expect(toIsoDate('Feb 08, 2022')).toBe('2022-02-08');
    expect(toIsoDate('ngày 21 tháng 6 năm 2024')).toBe('2024-06-21');
    expect(toIsoDate('31/02/2024')).toBeNull();
    expect(toIsoDate('2024-02-30T10:00:00Z')).toBeNull();
    expect(toIsoDate('29/02/2024')).toBe('2024-02-29');
    expect(toIsoDate('29/02/2023')).toBeNull();
    expect(toIsoDate('1.2.25')).toBeNull();
    expect(toIsoDate('Tỷ lệ 3/4 số hộ')).toBeNull();
    expect(toIsoDate('hôm qua')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });

  it('reads a whole day from a URL path, and nothing from a month alone', () => {
    expect(urlDate('https://baotinh.vn/2024/06/21/hoi-nghi-dan-van.html')).toBe('2024-06-21');
    expect(urlDate('https://example.com/news/2024-06-21-conference')).toBe('2024-06-21');
    expect(urlDate('https://example.com/20240621/conference')).toBe('2024-06-21');
    expect(urlDate('https://example.com/2024/06/conference')).toBeNull();
    expect(urlDate('https://example.com/2024/13/45/conference')).toBeNull();
    expect(urlDate('not a url')).toBeNull();
  });

  it('gives ISO or null whatever the input (property)', () => {
    const n = (max: number) => fc.integer({ min: 0, max }).map(String);
    const pad = (a: fc.Arbitrary<string>) => fc.tuple(a, fc.boolean()).map(([s, p]) => (p ? s.padStart(2, '0') : s));
    // Date-shaped input with every part allowed out of range: the reader must refuse, not repeat it.
    const dateish = fc
      .tuple(
        pad(n(40)),
        fc.constantFrom('/', '-', '.', ' / '),
        pad(n(40)),
        fc.oneof(n(2200), pad(n(99))),
        fc.option(fc.tuple(n(30), fc.constantFrom(':', 'h'), pad(n(70)), fc.option(pad(n(70))), fc.constantFrom('', ' AM', ' PM', ' SA', ' CH', 'am'))),
        fc.constantFrom('', ' GMT+7', ' (GMT+07:00)', 'Z', ' +0700', ' UTC', ' -05:00', ' GMT+99', ' ICT'),
        fc.constantFrom('', 'Thứ Sáu, ', 'Cập nhật lúc ', 'Published ', 'ngày '),
      )
      .map(([a, s, b, y, t, z, lead]) => `${lead}${a}${s}${b}${s}${y}${t ? ` ${t[0]}${t[1]}${t[2]}${t[3] ? `:${t[3]}` : ''}${t[4]}` : ''}${z}`);
    const isoish = fc
      .tuple(n(2200), pad(n(14)), pad(n(40)), fc.constantFrom('', 'T', ' '), pad(n(30)), pad(n(70)), fc.constantFrom('', 'Z', '+07:00', '+0700', '-25:00', '.123456'))
      .map(([y, mo, d, sep, h, mi, z]) => (sep ? `${y.padStart(4, '0')}-${mo}-${d}${sep}${h}:${mi}${z}` : `${y.padStart(4, '0')}-${mo}-${d}`));
    const anything = fc.oneof(dateish, isoish, fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('1/21/2022 8:12:40 AM', 'Feb 30, 2024', 'ngày 31 tháng 2 năm 2024'));
    fc.assert(
      fc.property(anything, fc.record({ vietnamese: fc.boolean(), monthFirst: fc.boolean() }), (raw, ctx) => {
        const out = toIsoDate(raw, ctx);
        if (out !== null) {
          expect(parsesAsIso(out), `${JSON.stringify(raw)} → ${out}`).toBe(true);
          expect(isIsoDate(out)).toBe(true);
        }
        const line = parseDateline(raw);
        if (line !== null) expect(parsesAsIso(line), `${JSON.stringify(raw)} → ${line}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the published date of a page, in order of trust', () => {
  const read = (head: string, body: string, url = 'https://baotinh.vn/chinh-tri/hoi-nghi-dan-van-a12345.html', lang = 'vi') =>
    readMetadata(parseHTML(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const story = '<article><h1>Hội nghị giao ban công tác dân vận</h1><p>Nội dung bài viết.</p></article>';

  it('takes JSON-LD datePublished, also inside @graph, in arrays and on a WebPage, and keeps dateModified apart', () => {
    const graph = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2024-06-21T10:15:00+07:00', dateModified: '2024-06-22T08:00:00+07:00' }] });
    expect(read(graph, story)).toMatchObject({ published: '2024-06-21T10:15:00+07:00', modified: '2024-06-22T08:00:00+07:00', publishedFrom: 'metadata' });
    expect(read(ld([{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle'], datePublished: ['21/06/2024 10:15'] }]), story).published).toBe('2024-06-21T10:15:00+07:00');
    expect(read(ld({ '@type': 'WebPage', datePublished: '2024-06-21' }), story).published).toBe('2024-06-21');
    // Only a modified date: it never stands for the published one.
    expect(read('<meta property="article:modified_time" content="2024-06-22T08:00:00+07:00">', story)).toMatchObject({ published: null, modified: '2024-06-22T08:00:00+07:00' });
  });

  it('reads the US form of article:published_time as ISO, and itemprop=datePublished on any element', () => {
    expect(read('<meta property="article:published_time" content="1/21/2022 8:12:40 AM">', story).published).toBe('2022-01-21T08:12:40+07:00');
    expect(read('', '<article><h1>Hội nghị giao ban</h1><span itemprop="datePublished" content="2024-06-21T10:15:00">21/06/2024</span><p>Nội dung.</p></article>').published).toBe(
      '2024-06-21T10:15:00+07:00',
    );
  });

  it("takes the story's <time datetime>, not a teaser card's or a related list's, then the URL's date, then the dateline", () => {
    const cards = '<article class="card"><h3>Tin khác</h3><time datetime="2023-01-05">05/01/2023</time></article>';
    const page = `<main>${cards}<div class="detail"><h1>Hội nghị giao ban</h1><time datetime="2024-06-21T10:15">21/06/2024</time><p>Nội dung.</p></div></main>`;
    expect(read('', page).published).toBe('2024-06-21T10:15:00+07:00');
    const url = 'https://baotinh.vn/2024/06/21/hoi-nghi-giao-ban.html';
    expect(read('', '<div><h1>Hội nghị giao ban</h1><p>Nội dung.</p></div>', url).published).toBe('2024-06-21');
    const related = '<div class="box-tin-lien-quan"><p>Thứ Hai, 01/07/2024</p></div><div class="comments"><p>Gửi lúc 09:00 02/07/2024</p></div>';
    expect(read('', `<div><h1>Hội nghị giao ban</h1><p>Nội dung.</p>${related}</div><footer><p>Cập nhật 03/07/2024</p></footer>`).published).toBeNull();
  });

  it('lets the dateline decide between metadata dates that disagree', () => {
    const head = `${ld({ '@type': 'NewsArticle', datePublished: '2018-04-03T16:50:31Z' })}<meta property="article:published_time" content="2024-06-21T10:15:00+07:00">`;
    expect(read(head, '<article><h1>Hội nghị giao ban</h1><p class="date">Thứ Sáu, 21/6/2024 - 10:15</p><p>Nội dung.</p></article>').published).toBe('2024-06-21T10:15:00+07:00');
    expect(read(head, story).published).toBe('2018-04-03T16:50:31Z');
  });
});
