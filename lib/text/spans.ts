/** Small helpers for `[start, end)` spans of text. */

/** Move `end` back over characters matching `trimmable` (one character at a time), never before `start`. */
export function trimSpanEnd(text: string, start: number, end: number, trimmable: RegExp): number {
  let e = end;
  while (e > start && trimmable.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Keep the longest of overlapping spans (earliest first on ties), in text order. */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
