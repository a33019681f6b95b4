/**
 * The article in a page: body text and basic metadata, from a Document the
 * caller provides (the live page's clone in the content script, linkedom in
 * Node). Uses @mozilla/readability for the body; falls back to the whole
 * body text when Readability finds no article.
 */
import { Readability } from '@mozilla/readability';

/** What the page reader found. */
export interface PageArticle {
  isArticle: boolean;
  title: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Plain text of an element, with block boundaries turned into line breaks. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const BLOCK = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|TR|SECTION|ARTICLE|FIGCAPTION|BR|TABLE|UL|OL|PRE)$/;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) return;
    const block = BLOCK.test(el.tagName);
    if (block) parts.push('\n');
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0\n]*/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Read the article of `doc`. `doc` may be modified (Readability rewrites it):
 * pass a clone of a live page.
 */
export function readArticle(doc: Document, url: string | null = null): PageArticle {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? url;
  const published = meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date');
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  const site = meta(doc, 'og:site_name', 'application-name');
  const ogType = meta(doc, 'og:type');
  const parsed = new Readability(doc, { charThreshold: 300 }).parse();
  if (parsed?.content) {
    const holder = doc.createElement('div');
    holder.innerHTML = parsed.content;
    return {
      isArticle: ogType === 'article' || !!published || (parsed.textContent?.length ?? 0) > 1200,
      title: parsed.title ?? null,
      published: published ?? parsed.publishedTime ?? null,
      author: parsed.byline ?? meta(doc, 'author', 'article:author'),
      site: site ?? parsed.siteName ?? null,
      canonicalUrl: canonical,
      lang: lang ?? parsed.lang ?? null,
      text: blockText(holder),
    };
  }
  return {
    isArticle: false,
    title: doc.title || null,
    published,
    author: meta(doc, 'author'),
    site,
    canonicalUrl: canonical,
    lang,
    text: doc.body ? blockText(doc.body) : '',
  };
}
