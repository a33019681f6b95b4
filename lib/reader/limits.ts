/**
 * How much page the reader takes on. Readability's cost grows faster than
 * the page (its scoring and cleaning walk ancestors and descendants of every
 * candidate: a page script nesting `<div>`s thousands deep, or tens of
 * thousands of elements, held the background for seconds to minutes), so a
 * page over these limits is not read at all: it gets a clear "too large to
 * read" state instead. The limits sit well above real news pages (a heavy
 * article page has 2,000–6,000 elements, 20–40 levels deep, under 200 KB of
 * text; on the 591 public benchmark pages of ../shared the largest has
 * 10,145 elements, the deepest 55 levels, the longest 411,000 characters of
 * text); `npm run bench` measures the reading of the largest and deepest
 * pages they let through.
 */

/** Most HTML read, in characters. */
export const MAX_PAGE_HTML = 16 * 1024 * 1024;
/** Most elements in a page (counted in its HTML before parsing it, outside scripts, styles and comments). */
export const MAX_ELEMENTS = 15_000;
/** Deepest nesting of elements below `<html>`. */
export const MAX_DEPTH = 200;
/** Most text in the page's `<body>`, in characters. */
export const MAX_TEXT = 1_000_000;
/**
 * Most "levels" in all: the sum of every element's depth. Readability's cost
 * follows it (each candidate's ancestors and descendants are walked), so many
 * elements each nested deep are refused even when neither limit above is
 * passed: 14,900 elements in towers 198 deep took 9 s to read. Real pages:
 * at most 156,000 on the 591 public benchmark pages (median 8,500).
 */
export const MAX_LEVELS = 400_000;

/** Why a page is not read. */
export type LimitCode = 'page-too-large' | 'page-too-deep';

/** A page over one of the limits: `code` for the interface's sentence, `message` for logs and the command line. */
export class PageLimitError extends Error {
  constructor(
    readonly code: LimitCode,
    message: string,
  ) {
    super(message);
    this.name = 'PageLimitError';
  }
}

/** Elements whose contents are text, not tags: each with a search for its end tag (case-insensitive, from a position). */
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template'].map((t) => [t, new RegExp(`</${t}`, 'gi')]));
/** Elements that never hold others, and those whose end tag may be left out (the parser closes them itself). */
const NO_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen frame p li dt dd tr td th option optgroup rb rt rp thead tbody tfoot colgroup caption html head body'.split(' '),
);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What {@link scanHtml} found: start tags, and the deepest nesting of elements that must be closed. */
export interface HtmlScan {
  tags: number;
  depth: number;
}

/**
 * Count the start tags of `html` and estimate its nesting, before parsing it
 * (linkedom's parse itself slows down on pages nested tens of thousands
 * deep). Skips comments and the contents of scripts and styles (their `<`
 * are not elements). The nesting counts elements whose end tag is required
 * (`<div>`, `<span>`, `<section>` …), closed as the parser closes them (an
 * end tag closes everything opened inside its element); `<p>`, `<li>`, void
 * elements and `/>` do not nest. One pass with `indexOf`; stops past
 * `maxTags` tags or `maxDepth` levels.
 */
export function scanHtml(html: string, maxTags = Number.POSITIVE_INFINITY, maxDepth = Number.POSITIVE_INFINITY): HtmlScan {
  const scan: HtmlScan = { tags: 0, depth: 0 };
  const open: string[] = [];
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1 && scan.tags <= maxTags && scan.depth <= maxDepth) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */ && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = c === 47; /* / */
    const at = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(at))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = at;
    while (j < html.length && j - at < 16) {
      const d = html.charCodeAt(j);
      if (!(isLetter(d) || (d >= 48 && d <= 57) || d === 45)) break;
      j++;
    }
    const name = html.slice(at, j).toLowerCase();
    if (closing) {
      // Close up to the last open element of that name; a stray end tag closes nothing.
      const k = open.lastIndexOf(name);
      if (k >= 0) open.length = k;
      i = html.indexOf('<', j);
      continue;
    }
    scan.tags++;
    const close = RAW_TEXT.get(name);
    if (close) {
      close.lastIndex = j;
      if (!close.exec(html)) break;
      i = html.indexOf('<', close.lastIndex);
      continue;
    }
    const gt = html.indexOf('>', j);
    if (gt < 0) break;
    if (!NO_NESTING.has(name) && html.charCodeAt(gt - 1) !== 47) {
      open.push(name);
      if (open.length > scan.depth) scan.depth = open.length;
    }
    i = html.indexOf('<', gt + 1);
  }
  return scan;
}

/** Refuse `html` before parsing it: over {@link MAX_PAGE_HTML} characters or {@link MAX_ELEMENTS} elements, or nested past {@link MAX_DEPTH}. */
export function checkHtml(html: string): void {
  if (html.length > MAX_PAGE_HTML) {
    throw new PageLimitError('page-too-large', `The page is too large to read (${Math.round(html.length / 1048576)} MB of HTML; the limit is ${MAX_PAGE_HTML / 1048576} MB).`);
  }
  const scan = scanHtml(html, MAX_ELEMENTS, MAX_DEPTH);
  if (scan.tags > MAX_ELEMENTS) throw new PageLimitError('page-too-large', `The page is too large to read (over ${MAX_ELEMENTS.toLocaleString('en')} elements).`);
  if (scan.depth > MAX_DEPTH) throw new PageLimitError('page-too-deep', `The page is nested too deeply to read (over ${MAX_DEPTH} levels of elements).`);
}

/** What {@link measure} found: the deepest element, the elements, their levels in all, and the body's text, each counted up to just past its limit. */
export interface PageSize {
  depth: number;
  elements: number;
  levels: number;
  text: number;
}

/**
 * Depth, element count and text size of a parsed page, without recursion
 * (a page nested thousands deep must not overflow the stack), stopping as
 * soon as a limit is passed.
 */
export function measure(doc: Document): PageSize {
  const size: PageSize = { depth: 0, elements: 0, levels: 0, text: 0 };
  const root = doc.documentElement;
  if (!root) return size;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [Node, number];
    if (node.nodeType === 3) {
      size.text += (node as Text).data.length;
      if (size.text > MAX_TEXT) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    size.elements++;
    size.levels += depth;
    if (depth > size.depth) size.depth = depth;
    if (size.depth > MAX_DEPTH || size.elements > MAX_ELEMENTS || size.levels > MAX_LEVELS) break;
    const tag = (node as Element).localName;
    // Script and style text is not the page's text.
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, depth + 1]);
  }
  return size;
}

/** Refuse a parsed page deeper than {@link MAX_DEPTH}, with more than {@link MAX_ELEMENTS} elements, {@link MAX_LEVELS} levels in all or {@link MAX_TEXT} characters of text. */
export function checkDocument(doc: Document): void {
  const s = measure(doc);
  if (s.depth > MAX_DEPTH) throw new PageLimitError('page-too-deep', `The page is nested too deeply to read (over ${MAX_DEPTH} levels of elements).`);
  if (s.levels > MAX_LEVELS) throw new PageLimitError('page-too-deep', `The page is nested too deeply to read (its elements sit over ${MAX_LEVELS.toLocaleString('en')} levels deep in all).`);
  if (s.elements > MAX_ELEMENTS) throw new PageLimitError('page-too-large', `The page is too large to read (over ${MAX_ELEMENTS.toLocaleString('en')} elements).`);
  if (s.text > MAX_TEXT) throw new PageLimitError('page-too-large', `The page is too large to read (over ${MAX_TEXT.toLocaleString('en')} characters of text).`);
}
