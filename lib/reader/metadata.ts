import { type DateContext, parseDateline, parseEnglishDate, toIsoDate, urlDate } from './dates';
import { sameSite } from '../shared/domain';

export { parseDateline, parseEnglishDate } from './dates';
/** Is `s` a date line rather than a name ("Thứ Tư, 17/7/2024 - 09:20", "Cập nhật 10:15")? */
export function isDateLike(s: string): boolean {
  return parseDateline(s) !== null || /\d{1,2}[/.:-]\d{1,2}/.test(s);
}

/** The author named by the page's markup (itemprop, rel=author, an "author" element), when it reads as a name. */
function authorElement(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], a[rel="author"], .author, .article-author, .author-name, .tac-gia');
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || text.length > 80 || isDateLike(text)) return null;
  return text.replace(/^(?:tác giả|bài(?: và ảnh)?|by)\s*:?\s*/i, '') || null;
}

const titleWords = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

const clean = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Does `text` read as the headline of the story `metaTitle` names: its start, or half its words? */
function sameStory(text: string, metaTitle: string): boolean {
  if (fold(metaTitle).startsWith(fold(text))) return true;
  const mine = titleWords(text);
  const theirs = titleWords(metaTitle);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5;
}

/** Headings whose class or markup says they are the story's title, on pages that print it in something else than an <h1>. */
const TITLED = '[itemprop="headline"]:not(meta), h2[class*="title"], h3[class*="title"], div[class*="title-detail"], div[class*="detail-title"]';

/**
 * The headline as the page prints it, when it reads as the headline of the
 * story `metaTitle` names: the article's <h1> first, then any <h1> (a logo or
 * section <h1> shares no words with the story), then a heading whose class
 * says it is the title (portals often print the headline as
 * `<h2 class="title">`). Without a metadata title, only an unambiguous one.
 */
function headline(doc: Document, metaTitle: string | null): string | null {
  const inStory = Array.from(doc.querySelectorAll('article h1, main h1, [role="main"] h1'));
  const all = Array.from(doc.querySelectorAll('h1'));
  const titled = Array.from(doc.querySelectorAll(TITLED)).slice(0, 20);
  const usable = (el: Element) => !el.closest('a, nav, aside, li, footer') && clean(el).length >= 8 && clean(el).length <= 300;
  if (!metaTitle) {
    const el = inStory[0] ?? (all.length === 1 ? all[0] : undefined) ?? (all.length ? undefined : titled.find(usable));
    return el && usable(el) ? clean(el) : null;
  }
  for (const el of [...inStory, ...all, ...titled]) if (usable(el) && sameStory(clean(el), metaTitle)) return clean(el);
  return null;
}

/**
 * Article metadata from a Document: title (without the site suffix), published
 * date (JSON-LD, meta tags, <time>, a Vietnamese dateline — never the site
 * header's "today" date), author, site name, canonical URL (tracking
 * parameters and hash removed) and language.
 */

/** Metadata of a page. */
export interface PageMetadata {
  title: string | null;
  /** ISO 8601 (`YYYY-MM-DD` or a date-time), or null. */
  published: string | null;
  /** The date of the last change the page states (JSON-LD `dateModified`, `article:modified_time`), ISO, apart from `published`. */
  modified: string | null;
  /** Where the date came from: page metadata, a dateline in the article, or one found elsewhere on the page (weaker). */
  publishedFrom: 'metadata' | 'article' | 'page' | null;
  author: string | null;
  site: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** Schema.org types found in JSON-LD (NewsArticle, WebPage, …). */
  ldTypes: string[];
  ogType: string | null;
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|zarsrc|zarsrc_id|_ga|_gl|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|icid|gidzl|share|s_cid)$/i;

/** Canonical form of a URL: tracking parameters and the hash removed. Null when it does not parse. */
export function cleanUrl(url: string | null | undefined, base?: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = base ? new URL(url, base) : new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  return u.toString();
}

/**
 * The page's canonical URL (`<link rel=canonical>` or `og:url`, resolved and
 * cleaned) when it is on the page's own site (registrable domain), else the
 * page's own URL: a page must not speak for another site's article (the
 * library keys clips by this URL). Without a page URL (a file read alone) the
 * canonical is taken as written.
 */
export function ownCanonical(href: string | null | undefined, url: string | null): string | null {
  const canonical = cleanUrl(href, url);
  if (!url) return canonical;
  const own = cleanUrl(url);
  return canonical && sameSite(canonical, own) ? canonical : own;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

type Ld = Record<string, unknown>;

/** Every JSON-LD object of the page, @graph entries flattened. Malformed blocks are skipped. */
export function jsonLd(doc: Document): Ld[] {
  const out: Ld[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object') {
      out.push(v as Ld);
      const graph = (v as Ld)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own problem: ignore it.
    }
  }
  return out;
}

function types(o: Ld): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as Ld).name);
  return null;
}

const DATELINE_TAGS = 'time, span, div, p, small, em, i, b, strong, li, td, h5, h6';
const SITE_HEADER = /(^|[\s_-])(today|top-bar|topbar|header|navbar|menu|clock|weather|ngay-hien-tai)([\s_-]|$)/i;
/** Class names that mark a date or the meta line under a headline (a list item may carry one). */
const DATE_CLASS = /date|time|publish|posted|meta|byline|ngay|thoi-gian/i;

/** Skip: links, navigation, footers, asides, related lists, comments, list items that are not a meta line, the site's header. */
const RELATED_CLASS = /related|other|lien-quan|tin-khac|comment|binh-luan|footer/i;

/** What a dateline never holds. */
const BOX_INSIDE = 'nav, footer, aside, [class*="related" i], [class*="lien-quan" i], [class*="comment" i], [class*="binh-luan" i]';

function outsideStory(el: Element, scope: Element, headline: Element | null = null): boolean {
  if (el.closest('a, nav, footer')) return true;
  // Another <article> than the headline's is a teaser card.
  const card = headline ? el.closest('article') : null;
  if (card && !card.contains(headline)) return true;
  // An aside is a related box, unless it is the article's own meta box ("post-meta", a <time class="datetime">).
  const aside = el.closest('aside');
  if (aside && !(aside.closest('article, main') && DATE_CLASS.test(`${aside.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`))) return true;
  // Related-story boxes (a page's <body> may list such words among its theme classes: stop below it).
  for (let a: Element | null = el; a && a.tagName !== 'BODY'; a = a.parentElement) if (RELATED_CLASS.test(a.getAttribute('class') ?? '')) return true;
  const li = el.closest('li');
  if (li && !DATE_CLASS.test(`${li.getAttribute('class') ?? ''} ${li.parentElement?.getAttribute('class') ?? ''}`)) return true;
  // The article's own <header> holds its dateline; the page's <header> holds "today".
  const header = el.closest('header');
  if (header && !header.closest('article, main') && !header.querySelector('h1')) return true;
  // Inside the article, a "section-header" class is the article's own.
  if (el.closest('article, main')) return false;
  // The headline's own box ("post_header") is not the site's header.
  for (let a: Element | null = el; a && a !== scope.parentElement; a = a.parentElement) {
    if (a.tagName !== 'HEADER' && SITE_HEADER.test(`${a.id} ${a.getAttribute('class') ?? ''}`) && !a.querySelector('h1')) return true;
  }
  return false;
}

/**
 * A dateline of its own: a short element ("Cập nhật lúc 16:45 10/10/2025",
 * "Thứ Sáu, 21/6/2024 - 10:15", "Posted on April 13, 2023") that is not a
 * link, not in a list of links, and not the site header's "today" date.
 * Elements after the headline (<h1>) are read first: the dateline sits under
 * it. With `nearHeadlineOnly`, only those are read (a cheaper check of a date
 * the metadata already gave).
 */
export function findDateline(scope: Element, nearHeadlineOnly = false, ctx: DateContext = { vietnamese: true }): string | null {
  const all = Array.from(scope.querySelectorAll(DATELINE_TAGS));
  const h1 = scope.querySelector('article h1') ?? scope.querySelector('main h1') ?? scope.querySelector('h1');
  const start = h1 ? all.findIndex((el) => (h1.compareDocumentPosition(el) & 4) !== 0 && !h1.contains(el)) : -1;
  if (nearHeadlineOnly && start < 0) return null;
  const near = start >= 0 ? all.slice(start, start + 300) : [];
  const order = nearHeadlineOnly ? near : start > 0 ? [...near, ...all.slice(0, start), ...all.slice(start + 300)] : all;
  let seen = 0;
  for (const el of order) {
    if (++seen > 1500) break;
    // A dateline is a small element: skip containers before reading their (long) text.
    if (el.childElementCount > 6) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length < 8 || text.length > 80) continue;
    if (/hôm nay|today/i.test(text) || outsideStory(el, scope, h1)) continue;
    // A short container of the headline, a related box, comments or a footer is not a dateline: the date may be theirs.
    if (el.childElementCount > 0 && ((h1 && el.contains(h1)) || el.querySelector(BOX_INSIDE))) continue;
    const d = parseDateline(text, ctx) ?? parseEnglishDate(text);
    if (d) return d;
  }
  return null;
}

/** The first `<time datetime>` of `scope` that belongs to the story (not a related list, comment or footer), as ISO. */
function storyTime(scope: Element, ctx: DateContext): string | null {
  const h1 = scope.querySelector('article h1') ?? scope.querySelector('main h1') ?? scope.querySelector('h1');
  for (const el of Array.from(scope.querySelectorAll('time[datetime]')).slice(0, 50)) {
    if (outsideStory(el, scope, h1)) continue;
    const d = toIsoDate(el.getAttribute('datetime'), ctx);
    if (d) return d;
  }
  return null;
}

/** The published date written inside an element, as ISO: a `<time datetime>`, else a dateline of its own. */
export function datelineIn(scope: Element, ctx: DateContext = { vietnamese: true }): string | null {
  return storyTime(scope, ctx) ?? findDateline(scope, false, ctx);
}

/** How the page writes dates: Vietnamese (a time without a zone is +07:00; its language says so, or its host is under .vn), or US English (month first). */
export function dateContext(doc: Document, url: string | null): DateContext {
  const lang = (doc.documentElement?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language') || '').trim();
  if (lang) return { vietnamese: /^vi\b/i.test(lang), monthFirst: /^en[-_]us\b/i.test(lang) };
  try {
    return { vietnamese: /\.vn$/i.test(new URL(url ?? '').hostname) };
  } catch {
    return {};
  }
}

/** A date the markup names (`itemprop="datePublished"` on any element: its content, datetime or text), outside related lists, comments and footers. */
function itempropDate(doc: Document, prop: string, ctx: DateContext): string | null {
  const scope = doc.body ?? doc.documentElement;
  const h1 = storyHeadline(doc);
  for (const el of Array.from(doc.querySelectorAll(`[itemprop="${prop}"]`)).slice(0, 20)) {
    if (el.tagName !== 'META' && scope && outsideStory(el, scope, h1)) continue;
    const d = toIsoDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent, ctx);
    if (d) return d;
  }
  return null;
}

/** The first of `keys` in the JSON-LD objects as ISO: article types first, then any other (WebPage…). Arrays give their first date. */
function ldDate(lds: Ld[], key: string, ctx: DateContext): string | null {
  const articles = lds.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  for (const o of [...articles, ...lds.filter((o) => !articles.includes(o))]) {
    const d = toIsoDate(str(o[key]), ctx);
    if (d) return d;
  }
  return null;
}

/** Meta tags naming a publication date, most specific first. */
const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created'];
/** Meta tags naming the last change. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

/** The story's <h1>: in an <article> or <main> first (the first <h1> of a page is often its logo or search box). */
function storyHeadline(doc: Document): Element | null {
  return doc.querySelector('article h1') ?? doc.querySelector('main h1') ?? doc.querySelector('h1');
}

/** Where the story is: the <article> holding the headline (not a teaser card before it), else <main>, else the page. */
function storyScope(doc: Document): Element | null {
  const h1 = storyHeadline(doc);
  if (!h1) return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return h1.closest('article') ?? h1.closest('main') ?? doc.body;
}

/**
 * The published and modified dates of a page, as ISO, from the rules every
 * page follows, in order of trust: JSON-LD `datePublished` (in `@graph` and
 * arrays too), `article:published_time` and its kin, `itemprop=datePublished`,
 * a `<time datetime>` of the story, the URL's date, and the dateline the
 * reader sees next to the headline. Modified dates are read apart and never
 * stand for the published one. Two refinements: when the metadata's dates
 * disagree, the one the dateline shows wins; and a dateline that is earlier
 * than the metadata's date wins (metadata often records the last edit).
 * Related lists, comments and footers are never read.
 */
function pageDates(doc: Document, lds: Ld[], url: string | null, ctx: DateContext) {
  const stated = [ldDate(lds, 'datePublished', ctx), toIsoDate(meta(doc, ...PUBLISHED_META), ctx), itempropDate(doc, 'datePublished', ctx)].filter((d): d is string => !!d);
  const modified = ldDate(lds, 'dateModified', ctx) ?? toIsoDate(meta(doc, ...MODIFIED_META), ctx) ?? itempropDate(doc, 'dateModified', ctx);
  const scope = storyScope(doc);
  // The dateline under the headline; it may sit in a banner above the <article>: then the whole page, headline first.
  // With a date from the metadata, only the lines under the headline are read (to catch an earlier or a deciding visible date).
  const known = stated.length > 0;
  let visible = scope ? (storyTime(scope, ctx) ?? findDateline(scope, known, ctx)) : null;
  let visibleFrom: 'article' | 'page' = scope && scope !== doc.body ? 'article' : 'page';
  if (!visible && doc.body && scope !== doc.body) {
    visible = findDateline(doc.body, known, ctx);
    visibleFrom = 'page';
  }
  const day = (d: string | null) => d?.slice(0, 10) ?? '';
  let published: string | null = stated.find((d) => day(d) === day(visible)) ?? stated[0] ?? null;
  let publishedFrom: PageMetadata['publishedFrom'] = published ? 'metadata' : null;
  if (!published) {
    published = urlDate(url);
    if (published) publishedFrom = 'metadata';
  }
  if (visible && (!published || day(visible) < day(published))) {
    published = visible;
    publishedFrom = publishedFrom ?? visibleFrom;
  }
  return { published, publishedFrom, modified };
}

/** A segment that names a site: a paper, magazine, portal, broadcaster ("Báo Tỉnh", "Cổng thông tin điện tử Đảng bộ tỉnh"). */
const SITE_NAME = /^(?:báo|tạp chí|cổng thông tin|cổng ttđt|trang thông tin|trang tin|đài|truyền hình|thông tấn|ban dân vận|ủy ban|uỷ ban|huyện ủy|tỉnh ủy|thành ủy|đảng bộ)\b|\.(?:vn|com|net|org)$/i;
const SEPARATOR = /\s+[|–—»]\s+|\s+-\s+|\s*\|\s*/;

/**
 * Remove the site's name and the section trail from a `<title>` or og:title:
 * "Giá lúa tăng - Kinh tế - Báo Tỉnh", "Hội nghị giao ban - Chính trị - Xã
 * hội", "Hội nghị | Báo X". The last segment goes when it reads as a name
 * (short, with letters: "giai đoạn 2021 - 2025" keeps its years); the ones
 * before it while they are section names (up to four words) or site names,
 * so long as a headline of three words or more is left.
 */
export function stripSiteSuffix(title: string, site: string | null): string {
  let t = title.trim();
  if (site) {
    const re = new RegExp(`\\s*[-|–—:»]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    t = t.replace(re, '');
  }
  const parts = t.split(SEPARATOR);
  const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
  const named = (x: string, max: number) => (x.length <= 40 && words(x) <= max && /\p{L}/u.test(x)) || (x.length <= 80 && SITE_NAME.test(x));
  let keep = parts.length;
  if (keep > 1 && named(parts[keep - 1] ?? '', 7)) keep--;
  while (keep > 1 && named(parts[keep - 1] ?? '', 4) && words(parts.slice(0, keep - 1).join(' ')) >= 3) keep--;
  return (keep < parts.length ? parts.slice(0, keep).join(' - ') : t).trim();
}

/** Remove the site's own name from the end of a printed headline, if it is there. */
function stripSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const re = new RegExp(`\\s*[-|–—:»]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(re, '').trim() || title;
}

/**
 * Read the metadata of `doc`. Without a date in the metadata, a `<time>` or a
 * dateline in the page's <article> (or <main>) is used; callers that know the
 * extracted body can look there too with {@link datelineIn}.
 */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const lds = jsonLd(doc);
  const ldArticle = lds.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const site = meta(doc, 'og:site_name', 'application-name') ?? str(ldArticle?.publisher) ?? null;
  const ldTypes = lds.flatMap(types);
  const metaTitle = meta(doc, 'og:title', 'twitter:title') ?? str(ldArticle?.headline) ?? doc.querySelector('title')?.textContent ?? null;
  // The headline the reader sees (the article's <h1>) when it is the same story as the metadata title:
  // sites often give og:title an SEO variant; a logo or section <h1> shares no words with it.
  const seen = headline(doc, metaTitle);
  const rawTitle = metaTitle ?? doc.querySelector('h1')?.textContent ?? null;

  const { published, publishedFrom, modified } = pageDates(doc, lds, url, dateContext(doc, url));
  let author = str(ldArticle?.author) ?? meta(doc, 'author', 'article:author', 'dc.creator') ?? authorElement(doc);
  if (author && /^https?:/.test(author)) author = null;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return {
    // The headline as printed has no section trail to strip ("giai đoạn 2021 - 2025" must stay whole); only a site name.
    title: seen ? stripSiteName(seen, site) : rawTitle ? stripSiteSuffix(rawTitle.replace(/\s+/g, ' '), site) : null,
    published,
    publishedFrom,
    modified,
    author,
    site,
    canonicalUrl: ownCanonical(canonicalHref, url),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language', 'content-language'),
    ldTypes,
    ogType: meta(doc, 'og:type'),
  };
}
