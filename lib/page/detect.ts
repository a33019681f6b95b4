/**
 * Is this page an article? A confidence from structured data (JSON-LD
 * @type, og:type, article:published_time), URL shape, DOM shape (one long
 * block of text with a headline vs many teasers) and the extractor's result.
 */
import type { PageMetadata } from './metadata';

/** The verdict with the signals behind it. */
export interface PageTyping {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  reasons: string[];
}

/** DOM measurements the caller takes from the page and the extractor. */
export interface DomShape {
  /** Characters of the extracted body (0 when the extractor found none). */
  bodyChars: number;
  /** Paragraphs of at least 80 characters in the extracted body. */
  longParagraphs: number;
  /** Links in the whole page whose text is at least 25 characters (teaser headlines). */
  teaserLinks: number;
  /** The page has an <article> element. */
  hasArticleElement: boolean;
  /** Share of the extracted body's characters that are link text (listings are mostly links). */
  bodyLinkDensity: number;
  /** The page has a form with a password or many inputs, or a search box as its main content. */
  formHeavy: boolean;
  /** Shop words on the page: "add to cart", "buy now", "in stock", "thêm vào giỏ"… */
  commerce?: boolean;
  /** Mean characters per block of the extracted body (articles run long; landing and service pages short). */
  avgBlockChars?: number;
  /** `<pre>` blocks on the page (documentation and forums show code). */
  codeBlocks?: number;
}

const NOT_ARTICLE_LD =
  /^(CollectionPage|SearchResultsPage|ItemList|Product|ProfilePage|ContactPage|AboutPage|FAQPage|QAPage|DiscussionForumPosting|Store|Organization|WebSite|Service|SoftwareApplication|Course|Event|JobPosting|ItemPage|Offer)$/;
/** Forums: the host or the path says so (threads, topics, questions). */
const FORUM_URL = { host: /^(forum|forums|bbs|community|discuss|discussions|dien-dan|diendan)\./i, path: /\/(threads?|topic|forums?|discussions?|questions|t|community|dien-dan)\/|viewtopic/i };
/** Documentation: the host or the path says so. */
const DOCS_URL = { host: /^(docs|developer|developers|learn|dev|help|support|wiki)\./i, path: /\/(docs?|documentation|reference|api|tutorials?|manual|handbook|howto|book)(\/|$)/i };
const ARTICLE_LD = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report)$/;

/** Score the URL's path: article slugs and ids up, home, category, tag and search pages down. */
export function urlScore(url: string | null): { score: number; reason: string | null } {
  if (!url) return { score: 0, reason: null };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { score: 0, reason: null };
  }
  const path = u.pathname;
  if (path === '/' || path === '' || /^\/(index|trang-chu|home)(\.\w+)?$/i.test(path)) return { score: -2, reason: 'home page URL' };
  if (/\/(tag|tags|tim-kiem|search|chu-de|category|danh-muc|chuyen-muc|topic|author|tac-gia)(\/|$)/i.test(path) || u.searchParams.has('q') || u.searchParams.has('keyword')) {
    return { score: -1.5, reason: 'listing or search URL' };
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  if (/\d{5,}/.test(last) || /\.(html?|aspx|php)$/i.test(last) && last.split('-').length >= 4) return { score: 1, reason: 'article slug URL' };
  if (last.split('-').length >= 5) return { score: 0.8, reason: 'long slug URL' };
  if (/\/\d{4}\/\d{1,2}\/(\d{1,2}\/)?[\w-]{12,}/.test(path)) return { score: 1, reason: 'dated slug URL' };
  return { score: 0, reason: null };
}

/** What kind of site section the URL is in, when it says so: a forum or documentation. */
export function urlSection(url: string | null): 'forum' | 'docs' | null {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return null;
  }
  if (FORUM_URL.host.test(u.hostname) || FORUM_URL.path.test(u.pathname)) return 'forum';
  if (DOCS_URL.host.test(u.hostname) || DOCS_URL.path.test(u.pathname)) return 'docs';
  return null;
}

/**
 * Combine the signals into a confidence. The weights were set by hand and
 * checked on the WCXB development sample (`npm run bench`): confidence 0.5 is
 * the operating point where recall of articles stays near 0.97.
 */
export function typePage(meta: Pick<PageMetadata, 'ldTypes' | 'ogType' | 'published' | 'author'> & { publishedFrom?: PageMetadata['publishedFrom'] }, url: string | null, dom: DomShape): PageTyping {
  const reasons: string[] = [];
  let s = 0.35;
  const ldArticle = meta.ldTypes.some((t) => ARTICLE_LD.test(t));
  if (ldArticle) {
    s += 2.5;
    reasons.push('JSON-LD article');
  } else if (meta.ldTypes.some((t) => NOT_ARTICLE_LD.test(t))) {
    // A page that also calls itself a WebPage says less about what it is.
    s -= meta.ldTypes.includes('WebPage') ? 1 : 2.5;
    reasons.push('JSON-LD non-article type');
  }
  if (meta.ogType === 'article') {
    s += 1.2;
    reasons.push('og:type article');
  } else if (meta.ogType === 'website') {
    s -= 0.5;
  } else if (meta.ogType) {
    s -= 1;
    reasons.push(`og:type ${meta.ogType}`);
  }
  if (meta.published) {
    // A date found only somewhere on the page (not in its metadata or article) says less.
    s += meta.publishedFrom === 'page' ? 0.3 : 0.8;
    reasons.push('published date');
  }
  const u = urlScore(url);
  s += u.score;
  if (u.reason) reasons.push(u.reason);
  const section = urlSection(url);
  if (section) {
    s -= section === 'forum' ? 3.5 : 1.5;
    reasons.push(`${section} URL`);
  }
  if (dom.bodyChars >= 1500 && dom.longParagraphs >= 3) {
    s += 1.5;
    reasons.push('long body');
  } else if (dom.bodyChars >= 700 && dom.longParagraphs >= 2) {
    s += 0.7;
    reasons.push('medium body');
  } else {
    s -= 1.5;
    reasons.push('little body text');
  }
  if (dom.hasArticleElement) s += 0.3;
  if (dom.bodyLinkDensity > 0.3) {
    s -= 2;
    reasons.push('body mostly links');
  }
  if (dom.teaserLinks > 25 && dom.bodyChars < 2500) {
    s -= 1.2;
    reasons.push('many teasers');
  }
  if (dom.formHeavy) {
    s -= 1.5;
    reasons.push('form page');
  }
  if (dom.commerce) {
    s -= 0.6;
    reasons.push('shop page');
  }
  if (dom.avgBlockChars !== undefined && dom.bodyChars > 0 && dom.avgBlockChars < 70) {
    s -= 0.6;
    reasons.push('short blocks');
  }
  if ((dom.codeBlocks ?? 0) >= 2) {
    s -= 0.5;
    reasons.push('code blocks');
  }
  // Nothing says "news": no date, no author, no article markup.
  if (!meta.published && !meta.author && !ldArticle && meta.ogType !== 'article') {
    s -= 0.8;
    reasons.push('no date, author or article markup');
  }
  const confidence = 1 / (1 + Math.exp(-s));
  return { isArticle: confidence >= 0.5, confidence: Math.round(confidence * 1000) / 1000, reasons };
}
