/**
 * Reading a page for annotation, away from the page's main thread: the
 * content script sends the page's HTML, the background parses it with
 * linkedom, reads the article (Readability, typing, metadata, trimming) and
 * runs the Vietnamese engine on the body. What comes back is plain data; the
 * content script only maps it onto the live text nodes.
 *
 * English pages come back without entities (`english: true`): the English
 * extractor (compromise) is not part of this code. The background then has it
 * run in an offscreen document (Chrome) or the page loads it (Firefox), so
 * neither the content script nor the background's start carries it.
 */
import { parseHTML } from 'linkedom';
import { extract } from '../engine/extract/extract';
import type { Extraction } from '../engine/extract/types';
import { type PageArticle, analyzePage } from './article';
import { checkDocument, checkHtml } from './limits';
import { danVanScore } from './relevance';
import { blocksContainer, elementPath, liveText, matchBlocks } from '../shared/text-map';

export { MAX_PAGE_HTML } from './limits';

/** What the background found in a page. */
export interface Reading {
  article: PageArticle;
  /** Entities of the body; null for non-articles not asked for, and for English bodies (see `english`). */
  extraction: Extraction | null;
  /** The dân vận relevance of title and body (0 when not computed). */
  relevance: number;
  /** The body is English: run the English extractor on `article.text` in the page. */
  english: boolean;
  /**
   * Where the body lies in the page: element-child indices from `<body>` to the
   * element holding every block of the body found on the page, and how many
   * blocks were found there. The content script maps within that element only.
   */
  container: { path: number[]; blocks: number } | null;
  /** Milliseconds spent parsing the HTML, reading the article, extracting entities and locating the body. */
  ms: { parse: number; read: number; extract: number; locate?: number };
}

/** Options for {@link readDocument}. */
export interface ReadingOptions {
  /** Extract entities even when the page is not an article (the reader asked). */
  forced?: boolean;
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Read an already parsed page. `doc` is modified (Readability): never pass a live page. */
export function readDocument(doc: Document, url: string | null, options: ReadingOptions = {}): Reading {
  const t0 = now();
  const { article, shape } = analyzePage(doc, url);
  const t1 = now();
  if (!article.isArticle && !options.forced) return { article, extraction: null, relevance: 0, english: false, container: null, ms: { parse: 0, read: t1 - t0, extract: 0 } };
  const relevance = danVanScore(`${article.title ?? ''}\n${article.text}`);
  const english = shape.bodyLang === 'en';
  const extraction = english ? null : extract(article.text, { articleDate: article.published?.slice(0, 10) ?? null });
  return { article, extraction, relevance, english, container: null, ms: { parse: 0, read: t1 - t0, extract: now() - t1 } };
}

/**
 * Read a page from its HTML (the live page's `outerHTML`). Throws a
 * {@link PageLimitError} (a code and a sentence) for pages over the limits
 * of `./limits.ts` (size, elements, depth, text), before Readability runs.
 */
export function readHtml(html: string, url: string | null, options: ReadingOptions = {}): Reading {
  const t0 = now();
  checkHtml(html);
  const { document } = parseHTML(html);
  checkDocument(document as unknown as Document);
  const parse = now() - t0;
  const reading = readDocument(document as unknown as Document, url, options);
  reading.ms.parse = parse;
  if (reading.article.isArticle || options.forced) {
    // Readability changed the first copy: locate the body in a fresh one.
    const t1 = now();
    const body = (parseHTML(html).document as unknown as Document).body;
    if (body) {
      const live = liveText(body);
      const blocks = matchBlocks(reading.article.text, live);
      const found = blocks.filter((b) => b.liveStart >= 0).length;
      if (found) reading.container = { path: elementPath(body, blocksContainer(live, blocks, body)), blocks: found };
    }
    reading.ms.locate = now() - t1;
  }
  return reading;
}
