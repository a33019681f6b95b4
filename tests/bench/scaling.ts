/**
 * How the engine's time grows on hostile shapes (tests/hostile/shapes.ts):
 * each shape at its base size and at 4×, CPU time, the least of three runs
 * on a collected heap, the better of two tries (the machine is shared).
 * Goal: at most 5× the time for 4× the input (linear, with room for the
 * memory effects of a larger text). The same shapes' ratios are asserted by
 * tests/hostile/engine-scaling.test.ts for the shapes issue 14 fixed.
 */
import { bestGrowth, OTHER_SHAPES, PROPERTY_SHAPES, QUADRATIC_SHAPES, type Shape } from '../hostile/shapes';
import type { Figure } from './engine';

const GOAL = 5;

function figure(shape: Shape, group: string): Figure {
  const g = bestGrowth(shape, GOAL, 2);
  return {
    name: `${group}: ${shape.name} (${(g.chars / 4 / 1000).toFixed(0)} K → ${(g.chars / 1000).toFixed(0)} K chars)`,
    value: `${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms CPU`,
    ratio: `${g.ratio.toFixed(2)}×`,
    goal: `≤ ${GOAL}× for 4× the input`,
    ok: g.ratio <= GOAL,
  };
}

/** The engine's time ratio for 4× the input on each pathological shape. */
export async function benchScaling(): Promise<Figure[]> {
  return [
    ...QUADRATIC_SHAPES.map((s) => figure(s, 'issue 14')),
    ...PROPERTY_SHAPES.map((s) => figure(s, 'property test')),
    ...OTHER_SHAPES.map((s) => figure(s, 'found since')),
  ];
}
