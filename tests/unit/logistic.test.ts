/**
 * The logistic regression behind the page-typing weights: it solves linear
 * systems, recovers known weights from data drawn from them, ranks by
 * precision at a recall, and keeps a site's pages in one fold.
 */
import { describe, expect, it } from 'vitest';
import { crossValidate, fitLogistic, precisionAtRecall, precisionRecall, predict, solve } from '../bench/logistic';
import { random } from '../helpers/random';

describe('logistic regression', () => {
  it('solves a linear system', () => {
    const x = solve(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [1, 2, 3],
    );
    expect(4 * x[0]! + x[1]!).toBeCloseTo(1, 10);
    expect(x[0]! + 3 * x[1]! + x[2]!).toBeCloseTo(2, 10);
    expect(x[1]! + 2 * x[2]!).toBeCloseTo(3, 10);
    expect(() => solve([[0, 0], [0, 0]], [1, 1])).toThrow(/singular/);
  });

  it('recovers the weights the data was drawn from', () => {
    const rnd = random(7);
    const truth = { bias: -1, w: [2.5, -1.5, 0] };
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = [rnd(), rnd() < 0.5 ? 1 : 0, rnd()];
      X.push(x);
      y.push(rnd() < predict(truth, x) ? 1 : 0);
    }
    const model = fitLogistic(X, y, 0.01);
    expect(model.bias).toBeCloseTo(-1, 0);
    expect(model.w[0]).toBeCloseTo(2.5, 0);
    expect(model.w[1]).toBeCloseTo(-1.5, 0);
    expect(Math.abs(model.w[2]!)).toBeLessThan(0.4);
    // A stronger penalty pulls every weight toward zero.
    const shrunk = fitLogistic(X, y, 500);
    expect(Math.abs(shrunk.w[0]!)).toBeLessThan(Math.abs(model.w[0]!));
  });

  it('reads precision at a recall and at a threshold', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const labels = [1, 0, 1, 1, 0, 1];
    expect(precisionAtRecall(scores, labels, 0.5)).toEqual({ precision: 2 / 3, threshold: 0.7 });
    expect(precisionAtRecall(scores, labels, 1)).toEqual({ precision: 4 / 6, threshold: 0.4 });
    expect(precisionRecall(scores, labels, 0.6)).toEqual({ precision: 3 / 4, recall: 3 / 4 });
  });

  it('scores each group by a model that never saw it', () => {
    // One big site whose pages say the opposite of the rest: had its own pages been in training, they would outvote the others.
    const X: number[][] = [];
    const y: number[] = [];
    const group: string[] = [];
    const rnd = random(3);
    for (let i = 0; i < 200; i++) {
      const x = rnd() < 0.5 ? 1 : 0;
      X.push([x]);
      y.push(x);
      group.push(`site${i % 20}`);
    }
    for (let i = 0; i < 150; i++) {
      X.push([1]);
      y.push(0);
      group.push('odd');
    }
    const cv = crossValidate(X, y, group, 10, 0.1);
    expect(cv).toHaveLength(X.length);
    // Out of fold, the odd site is scored by the others alone: high. A model fitted on everything says low.
    expect(Math.min(...cv.slice(200))).toBeGreaterThan(0.5);
    expect(predict(fitLogistic(X, y, 0.1), [1])).toBeLessThan(0.5);
  });
});
