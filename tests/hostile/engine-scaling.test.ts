/**
 * Hostile input for the engine: texts built to make one step of it
 * quadratic (issue 14: documents × dates, given names × officials). Each is
 * read at a size and at 4× that size; the time may grow at most 5×. Time is
 * this process's CPU time, the least of three runs each on a collected heap,
 * and a shape gets three tries, because the machine is shared; a quadratic
 * step grows 11–16× here and cannot pass by luck. The answers are checked too, so a shape that
 * stopped finding its entities would not pass by being fast.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { bestGrowth, QUADRATIC_SHAPES } from './shapes';

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
    it(`${shape.name}: 4× the input takes at most 5× the time`, () => {
      expect(bestGrowth(shape, 5).ratio).toBeLessThanOrEqual(5);
    }, 120_000);
  }
});
