/**
 * Scores for the public benchmarks (definitions in ../shared/bench/README.md):
 * the Zyte shingle metric and a word-multiset F1.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

/** Word tokens: runs of Unicode letters, digits and underscores, lower-cased. */
export function words(text: string | null | undefined): string[] {
  return ((text ?? '').normalize('NFC').toLowerCase().match(WORD) ?? []) as string[];
}

function multiset(xs: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** tp, fp, fn of two multisets. */
function overlap(truth: string[], pred: string[]): { tp: number; fp: number; fn: number } {
  const t = multiset(truth);
  const p = multiset(pred);
  let tp = 0;
  for (const [k, n] of p) tp += Math.min(n, t.get(k) ?? 0);
  return { tp, fp: pred.length - tp, fn: truth.length - tp };
}

/** 4-token shingles of a text (the Zyte benchmark's unit). */
export function shingles(text: string | null | undefined, n = 4): string[] {
  const w = words(text);
  if (w.length < n) return w.length ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** Per-page precision and recall (a page with nothing on either side counts 1). */
export function pageScore(truth: string[], pred: string[]): { p: number; r: number } {
  const { tp, fp, fn } = overlap(truth, pred);
  if (tp + fp + fn === 0) return { p: 1, r: 1 };
  return { p: tp + fp === 0 ? 0 : tp / (tp + fp), r: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Mean precision and recall over pages, and their harmonic mean. */
export function summary(scores: { p: number; r: number }[]): { p: number; r: number; f1: number } {
  const p = scores.reduce((s, x) => s + x.p, 0) / Math.max(1, scores.length);
  const r = scores.reduce((s, x) => s + x.r, 0) / Math.max(1, scores.length);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
