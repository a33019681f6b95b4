/**
 * L2-regularised logistic regression fitted by Newton's method, for the
 * page-typing model (a few dozen signals, a few hundred pages: small enough
 * to solve exactly, with no library).
 */

/** Weights of a fitted model: `bias + Σ w[i]·x[i]` is the log-odds. */
export interface Logistic {
  bias: number;
  w: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for one row. */
export function predict(model: Logistic, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.w.length; i++) z += (model.w[i] ?? 0) * (x[i] ?? 0);
  return sigmoid(z);
}

/** Solve `A·x = b` (A square, symmetric positive definite here) by Gaussian elimination with partial pivoting. */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const pivot = M[c]![c]!;
    if (Math.abs(pivot) < 1e-12) throw new Error('singular system');
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/**
 * Fit `y ∈ {0,1}` from rows `X` with an L2 penalty `lambda` on the weights
 * (not the bias). Newton's method; stops when the step is tiny.
 */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], lambda = 1, iterations = 50): Logistic {
  const d = (X[0]?.length ?? 0) + 1;
  const theta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    X.forEach((row, n) => {
      const x = [1, ...row];
      let z = 0;
      for (let i = 0; i < d; i++) z += theta[i]! * x[i]!;
      const p = sigmoid(z);
      const e = p - (y[n] ?? 0);
      const v = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i]! += e * x[i]!;
        if (x[i] === 0) continue;
        for (let j = 0; j < d; j++) H[i]![j]! += v * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      g[i]! += lambda * theta[i]!;
      H[i]![i]! += lambda;
    }
    H[0]![0]! += 1e-9;
    const step = solve(H, g);
    let size = 0;
    for (let i = 0; i < d; i++) {
      theta[i]! -= step[i]!;
      size = Math.max(size, Math.abs(step[i]!));
    }
    if (size < 1e-8) break;
  }
  return { bias: theta[0]!, w: theta.slice(1) };
}

/**
 * Precision at the threshold where recall first reaches `recall`, scanning
 * scores from the highest; with that threshold.
 */
export function precisionAtRecall(scores: readonly number[], labels: readonly number[], recall: number): { precision: number; threshold: number } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = labels.filter((l) => l === 1).length;
  const need = Math.ceil(recall * positives);
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (labels[i] === 1) tp++;
    if (tp >= need) return { precision: tp / (k + 1), threshold: scores[i]! };
  }
  return { precision: positives / Math.max(1, order.length), threshold: 0 };
}

/** Precision and recall of "score ≥ threshold". */
export function precisionRecall(scores: readonly number[], labels: readonly number[], threshold: number): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold && labels[i] === 1) tp++;
    else if (s >= threshold) fp++;
    else if (labels[i] === 1) fn++;
  });
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

/**
 * Out-of-fold probabilities: rows are split into `k` folds by `group` (a
 * site's pages stay together, so a site seen in training never scores its
 * own pages), each fold scored by a model fitted on the others.
 */
export function crossValidate(X: readonly (readonly number[])[], y: readonly number[], group: readonly string[], k = 10, lambda = 1): number[] {
  const groups = [...new Set(group)].sort();
  // A fixed shuffle (by a hash of the name) so the folds do not follow alphabetical order.
  const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0), 2166136261);
  groups.sort((a, b) => hash(a) - hash(b));
  const fold = new Map(groups.map((g, i) => [g, i % k]));
  const out = new Array<number>(X.length).fill(0);
  for (let f = 0; f < k; f++) {
    const train = X.flatMap((_, i) => (fold.get(group[i]!) === f ? [] : [i]));
    const model = fitLogistic(
      train.map((i) => X[i]!),
      train.map((i) => y[i]!),
      lambda,
    );
    X.forEach((row, i) => {
      if (fold.get(group[i]!) === f) out[i] = predict(model, row);
    });
  }
  return out;
}
