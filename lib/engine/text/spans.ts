/** Small helpers for `[start, end)` spans of text. */

/** Move `end` back over characters matching `trimmable` (one character at a time), never before `start`. */
export function trimSpanEnd(text: string, start: number, end: number, trimmable: RegExp): number {
  let e = end;
  while (e > start && trimmable.test(text[e - 1] ?? '')) e--;
  return e;
}

/**
 * Keep the longest of overlapping spans (earliest first on ties), in text order.
 *
 * n log n, not n²: the kept spans that are not empty never overlap one another, so ordered by start their
 * ends are ordered too, and a span `[a, b)` overlaps one of them exactly when the last kept span starting
 * before `b` ends after `a`. A Fenwick tree counting kept spans over the distinct starts finds that span.
 * (Empty spans come last in the longest-first order and block nothing, so they are never entered.)
 */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const starts = [...new Set(spans.map((s) => s.start))].sort((a, b) => a - b);
  const n = starts.length;
  const tree = new Int32Array(n + 1);
  const endAt = new Float64Array(n);
  let top = 1;
  while (top * 2 <= n) top *= 2;
  /** How many distinct starts are below `x`. */
  const below = (x: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const kept: T[] = [];
  for (const s of sorted) {
    // Kept spans among the first `i` starts, then the rank of the last of them.
    const i = below(s.end);
    let count = 0;
    for (let j = i; j > 0; j -= j & -j) count += tree[j] ?? 0;
    if (count > 0) {
      let rank = 0;
      let left = count;
      for (let step = top; step > 0; step >>= 1) {
        if (rank + step <= n && (tree[rank + step] ?? 0) < left) {
          rank += step;
          left -= tree[rank] ?? 0;
        }
      }
      if ((endAt[rank] ?? 0) > s.start) continue;
    }
    kept.push(s);
    if (s.end > s.start) {
      const r = below(s.start);
      endAt[r] = s.end;
      for (let j = r + 1; j <= n; j += j & -j) tree[j] = (tree[j] ?? 0) + 1;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Does a span overlap any of `spans`? Built once (sorted by start, with the furthest end so far), each
 * question is a binary search: filtering n dates by m documents costs n log m, not n × m.
 */
export function overlapsAny(spans: readonly { start: number; end: number }[]): (s: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let far = Number.NEGATIVE_INFINITY;
  const furthest = sorted.map((x) => (far = Math.max(far, x.end)));
  return (s) => {
    // The spans starting before s ends; one of them overlaps s when the furthest of their ends is past s's start.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] ?? 0) > s.start;
  };
}
