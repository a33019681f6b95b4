/**
 * The report's period: the half-years, quarters and years Ban Dân vận reports
 * are written for (báo cáo sơ kết 6 tháng, tổng kết năm, quý), or any range
 * of days, and which clips fall in it by their published date.
 */
import type { Clip } from '../library/types';

/** How the period was chosen. */
export type PeriodKind = 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4' | 'year' | 'range';

/** A period: its kind, and its first and last day (ISO `YYYY-MM-DD`, both inclusive). */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of month `m` (1–12) of year `y`. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (kind: PeriodKind, y: number, first: number, last: number): Period => ({ kind, from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDay(y, last))}` });

/** The named period `kind` of year `year` (not `range`). */
export function namedPeriod(kind: Exclude<PeriodKind, 'range'>, year: number): Period {
  switch (kind) {
    case 'h1':
      return span(kind, year, 1, 6);
    case 'h2':
      return span(kind, year, 7, 12);
    case 'year':
      return span(kind, year, 1, 12);
    default: {
      const q = Number(kind[1]);
      return span(kind, year, q * 3 - 2, q * 3);
    }
  }
}

/** Any range of days; the two ends are put in order. Null when either is not a date. */
export function rangePeriod(a: string, b: string): Period | null {
  const ok = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  if (!ok(a) || !ok(b)) return null;
  return a <= b ? { kind: 'range', from: a, to: b } : { kind: 'range', from: b, to: a };
}

/**
 * The half-year just ended on `today` (`YYYY-MM-DD`): the first half of this
 * year from July on, the second half of last year before. The report is
 * written after the period it covers.
 */
export function defaultPeriod(today: string): Period {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m >= 7 ? namedPeriod('h1', y) : namedPeriod('h2', y - 1);
}

/** The year a named period belongs to (the year of its first day). */
export const periodYear = (p: Period): number => Number(p.from.slice(0, 4));

/** The day a clip was published (`YYYY-MM-DD`, as the page wrote it, its own time zone), or null. */
export function publishedDay(clip: Pick<Clip, 'published'>): string | null {
  const d = clip.published?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Whether the ISO day `day` is in `p` (first and last day included). */
export const inPeriod = (day: string, p: Period): boolean => day >= p.from && day <= p.to;

/**
 * The clips published in `p`, and apart the clips without a published date
 * (the report lists them so nothing the reader clipped is silently dropped).
 * Clips published outside the period are left out. Order is kept.
 */
export function splitByPeriod<T extends Pick<Clip, 'published'>>(clips: T[], p: Period): { inside: T[]; undated: T[] } {
  const inside: T[] = [];
  const undated: T[] = [];
  for (const c of clips) {
    const day = publishedDay(c);
    if (day === null) undated.push(c);
    else if (inPeriod(day, p)) inside.push(c);
  }
  return { inside, undated };
}
