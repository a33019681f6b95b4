/**
 * Which highlight is under the reader's pointer: the caret position at the
 * point, then the mark whose range holds it and whose box holds the point.
 * Runs in the content script (a live page); the document is passed in.
 */
import type { Mark } from './highlight';

/** The mark of `marks` at viewport point (`x`, `y`) in `doc`, or null. */
export function markAt(doc: Document, marks: Mark[], x: number, y: number): Mark | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const pos = d.caretPositionFromPoint?.(x, y);
  const range = pos ? null : doc.caretRangeFromPoint?.(x, y);
  const node = pos?.offsetNode ?? range?.startContainer;
  const offset = pos?.offset ?? range?.startOffset ?? 0;
  if (!node) return null;
  for (const m of marks) {
    try {
      if (!m.range.isPointInRange(node, offset)) continue;
      // The caret sits between characters: make sure the pointer is over the mark's box.
      for (const r of Array.from(m.range.getClientRects())) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
    } catch {
      // A range whose text is gone is simply not hovered.
    }
  }
  return null;
}
