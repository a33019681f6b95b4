// @vitest-environment happy-dom
/**
 * Mapping the extracted article text back to the live page's text nodes:
 * spans land on the right characters across inline markup and odd spaces,
 * and never in blocks outside the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { readPage } from '@/lib/page/article';
import { liveText, matchBlocks, spanToLive } from '@/lib/page/text-map';
import { ROOT } from '../helpers/shared';

function rangeText(p: NonNullable<ReturnType<typeof spanToLive>>): string {
  const r = document.createRange();
  r.setStart(p.start.node, p.start.offset);
  r.setEnd(p.end.node, p.end.offset);
  return r.toString();
}

describe('text map', () => {
  it('maps entity spans across inline markup and no-break spaces', () => {
    document.body.innerHTML = `<nav>Đồng chí Lê Văn Tư, Bí thư Tỉnh ủy</nav>
      <article><p>Sáng 5/9, đồng chí <strong>Nguyễn&nbsp;Văn Hùng</strong>, Ủy viên Ban Thường vụ,
      Trưởng Ban Dân vận <a href="#">Tỉnh ủy</a> chủ trì.</p>
      <p>Thực hiện Quyết định số <em>290-QĐ/TW</em>, các cấp ủy đã vào cuộc.</p></article>`;
    const articleText = 'Sáng 5/9, đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.\n\nThực hiện Quyết định số 290-QĐ/TW, các cấp ủy đã vào cuộc.';
    const live = liveText(document.body);
    const blocks = matchBlocks(articleText, live);
    expect(blocks.every((b) => b.liveStart >= 0)).toBe(true);
    const r = extract(articleText);
    const hung = r.officials.find((o) => o.name === 'Nguyễn Văn Hùng');
    expect(hung).toBeDefined();
    const m = hung?.mentions[0];
    if (!m) throw new Error('no mention');
    const p = spanToLive(live, blocks, m.start, m.end);
    expect(p && rangeText(p).replace(/\u00a0/g, ' ')).toBe('Nguyễn Văn Hùng');
    const doc = r.documents[0];
    if (!doc) throw new Error('no document');
    const pd = spanToLive(live, blocks, doc.start, doc.end);
    expect(pd && rangeText(pd)).toBe('Quyết định số 290-QĐ/TW');
    const date = r.dates[0];
    if (!date) throw new Error('no date');
    const pt = spanToLive(live, blocks, date.start, date.end);
    expect(pt && rangeText(pt)).toBe('Sáng 5/9');
    // Nothing maps into the navigation.
    const nav = document.querySelector('nav');
    for (const x of [p, pd, pt]) expect(nav?.contains(x?.start.node ?? null)).toBe(false);
  });

  it('reads a fixture page: body only, related news and header left out', () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages/baotinh-giao-ban.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
    const clone = document.cloneNode(true) as Document;
    const { article } = readPage(clone, 'https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html?utm_source=fb#top');
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('Trịnh Văn Khải');
    expect(article.text).not.toContain('Lê Quang Vũ');
    const live = liveText(document.body);
    const blocks = matchBlocks(article.text, live);
    const found = blocks.filter((b) => b.liveStart >= 0).length;
    expect(found).toBeGreaterThanOrEqual(blocks.length - 1);
    const r = extract(article.text);
    const related = document.querySelector('.related');
    for (const o of r.officials) {
      for (const m of o.mentions) {
        const p = spanToLive(live, blocks, m.start, m.end);
        expect(p).not.toBeNull();
        if (p) {
          expect(related?.contains(p.start.node)).toBe(false);
          expect(rangeText(p).replace(/\s+/g, ' ')).toBe(article.text.slice(m.start, m.end).replace(/\s+/g, ' '));
        }
      }
    }
  });
});
