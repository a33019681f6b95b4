/**
 * The background's reading of a page from its HTML (what the content script
 * sends): article, entities and relevance for an article; nothing extracted
 * for a category page unless the reader asked; English bodies left to the
 * English extractor; oversized pages refused with a sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAN_VAN_THRESHOLD } from '@/lib/reader/relevance';
import { parseHTML } from 'linkedom';
import { MAX_PAGE_HTML, readHtml } from '@/lib/reader/reading';
import { elementAt } from '@/lib/shared/text-map';

const PAGES = join(__dirname, '../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<string, { url: string }>;
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');

describe('reading a page from its HTML', () => {
  it('reads an article: metadata, body, entities and dân vận relevance', () => {
    const r = readHtml(page('baotinh-giao-ban.html'), expected['baotinh-giao-ban.html']?.url ?? null);
    expect(r.article.isArticle).toBe(true);
    expect(r.english).toBe(false);
    expect(r.relevance).toBeGreaterThanOrEqual(DAN_VAN_THRESHOLD);
    expect(r.extraction?.officials.map((o) => o.name)).toContain('Trịnh Văn Khải');
    expect(r.extraction?.documents.map((d) => d.key)).toContain('25-NQ/TW');
    // Offsets are into the body text the content script maps back onto the page.
    for (const d of r.extraction?.documents ?? []) expect(r.article.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('locates the body in the page: an element holding every block, without the related list or the site header', () => {
    const html = page('baotinh-giao-ban.html');
    const r = readHtml(html, expected['baotinh-giao-ban.html']?.url ?? null);
    expect(r.container?.blocks).toBe(r.article.text.split('\n\n').length);
    const holder = elementAt(parseHTML(html).document.body as unknown as Element, r.container?.path ?? []);
    const text = (holder?.textContent ?? '').replace(/\s+/g, ' ');
    for (const block of r.article.text.split('\n\n')) expect(text).toContain(block.replace(/\s+/g, ' ').trim());
    expect(r.container?.path.length).toBeGreaterThan(0);
    expect(text).not.toContain('Tin liên quan');
  });

  it('extracts nothing from a category page, unless the reader asked', () => {
    const html = page('baotinh-chuyen-muc.html');
    const url = 'http://baotinh.vn/chinh-tri/';
    const r = readHtml(html, url);
    expect(r.article.isArticle).toBe(false);
    expect(r.extraction).toBeNull();
    expect(readHtml(html, url, { forced: true }).extraction).not.toBeNull();
  });

  it('leaves an English body to the English extractor', () => {
    const r = readHtml(page('english-edition.html'), expected['english-edition.html']?.url ?? null);
    expect(r.article.isArticle).toBe(true);
    expect(r.english).toBe(true);
    expect(r.extraction).toBeNull();
  });

  it('refuses a page over the size limit with a sentence, before parsing it', () => {
    const huge = `<html><body><p>${'x'.repeat(MAX_PAGE_HTML)}</p></body></html>`;
    expect(() => readHtml(huge, null)).toThrow(/too large to read \(16 MB/);
  });
});
