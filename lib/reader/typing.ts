/**
 * Is this page an article? A confidence from structured data (JSON-LD
 * @type, og:type, a publication date), URL shape, DOM shape (one long block
 * of prose with a headline vs many teasers, forms, code, prices) and the
 * extractor's result.
 *
 * The signals are named and each lies in 0..1; the confidence is a logistic
 * model over them whose weights (`typing-weights.ts`) were fitted on the WCXB
 * development sample and checked by cross-validation grouped by site (see
 * `tests/bench/typing-fit.ts` and `tests/bench/README.md`).
 */
import type { PageMetadata } from './metadata';
import type { TextLang } from '../engine/text/lang';
import { DAN_VAN_THRESHOLD } from './relevance';
import { TYPING_WEIGHTS } from './typing-weights';

/** The verdict with the signals behind it. */
export interface PageTyping {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** The signals that moved the verdict most, strongest first ("JSON-LD article", "forum URL"…). */
  reasons: string[];
  /** Every signal's value (0..1), for benchmarks and debugging. */
  signals: Record<TypingSignal, number>;
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
  /** `<article>` elements on the page (listings print one per teaser). */
  articleElements?: number;
  /** Share of the body's characters in blocks that end like a sentence (prose, not fragments). */
  sentenceShare?: number;
  /** The body's characters over the page's text characters. */
  bodyShare?: number;
  /** Forum and service-page phrases counted by {@link pagePhrases}. */
  phrases?: PagePhrases;
  /** "you/your/we/our" per word of the body (service pages address the customer). */
  youWeRate?: number;
  /** The body reports speech: "said", "according to", "cho biết", "phát biểu"… */
  reportedSpeech?: boolean;
  /** The page has a share bar (an element whose class names sharing). */
  shareBar?: boolean;
  /** The language of the extracted body. */
  bodyLang?: TextLang;
  /** Links in the body to other sites (stories cite; service pages link to themselves). */
  externalLinks?: number;
  /** Characters of the body's first paragraph of some length (a news lead runs long). */
  leadChars?: number;
  /** The dân vận relevance of title and body (`danVanScore`). */
  danVan?: number;
}

/** How often a page uses the stock phrases of forums and service pages. */
export interface PagePhrases {
  forum: number;
  service: number;
}

const FORUM_PHRASES = /\b(?:reply|replies|quote|joined|member since|posts:|thread starter|original poster|upvote|permalink|report post)\b/gi;
const SERVICE_PHRASES =
  /\b(?:our (?:services|team|clients|experts|solutions)|free consultation|get a (?:free )?quote|request a (?:demo|quote)|contact us today|why choose|book (?:a|your) (?:call|consultation|appointment)|schedule (?:a|your)|call (?:us|now)|trusted by)\b|nhận báo giá|liên hệ ngay|đăng ký tư vấn|tư vấn miễn phí/gi;

/**
 * Count the stock phrases of forums and service pages in a page's text.
 * (Documentation's "on this page", "table of contents" were tried and left
 * out: long articles print them as often as manuals do.)
 */
export function pagePhrases(text: string): PagePhrases {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return { forum: count(FORUM_PHRASES), service: count(SERVICE_PHRASES) };
}

/** Reported speech, the mark of news writing, in English and Vietnamese. */
export const REPORTED_SPEECH = /\b(?:said|says|told|according to|reported|announced)\b|cho biết|phát biểu|nhấn mạnh|khẳng định/i;

const NOT_ARTICLE_LD =
  /^(CollectionPage|SearchResultsPage|ItemList|Product|ProfilePage|ContactPage|AboutPage|FAQPage|QAPage|DiscussionForumPosting|Store|Organization|WebSite|Service|SoftwareApplication|Course|Event|JobPosting|ItemPage|Offer)$/;
/** Forums: the host or the path says so (threads, topics, questions). */
const FORUM_URL = { host: /^(forum|forums|bbs|community|discuss|discussions|dien-dan|diendan)\./i, path: /\/(threads?|topic|forums?|discussions?|questions|t|community|dien-dan)\/|viewtopic/i };
/** Documentation: the host or the path says so. */
const DOCS_URL = { host: /^(docs|developer|developers|learn|dev|help|support|wiki)\./i, path: /\/(docs?|documentation|reference|api|tutorials?|manual|handbook|howto|book)(\/|$)/i };
const ARTICLE_LD = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report)$/;
/** Titles that read as a story's headline: a question, a how-to, a list, a guide ("What is…", "5 ways…", "… là gì", "Vì sao…"). */
const HEADLINE_TITLE =
  /^(?:what|how|why|when|which|who|is|are|can|should|do|does)\b|\?|\b(?:guide|tips|ways|explained|checklist|vs\.?|best|steps|reasons|things|lessons|introduction to|everything you need)\b|^\d+\s|là gì|thế nào|vì sao|tại sao|^cách\b|bí quyết/i;

/** Sections that hold stories: "/news/", "/blog/", "/tin-tuc/"… */
const NEWS_PATH = /\/(blog|blogs|news|articles?|story|stories|posts?|opinion|insights|press|tin-tuc|tin|bai-viet|thoi-su|su-kien)\//i;
/** Sections that sell: "/services/", "/products/", "/dich-vu/"… */
const BUSINESS_PATH = /\/(services?|products?|shop|store|solutions?|pricing|features?|collections?|industries|platform|use-cases|programs?|departments?|courses?|dich-vu|san-pham|cua-hang)(\/|$)/i;

/** What the URL's path says the page is: a home page, a listing (category, tag, search), an article (slug, id, dated slug), or nothing. */
export function urlKind(url: string | null): 'home' | 'listing' | 'article' | null {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return null;
  }
  const path = u.pathname;
  if (path === '/' || path === '' || /^\/(index|trang-chu|home)(\.\w+)?$/i.test(path)) return 'home';
  if (/\/(tag|tags|tim-kiem|search|chu-de|category|danh-muc|chuyen-muc|topic|author|tac-gia)(\/|$)/i.test(path) || u.searchParams.has('q') || u.searchParams.has('keyword')) {
    return 'listing';
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  if (/\d{5,}/.test(last) || (/\.(html?|aspx|php)$/i.test(last) && last.split('-').length >= 4)) return 'article';
  if (last.split('-').length >= 5) return 'article';
  if (/\/\d{4}\/\d{1,2}\/(\d{1,2}\/)?[\w-]{12,}/.test(path)) return 'article';
  return null;
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

/** What the typing reads from the page's metadata. */
export type TypingMeta = Pick<PageMetadata, 'ldTypes' | 'ogType' | 'published' | 'author'> & Partial<Pick<PageMetadata, 'publishedFrom' | 'title'>>;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The typing signals of a page, each in 0..1 (most are yes/no). */
export function typingSignals(meta: TypingMeta, url: string | null, dom: DomShape): Record<TypingSignal, number> {
  const yes = (b: boolean) => (b ? 1 : 0);
  const ldArticle = meta.ldTypes.some((t) => ARTICLE_LD.test(t));
  const kind = urlKind(url);
  const section = urlSection(url);
  let path = '';
  let query = false;
  try {
    const parsed = new URL(url ?? '');
    path = parsed.pathname;
    query = parsed.search.length > 1;
  } catch {
    // No address: the URL signals stay 0.
  }
  const phrases = dom.phrases ?? { forum: 0, service: 0 };
  const from = meta.published ? (meta.publishedFrom ?? 'metadata') : null;
  return {
    ldArticle: yes(ldArticle),
    ldNonArticle: yes(!ldArticle && meta.ldTypes.some((t) => NOT_ARTICLE_LD.test(t))),
    ogArticle: yes(meta.ogType === 'article'),
    ogWebsite: yes(meta.ogType === 'website'),
    ogOther: yes(!!meta.ogType && meta.ogType !== 'article' && meta.ogType !== 'website'),
    dateInMetadata: yes(from === 'metadata'),
    dateInArticle: yes(from === 'article'),
    dateOnPage: yes(from === 'page'),
    author: yes(!!meta.author),
    headlineTitle: yes(HEADLINE_TITLE.test(meta.title ?? '')),
    titleLength: Math.min((meta.title ?? '').split(/\s+/).filter(Boolean).length, 12) / 12,
    homeUrl: yes(kind === 'home'),
    listingUrl: yes(kind === 'listing'),
    articleUrl: yes(kind === 'article'),
    newsPath: yes(NEWS_PATH.test(path)),
    businessPath: yes(BUSINESS_PATH.test(path)),
    forumUrl: yes(section === 'forum'),
    docsUrl: yes(section === 'docs'),
    query: yes(query),
    longBody: yes(dom.bodyChars >= 1500 && dom.longParagraphs >= 3),
    bodySize: clamp01(Math.log10(1 + dom.bodyChars) / 5),
    linkDense: yes(dom.bodyLinkDensity > 0.3),
    teasers: yes(dom.teaserLinks > 25 && dom.bodyChars < 2500),
    form: yes(dom.formHeavy),
    commerce: yes(!!dom.commerce),
    shortBlocks: yes(dom.avgBlockChars !== undefined && dom.bodyChars > 0 && dom.avgBlockChars < 70),
    code: yes((dom.codeBlocks ?? 0) >= 2),
    articleElement: yes(dom.hasArticleElement),
    manyArticles: yes((dom.articleElements ?? 0) >= 4),
    sentenceShare: clamp01(dom.sentenceShare ?? 0),
    bodyShare: clamp01(dom.bodyShare ?? 0),
    reportedSpeech: yes(!!dom.reportedSpeech),
    shareBar: yes(!!dom.shareBar),
    forumPhrases: Math.min(phrases.forum, 3) / 3,
    servicePhrases: Math.min(phrases.service, 3) / 3,
    youWe: clamp01((dom.youWeRate ?? 0) / 0.08),
    citesOtherSites: yes((dom.externalLinks ?? 0) >= 1),
    leadLength: clamp01((dom.leadChars ?? 0) / 400),
  };
}

/** The typing signals, and what each is called in a verdict's reasons. */
const REASON = {
  ldArticle: 'JSON-LD article',
  ldNonArticle: 'JSON-LD non-article type',
  ogArticle: 'og:type article',
  ogWebsite: 'og:type website',
  ogOther: 'og:type neither article nor website',
  dateInMetadata: 'published date',
  dateInArticle: 'dateline in the article',
  dateOnPage: 'a date on the page',
  author: 'author',
  headlineTitle: 'a headline for a title',
  titleLength: 'title length',
  homeUrl: 'home page URL',
  listingUrl: 'listing or search URL',
  articleUrl: 'article slug URL',
  newsPath: 'news or blog section URL',
  businessPath: 'services or products URL',
  forumUrl: 'forum URL',
  docsUrl: 'docs URL',
  query: 'URL with a query',
  longBody: 'long body',
  bodySize: 'body length',
  linkDense: 'body mostly links',
  teasers: 'many teasers',
  form: 'form page',
  commerce: 'shop page',
  shortBlocks: 'short blocks',
  code: 'code blocks',
  articleElement: '<article> element',
  manyArticles: 'many <article> elements',
  sentenceShare: 'prose',
  bodyShare: 'body is most of the page',
  reportedSpeech: 'reported speech',
  shareBar: 'share bar',
  forumPhrases: 'forum phrases',
  servicePhrases: 'service-page phrases',
  youWe: 'addresses the customer',
  citesOtherSites: 'links to other sites',
  leadLength: 'a long lead',
} as const;

/** The name of a typing signal. */
export type TypingSignal = keyof typeof REASON;
/** Every typing signal, in a fixed order (the fitting and the weights file use it). */
export const TYPING_SIGNALS = Object.keys(REASON) as TypingSignal[];

/** A logistic model over the signals. */
export interface TypingModel {
  bias: number;
  /** Confidence at or above which a page is typed an article. */
  threshold: number;
  w: Record<TypingSignal, number>;
}

/**
 * What the fitted weights cannot know about our readers' pages: WCXB counts
 * undated explainers as articles, so a missing date weighs almost nothing
 * there; most Vietnamese news prints a dateline, and a Vietnamese page
 * without any date is most often an institutional page ("Chức năng, nhiệm
 * vụ", "Giới thiệu") or a listing, not news. Subtracted from the log-odds,
 * unless the page is plainly a report ({@link undatedReport}).
 */
export const UNDATED_VIETNAMESE_PAGE = 2;

/** Titles of the pages a Party, Front or State site keeps about itself: introduction, duties, organisation, leaders, contact. */
const INSTITUTIONAL_TITLE =
  /^(?:giới thiệu|liên hệ|sơ đồ|danh bạ|cơ cấu tổ chức|lịch sử hình thành)|chức năng,? nhiệm vụ|nhiệm vụ,? quyền hạn|cơ cấu tổ chức|lãnh đạo qua các thời kỳ|thông tin liên hệ|^(?:about|contact)\b/i;
/** Their addresses: a path segment "gioi-thieu", "lien-he", "chuc-nang-nhiem-vu", "co-cau-to-chuc"… */
const INSTITUTIONAL_PATH = /^(?:gioi-thieu|lien-he|contact|about|about-us|co-cau-to-chuc|chuc-nang|lich-su-hinh-thanh|so-do-to-chuc|lanh-dao|danh-ba)(?:[-.]|$)/i;

/** A page about the site's own organisation (its title or a segment of its path says so). */
export function institutionalPage(title: string | null | undefined, url: string | null): boolean {
  if (INSTITUTIONAL_TITLE.test((title ?? '').trim())) return true;
  try {
    return new URL(url ?? '').pathname.split('/').some((seg) => INSTITUTIONAL_PATH.test(seg));
  } catch {
    return false;
  }
}

/**
 * A Vietnamese page without a date that is still plainly a report: a body of
 * real prose (several sentence paragraphs, few links) that is about dân vận
 * (relevance at or above its threshold) or sits at a news address (an article
 * slug or a news section); not a home, listing or search page, not a form,
 * not the site's pages about itself. Short reports on district and ward
 * Party and Front sites often print no date at all.
 */
export function undatedReport(meta: TypingMeta, url: string | null, dom: DomShape): boolean {
  const prose = dom.bodyChars >= 500 && dom.longParagraphs >= 2 && (dom.sentenceShare ?? 0) >= 0.6 && dom.bodyLinkDensity < 0.2;
  if (!prose || dom.formHeavy || institutionalPage(meta.title, url)) return false;
  const kind = urlKind(url);
  if (kind === 'home' || kind === 'listing') return false;
  let path = '';
  try {
    path = new URL(url ?? '').pathname;
  } catch {
    // No address: relevance alone decides.
  }
  return (dom.danVan ?? 0) >= DAN_VAN_THRESHOLD || kind === 'article' || NEWS_PATH.test(path);
}

/**
 * Combine the signals into a confidence; `isArticle` is confidence ≥
 * {@link ARTICLE_THRESHOLD}, the operating point chosen on WCXB dev (see
 * tests/bench/README.md).
 */
export function typePage(meta: TypingMeta, url: string | null, dom: DomShape): PageTyping {
  const signals = typingSignals(meta, url, dom);
  const parts: { reason: string; c: number }[] = TYPING_SIGNALS.map((k) => ({ reason: REASON[k], c: TYPING_WEIGHTS.w[k] * signals[k] }));
  if (dom.bodyLang === 'vi' && !meta.published && !undatedReport(meta, url, dom)) parts.push({ reason: 'Vietnamese page without a date', c: -UNDATED_VIETNAMESE_PAGE });
  const confidence = 1 / (1 + Math.exp(-parts.reduce((s, p) => s + p.c, TYPING_WEIGHTS.bias)));
  const reasons = parts
    .filter((x) => Math.abs(x.c) >= 0.3)
    .sort((a, b) => Math.abs(b.c) - Math.abs(a.c))
    .map((x) => x.reason);
  return { isArticle: confidence >= ARTICLE_THRESHOLD, confidence: Math.round(confidence * 1000) / 1000, reasons, signals };
}

/** Pages at or above this confidence are annotated without being asked. */
export const ARTICLE_THRESHOLD = TYPING_WEIGHTS.threshold;
