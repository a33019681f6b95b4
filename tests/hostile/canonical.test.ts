/**
 * A page names the URL its clip is kept under (canonical link, og:url): it
 * may only name a URL on its own site (registrable domain), or it could read
 * whether any other article is clipped and overwrite it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildClip } from '@/lib/library/clip';
import { registrableDomain, sameSite } from '@/lib/shared/domain';
import { ownCanonical, readMetadata } from '@/lib/reader/metadata';

describe('registrableDomain', () => {
  it('keeps one label above a plain top-level domain', () => {
    expect(registrableDomain('baotinh.vn')).toBe('baotinh.vn');
    expect(registrableDomain('english.baotinh.vn')).toBe('baotinh.vn');
    expect(registrableDomain('www.vnexpress.net')).toBe('vnexpress.net');
    expect(registrableDomain('e.vnexpress.net')).toBe('vnexpress.net');
    expect(registrableDomain('www.bbc.com')).toBe('bbc.com');
    expect(registrableDomain('tinhuy.dcs.vn')).toBe('dcs.vn');
  });

  it("knows Vietnam's second levels: generic and provincial", () => {
    expect(registrableDomain('yenbinh.gov.vn')).toBe('yenbinh.gov.vn');
    expect(registrableDomain('www.yenbinh.gov.vn')).toBe('yenbinh.gov.vn');
    expect(registrableDomain('tuoitre.com.vn')).toBe('tuoitre.com.vn');
    expect(registrableDomain('hcmus.edu.vn')).toBe('hcmus.edu.vn');
    expect(registrableDomain('mattran.org.vn')).toBe('mattran.org.vn');
    expect(registrableDomain('sotttt.hanoi.vn')).toBe('sotttt.hanoi.vn');
    expect(registrableDomain('a.b.baria-vungtau.vn')).toBe('b.baria-vungtau.vn');
  });

  it('knows other multi-label suffixes and shared hosts', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('x.y.blogspot.com')).toBe('y.blogspot.com');
  });

  it('leaves addresses, single labels and bare suffixes alone, ignoring case and a final dot', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('[::1]')).toBe('[::1]');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('gov.vn')).toBe('gov.vn');
    expect(registrableDomain('WWW.BaoTinh.VN.')).toBe('baotinh.vn');
  });
});

describe('sameSite', () => {
  it('compares registrable domains across subdomains, schemes and ports', () => {
    expect(sameSite('https://baotinh.vn/a', 'http://m.baotinh.vn:8080/b')).toBe(true);
    expect(sameSite('https://a.gov.vn/x', 'https://b.gov.vn/x')).toBe(false);
    expect(sameSite('https://alice.github.io/', 'https://bob.github.io/')).toBe(false);
    expect(sameSite('https://baotinh.vn/', 'https://baotinh.com.vn/')).toBe(false);
    expect(sameSite('https://evil-baotinh.vn/', 'https://baotinh.vn/')).toBe(false);
  });

  it('is false for what is not an http(s) address', () => {
    expect(sameSite('javascript:alert(1)', 'https://baotinh.vn/')).toBe(false);
    expect(sameSite('not a url', 'not a url')).toBe(false);
    expect(sameSite(null, 'https://baotinh.vn/')).toBe(false);
  });
});

const PAGE = 'https://tinxau.vn/bai-viet/tin-gia-a1.html';
const VICTIM = 'https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';

function pageWith(head: string): Document {
  return parseHTML(`<!doctype html><html lang="vi"><head><title>Tin giả</title>${head}</head><body><p>Nội dung.</p></body></html>`)
    .document as unknown as Document;
}

describe('the canonical URL a page names', () => {
  it("is refused when it points at another site's article: the page's own URL is the key", () => {
    expect(readMetadata(pageWith(`<link rel="canonical" href="${VICTIM}">`), PAGE).canonicalUrl).toBe(PAGE);
    expect(readMetadata(pageWith(`<meta property="og:url" content="${VICTIM}">`), PAGE).canonicalUrl).toBe(PAGE);
    // A look-alike host and a sibling under a public suffix are other sites too.
    expect(ownCanonical('https://baotinh.vn.tinxau.vn/a', 'https://baotinh.vn/b')).toBe('https://baotinh.vn/b');
    expect(ownCanonical('https://sonoivu.gov.vn/a', 'https://yenbinh.gov.vn/b')).toBe('https://yenbinh.gov.vn/b');
  });

  it('is kept on the same site (another host of it, relative links, tracking stripped)', () => {
    expect(ownCanonical('https://baotinh.vn/a.html?utm_source=x', 'https://m.baotinh.vn/a.html')).toBe('https://baotinh.vn/a.html');
    expect(ownCanonical('/bai-viet/goc-a1.html', PAGE)).toBe('https://tinxau.vn/bai-viet/goc-a1.html');
    expect(readMetadata(pageWith('<link rel="canonical" href="https://www.tinxau.vn/goc">'), PAGE).canonicalUrl).toBe('https://www.tinxau.vn/goc');
  });

  it('is taken as written when there is no page URL to compare with (a file read alone)', () => {
    expect(ownCanonical(VICTIM, null)).toBe(VICTIM);
  });

  it("never makes a clip's key point at another site, even from an article object built elsewhere", () => {
    const clip = buildClip({
      article: { title: 'Tin giả', published: null, author: null, site: null, canonicalUrl: VICTIM, lang: 'vi', text: 'Nội dung bài viết.' },
      extraction: { lang: 'vi', officials: [], documents: [], dates: [], periods: [] },
      relevance: 0,
      url: PAGE,
    });
    expect(clip.url).toBe(PAGE);
  });
});
