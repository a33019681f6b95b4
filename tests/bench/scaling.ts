/**
 * How the engine's time grows on hostile shapes (tests/hostile/shapes.ts):
 * each shape at its base size and at GROWTH_FACTOR (8) ×, CPU time, the median
 * of five runs on a collected heap, the better of two tries (the machine is
 * shared). Goal: at most GROWTH_LIMIT (16) × the time (linear is 8–10×, with
 * the memory effects of a larger text; quadratic is 64×). The same shapes' ratios are asserted by
 * tests/hostile/engine-scaling.test.ts for the shapes issue 14 fixed.
 */
import { bestGrowth, GROWTH_FACTOR, GROWTH_LIMIT, OTHER_SHAPES, PROPERTY_SHAPES, QUADRATIC_SHAPES, type Shape } from '../hostile/shapes';
import type { Figure } from './engine';

const GOAL = GROWTH_LIMIT;

function figure(shape: Shape, group: string): Figure {
  const g = bestGrowth(shape, GOAL, 2);
  return {
    name: `${group}: ${shape.name} (${(g.chars / GROWTH_FACTOR / 1000).toFixed(0)} K → ${(g.chars / 1000).toFixed(0)} K chars)`,
    value: `${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms CPU`,
    ratio: `${g.ratio.toFixed(2)}×`,
    goal: `≤ ${GOAL}× for ${GROWTH_FACTOR}× the input`,
    ok: g.ratio <= GOAL,
  };
}

/** The engine's time ratio for GROWTH_FACTOR × the input on each pathological shape. */
export async function benchScaling(): Promise<Figure[]> {
  return [
    ...QUADRATIC_SHAPES.map((s) => figure(s, 'issue 14')),
    ...PROPERTY_SHAPES.map((s) => figure(s, 'property test')),
    ...OTHER_SHAPES.map((s) => figure(s, 'found since')),
  ];
}
