/**
 * Our own Vietnamese fixture pages (tests/fixtures/pages, several site
 * layouts with related lists, share bars, tags, captions, bylines, view
 * counters and "today" headers): body precision/recall against the expected
 * article text and date/title/author accuracy, for the page reader and for
 * plain Readability on the same pages. Goal 1.0: they are ours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../../lib/reader/article';
import { ROOT } from '../helpers/shared';
import type { Figure } from './engine';
import { pageScore, summary, words } from './metrics';

/** What a fixture page should give (tests/fixtures/pages/expected.json). */
export interface ExpectedPage {
  url: string;
  isArticle: boolean;
  title?: string;
  /** ISO, or null for a page that prints no date. */
  published?: string | null;
  author?: string | null;
  body?: string[];
}

/** The expected results, by file name. */
export function expectedPages(): Record<string, ExpectedPage> {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/expected.json'), 'utf8')) as Record<string, ExpectedPage>;
}

const fmt = (x: number) => x.toFixed(3);

/** Measure the fixture pages. */
export async function benchFixturePages(): Promise<Figure[]> {
  const pages = expectedPages();
  const ours: { p: number; r: number }[] = [];
  const plain: { p: number; r: number }[] = [];
  const right = { typing: 0, title: 0, published: 0, author: 0 };
  let articles = 0;
  const n = Object.keys(pages).length;
  for (const [file, want] of Object.entries(pages)) {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages', file), 'utf8');
    const a = analyzePage(parseHTML(html).document as unknown as Document, want.url).article;
    if (a.isArticle === want.isArticle) right.typing++;
    if (!want.isArticle || !want.body) continue;
    articles++;
    const gold = words(want.body.join('\n\n'));
    ours.push(pageScore(gold, words(a.text)));
    const r = new Readability(parseHTML(html).document as unknown as Document).parse();
    plain.push(pageScore(gold, words(r?.textContent ?? '')));
    if (a.title === want.title) right.title++;
    if (a.published === want.published) right.published++;
    if ((a.author ?? null) === (want.author ?? null)) right.author++;
  }
  const o = summary(ours);
  const p = summary(plain);
  const all = (k: keyof typeof right, of: number) => ({ value: `${right[k]}/${of} (${fmt(right[k] / of)})`, ok: right[k] === of });
  return [
    { name: `fixture pages (${articles} articles): body words`, value: `P ${fmt(o.p)} R ${fmt(o.r)}`, reference: `Readability P ${fmt(p.p)} R ${fmt(p.r)}`, goal: 'P = R = 1.0', ok: o.p === 1 && o.r === 1 },
    { name: `fixture pages (${n}): article or not`, ...all('typing', n), goal: 'all' },
    { name: 'fixture pages: title', ...all('title', articles), goal: 'all' },
    { name: 'fixture pages: published date and time', ...all('published', articles), goal: 'all' },
    { name: 'fixture pages: author', ...all('author', articles), goal: 'all' },
  ];
}
