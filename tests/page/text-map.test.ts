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
import { analyzePage } from '@/lib/reader/article';
import { foldedAtOrAfter, foldSpaces, liveText, matchBlocks, rawAt, spanToLive } from '@/lib/shared/text-map';
import { isSpaceCode } from '@/lib/engine/text/chars';
import { ROOT } from '../helpers/shared';

function rangeText(p: NonNullable<ReturnType<typeof spanToLive>>): string {
  const r = document.createRange();
  r.setStart(p.start.node, p.start.offset);
  r.setEnd(p.end.node, p.end.offset);
  return r.toString();
}

/** The folding spelled out one character at a time: the reference foldSpaces must agree with. */
function foldSlowly(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      text += s[i];
      map.push(i);
    } else if (text.length > 0 && !isSpaceCode(s.charCodeAt(i - 1))) {
      text += ' ';
      map.push(i);
    }
  }
  return { text, map };
}

describe('text map', () => {
  it('folds white space exactly like the character-by-character reference, on random text', () => {
    const alphabet = ['a', 'Đ', 'ệ', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u3000', '\u2028', '\ufeff', '\u0085', '.', 'x\u0301'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const s = Array.from({ length: rnd(40) }, () => alphabet[rnd(alphabet.length)]).join('');
      const want = foldSlowly(s);
      const got = foldSpaces(s);
      expect(got.text, JSON.stringify(s)).toBe(want.text);
      expect(Array.from(want.text, (_, i) => rawAt(got, i)), JSON.stringify(s)).toEqual(want.map);
      expect(rawAt(got, want.text.length)).toBeUndefined();
      for (let target = 0; target <= s.length; target++) {
        const first = want.map.findIndex((r) => r >= target);
        expect(foldedAtOrAfter(got, target)).toBe(first < 0 ? want.text.length : first);
      }
    }
  });


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
    const { article } = analyzePage(clone, 'https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html?utm_source=fb#top');
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
