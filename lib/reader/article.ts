/**
 * The article in a page: body text, metadata and a page-type verdict, from a
 * Document the caller provides (parsed by linkedom from the page's HTML, in
 * the background or the offscreen document's reading worker, and in Node). The body comes from @mozilla/readability
 * (chosen over Defuddle for its precision/recall and speed on news pages; see
 * the README); the page-typing and metadata are ours.
 */
import { Readability } from '@mozilla/readability';
import { type DomShape, type PageTyping, pagePhrases, REPORTED_SPEECH, typePage } from './typing';
import { toIsoDate } from './dates';
import { datelineIn, isDateLike, dateContext, type PageMetadata, readMetadata } from './metadata';
import { detectLang } from '../engine/text/lang';
import { danVanScore } from './relevance';
import { norm, sentence, trimBody } from './trim';

/** What the page reader found: the page's metadata, the verdict and the body text. */
export interface PageArticle extends Pick<PageMetadata, 'title' | 'published' | 'author' | 'site' | 'canonicalUrl' | 'lang'> {
  isArticle: boolean;
  confidence: number;
  /** The article body as plain text, blocks separated by blank lines. */
  text: string;
}

/** Plain text of an element, with block boundaries turned into blank lines. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const BLOCK = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|TR|SECTION|ARTICLE|FIGCAPTION|FIGURE|BR|TABLE|UL|OL|PRE|HEADER|FOOTER|ASIDE|DL|DT|DD)$/;
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
    .replace(/[ \t\u00a0\r]*\n[ \t\u00a0\r\n]*/g, '\n\n')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

/** "sapo" is what Vietnamese newsrooms call the lead; the generic names count only on Vietnamese pages. */
const LEAD_SELECTOR = '[class*="sapo"], [class*="chapeau"]';
const LEAD_SELECTOR_VI = `${LEAD_SELECTOR}, .description, .detail-lead, .article-lead, .lead, .summary-content, [itemprop="description"]`;

/** The article's lead paragraph when the page marks it as such (class "sapo", "lead", "description"…), as plain text. */
function leadOf(doc: Document): string | null {
  const vi = /^vi\b/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  for (const el of Array.from(doc.querySelectorAll(vi ? LEAD_SELECTOR_VI : LEAD_SELECTOR)).slice(0, 10)) {
    if (el.tagName === 'META' || el.closest('a, nav, aside, footer, li')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 60 && text.length <= 1200 && /[.!?…"”]$/.test(text)) return text;
  }
  return null;
}

/** A URL's host without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Everything the reader knows, for callers that need more than {@link PageArticle}. */
export interface PageAnalysis {
  article: PageArticle;
  meta: PageMetadata;
  typing: PageTyping;
  /** The DOM measurements behind the verdict. */
  shape: DomShape;
  /** The extracted body as an element of `doc` (not attached), or null. */
  body: Element | null;
}

/**
 * Read `doc`. `doc` is modified by Readability: pass a clone of a live page.
 * Metadata is read before Readability runs, while the page is whole.
 */
export function analyzePage(doc: Document, url: string | null = null): PageAnalysis {
  const teaserLinks = Array.from(doc.querySelectorAll('a')).filter((a) => (a.textContent ?? '').trim().length >= 25).length;
  const hasArticleElement = doc.querySelector('article') !== null;
  const formHeavy =
    doc.querySelector('input[type="password"]') !== null ||
    Array.from(doc.querySelectorAll('form')).some((f) => f.querySelectorAll('input, select, textarea').length >= 6);
  const meta = readMetadata(doc, url);
  // Vietnamese papers print the lead ("sapo") apart from the body container; Readability often leaves it out.
  const sapo = leadOf(doc);
  const pageText = doc.body?.textContent ?? '';
  const commerce = /add to (cart|bag|basket)|buy now|in stock|out of stock|free shipping|\bcheckout\b|giỏ hàng|thêm vào giỏ|mua ngay/i.test(pageText);
  const codeBlocks = doc.querySelectorAll('pre').length;
  const articleElements = doc.querySelectorAll('article').length;
  const shareBar = doc.querySelector('[class*="share" i]') !== null;
  const phrases = pagePhrases(pageText);
  const pageChars = pageText.replace(/\s+/g, ' ').length;
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(doc, { charThreshold: 300 }).parse();
  } catch {
    parsed = null;
  }
  let body: Element | null = null;
  let text = '';
  let byline: string | null = null;
  if (parsed?.content) {
    body = doc.createElement('div');
    body.innerHTML = parsed.content;
    // Photo captions are about the picture, not the story.
    for (const c of Array.from(body.querySelectorAll('figcaption'))) c.remove();
    // What leads or trails the story (related lists, share prompts, captions, a byline) is not body.
    const linked = new Set(Array.from(body.querySelectorAll('a'), (a) => norm(a.textContent ?? '')));
    const trimmed = trimBody(blockText(body).split('\n\n'), meta.title ?? parsed.title ?? null, linked);
    if (sapo && trimmed.blocks.length && !trimmed.blocks.some((b) => norm(b).includes(norm(sapo).slice(0, 80)))) trimmed.blocks.unshift(sapo);
    text = trimmed.blocks.join('\n\n');
    byline = trimmed.byline;
  }
  const blocks = text ? text.split('\n\n') : [];
  const longParagraphs = blocks.filter((p) => p.length >= 80).length;
  const linkChars = body ? Array.from(body.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0) : 0;
  const bodyLinkDensity = text.length ? linkChars / text.length : 0;
  const avgBlockChars = blocks.length ? text.length / blocks.length : 0;
  const proseChars = blocks.reduce((n, b) => n + (sentence(b) ? b.length : 0), 0);
  const bodyWords = text.split(/\s+/).filter(Boolean).length;
  const youWe = text.match(/\b(?:you|your|we|our|us)\b/gi)?.length ?? 0;
  const host = hostOf(url);
  const externalLinks = body ? Array.from(body.querySelectorAll('a[href]')).filter((a) => /^https?:/i.test(a.getAttribute('href') ?? '') && hostOf(a.getAttribute('href')) !== host).length : 0;
  const shape: DomShape = {
    bodyChars: text.length,
    longParagraphs,
    teaserLinks,
    hasArticleElement,
    formHeavy,
    bodyLinkDensity,
    commerce,
    avgBlockChars,
    codeBlocks,
    articleElements,
    sentenceShare: text.length ? proseChars / text.length : 0,
    bodyShare: pageChars ? Math.min(1, text.length / pageChars) : 0,
    phrases,
    youWeRate: bodyWords ? youWe / bodyWords : 0,
    reportedSpeech: REPORTED_SPEECH.test(text),
    shareBar,
    bodyLang: text ? detectLang(text) : undefined,
    externalLinks,
    leadChars: blocks.find((b) => b.length > 60)?.length ?? 0,
    danVan: text ? danVanScore(`${meta.title ?? ''}\n${text}`) : 0,
  };
  // No date in the page's metadata: look for a dateline in the extracted body (the typing weighs it too).
  if (!meta.published && body) {
    meta.published = datelineIn(body, dateContext(doc, url));
    if (meta.published) meta.publishedFrom = 'article';
  }
  const typing = typePage(meta, url, shape);
  return {
    meta,
    typing,
    shape,
    body,
    article: {
      isArticle: typing.isArticle,
      confidence: typing.confidence,
      title: meta.title ?? parsed?.title ?? null,
      published: meta.published ?? toIsoDate(parsed?.publishedTime, dateContext(doc, url)),
      // Readability takes a "dateline" element for a byline: keep its byline only when it reads as a name.
      author: meta.author ?? (parsed?.byline && !isDateLike(parsed.byline) ? parsed.byline.trim() : byline),
      site: meta.site ?? parsed?.siteName ?? null,
      canonicalUrl: meta.canonicalUrl,
      lang: meta.lang ?? parsed?.lang ?? null,
      text,
    },
  };
}

/** Read the article of `doc` (a clone: Readability modifies it). */
export function readArticle(doc: Document, url: string | null = null): PageArticle {
  return analyzePage(doc, url).article;
}
