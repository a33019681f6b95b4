/**
 * The English extractor (compromise) is slow enough that a long article in
 * one call would hold a page's main thread for well over 50 ms. These helpers
 * cut an article into paragraph-aligned pieces and put the pieces' results
 * back together, offsets and all, so the content script can yield between
 * pieces.
 */
import type { Extraction, Official, Span } from '../extract/types';

/** One piece of a text and where it starts. */
export interface Piece {
  start: number;
  text: string;
}

/** Cut `text` at paragraph breaks into pieces of about `size` characters (a longer paragraph stays whole). */
export function paragraphPieces(text: string, size = 1500): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > size) {
      const cut = text.indexOf('\n\n', start + size);
      const before = text.lastIndexOf('\n\n', start + size);
      end = before > start ? before : cut < 0 ? text.length : cut;
    }
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return pieces;
}

type Result = Omit<Extraction, 'lang'>;

const shift = <T extends Span>(x: T, by: number): T => ({ ...x, start: x.start + by, end: x.end + by });

/** The results of the pieces as one result over the whole text: offsets shifted, officials merged by key. */
export function joinPieces(parts: { start: number; result: Result }[]): Result {
  const officials = new Map<string, Official>();
  const out: Result = { officials: [], documents: [], dates: [], periods: [] };
  for (const { start, result } of parts) {
    for (const o of result.officials) {
      const seen = officials.get(o.key);
      const mentions = o.mentions.map((m) => shift(m, start));
      if (!seen) {
        officials.set(o.key, { ...o, titles: [...o.titles], mentions });
        continue;
      }
      for (const t of o.titles) if (!seen.titles.includes(t)) seen.titles.push(t);
      seen.mentions.push(...mentions);
    }
    out.documents.push(...result.documents.map((d) => shift(d, start)));
    out.dates.push(...result.dates.map((d) => shift(d, start)));
    out.periods.push(...result.periods.map((p) => shift(p, start)));
    if (result.warning && !out.warning) out.warning = result.warning;
  }
  out.officials = [...officials.values()];
  return out;
}
