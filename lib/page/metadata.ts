import { findDates, isoOf } from '../extract/dates';
import { normalizeText } from '../text/normalize';
import { sameSite } from './domain';
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

/**
 * The article's <h1> when it reads as the headline of the story `metaTitle`
 * names; on pages without one, a heading whose class says it is the title
 * (portals often print the headline as `<h2 class="title">`).
 */
function headline(doc: Document, metaTitle: string | null): string | null {
  const h1s = Array.from(doc.querySelectorAll('article h1, main h1, [role="main"] h1'));
  const all = Array.from(doc.querySelectorAll('h1'));
  const titled = all.length ? undefined : doc.querySelector('h2[class*="title"], h3[class*="title"], div[class*="title-detail"], div[class*="detail-title"]');
  const el = h1s[0] ?? (all.length === 1 ? all[0] : undefined) ?? (titled && !titled.closest('a, nav, aside, li') ? titled : undefined);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (text.length < 8 || text.length > 300) return null;
  if (!metaTitle) return text;
  const mine = titleWords(text);
  const theirs = titleWords(metaTitle);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5 ? text : null;
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
  published: string | null;
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const EN_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');

/** English dates written out: "March 9, 2026", "Feb 08, 2022", "9 March 2026" → YYYY-MM-DD. */
export function parseEnglishDate(text: string): string | null {
  const a = EN_MDY.exec(text);
  const b = EN_DMY.exec(text);
  const [mon, d, y] = a && (!b || a.index <= b.index) ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [];
  if (!mon || !d || !y) return null;
  const mo = MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1;
  const day = Number(d);
  if (mo < 1 || day < 1 || day > 31 || Number(y) < 1990 || Number(y) > 2100) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date from page metadata as ISO: kept when it already is, else read as a dateline or an English date. */
function isoFromMeta(v: string | null): string | null {
  if (!v || /^\d{4}-\d{2}/.test(v)) return v;
  return parseEnglishDate(v) ?? parseDateline(v) ?? v;
}

/** "ngày 21 tháng 6 năm 2024", "21 Tháng Sáu, 2024" (the entity engine's reading, with its year written): YYYY-MM-DD. */
function writtenVietnameseDate(text: string): string | null {
  if (!/tháng/i.test(text)) return null;
  const d = findDates(normalizeText(text).text).find((x) => x.explicitYear && x.day !== null && x.year !== null && x.year >= 1990 && x.year <= 2100);
  return d ? isoOf({ ...d, time: null }) : null;
}

/** "Thứ Sáu, 21/6/2024 - 10:15", "Cập nhật lúc 10:15 21/06/2024", "21/06/2024 10:15 (GMT+7)", "ngày 21 tháng 6 năm 2024" → ISO (with +07:00 when a time is given). */
export function parseDateline(text: string): string | null {
  const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*(?:lúc\s*)?(\d{1,2})[:h](\d{2}))?/.exec(text);
  const t = /(\d{1,2})[:h](\d{2})\s*[-,|]?\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  let d: number, mo: number, y: number, h: number | null = null, mi: number | null = null;
  if (t && (!m || t.index < m.index)) {
    [h, mi, d, mo, y] = [Number(t[1]), Number(t[2]), Number(t[3]), Number(t[4]), Number(t[5])];
  } else if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4]) [h, mi] = [Number(m[4]), Number(m[5])];
  } else return writtenVietnameseDate(text);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${y}-${p(mo)}-${p(d)}`;
  return h !== null && mi !== null && h < 24 && mi < 60 ? `${date}T${p(h)}:${p(mi)}:00+07:00` : date;
}

const DATELINE_TAGS = 'time, span, div, p, small, em, i, b, strong, li, td, h5, h6';
const SITE_HEADER = /(^|[\s_-])(today|top-bar|topbar|header|navbar|menu|clock|weather|ngay-hien-tai)([\s_-]|$)/i;
/** Class names that mark a date or the meta line under a headline (a list item may carry one). */
const DATE_CLASS = /date|time|publish|posted|meta|byline|ngay|thoi-gian/i;

/** Skip: links, navigation, footers, asides, related lists, list items that are not a meta line, the site's header. */
const RELATED_CLASS = /related|other|lien-quan|tin-khac/i;

function outsideStory(el: Element, scope: Element): boolean {
  if (el.closest('a, nav, footer, aside')) return true;
  // Related-story boxes (a page's <body> may list such words among its theme classes: stop below it).
  for (let a: Element | null = el; a && a.tagName !== 'BODY'; a = a.parentElement) if (RELATED_CLASS.test(a.getAttribute('class') ?? '')) return true;
  const li = el.closest('li');
  if (li && !DATE_CLASS.test(`${li.getAttribute('class') ?? ''} ${li.parentElement?.getAttribute('class') ?? ''}`)) return true;
  // The article's own <header> holds its dateline; the page's <header> holds "today".
  const header = el.closest('header');
  if (header && !header.closest('article, main') && !header.querySelector('h1')) return true;
  // Inside the article, a "section-header" class is the article's own.
  if (el.closest('article, main')) return false;
  for (let a: Element | null = el; a && a !== scope.parentElement; a = a.parentElement) {
    if (a.tagName !== 'HEADER' && SITE_HEADER.test(`${a.id} ${a.getAttribute('class') ?? ''}`)) return true;
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
export function findDateline(scope: Element, nearHeadlineOnly = false): string | null {
  const all = Array.from(scope.querySelectorAll(DATELINE_TAGS));
  const h1 = scope.querySelector('h1');
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
    if (/hôm nay|today/i.test(text) || outsideStory(el, scope)) continue;
    const d = parseDateline(text) ?? parseEnglishDate(text);
    if (d) return d;
  }
  return null;
}

/** The published date written inside an element: a `<time datetime>`, else a dateline of its own. */
export function datelineIn(scope: Element): string | null {
  return scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? findDateline(scope);
}

/** Remove " - Báo Tỉnh", " | VnExpress" and the like from a title. */
export function stripSiteSuffix(title: string, site: string | null): string {
  let t = title.trim();
  if (site) {
    const re = new RegExp(`\\s*[-|–—:»]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    t = t.replace(re, '');
  }
  const parts = t.split(/\s+[|–—]\s+|\s+-\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    // A site name has letters: "giai đoạn 2021 - 2025" keeps its years.
    if (last.length <= 40 && last.split(/\s+/).length <= 7 && /\p{L}/u.test(last)) t = parts.slice(0, -1).join(' - ');
  }
  return t.trim();
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

  let published = isoFromMeta(
    str(ldArticle?.datePublished) ?? meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'),
  );
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  // The dateline under the headline; it may sit in a banner above the <article>: then the whole page, headline first.
  // With a date from the metadata, only the lines under the headline are read (to catch an earlier visible date).
  const known = published !== null;
  let visible = scope ? (scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? findDateline(scope, known)) : null;
  let visibleFrom: 'article' | 'page' = scope && scope !== doc.body ? 'article' : 'page';
  if (!visible && doc.body && scope !== doc.body) {
    visible = findDateline(doc.body, known);
    visibleFrom = 'page';
  }
  let publishedFrom: PageMetadata['publishedFrom'] = published ? 'metadata' : null;
  // Metadata often carries the date of the last change: a dateline the reader sees that is earlier wins.
  if (visible && (!published || visible.slice(0, 10) < published.slice(0, 10))) {
    published = visible;
    publishedFrom = publishedFrom ?? visibleFrom;
  }
  let author = str(ldArticle?.author) ?? meta(doc, 'author', 'article:author', 'dc.creator') ?? authorElement(doc);
  if (author && /^https?:/.test(author)) author = null;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return {
    // The headline as printed has no site suffix to strip ("giai đoạn 2021 - 2025" must stay whole).
    title: seen ? stripSiteSuffix(seen, site) : rawTitle ? stripSiteSuffix(rawTitle.replace(/\s+/g, ' '), site) : null,
    published,
    publishedFrom,
    author,
    site,
    canonicalUrl: ownCanonical(canonicalHref, url),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language', 'content-language'),
    ldTypes,
    ogType: meta(doc, 'og:type'),
  };
}
