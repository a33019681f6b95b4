/**
 * Anchors: where a mention sits in a clip's text, with the context to find
 * it again. Its own small module: the content script anchors a quote with
 * it and must not carry the clip builder.
 */
import type { Span } from '../engine/extract/types';
import type { Anchor } from './types';

/** Characters of context kept on each side of an anchor. */
const CONTEXT = 32;

/** The anchor of `[start, end)` in `text`. */
export function anchorOf(text: string, span: Span): Anchor {
  return {
    start: span.start,
    end: span.end,
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT),
  };
}
