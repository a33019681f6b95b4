/**
 * The period report as data, on a library of invented clips: the period
 * presets and their edges, clips without a published date listed apart,
 * grouping by month, tag and site, the officials and documents tables, the
 * timeline's order, Vietnamese text in NFC, and nothing XML cannot hold.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, type Report, regroupReport } from '@/lib/report/build';
import { readHeading } from '@/lib/report/heading';
import { periodInWords } from '@/lib/report/labels';
import { defaultPeriod, namedPeriod, rangePeriod, splitByPeriod } from '@/lib/report/period';
import { clean, sentenceAround } from '@/lib/report/text';
import { inventedClip, inventedLibrary } from './helpers';

const H1 = namedPeriod('h1', 2024);
const clips = inventedLibrary();
const report = (over: Partial<Parameters<typeof buildReport>[1]> = {}): Report => buildReport(clips, { period: H1, groupBy: 'month', lang: 'vi', ...over });
const VAN = 'Nguyễn Thị Hồng Vân';

describe('the period', () => {
  it('names half-years, quarters and years with their first and last days (leap years included)', () => {
    expect(namedPeriod('h1', 2024)).toEqual({ kind: 'h1', from: '2024-01-01', to: '2024-06-30' });
    expect(namedPeriod('h2', 2024)).toEqual({ kind: 'h2', from: '2024-07-01', to: '2024-12-31' });
    expect(namedPeriod('q1', 2024).to).toBe('2024-03-31');
    expect(namedPeriod('q1', 2023)).toEqual({ kind: 'q1', from: '2023-01-01', to: '2023-03-31' });
    expect(namedPeriod('q3', 2025)).toEqual({ kind: 'q3', from: '2025-07-01', to: '2025-09-30' });
    expect(namedPeriod('q4', 2025).to).toBe('2025-12-31');
    expect(namedPeriod('year', 2025)).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(rangePeriod('2024-05-15', '2024-03-01')).toEqual({ kind: 'range', from: '2024-03-01', to: '2024-05-15' });
    expect(rangePeriod('2024-02-30', '2024-03-01')).toBeNull();
    expect(rangePeriod('2024-3-1', '2024-03-09')).toBeNull();
  });

  it('defaults to the half-year just ended', () => {
    expect(defaultPeriod('2026-12-01')).toEqual(namedPeriod('h1', 2026));
    expect(defaultPeriod('2026-07-01')).toEqual(namedPeriod('h1', 2026));
    expect(defaultPeriod('2026-06-30')).toEqual(namedPeriod('h2', 2025));
    expect(defaultPeriod('2026-01-02')).toEqual(namedPeriod('h2', 2025));
  });

  it('says the period in words, in both languages', () => {
    expect(periodInWords(H1, 'vi')).toBe('6 tháng đầu năm 2024');
    expect(periodInWords(namedPeriod('h2', 2024), 'vi')).toBe('6 tháng cuối năm 2024');
    expect(periodInWords(namedPeriod('q3', 2024), 'vi')).toBe('quý III năm 2024');
    expect(periodInWords(namedPeriod('year', 2024), 'vi')).toBe('năm 2024');
    expect(periodInWords(rangePeriod('2024-03-01', '2024-05-15') as never, 'vi')).toBe('từ ngày 1/3/2024 đến ngày 15/5/2024');
    expect(periodInWords(namedPeriod('q3', 2024), 'en')).toBe('Q3 2024');
    expect(periodInWords(H1, 'en')).toBe('the first half of 2024');
  });

  it('keeps the first and last day (whatever the hour), leaves out the days around, and lists undated clips apart', () => {
    const { inside, undated } = splitByPeriod(clips, H1);
    expect(inside.map((c) => c.published)).toEqual(['2024-01-01', '2024-06-30T21:40:00+07:00', '2024-03-10', '2024-05-05']);
    expect(undated.map((c) => c.title)).toEqual(['Mặt trận huyện đối thoại với cử tri']);
    // A published value that is not a date is undated, not dropped.
    expect(splitByPeriod([{ published: 'hôm qua' }, { published: '2024-13' }], H1).undated).toHaveLength(2);
    const r = report();
    expect(r.counts).toEqual({ articles: 4, sites: 3, officials: 4, documents: 4, undated: 1 });
    expect(r.undated.map((i) => [i.day, i.title])).toEqual([[null, 'Mặt trận huyện đối thoại với cử tri']]);
    expect(r.items.map((i) => i.day)).toEqual(['2024-01-01', '2024-03-10', '2024-05-05', '2024-06-30']);
  });
});

describe('the activities', () => {
  it('groups by month in time order, each item with its date, site, summary, officials, documents, note and link', () => {
    const r = report();
    expect(r.groups.map((g) => [g.label, g.items.length])).toEqual([
      ['Tháng 1 năm 2024', 1],
      ['Tháng 3 năm 2024', 1],
      ['Tháng 5 năm 2024', 1],
      ['Tháng 6 năm 2024', 1],
    ]);
    const first = r.groups[0]?.items[0];
    expect(first).toMatchObject({
      day: '2024-01-01',
      title: 'Yên Thế ra mắt mô hình "Dân vận khéo" hiến đất làm đường',
      site: 'Báo Bắc Giang',
      officials: [{ name: VAN, titles: ['Trưởng Ban Dân vận Huyện ủy Yên Thế'] }],
      documents: ['23-QĐ/TW'],
      note: 'Đưa vào mục mô hình tiêu biểu.',
      url: 'https://baobacgiang.example.vn/yen-the-ra-mat-mo-hinh-dan-van-kheo.html',
    });
    // One or two summary sentences, not the whole summary.
    expect(r.items.every((i) => i.summary.length >= 1 && i.summary.length <= 2)).toBe(true);
    expect(r.items.find((i) => i.day === '2024-06-30')?.summary[0]).toMatch(/^Chiều 28\/6, đồng chí Nguyễn Thị Hồng Vân/);
    expect(report({ lang: 'en' }).groups.map((g) => g.label)).toEqual(['January 2024', 'March 2024', 'May 2024', 'June 2024']);
  });

  it('groups by tag (a clip under each of its tags, tags compared without case, untagged last) and by site', () => {
    const byTag = report({ groupBy: 'tag' });
    const labels = byTag.groups.map((g) => g.label);
    expect(labels.at(-1)).toBe('Chưa gắn thẻ');
    expect([...labels.slice(0, -1)].sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(labels.slice(0, -1));
    expect(new Set(labels)).toEqual(new Set(['-âm', 'dân vận khéo', 'MTTQ', 'Chưa gắn thẻ']));
    expect(byTag.groups.find((g) => g.label === 'dân vận khéo')?.items.map((i) => i.day)).toEqual(['2024-01-01', '2024-06-30']);
    expect(byTag.groups.find((g) => g.label === 'Chưa gắn thẻ')?.items.map((i) => i.site)).toEqual(['Cổng TTĐT Tỉnh ủy']);
    expect(byTag.items.find((i) => i.day === '2024-06-30')?.groups).toEqual(['dân vận khéo', 'MTTQ']);
    expect(report({ groupBy: 'tag', lang: 'en' }).groups.at(-1)?.label).toBe('Untagged');

    const bySite = report({ groupBy: 'site' });
    expect(bySite.groups.map((g) => [g.label, g.items.length])).toEqual([
      ['@Báo Bắc Giang', 1],
      ['Báo Bắc Giang', 2],
      ['Cổng TTĐT Tỉnh ủy', 1],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'vi')));
  });
});

describe('the appendix tables', () => {
  it('officials: each person once, every title the period gives them in order, articles, first and last date; other periods do not count', () => {
    const r = report();
    expect(r.officials[0]).toEqual({
      key: VAN.toLowerCase(),
      name: VAN,
      titles: ['Trưởng Ban Dân vận Huyện ủy Yên Thế', 'Phó Bí thư Thường trực Huyện ủy Yên Thế'],
      articles: 2,
      first: '2024-01-01',
      last: '2024-06-30',
    });
    // The undated clip names Lò Văn Pấng too: it is not counted in the period's table.
    expect(r.officials.find((o) => o.name === 'Lò Văn Pấng')).toMatchObject({ articles: 1, first: '2024-06-30', last: '2024-06-30' });
    expect(r.officials.map((o) => o.name).sort()).toEqual(['Hà Thị Mai', 'Lò Văn Pấng', VAN, 'Đặng Thị Thu Hòa'].sort());
    // The second half-year sees the July title only.
    expect(buildReport(clips, { period: namedPeriod('h2', 2024), groupBy: 'month', lang: 'vi' }).officials).toEqual([
      { key: VAN.toLowerCase(), name: VAN, titles: ['Bí thư Huyện ủy Yên Thế'], articles: 1, first: '2024-07-01', last: '2024-07-01' },
    ]);
  });

  it('documents: symbol, kind and issuer in words, its own date, articles citing it, first and last cited', () => {
    const r = report();
    expect(r.documents[0]).toEqual({ key: '23-QĐ/TW', words: 'Quyết định — Bộ Chính trị/Ban Bí thư/Trung ương', date: '2021-07-30', articles: 2, first: '2024-01-01', last: '2024-06-30' });
    expect(r.documents.find((d) => d.key === '59/2023/NĐ-CP')).toMatchObject({ words: 'Nghị định — Chính phủ', date: '2023-08-14', articles: 1, first: '2024-03-10' });
    expect(r.documents.map((d) => d.key).sort()).toEqual(['15-KH/BDVTU', '23-QĐ/TW', '25-NQ/TW', '59/2023/NĐ-CP'].sort());
    expect(report({ lang: 'en' }).documents.find((d) => d.key === '25-NQ/TW')?.words).toMatch(/^Resolution — /);
  });

  it('timeline: the dated events inside the period in time order, with their sentence and source; document dates and other periods left out', () => {
    const r = report();
    expect(r.timeline.map((e) => e.date)).toEqual(['2024-01-01', '2024-03-08', '2024-03-15', '2024-04-30', '2024-05-05', '2024-06-28']);
    expect(r.timeline[2]).toEqual({
      date: '2024-03-15',
      what: 'Đến ngày 15/3/2024, xã sẽ hoàn thành 2 km đường bê tông do Nhân dân hiến đất.',
      source: 'Yên Thế ra mắt mô hình "Dân vận khéo" hiến đất làm đường',
      site: 'Báo Bắc Giang',
      url: 'https://baobacgiang.example.vn/yen-the-ra-mat-mo-hinh-dan-van-kheo.html',
    });
    expect(r.timeline[3]?.what).toBe('Đồng chí Hà Thị Mai, Trưởng Ban Dân vận Tỉnh ủy, yêu cầu các huyện báo cáo trước ngày 30/4/2024.');
  });

  it('finds the sentence around a mention without running past a reach, in one pass', () => {
    const text = `Mở đầu. ${'chữ '.repeat(200)}ngày 5/3 kết thúc. Câu sau.`;
    const at = text.indexOf('5/3');
    const s = sentenceAround(text, at, at + 3);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('ngày 5/3 kết thúc.')).toBe(true);
    expect(sentenceAround('TP. Hồ Chí Minh họp ngày 2/9. Xong.', 23, 26)).toBe('TP. Hồ Chí Minh họp ngày 2/9.');
  });
});

describe('page text in the report', () => {
  it('is NFC, keeps Vietnamese letters, and holds nothing XML cannot', () => {
    const r = report();
    const json = JSON.stringify(r);
    expect(json).toBe(json.normalize('NFC'));
    const danger = r.items.find((i) => i.day === '2024-05-05');
    expect(danger?.title).toBe('=HYPERLINK("http://evil.example","Xem") <b>Hòa giải</b> ở cơ sở');
    expect(danger?.title.length).toBe('=HYPERLINK("http://evil.example","Xem") <b>Hòa giải</b> ở cơ sở'.normalize('NFC').length);
    expect(danger?.summary).toEqual(['-Hòa giải <i>ở cơ sở</i> =1+1 @Đồng Tâm.']);
    expect(r.officials.find((o) => o.name.startsWith('Đặng'))?.name).toBe('Đặng Thị Thu Hòa');
    expect(clean('a\u0007b\u0000c\uD800d\uFFFEe\tf\ng')).toBe('abcde\tf\ng');
    const odd = inventedClip('https://x.example.vn/a.html', 'Tiêu đề\u0008 lạ \uDC00', 'Ngày 2/2/2024, hội nghị diễn ra.', '2024-02-02', { note: 'Ghi\u001b chú' });
    const r2 = buildReport([odd], { period: H1, groupBy: 'site', lang: 'vi' });
    expect(r2.items[0]?.title).toBe('Tiêu đề lạ');
    expect(r2.items[0]?.note).toBe('Ghi chú');
  });

  it('the remembered heading is read forgivingly: single lines, NFC, anything else empty', () => {
    expect(readHeading({ parent: ' Tỉnh ủy\nBắc Giang '.normalize('NFD'), body: 'BAN DÂN VẬN', place: 42 })).toEqual({ parent: 'Tỉnh ủy Bắc Giang', body: 'BAN DÂN VẬN', place: '' });
    expect(readHeading(null)).toEqual({ parent: '', body: '', place: '' });
    expect(report({ heading: readHeading({ body: 'Ban Dân vận Huyện ủy' }) }).heading.body).toBe('Ban Dân vận Huyện ủy');
    expect(report().subject).toBe('Tình hình công tác dân vận qua báo chí 6 tháng đầu năm 2024');
    expect(report({ subject: '  Báo cáo   riêng ' }).subject).toBe('Báo cáo riêng');
  });
});

describe('regrouping a built report', () => {
  it('equals building it with the new grouping, heading and subject', () => {
    const month = report();
    for (const groupBy of ['tag', 'site', 'month'] as const) {
      const heading = { parent: 'Huyện ủy Yên Thế', body: 'Ban Dân vận', place: 'Yên Thế' };
      expect(regroupReport(month, { groupBy, heading, subject: 'Báo cáo riêng' })).toEqual(report({ groupBy, heading, subject: 'Báo cáo riêng' }));
    }
    expect(regroupReport(month, { groupBy: 'site' }).subject).toBe(month.subject);
    // The built report is left as it was.
    expect(month).toEqual(report());
  });
});
