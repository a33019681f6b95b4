/**
 * Dates and periods in English text: "July 13, 2024", "13 July 2024", "the
 * 3rd of June in 2013", "the fifteenth of October", "July 2024", numeric
 * "13/7/2024" (day first, as Vietnamese outlets write it, unless the first
 * number cannot be a month's day order: "04/17/2014"); periods "the
 * 2025–2030 term", "term 2024-2029", "12th-tenure", "the first six months of
 * 2023". English bare years ("in 2016") are not dates.
 */
import type { RawDate, RawPeriod } from '../extract/dates';
import { dropOverlaps } from '../text/spans';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
  'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
];
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?|${ORDINALS.join('|')})`;
const YEAR_AFTER = '(?:,?\\s+(?:in\\s+)?(\\d{4}))?';
const MDY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR_AFTER}\\b`, 'gi');
const DMY = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MON}${YEAR_AFTER}\\b`, 'gi');
/** "March, 16 2018": the comma after the month. */
const M_COMMA_DY = new RegExp(`\\b${MON},\\s*(\\d{1,2})\\s+(\\d{4})\\b`, 'gi');
/** "2009 October 29, 09:33": a cable's or a log's header, year first. */
const YMD = new RegExp(`\\b(\\d{4})\\s+${MON}\\s+(\\d{1,2})\\b(?![:.]\\d)`, 'gi');
/** "July 2024", "March of 1955". */
const MY = new RegExp(`\\b${MON}\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');
/** "17/01/2020", "17-01-2020", and with spaces round the dashes as page headers write it: "29 - 07 - 2020". */
const NUMERIC = /\b(\d{1,2})(\/|\.|-| - )(\d{1,2})\2(\d{4})\b/g;
/** Two days of one month: "November 16-18, 1983", "June 3 – 5", "from October 16 to 18". */
const MDY_RANGE = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:\\s*[-–]\\s*|\\s+to\\s+)(\\d{1,2})${YEAR_AFTER}\\b`, 'gi');
/**
 * Two days of one month joined by "and": "November 19 and 20" (the second day bare), "19 and 20 November" (the
 * first bare). Only where the list closes (punctuation, a line's end, "in"/"at"), so "May 12 and 13 delegates" is
 * no date.
 */
const LIST_END = '(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at)\\b)';
const MD_AND_D = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|&)\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR_AFTER}${LIST_END}`, 'gim');
/** "27 and 28 February", "from 27 to 28 February", "3 - 5 March": the first day, in the second's month. */
const D_AND_DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|&|to|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}`, 'gi');
/** As official translations write it: "day 15 month 05 year 1998". */
const DAY_MONTH_YEAR_WORDS = /\bday\s+(\d{1,2})\s+month\s+(\d{1,2})\s+year\s+(\d{4})\b/gi;

const TERM_AFTER = /\b(\d{4})\s*[-–]\s*(\d{4})\s+(?:term|tenure|period)\b/gi;
const TERM_BEFORE = /\b(?:term|tenure)\s+(?:of\s+)?(\d{4})\s*[-–]\s*(\d{4})\b/gi;
const TENURE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINALS.slice(0, 20).join('|')})[-\\s]tenure\\b|\\bterm\\s+[IVXL]+\\b`, 'gi');
const MONTHS_PERIOD = /\b(first|last|second)\s+(three|six|nine|3|6|9)\s+months(?:\s+of\s+(?:(\d{4})|the\s+year|this\s+year))?/gi;
const QUARTER = /\b(first|second|third|fourth|last)\s+quarter(?:\s+of\s+(\d{4}))?/gi;

function monthOf(s: string): number {
  const k = s.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3))) + 1;
}

function dayOf(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? ORDINALS.indexOf(s.toLowerCase()) + 1 : n;
}

/** English dates in `text`, in its offsets; years of month-day dates are left null. */
export function findEnglishDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  const push = (start: number, end: number, year: number | null, month: number, day: number | null) =>
    out.push({ start, end, year, month, day, time: null, explicitYear: year !== null });
  for (const m of text.matchAll(MDY_RANGE)) {
    const month = monthOf(m[1] ?? '');
    const year = m[4] ? Number(m[4]) : null;
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    if (d1 >= d2) continue;
    // The first day with its month ("November 16"), the second with the year ("18, 1983").
    const second = m.index + m[0].lastIndexOf(m[3] ?? '', m[0].length - (m[4] ?? '').length - 1);
    const firstEnd = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length) + (m[2] ?? '').length;
    push(m.index, firstEnd, year, month, d1);
    push(second, m.index + m[0].length, year, month, d2);
  }
  for (const m of text.matchAll(MD_AND_D)) {
    const year = m[4] ? Number(m[4]) : null;
    const month = monthOf(m[1] ?? '');
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    if (d1 >= d2) continue;
    const firstEnd = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length) + (m[2] ?? '').length;
    const second = m.index + m[0].indexOf(m[3] ?? '', firstEnd - m.index + 1);
    push(m.index, firstEnd, year, month, d1);
    push(second, m.index + m[0].length, year, month, d2);
  }
  for (const m of text.matchAll(D_AND_DM)) push(m.index, m.index + (m[1] ?? '').length, null, monthOf(m[2] ?? ''), Number(m[1]));
  for (const m of text.matchAll(M_COMMA_DY)) push(m.index, m.index + m[0].length, Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  for (const m of text.matchAll(MDY)) push(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, monthOf(m[1] ?? ''), Number(m[2]));
  for (const m of text.matchAll(DMY)) push(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, monthOf(m[2] ?? ''), dayOf(m[1] ?? ''));
  for (const m of text.matchAll(YMD)) push(m.index, m.index + m[0].length, Number(m[1]), monthOf(m[2] ?? ''), Number(m[3]));
  for (const m of text.matchAll(MY)) push(m.index, m.index + m[0].length, Number(m[2]), monthOf(m[1] ?? ''), null);
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Day first, unless the second number cannot be a month: "04/17/2014" is 17 April.
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    push(m.index, m.index + m[0].length, Number(m[4]), month, day);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_WORDS)) push(m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  return dropOverlaps(out.filter((d) => d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= 31))));
}

/** Periods in English text: terms, tenures, half-years and quarters. */
export function findEnglishPeriods(text: string): RawPeriod[] {
  const out: RawPeriod[] = [];
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  for (const re of [TERM_AFTER, TERM_BEFORE]) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'term', iso: `${m[1]}/${m[2]}` });
  }
  for (const m of text.matchAll(TENURE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'khoa', iso: null });
  for (const m of text.matchAll(MONTHS_PERIOD)) {
    const n = Number(m[2]) || { three: 3, six: 6, nine: 9 }[(m[2] ?? '').toLowerCase() as 'three' | 'six' | 'nine'];
    const y = m[3];
    const first = (m[1] ?? '').toLowerCase() === 'first';
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'months', iso: y ? (first ? `${y}-01/${y}-${pad(n)}` : `${y}-${pad(13 - n)}/${y}-12`) : null });
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase()) + 1 || 4;
    const y = m[2];
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'quarter', iso: y ? `${y}-${pad(q * 3 - 2)}/${y}-${pad(q * 3)}` : null });
  }
  return dropOverlaps(out);
}
