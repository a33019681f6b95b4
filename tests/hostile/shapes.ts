/**
 * Pathological input shapes for the engine, each a function of a size `n`
 * (repetitions of one unit of text), and a timer that measures how the
 * engine's time grows when the input is 8× larger. Shared by the hostile
 * tests (which assert the ratio) and `npm run bench` (which prints it).
 *
 * The names and numbers are generated, not real people: "Ông Nguyễn Văn
 * Bđan" is as invented as it sounds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../../lib/engine';

/** A distinct, capitalised, given-name-like word for each `i` (0 "Ban", 1 "Can", …). */
export function inventedName(i: number): string {
  const letters = 'bcdghklmnpqstvx';
  let s = '';
  let k = i;
  do {
    s += letters[k % letters.length];
    k = Math.floor(k / letters.length);
  } while (k > 0);
  return `${s[0]?.toUpperCase()}${s.slice(1)}an`;
}

/** One pathological shape: `make(n)` is the text, `base` the size measured against 4 × base. */
export interface Shape {
  name: string;
  make: (n: number) => string;
  base: number;
}

/** The two shapes issue 14 found quadratic: documents × dates and given names × officials. */
export const QUADRATIC_SHAPES: Shape[] = [
  {
    // Every document followed by its own date ("12-NQ/TW ngày 3/4/2012"): each one looks for its date.
    name: 'documents, each with its own date',
    make: (n) => Array.from({ length: n }, (_, i) => `${(i % 9000) + 1}-NQ/TW ngày ${(i % 28) + 1}/${(i % 12) + 1}/${2000 + (i % 25)}, `).join(''),
    base: 2500,
  },
  {
    // Documents and dates apart: no document has a date of its own; every date is checked against the documents.
    name: 'documents and dates apart',
    make: (n) => Array.from({ length: n }, (_, i) => `${i + 1}/QĐ-UBND; ${(i % 28) + 1}/${(i % 12) + 1}/2021. `).join(''),
    base: 2500,
  },
  {
    // Thousands of distinct officials, each named again by given name ("ông Ban"): each given name looks for its official.
    name: 'distinct officials, each named again by given name',
    make: (n) => Array.from({ length: n }, (_, i) => `Ông Nguyễn Văn ${inventedName(i + 1)} phát biểu. Ông ${inventedName(i + 1)} nhấn mạnh. `).join(''),
    base: 2000,
  },
];

/** The shapes of tests/engine/properties.test.ts, as units repeated `n` times. */
export const PROPERTY_SHAPES: Shape[] = [
  { name: "'Nguyễn ' repeated", make: (n) => 'Nguyễn '.repeat(n), base: 15_000 },
  { name: "'Nguyễn Văn, ' repeated", make: (n) => 'Nguyễn Văn, '.repeat(n), base: 9_000 },
  { name: "',' repeated", make: (n) => ','.repeat(n), base: 100_000 },
  { name: "'1/' repeated", make: (n) => '1/'.repeat(n), base: 50_000 },
  { name: "'12-' repeated", make: (n) => '12-'.repeat(n), base: 33_000 },
  { name: "'Quyết định 1, ' repeated", make: (n) => 'Quyết định 1, '.repeat(n), base: 7_000 },
  { name: "'ông ' repeated", make: (n) => 'ông '.repeat(n), base: 25_000 },
  { name: "'Phó Bí thư Tỉnh ủy ' repeated", make: (n) => 'Phó Bí thư Tỉnh ủy '.repeat(n), base: 5_000 },
  { name: "'tháng 1 năm ' repeated", make: (n) => 'tháng 1 năm '.repeat(n), base: 8000 },
  { name: 'digits/digits', make: (n) => `${'9'.repeat(n)}/${'8'.repeat(n)}`, base: 50_000 },
  { name: "'Luật Đất đai và ' repeated", make: (n) => 'Luật Đất đai và '.repeat(n), base: 6_000 },
];

/** Shapes found super-linear outside the two named in issue 14 (reported, not fixed here: see the bench). */
export const OTHER_SHAPES: Shape[] = [
  // One official named again and again by full name: person() checks every earlier mention for a duplicate.
  { name: 'one official named by full name again and again', make: (n) => 'Ông Nguyễn Văn An phát biểu. '.repeat(n), base: 8000 },
  // Day/month dates without a year among years written out: inferYears looks through every year for each date.
  {
    name: 'dates without a year among written years',
    make: (n) => Array.from({ length: n }, (_, i) => `Ngày ${(i % 28) + 1}/${(i % 12) + 1} họp, năm ${2000 + (i % 25)}. `).join(''),
    base: 2500,
  },
];

/** CPU milliseconds this process spent running `fn` (user + system): other processes' load does not count. */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/**
 * Median CPU time of `runs` extractions of `text` (ms). CPU time rather than
 * wall time, because the machine is shared; the median rather than the
 * least, because CPU time also counts the garbage collector's helper
 * threads, which make a run of tens of milliseconds sometimes much shorter
 * than it usually is, and a lucky small run would inflate the ratio.
 */
export function medianExtract(text: string, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Each run starts on a collected heap, so no run pays for the garbage of the one before.
    collect();
    times.push(cpuMs(() => extract(text, { lang: 'vi' })));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

let gc: (() => void) | undefined;
/** A full garbage collection (V8's `gc`, exposed for this process on first use). */
function collect(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * The engine's time on `shape` at base size and at 4 × base, and their
 * ratio; the best of up to `tries` measurements, stopping at the first
 * within `goal` (a quadratic step is ~3× over the goal at these sizes and
 * cannot get under it by luck; a loaded machine can push a linear one over).
 */
export function bestGrowth(shape: Shape, goal: number, tries = 3): ReturnType<typeof growth> {
  let best = growth(shape);
  for (let k = 1; k < tries && best.ratio > goal; k++) {
    const g = growth(shape);
    if (g.ratio < best.ratio) best = g;
  }
  return best;
}

/**
 * How much larger the large input is than the small one. Eight times, so
 * that linear work (8–10×, with sorting and a larger heap; CPU time also
 * counts the garbage collector's helper threads, which is noisy at tens of
 * milliseconds) and a quadratic step (64×) are far apart.
 */
export const GROWTH_FACTOR = 8;

/** The most the time may grow for GROWTH_FACTOR × the input: twice linear, a quarter of quadratic. */
export const GROWTH_LIMIT = 16;

/** The engine's time on `shape` at base size and at GROWTH_FACTOR × base, and their ratio. */
export function growth(shape: Shape, runs = 5): { small: number; large: number; ratio: number; chars: number } {
  const small = shape.make(shape.base);
  const large = shape.make(GROWTH_FACTOR * shape.base);
  // Warm up on both inputs so no timed run pays for the compiler.
  extract(small, { lang: 'vi' });
  extract(large, { lang: 'vi' });
  const a = medianExtract(small, runs);
  const b = medianExtract(large, runs);
  return { small: a, large: b, ratio: b / Math.max(a, 0.01), chars: large.length };
}
