/**
 * Dates and periods in Vietnamese text, normalised to ISO 8601.
 *
 * Works on the engine's normalised text (see lib/engine/text/normalize.ts) and
 * returns spans in that text. Day/month-only dates get their year later, in
 * {@link inferYears}, once the article date or the text's explicit years are known.
 */

import { LETTER, WORD, WORD_END, WORD_START } from '../text/chars';
import { BRANCHES, STEMS } from '../vocab/calendar';
import { dropOverlaps, trimSpanEnd } from '../text/spans';
import { matchAround, matchIn, windowsAround } from '../text/windows';

/** A date found in the text, in normalised coordinates. */
export interface RawDate {
  start: number;
  end: number;
  year: number | null;
  /** 1–12, or 0 for a bare year ("năm 2019"). */
  month: number;
  day: number | null;
  time: string | null;
  /** True when the text itself gave the year. */
  explicitYear: boolean;
  /** Said to be past ("tháng 5 vừa qua"): its year puts it before the article. */
  past?: boolean;
  /** No year to infer: every year's day ("ngày 15/10 hàng năm"), or a lunar date named in another cycle ("25/11 Kỷ Mùi"). */
  yearly?: boolean;
}

/** A period (a span of time rather than a day): half-years, quarters, terms, named years. */
export interface RawPeriod {
  start: number;
  end: number;
  kind: 'months' | 'quarter' | 'term' | 'khoa' | 'year';
  iso: string | null;
}

const E = WORD_START;
const END = WORD_END;
const PART_OF_DAY = '(?:(?:rạng\\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\\s+(?:nay|qua|mai))?\\s+)';
const WEEKDAY = '(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|cn)\\s*,?\\s*)';
const DAY_WORD = '(?:(?:ngày|hôm)\\s+)';
/** A time of day before the date: "14h30", "9h", "lúc 8 giờ 30 phút", "10:15," (on the same line: a dateline's time is not the next line's). */
const TIME_BEFORE = '(?:(?:(?:lúc|vào)\\s+)?(\\d{1,2})\\s?(?:h|g|giờ|:)\\s?(\\d{2})?(?:\\s?phút)?[^\\S\\n]*,?[^\\S\\n]+)';
/** The words that may lead a date ("14h30", "Chiều", "Thứ Hai,", "ngày"), read backwards from the date. */
const PREFIX_BACK = new RegExp(`${WORD_START}${TIME_BEFORE}?${PART_OF_DAY}?${WEEKDAY}?${DAY_WORD}?$`, 'i');

/** The date's leading words: where they start, and the time of day they give ("14h30 ngày 5/6"). */
function prefixOf(text: string, at: number): { start: number; time: string | null } {
  let from = Math.max(0, at - 48);
  // A date's leading words are on its own line: "… | 17:05\nNgày 22/3" is not "17:05 ngày 22/3".
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl >= 0) from += nl + 1;
  const m = PREFIX_BACK.exec(text.slice(from, at));
  if (!m) return { start: at, time: null };
  // A bare number before "ngày" is not a time: "14h" or "14 giờ" is.
  return { start: from + (m.index ?? 0), time: m[1] !== undefined ? timeOf(m[1], m[2] ?? '00') : null };
}
const TIME =
  '(?:\\s*(?:-|,|\\||lúc)?\\s*(\\d{1,2})(?::|h|g)(\\d{2})(?::(\\d{2}))?(?:\\s*(SA|CH|AM|PM|sa|ch|am|pm)' +
  `(?![${LETTER}]))?(?![0-9]))?`;

const MONTH_NAMES: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12,
};
const MONTH_WORD = '(\\d{1,2}|mười\\s+một|mười\\s+hai|mười|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)';

/**
 * 28/06/2012, 28-6-2012, 28.6.2012 (also "21/6 /2010", "15 - 11 - 2017", "24 / 7 / 2017" as typed, and "24-11 năm 1953"), with an optional prefix and time;
 * a dash after it may open the second date of a range ("18/11/1930-18/11/2015").
 */
const DMY = new RegExp(
  `(?:${E}|(?<=[Nn]gày))(\\d{1,2})([/.-]|\\s[-/]\\s)(\\d{1,2})(?:\\2|\\s\\/(?=\\d)|\\/\\s(?=\\d)|\\s-(?=\\d)|\\s+năm\\s+(?=\\d))(\\d{4})(?![0-9]|\\/[${WORD}]|-(?!\\s?\\d{1,2}[/.-]\\d)[${WORD}])${TIME}`,
  'gi',
);
/** "từ năm 1962 đến 1970": the second year of a span of years said with "năm" is a year too. */
const YEAR_TO_YEAR = new RegExp(`${E}từ\\s+năm\\s+\\d{4}\\s+(?:đến|tới)\\s+(?:năm\\s+)?(\\d{4})${END}`, 'gi');
/** ngày 28 tháng 6 năm 2012, 26 Tháng Mười 2018 (time may follow). */
const LONG = new RegExp(
  `${E}(\\d{1,2})\\s+tháng\\s+${MONTH_WORD}(?:\\s*(?:,\\s*)?(?:năm\\s+)?(\\d{4}))?${END}${TIME}`,
  'gi',
);
/** Day/month with a cue: Sáng 13/7, ngày 28/5, (23/7), từ 5/9. */
const DM = new RegExp(
  `${E}(\\d{1,2})([/.-])(\\d{1,2})(?![0-9]|\\s?[/.-]\\s?[0-9]|[.,][0-9])${TIME}`,
  'gi',
);
/** "15/10 hàng năm": a day of every year. */
const YEARLY_AFTER = /^\s*(?:hàng|hằng)\s+năm/i;
const DM_CUE_BEFORE = /(?:\(|(?:từ|đến|tới|vào|trước|sau|lúc|hôm|và|đến ngày|hạn)\s)$/i;
/** Two days of one month: "từ ngày 15 đến 20/7", "các ngày 12, 13/8/2024", "ngày 12 và 13-8", "(27 đến 28/8/2024)", "ngày 27&28/6/2019", "Ngày 16,17 tháng 5 năm 2019". */
const DAY_RANGE = new RegExp(
  `(?:${E}(?:(?:các\\s+)?ngày|từ(?:\\s+ngày)?)\\s+|\\(\\s*)(\\d{1,2})\\s*(?:,|và|đến|tới|-|&)\\s*(?:(?:ngày\\s+)?)(\\d{1,2})(\\s+tháng\\s+|[/.-])(\\d{1,2})(?:(?:\\s+năm\\s+|\\3)(\\d{4}))?(?![0-9]|\\s?[/.-]\\s?[0-9])`,
  'gi',
);
/**
 * Three or more days of one month: "các ngày 14, 15, 16 tháng 4", "ngày 14, 15 và 16/4/2024". Each day is
 * a date of that month; the list's words are bounded (at most six days), so the match stays linear.
 */
const DAY_LIST = new RegExp(
  `${E}(?:các\\s+)?ngày\\s+((?:\\d{1,2}\\s*,\\s*){1,5}\\d{1,2})\\s*(?:,|và)\\s*(\\d{1,2})(?:\\s+tháng\\s+|([/.-]))(\\d{1,2})(?:(?:\\s+năm\\s+|\\3)(\\d{4}))?(?![0-9]|\\s?[/.-]\\s?[0-9])`,
  'gi',
);
/** A month of this year or the last, said relatively: "tháng 5 vừa qua", "tháng Mười tới". */
const MONTH_NEAR = new RegExp(`${E}tháng\\s+${MONTH_WORD}\\s+(vừa\\s+qua|vừa\\s+rồi|trước|qua|này|tới)${END}`, 'gi');
/** tháng 10/2020, tháng 6 năm 2021, tháng Mười 2018. */
const MONTH_YEAR = new RegExp(`${E}tháng\\s+${MONTH_WORD}\\s*(?:/|-|năm|,)?\\s*(\\d{4})${END}`, 'gi');

/** A lunar date's year written by its name ("năm Ất Mùi"): the cycle's stems and branches (vocab/calendar.ts). */
const BRANCH_SPELLINGS: Record<string, string> = { mẹo: 'mão', tị: 'tỵ' };
const CYCLE_NAME = new RegExp(`(?:${STEMS.join('|')})\\s+(?:${BRANCHES.join('|')}|mẹo|tị)`, 'gi');
/** A cyclical year's name right after a day and month ("… năm Ất Mùi"). */
const CYCLE_AFTER = new RegExp(`^\\s*(?:[/,–-]\\s*)?(?:năm\\s+)?(?:${STEMS.join('|')})\\s`, 'i');
/**
 * A lunar day (or two) and month with the year's cyclical name, and the year in figures when written:
 * "14 tháng 7 Ất Mùi", "15 và 16 tháng 8 năm Ất Mùi", "10/ 7 Kỷ Hợi", "15/10/Kỷ Hợi – năm 2019", "18/5 Kỷ Mão 1939".
 */
const LUNAR = new RegExp(
  `${E}(?:(\\d{1,2})\\s*(?:,|và|&)\\s*)?(\\d{1,2})(?:\\s+tháng\\s+${MONTH_WORD}|\\s*[/-]\\s*(\\d{1,2}))\\s*(?:[/,–-]\\s*)?(?:năm\\s+)?` +
    `(${STEMS.join('|')})\\s+(${BRANCHES.join('|')}|mẹo|tị)${END}(?:\\s*[(,–-]?\\s*(?:năm\\s+)?(\\d{4})${END})?`,
  'gi',
);

/** The year within one of `ref` whose cyclical name is stem + branch, or null (a date of another cycle). */
function cycleYear(stem: string, branch: string, ref: number): number | null {
  const si = STEMS.indexOf(stem.toLowerCase());
  const b = branch.toLowerCase();
  const bi = BRANCHES.indexOf(BRANCH_SPELLINGS[b] ?? b);
  for (const y of [ref, ref - 1, ref + 1]) if ((((y - 4) % 10) + 10) % 10 === si && (((y - 4) % 12) + 12) % 12 === bi) return y;
  return null;
}

/** Cheap triggers: a digit next to a date separator, the word "tháng". */
const DIGIT_SEP = /(?<!\d)\d{1,2}(?:[/.-]| [-/] )\d{1,2}(?!\d)/g;
const THANG = /[Tt]háng|THÁNG/g;

/** Separators a date match may end with, trimmed off its span. */
const DATE_TRAIL = /[\s,|-]/;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const PERIOD_MONTHS = new RegExp(
  `${E}(\\d{1,2}|ba|sáu|chín)\\s+tháng\\s+(đầu|cuối|của)\\s+năm(?:\\s+(\\d{4}))?${END}`,
  'gi',
);
const PERIOD_QUARTER = new RegExp(`${E}qu[ýí]\\s+(I{1,3}|IV|[1-4])\\s*(?:/|-|năm|,)?\\s*(\\d{4})${END}`, 'gi');
const PERIOD_TERM = new RegExp(
  `${E}(?:nhiệm\\s+kỳ|giai\\s+đoạn|thời\\s+kỳ|năm\\s+học|niên\\s+khóa|niên\\s+khoá)\\s+\\(?(\\d{4})\\s*-\\s*(\\d{4})${END}\\)?`,
  'gi',
);
const PERIOD_KHOA = new RegExp(`${E}(?:[Kk]hóa|[Kk]hoá|KHÓA)\\s+([IVXL]+)(?![${WORD}])`, 'g');
const PERIOD_YEAR = new RegExp(`${E}(?:đầu|cuối|giữa)\\s+năm\\s+(\\d{4})${END}`, 'gi');
/** A bare year right after "năm": "trong năm 2019", "Năm 2024, …", "Hiến pháp năm 2013". */
const YEAR_ONLY = new RegExp(`${E}năm\\s+(\\d{4})${END}(?!\\s*-\\s*\\d)`, 'gi');

function validDay(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
function validYear(y: number): boolean {
  // From 1800: "19/5/1890", President Hồ Chí Minh's birthday, is cited every May.
  return y >= 1800 && y <= 2100;
}
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const n = Number(w);
  if (Number.isInteger(n) && n > 0) return n;
  return MONTH_NAMES[w] ?? 0;
}
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function timeOf(h?: string, mi?: string, s?: string, ampm?: string): string | null {
  if (h === undefined || mi === undefined) return null;
  let hour = Number(h);
  const min = Number(mi);
  if (hour > 23 || min > 59) return null;
  const mer = ampm?.toUpperCase();
  if ((mer === 'CH' || mer === 'PM') && hour < 12) hour += 12;
  if ((mer === 'SA' || mer === 'AM') && hour === 12) hour = 0;
  return `${pad(hour)}:${pad(min)}${s !== undefined ? `:${s}` : ''}`;
}

/** A date read from the text's span [start, end): its year is explicit when the text gave one. */
function raw(start: number, end: number, year: number | null, month: number, day: number | null, time: string | null = null): RawDate {
  return { start, end, year, month, day, time, explicitYear: year !== null };
}

/** Find every date in `text` (normalised). Years of day/month dates are left null. */
export function findDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  const digitWindows = windowsAround(text, DIGIT_SEP, 40, 60);
  const monthWindows = windowsAround(text, THANG, 40, 60);
  for (const m of matchIn(text, digitWindows, DMY)) {
    if (m.index === undefined) continue;
    let d = Number(m[1]);
    let mo = Number(m[3]);
    const y = Number(m[4]);
    // "8/27/2014 2:50:29 PM": a US-style timestamp that cannot be read day first is month first.
    if (mo > 12 && d <= 12 && m[2] === '/' && validDay(mo, d)) [d, mo] = [mo, d];
    if (!validDay(d, mo) || !validYear(y)) continue;
    const pre = prefixOf(text, m.index);
    const time = timeOf(m[5], m[6], m[7], m[8]) ?? pre.time;
    out.push(raw(pre.start, trimSpanEnd(text, m.index, m.index + m[0].length, DATE_TRAIL), y, mo, d, time));
  }
  for (const m of matchIn(text, monthWindows, LONG)) {
    if (m.index === undefined) continue;
    const d = Number(m[1]);
    const mo = monthOf(m[2] ?? '');
    const y = m[3] ? Number(m[3]) : null;
    if (!validDay(d, mo) || (y !== null && !validYear(y))) continue;
    const pre = prefixOf(text, m.index);
    const start = pre.start;
    const prefix = text.slice(start, m.index);
    if (y === null && !/ngày|hôm|sáng|trưa|chiều|tối|đêm|thứ/i.test(prefix)) continue;
    if (y === null && !/^\d/.test(m[2] ?? '') && !/ngày/i.test(prefix)) continue;
    const time = timeOf(m[4], m[5], m[6], m[7]) ?? pre.time;
    out.push(raw(start, trimSpanEnd(text, m.index, m.index + m[0].length, DATE_TRAIL), y, mo, d, time));
  }
  for (const m of matchIn(text, digitWindows, DM)) {
    if (m.index === undefined) continue;
    const d = Number(m[1]);
    const mo = Number(m[3]);
    if (!validDay(d, mo)) continue;
    const pre = prefixOf(text, m.index);
    const start = pre.start;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (start === m.index && !DM_CUE_BEFORE.test(before)) continue;
    const time = timeOf(m[4], m[5], m[6], m[7]) ?? pre.time;
    const end = trimSpanEnd(text, m.index, m.index + m[0].length, DATE_TRAIL);
    const yearly = YEARLY_AFTER.test(text.slice(end, end + 12));
    out.push({ ...raw(start, end, null, mo, d, time), ...(yearly ? { yearly } : {}) });
  }
  // "từ ngày 15 đến 20/7", "các ngày 12, 13/8": the first day takes the second's month (and year).
  const rangesAt = new Set<number>();
  for (const m of [...matchIn(text, digitWindows, DAY_RANGE), ...matchIn(text, monthWindows, DAY_RANGE)]) {
    if (m.index === undefined || rangesAt.has(m.index)) continue;
    rangesAt.add(m.index);
    // ("15 và 16 tháng 8 năm Ất Mùi" is lunar: read below, by its cycle.)
    if (CYCLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const d1 = Number(m[1]);
    const d2 = Number(m[2]);
    const mo = Number(m[4]);
    const y = m[5] ? Number(m[5]) : null;
    if (!validDay(d1, mo) || !validDay(d2, mo) || d1 >= d2 || (y !== null && !validYear(y))) continue;
    const firstAt = m.index + m[0].search(/\d/);
    const secondAt = m.index + m[0].lastIndexOf(`${m[2]}${m[3]}${m[4]}`);
    const pre = prefixOf(text, firstAt);
    out.push(raw(pre.start, firstAt + (m[1] ?? '').length, y, mo, d1, pre.time));
    out.push(raw(secondAt, m.index + m[0].length, y, mo, d2));
  }
  // "các ngày 14, 15, 16 tháng 4": every day of the list, in the last day's month (and year).
  // (A list near both "tháng" and a d/m date is in both sets of windows: read once.)
  const listsAt = new Set<number>();
  for (const m of [...matchIn(text, monthWindows, DAY_LIST), ...matchIn(text, digitWindows, DAY_LIST)]) {
    const at0 = m.index;
    if (at0 === undefined || listsAt.has(at0)) continue;
    listsAt.add(at0);
    const mo = Number(m[4]);
    const y = m[5] ? Number(m[5]) : null;
    if (mo < 1 || mo > 12 || (y !== null && !validYear(y))) continue;
    const days = [...(m[1] ?? '').matchAll(/\d{1,2}/g)].map((d) => ({ day: Number(d[0]), at: at0 + m[0].indexOf(m[1] ?? '') + (d.index ?? 0) }));
    const last = Number(m[2]);
    if (!days.every((d) => validDay(d.day, mo)) || !validDay(last, mo)) continue;
    for (const d of days) out.push(raw(d.at, d.at + String(d.day).length, y, mo, d.day));
    const lastAt = at0 + m[0].lastIndexOf(m[2] ?? '', m[0].length - (m[4] ?? '').length - 1);
    out.push(raw(lastAt, at0 + m[0].length, y, mo, last));
  }
  for (const m of matchIn(text, monthWindows, MONTH_YEAR)) {
    if (m.index === undefined) continue;
    const mo = monthOf(m[1] ?? '');
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || !validYear(y)) continue;
    out.push(raw(m.index, m.index + m[0].length, y, mo, null));
  }
  for (const m of matchIn(text, monthWindows, MONTH_NEAR)) {
    if (m.index === undefined) continue;
    const mo = monthOf(m[1] ?? '');
    if (mo < 1 || mo > 12) continue;
    const past = !/này|tới/i.test(m[2] ?? '');
    out.push({ ...raw(m.index, m.index + m[0].length, null, mo, null), past });
  }
  for (const m of matchIn(text, windowsAround(text, /[Tt]ừ năm \d{4}/g, 0, 40), YEAR_TO_YEAR)) {
    if (m.index === undefined) continue;
    const y = Number(m[1]);
    if (!validYear(y)) continue;
    const at = m.index + m[0].length - 4;
    out.push(raw(at, at + 4, y, 0, null));
  }
  for (const m of matchIn(text, windowsAround(text, /[Nn]ăm \d{4}|NĂM \d{4}/g, 0, 12), YEAR_ONLY)) {
    if (m.index === undefined) continue;
    const y = Number(m[1]);
    if (!validYear(y)) continue;
    out.push(raw(m.index, m.index + m[0].length, y, 0, null));
  }
  // Lunar dates by the year's name: dated with the text's own year when the name is that year's (or one either side).
  let ref = 0;
  for (const d of out) if (d.explicitYear && d.year !== null && d.year > ref) ref = d.year;
  for (const m of matchIn(text, windowsAround(text, CYCLE_NAME, 48, 20), LUNAR)) {
    if (m.index === undefined) continue;
    const mo = m[3] ? monthOf(m[3]) : Number(m[4]);
    const written = m[7] ? Number(m[7]) : null;
    const y = written ?? (ref > 0 ? cycleYear(m[5] ?? '', m[6] ?? '', ref) : null);
    const days = [m[1], m[2]].filter((d): d is string => d !== undefined).map(Number);
    if (mo < 1 || mo > 12 || !days.every((d) => validDay(d, mo)) || (y !== null && !validYear(y))) continue;
    const secondAt = m.index + (m[1] ? m[0].indexOf(m[2] ?? '', m[0].search(/[,&]|và/i)) : 0);
    // (A name of another cycle — "25/11 Kỷ Mùi", a founder's birth — leaves the year unknown: it is not inferred either.)
    const other = y === null ? { yearly: true } : {};
    if (m[1]) out.push({ ...raw(m.index, m.index + m[1].length, y, mo, Number(m[1])), ...other });
    out.push({ ...raw(secondAt, m.index + m[0].length, y, mo, Number(m[2])), ...other });
  }
  return dropOverlaps(out);
}

/** Find periods: "6 tháng đầu năm 2021", "quý III/2021", "nhiệm kỳ 2020 - 2025", "khóa X", "đầu năm 2020". */
export function findPeriods(text: string): RawPeriod[] {
  const out: RawPeriod[] = [];
  for (const m of matchAround(text, THANG, PERIOD_MONTHS, 12, 30)) {
    if (m.index === undefined) continue;
    const words: Record<string, number> = { ba: 3, sáu: 6, chín: 9 };
    const n = Number(m[1]) || words[(m[1] ?? '').toLowerCase()] || 0;
    // "9 tháng của năm 2022" counts from the year's start, like "9 tháng đầu năm".
    const first = /^(?:đầu|của)$/i.test(m[2] ?? '');
    const y = m[3];
    let iso: string | null = null;
    if (y && n >= 1 && n <= 12) iso = first ? `${y}-01/${y}-${pad(n)}` : `${y}-${pad(13 - n)}/${y}-12`;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'months', iso });
  }
  // "quí" is an old spelling of "quý".
  for (const m of matchAround(text, /[Qq]u[ýí]/g, PERIOD_QUARTER, 2, 20)) {
    if (m.index === undefined) continue;
    const q = ROMAN[m[1] ?? ''] ?? Number(m[1]);
    const y = m[2];
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'quarter', iso: `${y}-${pad(q * 3 - 2)}/${y}-${pad(q * 3)}` });
  }
  for (const m of matchAround(text, /\d{4}\s*-\s*\d{4}/g, PERIOD_TERM, 20, 4)) {
    if (m.index === undefined) continue;
    let end = m.index + m[0].length;
    if (text[end - 1] === ')' && !m[0].includes('(')) end--;
    out.push({ start: m.index, end, kind: 'term', iso: `${m[1]}/${m[2]}` });
  }
  for (const m of matchAround(text, /[Kk]h[oó][aá]|KH[OÓ][AÁ]/g, PERIOD_KHOA, 2, 12)) {
    if (m.index === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'khoa', iso: null });
  }
  for (const m of matchAround(text, /[Nn]ăm \d{4}/g, PERIOD_YEAR, 10, 4)) {
    if (m.index === undefined) continue;
    const y = Number(m[1]);
    if (!validYear(y)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'year', iso: String(y) });
  }
  return dropOverlaps(out);
}

/**
 * ISO 8601 form of a date: 2012-06-28, 2020-10, 2019, --07-13 when the year is
 * unknown; with `withTime`, a time of day the text gave is added (2024-12-02T15:40).
 */
export function isoOf(d: { year: number | null; month: number; day: number | null; time: string | null }, withTime = false): string {
  if (d.month === 0) return String(d.year);
  const md = d.day === null ? pad(d.month) : `${pad(d.month)}-${pad(d.day)}`;
  const date = d.year === null ? `--${md}` : `${d.year}-${md}`;
  return withTime && d.time && d.year !== null && d.day !== null ? `${date}T${d.time}` : date;
}

/** A year the text writes out, at offset `at`; `span` when it opens a range of years ("nhiệm kỳ 2021 - 2026"). */
/**
 * A page-header date on the text's first line ("Friday, 09/20/2024") is when the page was shown, not
 * necessarily when the report's events happened: where the text's own report period (a half-year, a quarter)
 * names other years, the header's year does not date the bare days of the report. `years` without it.
 */
export function withoutRenderDate(years: YearMention[], text: string, periods: readonly { kind: string; iso: string | null }[]): YearMention[] {
  const reported = new Set(periods.filter((p) => (p.kind === 'months' || p.kind === 'quarter') && p.iso).map((p) => Number(p.iso?.slice(0, 4))));
  if (reported.size === 0) return years;
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const lineEnd = text.indexOf('\n', lead);
  const firstLine = lineEnd < 0 ? text.length : lineEnd;
  // Only a short header line: a headline or a sentence is the text itself.
  if (firstLine - lead > 40) return years;
  const header = years.filter((y) => y.at >= lead && y.at < firstLine);
  if (header.length === 0 || header.some((y) => reported.has(y.year))) return years;
  return years.filter((y) => !header.includes(y));
}

export interface YearMention {
  at: number;
  year: number;
  span?: boolean;
}

/** Year mentions in text order, looked up by binary search: a date costs a logarithm, not a scan of every year. */
class YearIndex {
  private readonly plain: YearMention[];
  private readonly all: YearMention[];

  constructor(mentions: readonly YearMention[]) {
    this.all = [...mentions].sort((a, b) => a.at - b.at);
    this.plain = this.all.filter((y) => !y.span);
  }

  /** The last mention before `at` (spans of years only with `spans`), or null. */
  before(at: number, spans: boolean): YearMention | null {
    const list = spans ? this.all : this.plain;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as YearMention).at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (list[lo - 1] as YearMention) : null;
  }

  /** The first mention in the text (spans only with `spans`), or null. */
  first(spans: boolean): YearMention | null {
    return (spans ? this.all : this.plain)[0] ?? null;
  }
}

/** A year written earlier in the same sentence as `at` ("6 tháng đầu năm 2024, từ ngày 1/1 …"), or null. */
function sentenceYear(text: string, at: number, years: YearIndex): number | null {
  const best = years.before(at, false);
  if (!best || at - best.at > 200) return null;
  // Same sentence: no full stop, question mark, semicolon or line break between the year and the date.
  return /[.!?;]\s|\n/.test(text.slice(best.at, at)) ? null : best.year;
}

/** The nearest year mention before `at`, else the first after it; spans of years only with `spans`. */
function nearestYear(years: YearIndex, at: number, spans: boolean): YearMention | null {
  return years.before(at, spans) ?? years.first(spans);
}

/**
 * Give day/month dates a year: a year written earlier in the same sentence
 * when it is within a year of the article's; else from `articleDate` (the year
 * that puts the date nearest the article), else from the nearest explicit
 * year in the text. `text` is the text the offsets point into.
 */
export function inferYears(dates: RawDate[], yearMentions: YearMention[], articleDate: string | null, text = ''): void {
  const art = articleDate ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(articleDate) : null;
  const years = new YearIndex(yearMentions);
  let latest = 0;
  for (const y of yearMentions) latest = Math.max(latest, y.year);
  for (const d of dates) if (d.explicitYear) latest = Math.max(latest, d.year ?? 0);
  const sameDay = new Map<string, Set<number>>();
  for (const d of dates) if (d.day !== null && d.year !== null && d.explicitYear) sameDay.set(`${d.day}/${d.month}`, (sameDay.get(`${d.day}/${d.month}`) ?? new Set()).add(d.year));
  for (const d of dates) {
    if (d.year !== null || d.yearly) continue;
    // "Sáng 12/10, … diễn ra trong hai ngày 11, 12/10/2023": the same day written in full elsewhere gives its year.
    const full = sameDay.get(`${d.day}/${d.month}`);
    // (Not an anniversary's founding day: "3/2/1930 … Sáng 3/2, lễ kỷ niệm" is this year's 3/2.)
    if (d.day !== null && full?.size === 1 && ([...full][0] ?? 0) >= latest - 5) {
      d.year = [...full][0] ?? null;
      continue;
    }
    if (art) {
      const ay = Number(art[1]);
      // "tháng 8 vừa qua", "tháng Mười tới" count from the article, whatever year the sentence names.
      const said = text && d.past === undefined ? sentenceYear(text, d.start, years) : null;
      if (said !== null && Math.abs(said - ay) <= 1) {
        d.year = said;
        continue;
      }
      const artTime = Date.UTC(ay, Number(art[2]) - 1, Number(art[3] ?? 1));
      let best = ay;
      let bestGap = Number.POSITIVE_INFINITY;
      for (const y of [ay, ay - 1, ay + 1]) {
        const at = Date.UTC(y, d.month - 1, d.day ?? 1);
        if (d.past && at > artTime) continue;
        const gap = Math.abs(at - artTime);
        // Prefer the article's own year unless another is much nearer (half a year).
        const biased = y === ay ? gap - 183 * 86400000 : gap;
        if (biased < bestGap) {
          bestGap = biased;
          best = y;
        }
      }
      d.year = best;
      continue;
    }
    // The nearest explicit year before the date (the event being told), else the nearest after; a year
    // that opens a span ("nhiệm kỳ 2012-2017", "(7/11/1981 - 7/11/2021)") only when there is no other.
    const nearest = nearestYear(years, d.start, false) ?? nearestYear(years, d.start, true);
    if (nearest) d.year = nearest.year;
  }
}
