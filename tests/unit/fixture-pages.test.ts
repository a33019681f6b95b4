/**
 * The page reader on our fixture pages (several Vietnamese site layouts and
 * an English edition): article or not, the body block by block with the
 * boilerplate left out, and title, published date and author, as
 * tests/fixtures/pages/expected.json says (written and checked by hand).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/reader/article';
import { expectedPages } from '../bench/fixture-pages';
import { ROOT } from '../helpers/shared';

const BOILERPLATE = /Tin liên quan|Xem thêm|Chia sẻ|Bình luận|Từ khóa|Số lượt người xem|Lượt xem|Ảnh:|Nguồn:|Các tin khác|In bài|Hôm nay/;

describe('fixture pages', () => {
  for (const [file, want] of Object.entries(expectedPages())) {
    it(`reads ${file}`, () => {
      const html = readFileSync(join(ROOT, 'tests/fixtures/pages', file), 'utf8');
      const { article, typing } = analyzePage(parseHTML(html).document as unknown as Document, want.url);
      expect(article.isArticle, typing.reasons.join('; ')).toBe(want.isArticle);
      if (!want.isArticle) return;
      expect(article.text.split('\n\n')).toEqual(want.body);
      expect(article.text).not.toMatch(BOILERPLATE);
      expect({ title: article.title, published: article.published, author: article.author }).toEqual({ title: want.title, published: want.published, author: want.author ?? null });
    });
  }
});
