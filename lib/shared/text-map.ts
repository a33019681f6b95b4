/**
 * Map the extracted article text back to the live page's text nodes, so
 * highlights land on the page itself and only inside the article body. The
 * extractor ran on a copy (in the background); we find each of its blocks, in order, in the
 * live text (white space folded on both sides) and translate offsets.
 */

/** A position in the live DOM. */
export interface NodePoint {
  node: Text;
  offset: number;
}

/**
 * A string with every run of white space folded to one space (leading white
 * space dropped), and where its characters came from: segment `i` starts at
 * folded offset `folded[i]` and raw offset `raw[i]`; a segment is a run of
 * text (offsets advance together) or one folded space.
 */
export interface Folded {
  text: string;
  folded: Int32Array;
  raw: Int32Array;
}

/** The white space folding changes: runs of two or more characters, and any single one that is not U+0020. */
const CHANGED_SPACE = /[\s\u200b\u0085]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u0085]/g;
const LEADING_SPACE = /^[\s\u200b\u0085]*/;

/**
 * Fold every run of white space to one space, remembering where each
 * character came from. This runs over a whole page's text, usually on code
 * the page has not warmed up: the regular-expression engine finds only the
 * white space that folding changes (a lone space between words maps to
 * itself), so there is one segment per line break or indent, not per word.
 */
export function foldSpaces(s: string): Folded {
  const folded: number[] = [];
  const raw: number[] = [];
  const parts: string[] = [];
  let r = LEADING_SPACE.exec(s)?.[0].length ?? 0;
  let f = 0;
  CHANGED_SPACE.lastIndex = r;
  for (let m = CHANGED_SPACE.exec(s); m; m = CHANGED_SPACE.exec(s)) {
    if (m.index > r) {
      folded.push(f);
      raw.push(r);
      parts.push(s.slice(r, m.index));
      f += m.index - r;
    }
    folded.push(f);
    raw.push(m.index);
    parts.push(' ');
    f += 1;
    r = m.index + m[0].length;
  }
  if (s.length > r) {
    folded.push(f);
    raw.push(r);
    parts.push(s.slice(r));
  }
  // The folded text from the segments: a single pass of a regular expression over a long string
  // runs in V8's regexp interpreter (it compiles to machine code only when used again).
  return { text: parts.join(''), folded: Int32Array.from(folded), raw: Int32Array.from(raw) };
}

/**
 * The last index in `[0, length)` whose key is at or before `x`, for keys
 * that never decrease; 0 when none is (callers check the key themselves).
 */
function lastAtOrBefore(length: number, keyAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The segment holding folded offset `i`. */
function segmentAt(f: Folded, i: number): number {
  return lastAtOrBefore(f.folded.length, (k) => f.folded[k] ?? 0, i);
}

/** The raw offset of folded character `i`, or undefined outside the text. */
export function rawAt(f: Folded, i: number): number | undefined {
  if (i < 0 || i >= f.text.length) return undefined;
  const k = segmentAt(f, i);
  const fs = f.folded[k] ?? 0;
  const next = k + 1 < f.folded.length ? (f.folded[k + 1] ?? 0) : f.text.length;
  const rs = f.raw[k] ?? 0;
  // A folded space (a one-character segment standing for a run) maps to the run's start.
  return next - fs === 1 ? rs : rs + (i - fs);
}

/** The first folded offset whose raw offset is at or after `target` (the text's length when none is). */
export function foldedAtOrAfter(f: Folded, target: number): number {
  let lo = 0;
  let hi = f.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rawAt(f, mid) ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The live text under a root: its text nodes, where each starts in the concatenation, and the concatenation. */
export interface LiveText {
  nodes: Text[];
  starts: number[];
  raw: string;
  folded: Folded;
}

/** Elements that start a new block: text on either side of their edges reads as separated by a space. */
const BLOCK_TAGS = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE TD TH TR TABLE SECTION ARTICLE HEADER FOOTER ASIDE NAV MAIN FIGURE FIGCAPTION PRE DL DT DD BODY FORM FIELDSET'.split(' '),
);
/** Elements whose text is not page text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);

/**
 * Collect the text nodes under `root`, skipping scripts, styles and anything
 * `skip` rejects. A plain walk over `firstChild`/`nextSibling` with the
 * enclosing block carried along: a TreeWalker with a filter calls back into
 * script for every node, which costs tens of milliseconds on long pages.
 */
export function liveText(root: Element, skip: (el: Element) => boolean = () => false): LiveText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let prevBlock: Element | null = null;
  const walk = (parent: Element, block: Element) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        // A block boundary between text nodes reads as a space; inline markup joins them as written.
        if (prevBlock && block !== prevBlock) {
          parts.push(' ');
          length += 1;
        }
        prevBlock = block;
        nodes.push(n as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIP_TAGS.has(el.tagName) || skip(el)) continue;
        walk(el, BLOCK_TAGS.has(el.tagName) ? el : block);
      }
    }
  };
  walk(root, root);
  const raw = parts.join('');
  return { nodes, starts, raw, folded: foldSpaces(raw) };
}

function pointAt(live: LiveText, rawIndex: number, atEnd: boolean): NodePoint | null {
  // The node containing rawIndex (for an end point, the node containing the character before it).
  const lo = lastAtOrBefore(live.nodes.length, (k) => live.starts[k] ?? 0, rawIndex - (atEnd ? 1 : 0));
  const node = live.nodes[lo];
  if (!node) return null;
  const offset = Math.min(node.data.length, Math.max(0, rawIndex - (live.starts[lo] ?? 0)));
  return { node, offset };
}

/** Where each block of the article text lies in the live text (folded offsets), or -1 when not found. */
export interface BlockMatch {
  /** Start of the block in the article text. */
  articleStart: number;
  folded: Folded;
  /** Start of the block in `live.folded.text`, or -1. */
  liveStart: number;
}

/** Find each blank-line-separated block of `articleText` in the live text, in order. */
export function matchBlocks(articleText: string, live: LiveText): BlockMatch[] {
  const out: BlockMatch[] = [];
  let cursor = 0;
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (const m of articleText.matchAll(re)) {
    const folded = foldSpaces(m[0]);
    const needle = folded.text.trim();
    if (!needle) continue;
    let at = live.folded.text.indexOf(needle, cursor);
    if (at < 0) at = live.folded.text.indexOf(needle);
    if (at >= 0) cursor = at + needle.length;
    out.push({ articleStart: m.index ?? 0, folded, liveStart: at });
  }
  return out;
}

/**
 * Translate a `[start, end)` span of the article text to live DOM points.
 * Null when the span's block was not found on the page (never highlight a guess).
 */
export function spanToLive(live: LiveText, blocks: BlockMatch[], start: number, end: number): { start: NodePoint; end: NodePoint } | null {
  // The last block starting at or before `start` (blocks are in article order).
  const at = lastAtOrBefore(blocks.length, (k) => blocks[k]?.articleStart ?? 0, start);
  const block = (blocks[at]?.articleStart ?? Number.POSITIVE_INFINITY) <= start ? blocks[at] : undefined;
  if (!block || block.liveStart < 0) return null;
  const folded = block.folded;
  // Folded index within the block for article offset i.
  const rel = (i: number) => foldedAtOrAfter(folded, i - (block?.articleStart ?? 0));
  const leading = block.folded.text.length - block.folded.text.trimStart().length;
  const fs = block.liveStart + rel(start) - leading;
  const fe = block.liveStart + rel(end) - leading;
  const rs = rawAt(live.folded, fs);
  const re = rawAt(live.folded, fe - 1);
  if (rs === undefined || re === undefined) return null;
  const a = pointAt(live, rs, false);
  const b = pointAt(live, re + 1, true);
  if (!a || !b) return null;
  return { start: a, end: b };
}

/**
 * The element holding the found blocks: the nearest common ancestor of where
 * the first found block starts and the last one ends, never above `root`.
 */
export function blocksContainer(live: LiveText, blocks: BlockMatch[], root: Element): Element {
  const found = blocks.filter((b) => b.liveStart >= 0);
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last) return root;
  const from = rawAt(live.folded, first.liveStart);
  const to = rawAt(live.folded, last.liveStart + last.folded.text.trim().length - 1);
  if (from === undefined || to === undefined) return root;
  const a = pointAt(live, from, false)?.node.parentElement ?? null;
  const b = pointAt(live, to + 1, true)?.node ?? null;
  for (let el = a; el; el = el.parentElement) {
    if (el === root || !root.contains(el)) return root;
    if (b && el.contains(b)) return el;
  }
  return root;
}

/** The element-child indices leading from `root` down to `el` (empty when `el` is `root` or outside it). */
export function elementPath(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    const parent: Element | null = at.parentElement;
    if (!parent) return [];
    path.unshift(Array.prototype.indexOf.call(parent.children, at));
  }
  return path;
}

/** The element at `path` below `root` (see {@link elementPath}), or null when the page no longer has it. */
export function elementAt(root: Element, path: readonly number[]): Element | null {
  let el: Element | null = root;
  for (const i of path) {
    el = el?.children[i] ?? null;
    if (!el) return null;
  }
  return el;
}
