/**
 * Cutting an English text into the pieces compromise reads one at a time.
 * Kept apart from the extractor so the content script can cut a text (and
 * yield between pieces) without bundling compromise.
 */

/**
 * How much normalised text compromise reads at a time: its people() grows
 * faster than the text on long inputs, and in a page each piece is one task
 * on the main thread (kept well under 50 ms).
 */
export const NAME_PIECE = 600;

/** Cut `text` into pieces of at most about `size` characters, at a line break or a sentence's end when there is one. */
export function sentencePieces(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const window = text.slice(start + (size >> 1), end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
      if (cut >= 0) end = start + (size >> 1) + cut + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

