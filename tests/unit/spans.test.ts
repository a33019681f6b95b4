/**
 * The span helpers the engine's linear steps rest on give exactly what their
 * plain definitions give (the definitions are the old quadratic loops).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropOverlaps, overlapsAny } from '@/lib/engine/text/spans';

type S = { start: number; end: number; i: number };
const spans = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 12 }) }), { maxLength: 60 })
  .map((xs) => xs.map((x, i): S => ({ start: x.start, end: x.start + x.len, i })));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('span helpers', () => {
  it('dropOverlaps keeps what "longest first, earliest on ties, skip what overlaps a kept span" keeps, in text order', () => {
    fc.assert(
      fc.property(spans, (xs) => {
        const sorted = [...xs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
        const kept: S[] = [];
        for (const s of sorted) if (!kept.some((k) => overlap(s, k))) kept.push(s);
        kept.sort((a, b) => a.start - b.start);
        expect(dropOverlaps(xs).map((s) => s.i)).toEqual(kept.map((s) => s.i));
      }),
      { numRuns: 3000 },
    );
  });

  it('overlapsAny answers as a scan of every span would', () => {
    fc.assert(
      fc.property(spans, spans, (xs, ys) => {
        const hit = overlapsAny(xs);
        for (const y of ys) expect(hit(y)).toBe(xs.some((x) => overlap(x, y)));
      }),
      { numRuns: 3000 },
    );
  });
});
