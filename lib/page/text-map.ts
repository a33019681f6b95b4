/**
 * Map the extracted article text back to the live page's text nodes, so
 * highlights land on the page itself and only inside the article body. The
 * extractor ran on a clone; we find each of its blocks, in order, in the
 * live text (white space folded on both sides) and translate offsets.
 */
import { isSpaceCode } from '../text/chars';

/** A position in the live DOM. */
export interface NodePoint {
  node: Text;
  offset: number;
}

interface Folded {
  text: string;
  /** Index in the unfolded string of each folded character. */
  map: number[];
}

/** Fold every run of white space to one space, remembering where each character came from. */
export function foldSpaces(s: string): Folded {
  const map: number[] = [];
  const parts: string[] = [];
  let inSpace = false;
  let runStart = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isSpaceCode(c)) {
      if (!inSpace) {
        // Close the run of text, then one space for the whole run of white space.
        parts.push(s.slice(runStart, i));
        if (i < s.length && map.length > 0) {
          parts.push(' ');
          map.push(i);
        }
      }
      inSpace = true;
      continue;
    }
    if (inSpace) runStart = i;
    inSpace = false;
    map.push(i);
  }
  return { text: parts.join(''), map };
}

/** The live text under a root: its text nodes, where each starts in the concatenation, and the concatenation. */
export interface LiveText {
  nodes: Text[];
  starts: number[];
  raw: string;
  folded: Folded;
}

const BLOCK_TAGS = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|TD|TH|TR|TABLE|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|NAV|MAIN|FIGURE|FIGCAPTION|PRE|DL|DT|DD|BODY|FORM|FIELDSET)$/;

function blockOf(node: Node, root: Element): Element | null {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.test(el.tagName)) el = el.parentElement;
  return el;
}

/** Collect the text nodes under `root`, skipping scripts, styles and anything `skip` rejects. */
export function liveText(root: Element, skip: (el: Element) => boolean = () => false): LiveText {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let raw = '';
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n: Node) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT)$/.test(el.tagName) || skip(el)) return 2; // FILTER_REJECT
        return 3; // FILTER_SKIP: descend
      }
      return 1; // FILTER_ACCEPT
    },
  });
  let n = walker.nextNode();
  let prevBlock: Element | null = null;
  while (n) {
    const t = n as Text;
    // A block boundary between text nodes reads as a space; inline markup joins them as written.
    const block = blockOf(t, root);
    if (prevBlock && block !== prevBlock) raw += ' ';
    prevBlock = block;
    nodes.push(t);
    starts.push(raw.length);
    raw += t.data;
    n = walker.nextNode();
  }
  return { nodes, starts, raw, folded: foldSpaces(raw) };
}

function pointAt(live: LiveText, rawIndex: number, atEnd: boolean): NodePoint | null {
  // Binary search the node containing rawIndex.
  let lo = 0;
  let hi = live.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((live.starts[mid] ?? 0) <= rawIndex - (atEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
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
  let block: BlockMatch | undefined;
  for (const b of blocks) {
    if (b.articleStart <= start) block = b;
    else break;
  }
  if (!block || block.liveStart < 0) return null;
  const rel = (i: number) => {
    // Folded index within the block for article offset i.
    const target = i - block.articleStart;
    let lo = 0;
    let hi = block.folded.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((block.folded.map[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const leading = block.folded.text.length - block.folded.text.trimStart().length;
  const fs = block.liveStart + rel(start) - leading;
  const fe = block.liveStart + rel(end) - leading;
  const rs = live.folded.map[fs];
  const re = live.folded.map[fe - 1];
  if (rs === undefined || re === undefined) return null;
  const a = pointAt(live, rs, false);
  const b = pointAt(live, re + 1, true);
  if (!a || !b) return null;
  return { start: a, end: b };
}
