/** Page metadata helpers: canonical URLs, datelines, titles, URL shapes and the page-type verdict. */
import { describe, expect, it } from 'vitest';
import { institutionalPage, pagePhrases, REPORTED_SPEECH, typePage, undatedReport, urlKind } from '@/lib/reader/typing';
import { cleanUrl, parseDateline, stripSiteSuffix } from '@/lib/reader/metadata';
import { danVanScore } from '@/lib/reader/relevance';

describe('page metadata', () => {
  it('removes tracking parameters and the hash from URLs, keeping real parameters', () => {
    expect(cleanUrl('https://baotinh.vn/a-123.html?utm_source=fb&utm_medium=x&fbclid=1&id=7#top')).toBe('https://baotinh.vn/a-123.html?id=7');
    expect(cleanUrl('/chinh-tri/a.html', 'https://baotinh.vn/x')).toBe('https://baotinh.vn/chinh-tri/a.html');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });

  it('reads Vietnamese datelines as dates with the Vietnam offset', () => {
    expect(parseDateline('Thứ Sáu, 21/6/2024 - 10:15')).toBe('2024-06-21T10:15:00+07:00');
    expect(parseDateline('Cập nhật lúc 16:45 10/10/2025')).toBe('2025-10-10T16:45:00+07:00');
    expect(parseDateline('28/06/2012')).toBe('2012-06-28');
    expect(parseDateline('Tỷ lệ 3/4 số hộ')).toBeNull();
    // Written out, as some Party sites print their datelines; a half-year or a month alone is not a dateline.
    expect(parseDateline('Thứ Hai, ngày 25 tháng 11 năm 2024')).toBe('2024-11-25');
    expect(parseDateline('25 Tháng Mười Một, 2024 | 08:15')).toBe('2024-11-25');
    expect(parseDateline('6 tháng đầu năm 2024')).toBeNull();
    expect(parseDateline('tháng 10/2020')).toBeNull();
  });

  it('strips the site name from titles', () => {
    expect(stripSiteSuffix('Giá lúa tăng, nông dân phấn khởi - Báo Tỉnh', 'Báo Tỉnh')).toBe('Giá lúa tăng, nông dân phấn khởi');
    expect(stripSiteSuffix('Hội nghị giao ban | Cổng thông tin Đảng bộ tỉnh', null)).toBe('Hội nghị giao ban');
    expect(stripSiteSuffix('Kinh tế - xã hội tăng trưởng khá trong năm 2024', null)).toBe('Kinh tế - xã hội tăng trưởng khá trong năm 2024');
    // Section trails and long portal names go; the years of a period stay.
    expect(stripSiteSuffix('Ban Dân vận Huyện ủy giao ban quý III - Chính trị - Xã hội', null)).toBe('Ban Dân vận Huyện ủy giao ban quý III');
    expect(stripSiteSuffix('Giá lúa tăng, nông dân phấn khởi - Kinh tế - Báo Tỉnh', null)).toBe('Giá lúa tăng, nông dân phấn khởi');
    expect(stripSiteSuffix('Hội nghị giao ban | Cổng thông tin điện tử Đảng bộ tỉnh Bắc Sơn', null)).toBe('Hội nghị giao ban');
    expect(stripSiteSuffix('Sơ kết phong trào thi đua giai đoạn 2021 - 2025', null)).toBe('Sơ kết phong trào thi đua giai đoạn 2021 - 2025');
  });

  it('scores URL shapes', () => {
    expect(urlKind('https://baotinh.vn/')).toBe('home');
    expect(urlKind('https://baotinh.vn/tim-kiem?q=dan+van')).toBe('listing');
    expect(urlKind('https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-a12345.html')).toBe('article');
  });

  it('types pages from their signals', () => {
    const dom = { bodyChars: 2400, longParagraphs: 6, teaserLinks: 8, hasArticleElement: true, formHeavy: false, bodyLinkDensity: 0.02 };
    expect(typePage({ ldTypes: ['NewsArticle'], ogType: 'article', published: '2024-06-21', author: null }, 'https://baotinh.vn/a-12345.html', dom).isArticle).toBe(true);
    const listing = { ...dom, bodyChars: 800, longParagraphs: 3, teaserLinks: 40, bodyLinkDensity: 0.6 };
    expect(typePage({ ldTypes: ['CollectionPage'], ogType: 'website', published: null, author: null }, 'https://baotinh.vn/chinh-tri/', listing).isArticle).toBe(false);
  });

  it('tells forums, documentation and shop pages from articles with the same long body', () => {
    const dom = { bodyChars: 4200, longParagraphs: 9, teaserLinks: 12, hasArticleElement: false, formHeavy: false, bodyLinkDensity: 0.03, avgBlockChars: 160, codeBlocks: 0 };
    const news = { ldTypes: [], ogType: 'article', published: '2024-06-21T10:15:00+07:00', author: 'Minh Phong' };
    // A Vietnamese news page without JSON-LD: og:type, a date and an article URL are enough.
    expect(typePage(news, 'https://baotinh.vn/chinh-tri/hoi-nghi-dan-van-a12345.html', dom).isArticle).toBe(true);
    const forum = typePage({ ...news, ogType: 'website' }, 'https://forums.example.com/threads/dan-van-kheo-la-gi.37290/', dom);
    expect(forum).toMatchObject({ isArticle: false, reasons: expect.arrayContaining(['forum URL']) });
    const docs = typePage({ ...news, published: null, author: null, ogType: null }, 'https://docs.example.org/guide/intro', { ...dom, codeBlocks: 6, avgBlockChars: 60 });
    expect(docs).toMatchObject({ isArticle: false, reasons: expect.arrayContaining(['docs URL', 'code blocks']) });
    const shop = typePage({ ldTypes: ['Product', 'BreadcrumbList'], ogType: 'product', published: null, author: null }, 'https://shop.example.com/p/ao-dai-12345', { ...dom, commerce: true });
    expect(shop.isArticle).toBe(false);
    expect(shop.confidence).toBeLessThan(0.2);
  });

  it('counts the stock phrases of forums and service pages, and reported speech', () => {
    expect(pagePhrases('Thread starter Minh · Joined 2019 · Reply · Quote · Reply')).toEqual({ forum: 5, service: 0 });
    expect(pagePhrases('Ông Minh trả lời phỏng vấn về quy chế dân chủ ở cơ sở.')).toEqual({ forum: 0, service: 0 });
    expect(pagePhrases('Dịch vụ kế toán trọn gói. Liên hệ ngay để nhận báo giá và tư vấn miễn phí! Why choose us? Free consultation.')).toMatchObject({ service: 5 });
    expect(REPORTED_SPEECH.test('Đồng chí Trịnh Văn Khải cho biết, toàn tỉnh có 1.200 mô hình.')).toBe(true);
    expect(REPORTED_SPEECH.test('Chức năng, nhiệm vụ của Ban Dân vận Tỉnh ủy.')).toBe(false);
  });

  it('holds a Vietnamese page without any date back from being typed news', () => {
    const dom = { bodyChars: 2600, longParagraphs: 6, teaserLinks: 6, hasArticleElement: false, formHeavy: false, bodyLinkDensity: 0.01, avgBlockChars: 180, sentenceShare: 0.95, bodyShare: 0.6, bodyLang: 'vi' as const };
    const meta = { ldTypes: [], ogType: 'website', published: null, author: null };
    const url = 'http://danvan.baotinh.vn/gioi-thieu/lich-su-hinh-thanh-va-phat-trien';
    const undated = typePage(meta, url, dom);
    const dated = typePage({ ...meta, published: '2024-11-25T08:00:00+07:00', publishedFrom: 'article' }, url, dom);
    expect(undated).toMatchObject({ isArticle: false, reasons: expect.arrayContaining(['Vietnamese page without a date']) });
    expect(dated.confidence).toBeGreaterThan(undated.confidence + 0.2);
    // The rule is about our readers' pages: the same English page is left to the fitted weights.
    expect(typePage(meta, url, { ...dom, bodyLang: 'en' }).confidence).toBeGreaterThan(undated.confidence);
  });

  it('does not let a missing date veto a plainly reported Vietnamese dân vận story, but keeps listings and institutional pages out', () => {
    // A short report of a district Party site: three prose paragraphs, no links, no date anywhere.
    const dom = { bodyChars: 1020, longParagraphs: 3, teaserLinks: 6, hasArticleElement: false, formHeavy: false, bodyLinkDensity: 0, avgBlockChars: 340, sentenceShare: 1, bodyShare: 0.5, bodyLang: 'vi' as const, reportedSpeech: true, danVan: 40 };
    const meta = { ldTypes: [], ogType: null, published: null, author: null, title: 'Ban Dân vận Huyện ủy kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại xã Phú Lộc' };
    const report = typePage(meta, 'http://huyenuy.example.vn/cong-tac-dan-van/ban-dan-van-kiem-tra-quy-che-dan-chu-a1842.html', dom);
    expect(report.isArticle).toBe(true);
    expect(report.reasons).not.toContain('Vietnamese page without a date');
    // Not about dân vận, but at a news address: still a report.
    expect(undatedReport(meta, 'http://huyenuy.example.vn/tin-tuc/xa-phu-loc-lam-duong', { ...dom, danVan: 0 })).toBe(true);
    // Neither: the penalty stands.
    expect(undatedReport(meta, 'http://huyenuy.example.vn/Pages/default.aspx', { ...dom, danVan: 0 })).toBe(false);
    // Institutional pages, listings, search, home and contact pages stay held back, however much they speak of dân vận.
    const duties = { ...meta, title: 'Chức năng, nhiệm vụ của Ban Dân vận Huyện ủy' };
    expect(typePage(duties, 'http://huyenuy.example.vn/ban-dan-van/chuc-nang-nhiem-vu', dom).reasons).toContain('Vietnamese page without a date');
    expect(undatedReport({ ...meta, title: 'Giới thiệu khái quát về Đảng bộ huyện' }, 'http://huyenuy.example.vn/gioi-thieu/lich-su-dang-bo-huyen', dom)).toBe(false);
    expect(undatedReport(meta, 'http://huyenuy.example.vn/lien-he', dom)).toBe(false);
    expect(undatedReport(meta, 'http://huyenuy.example.vn/cong-tac-dan-van/', { ...dom, bodyLinkDensity: 0.3 })).toBe(false);
    expect(undatedReport(meta, 'http://huyenuy.example.vn/tim-kiem?q=dan+van', dom)).toBe(false);
    expect(undatedReport(meta, 'http://huyenuy.example.vn/', dom)).toBe(false);
    expect(undatedReport(meta, 'http://huyenuy.example.vn/gop-y', { ...dom, formHeavy: true })).toBe(false);
    // One sentence is not a report.
    expect(undatedReport(meta, 'http://huyenuy.example.vn/tin-tuc/a-1.html', { ...dom, bodyChars: 240, longParagraphs: 1 })).toBe(false);
    expect(institutionalPage('Cơ cấu tổ chức', null)).toBe(true);
    expect(institutionalPage('Triển khai nhiệm vụ 6 tháng cuối năm', 'http://baotinh.vn/chinh-tri/trien-khai-nhiem-vu-a1.html')).toBe(false);
  });

  it('scores dân vận relevance with or without diacritics', () => {
    expect(danVanScore('Ban Dân vận Tỉnh ủy phát động phong trào "Dân vận khéo".')).toBeGreaterThan(2);
    expect(danVanScore('Ban dan van tinh uy phat dong phong trao dan van kheo')).toBeGreaterThan(2);
    expect(danVanScore('Giá lúa tăng, nông dân phấn khởi vì được mùa.')).toBe(0);
  });
});

describe('the headline', () => {
  const read = async (html: string) => {
    const { parseHTML } = await import('linkedom');
    const { readMetadata } = await import('@/lib/reader/metadata');
    return readMetadata(parseHTML(html).document as unknown as Document, 'https://baotinh.vn/a-1.html').title;
  };

  it('prefers the article <h1> the reader sees over an SEO og:title of the same story', async () => {
    const html = `<html><head><meta property="og:title" content="Dân vận khéo ở Sơn Động: 40 điển hình được tuyên dương năm 2025 - Báo Tỉnh"><meta property="og:site_name" content="Báo Tỉnh"></head>
      <body><header><h1 class="logo">Báo Tỉnh</h1></header><article><h1>Sơn Động tuyên dương 40 điển hình "Dân vận khéo"</h1><p>…</p></article></body></html>`;
    expect(await read(html)).toBe('Sơn Động tuyên dương 40 điển hình "Dân vận khéo"');
  });

  it('finds the story among several <h1>s (a logo first), and keeps the dashes the headline prints', async () => {
    const html = `<html><head><title>Sơ kết Quy chế dân chủ giai đoạn 2021 - 2025 - Chính trị - Xã hội</title></head>
      <body><div class="logo"><h1>Báo Tỉnh</h1></div><div class="detail"><h1 class="title-detail">Sơ kết Quy chế dân chủ giai đoạn 2021 - 2025</h1><p>…</p></div></body></html>`;
    expect(await read(html)).toBe('Sơ kết Quy chế dân chủ giai đoạn 2021 - 2025');
    const titled = `<html><head><title>Xã Tân Lập đối thoại với Nhân dân - Tin hoạt động - Mặt trận huyện</title></head><body><p>…</p></body></html>`;
    expect(await read(titled)).toBe('Xã Tân Lập đối thoại với Nhân dân');
  });

  it('keeps the metadata title when the only <h1> is a logo or section name', async () => {
    const html = `<html><head><meta property="og:title" content="Giá lúa tăng, nông dân phấn khởi"></head>
      <body><h1>Kinh tế</h1><div class="content"><p>…</p></div></body></html>`;
    expect(await read(html)).toBe('Giá lúa tăng, nông dân phấn khởi');
  });
});

describe('English dates', () => {
  it('reads written-out English dates, and finds them in a page without date metadata', async () => {
    const { parseEnglishDate, readMetadata } = await import('@/lib/reader/metadata');
    expect(parseEnglishDate('Published March 9, 2026')).toBe('2026-03-09');
    expect(parseEnglishDate('Feb 08, 2022')).toBe('2022-02-08');
    expect(parseEnglishDate('Updated on 18th November 2025')).toBe('2025-11-18');
    expect(parseEnglishDate('Sept. 3, 2024')).toBe('2024-09-03');
    expect(parseEnglishDate('may be 12 of them')).toBeNull();
    expect(parseEnglishDate('February 30, 1890')).toBeNull();
    const { parseHTML } = await import('linkedom');
    const page = (head: string, body: string) =>
      readMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, 'https://english.baotinh.vn/a-1.html').published;
    expect(page('', '<article><h1>Mass mobilisation work</h1><p class="meta">Posted December 16, 2025</p><p>Text.</p></article>')).toBe('2025-12-16');
    expect(page('<meta property="article:published_time" content="November 18, 2025">', '<p>Text.</p>')).toBe('2025-11-18');
    expect(page('<meta property="article:published_time" content="2024-07-17T09:20:00+07:00">', '')).toBe('2024-07-17T09:20:00+07:00');
  });
});

describe('finding the dateline', () => {
  const read = async (html: string) => {
    const { parseHTML } = await import('linkedom');
    const { readMetadata } = await import('@/lib/reader/metadata');
    return readMetadata(parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document, 'https://baotinh.vn/chinh-tri/a-12345.html');
  };
  const related = '<aside class="tin-lien-quan"><h3>Tin liên quan</h3><p>Thứ Hai, 01/07/2024</p></aside>';

  it('reads the article header, not the site header or a related list', async () => {
    const m = await read(
      `<header class="site-header"><span class="today">Thứ Hai, 25/11/2024</span></header>${related}
       <article><header class="entry-header"><h1>Hội nghị dân vận</h1><span class="post-date">Thứ Sáu, 21/6/2024 - 10:15</span></header><p>Nội dung.</p></article>`,
    );
    expect(m.published).toBe('2024-06-21T10:15:00+07:00');
    expect(m.publishedFrom).toBe('article');
  });

  it('finds a banner dateline above the <article>, and a <header> holding the headline on pages without one', async () => {
    expect((await read('<div class="banner"><h1>Hội nghị</h1><p class="date">21/06/2024</p></div><article><p>Nội dung bài.</p></article>')).published).toBe('2024-06-21');
    const m = await read('<header class="story-topper"><h1>Hội nghị</h1><div class="byline">Published on July 18, 2025</div></header><div><p>Text.</p></div>');
    expect(m).toMatchObject({ published: '2025-07-18', publishedFrom: 'page' });
  });

  it('is not put off by theme words in the body class, and prefers an earlier visible date to a metadata date of the last change', async () => {
    const { parseHTML } = await import('linkedom');
    const { readMetadata } = await import('@/lib/reader/metadata');
    const doc = parseHTML(
      `<html><head><meta property="article:published_time" content="2025-08-21T10:00:00+00:00"></head>
       <body class="theme-related-columns-4"><main><h1>Top companies</h1><span class="meta">Apr 26, 2023</span><p>Text.</p></main></body></html>`,
    ).document as unknown as Document;
    expect(readMetadata(doc, 'https://example.com/blog/top-companies').published).toBe('2023-04-26');
  });
});
