/**
 * Hostile input for the engine: texts built to make one step of it
 * quadratic (issue 14: documents × dates, given names × officials). Each is
 * read at a size and at 8× that size; the time may grow at most 16× (linear
 * is 8–10×, quadratic 64×). Time is this process's CPU time, the median of
 * five runs each on a collected heap, and a shape gets three tries, because
 * the machine is shared; a quadratic
 * step cannot pass by luck. The answers are checked too, so a shape that
 * stopped finding its entities would not pass by being fast.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { bestGrowth, GROWTH_FACTOR, GROWTH_LIMIT, QUADRATIC_SHAPES } from './shapes';

describe('the engine grows linearly on hostile shapes', () => {
  it('finds what each shape holds (so speed is not bought by missing entities)', () => {
    const [own, apart, given] = QUADRATIC_SHAPES;
    const a = extract(own?.make(40) ?? '');
    expect(a.documents).toHaveLength(40);
    expect(a.documents.every((d) => d.date !== null)).toBe(true);
    expect(a.documents[2]?.date).toBe('2002-03-03');
    const b = extract(apart?.make(40) ?? '');
    expect(b.documents).toHaveLength(40);
    expect(b.dates).toHaveLength(40);
    expect(b.documents.every((d) => d.date === null)).toBe(true);
    const c = extract(given?.make(40) ?? '');
    expect(c.officials).toHaveLength(40);
    // Each official: the full name and the given name alone.
    expect(c.officials.every((o) => o.mentions.length === 2)).toBe(true);
  });

  for (const shape of QUADRATIC_SHAPES) {
    it(`${shape.name}: ${GROWTH_FACTOR}× the input takes at most ${GROWTH_LIMIT}× the time`, () => {
      expect(bestGrowth(shape, GROWTH_LIMIT).ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
    }, 120_000);
  }
});
