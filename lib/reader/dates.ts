/**
 * Dates as pages write them, read as ISO 8601 or not at all: what the
 * reader reports (a clip's `published`, the CLI's `article.published`) is
 * always `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`, or null,
 * never the page's raw string.
 *
 * Read here: ISO 8601 and its near forms ("2025-11-25 08:33:24",
 * "+0700"), numeric dates in the Vietnamese and European order
 * ("21/06/2024 10:15", "21-6-24") and the US one ("1/21/2022 8:12:40 AM",
 * what ASP.NET writes into `<meta>`), with or without seconds, AM/PM
 * ("SA"/"CH" in Vietnamese) and a zone ("GMT+7", "UTC", "Z"); English
 * dates written out ("Feb 08, 2022") and Vietnamese ones ("ngày 21 tháng 6
 * năm 2024", through the engine's date finder). A time without a zone on a
 * Vietnamese page is Vietnam's time (+07:00); elsewhere it stays local
 * (no offset), which ISO 8601 allows.
 */
import { findDates, isoOf } from '../engine/extract/dates';
import { normalizeText } from '../engine/text/normalize';

/** What is known about where a date was written. */
export interface DateContext {
  /** The page is Vietnamese: a time without a zone is +07:00. */
  vietnamese?: boolean;
  /** The page writes the month first (US English): "12/11/25" is 11 December. */
  monthFirst?: boolean;
}

const p2 = (n: number) => String(n).padStart(2, '0');
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day between 1990 and 2100 (31 February, month 13 and a 1890 are not). */
function validDay(y: number, mo: number, d: number): boolean {
  if (!(y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1)) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && !leap ? 28 : (DAYS[mo - 1] ?? 0));
}

/** "21" → 2021, "95" → 1995; four digits as they are. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** A zone as ISO writes it: "Z", "+07:00"; null when `tz` does not read as one. */
function zoneOf(tz: string | undefined): string | null {
  if (!tz) return null;
  const t = tz.replace(/[()\s]/g, '').toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT' || t === 'UTC+0' || t === 'GMT+0' || t === 'UTC+00:00' || t === 'GMT+00:00') return 'Z';
  if (t === 'ICT') return '+07:00';
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  if (h > 14 || mi > 59) return null;
  return h === 0 && mi === 0 ? 'Z' : `${m[1]}${p2(h)}:${p2(mi)}`;
}

/** Hours on the 24-hour clock from a 12-hour one ("8", "PM" → 20); null when the pair is impossible. */
function hour24(h: number, ampm: string | undefined): number | null {
  if (!ampm) return h < 24 ? h : null;
  if (h < 1 || h > 12) return null;
  const pm = /^(?:p|ch)/i.test(ampm);
  return (h % 12) + (pm ? 12 : 0);
}

/** The ISO string of a day and an optional time; null when any part is out of range. */
function compose(
  y: number,
  mo: number,
  d: number,
  time: { h: number; mi: number; s?: number; frac?: string; zone?: string | null } | null,
  ctx: DateContext,
): string | null {
  if (!validDay(y, mo, d)) return null;
  const date = `${y}-${p2(mo)}-${p2(d)}`;
  if (!time) return date;
  const s = time.s ?? 0;
  if (time.h > 23 || time.mi > 59 || s > 59) return date;
  const frac = time.frac ? `.${time.frac.slice(0, 3).padEnd(3, '0')}` : '';
  const zone = time.zone ?? (ctx.vietnamese ? '+07:00' : '');
  return `${date}T${p2(time.h)}:${p2(time.mi)}:${p2(s)}${frac}${zone}`;
}

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s{1,3})(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s{0,2}(Z|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?)?(?![\d:])/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 and its near forms at the start of `s` ("2025-11-25 08:33:24", "2024-06-21T10:15:00+0700", "20240621"). */
function isoLike(s: string, ctx: DateContext): string | null {
  const m = ISO_LIKE.exec(s) ?? COMPACT.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, tz] = m;
  const zone = tz ? zoneOf(tz) : null;
  if (tz && !zone) return compose(Number(y), Number(mo), Number(d), null, ctx);
  const time = h !== undefined && mi !== undefined ? { h: Number(h), mi: Number(mi), s: sec ? Number(sec) : 0, frac, zone } : null;
  return compose(Number(y), Number(mo), Number(d), time, ctx);
}

// The parts of a numeric date and of a time beside it. Every quantifier is bounded: no backtracking blow-up.
// One separator throughout; a two-digit year only after slashes ("21/06/24", not a version number "1.2.25").
const DMY = '(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|(?<=/\\d{1,2}/)\\d{2})(?!\\d|[/.-]\\d)';
const CLOCK = '(?<h>\\d{1,2})(?:[:h]|\\s?giờ\\s?)(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?:\\s{0,2}(?<ampm>AM|PM|a\\.m\\.|p\\.m\\.|SA|CH)(?!\\p{L}))?';
const ZONE =
  '(?:\\s{0,2}\\(?\\s{0,2}(?<tz>(?:GMT|UTC)\\s{0,2}[+-]\\s{0,2}\\d{1,2}(?::?\\d{2})?|(?:GMT|UTC|ICT)(?!\\p{L})|[+-]\\d{2}:?\\d{2}|Z(?!\\p{L}))\\)?)?';
const DATE_THEN_TIME = new RegExp(`(?<!\\d)${DMY}(?:\\s{0,3}(?:[-,|T–]\\s{0,3})?(?:lúc\\s{1,2}|at\\s{1,2})?${CLOCK}${ZONE})?`, 'iu');
const TIME_THEN_DATE = new RegExp(`(?<!\\d)${CLOCK}${ZONE}\\s{0,3}(?:[-,|–]\\s{0,3})?(?:(?:ngày|on)\\s{1,2})?${DMY}`, 'iu');

/**
 * A numeric date (and the time beside it): "Thứ Sáu, 21/6/2024 - 10:15",
 * "Cập nhật lúc 16:45 10/10/2025", "1/21/2022 8:12:40 AM", "21.06.2024".
 * Day first unless only month first makes sense, or a 12-hour clock says the
 * US wrote it (.NET's en-US form in metadata).
 */
export function parseNumericDate(text: string, ctx: DateContext = {}): string | null {
  const s = text.slice(0, 300);
  const a = DATE_THEN_TIME.exec(s);
  const b = TIME_THEN_DATE.exec(s);
  const g = (b && (!a || b.index < a.index) ? b : a)?.groups;
  if (!g) return null;
  const x = Number(g.a);
  const z = Number(g.b);
  const usClock = !!g.ampm && /^(?:a|p)/i.test(g.ampm);
  const monthFirst = (x <= 12 && z > 12) || ((usClock || !!ctx.monthFirst) && x <= 12 && z <= 12);
  const [d, mo] = monthFirst ? [z, x] : [x, z];
  let time: { h: number; mi: number; s?: number; zone?: string | null } | null = null;
  if (g.h !== undefined && g.mi !== undefined) {
    const hh = hour24(Number(g.h), g.ampm);
    if (hh !== null) time = { h: hh, mi: Number(g.mi), s: g.s ? Number(g.s) : 0, zone: zoneOf(g.tz) };
  }
  return compose(fullYear(g.y ?? ''), mo, d, time, ctx);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const EN_MDY = new RegExp(`\\b${MONTH}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})\\b`, 'i');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${MONTH},?\\s{1,3}(\\d{4})\\b`, 'i');

/** English dates written out: "March 9, 2026", "Feb 08, 2022", "9 March 2026" → YYYY-MM-DD. */
export function parseEnglishDate(text: string): string | null {
  const s = text.slice(0, 300);
  const a = EN_MDY.exec(s);
  const b = EN_DMY.exec(s);
  const [mon, d, y] = a && (!b || a.index <= b.index) ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [];
  if (!mon || !d || !y) return null;
  return compose(Number(y), MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1, Number(d), null, {});
}

/** "ngày 21 tháng 6 năm 2024", "21 Tháng Sáu, 2024" (the entity engine's reading, with its year written): YYYY-MM-DD. */
function writtenVietnameseDate(text: string): string | null {
  if (!/tháng/i.test(text)) return null;
  const d = findDates(normalizeText(text.slice(0, 300)).text).find((x) => x.explicitYear && x.day !== null && x.year !== null && x.year >= 1990 && x.year <= 2100);
  return d && validDay(d.year ?? 0, d.month, d.day ?? 0) ? isoOf({ ...d, time: null }) : null;
}

const VIETNAMESE_WORDS = /thứ|ngày|tháng|năm|lúc|cập nhật|đăng|giờ|chủ nhật/i;

/**
 * A dateline the reader sees ("Thứ Sáu, 21/6/2024 - 10:15", "Cập nhật lúc
 * 10:15 21/06/2024", "21/06/2024 10:15 (GMT+7)", "ngày 21 tháng 6 năm 2024")
 * → ISO. A time without a zone is Vietnam's unless `ctx` says the page is
 * not Vietnamese and the line has no Vietnamese words.
 */
export function parseDateline(text: string, ctx: DateContext = { vietnamese: true }): string | null {
  const c = ctx.vietnamese || VIETNAMESE_WORDS.test(text) ? { vietnamese: true } : ctx;
  return parseNumericDate(text, c) ?? writtenVietnameseDate(text);
}

/**
 * Any date string a page gives (metadata, `<time datetime>`, a dateline) as
 * ISO 8601, or null when it does not read as a real date. Never returns the
 * raw string.
 */
export function toIsoDate(raw: string | null | undefined, ctx: DateContext = {}): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().slice(0, 300);
  if (!s) return null;
  if (!ctx.vietnamese && VIETNAMESE_WORDS.test(s)) ctx = { vietnamese: true };
  return isoLike(s, ctx) ?? parseNumericDate(s, ctx) ?? parseEnglishDate(s) ?? writtenVietnameseDate(s);
}

/** Does `s` read as an ISO 8601 date or date-time this module writes, naming a real day? */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{3})?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?)?$/.exec(s);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(s));
}

/**
 * The day a URL's path gives: "/2024/06/21/", "/2024-06-21-slug",
 * "/20240621/" → YYYY-MM-DD; null when the path gives no whole day.
 */
export function urlDate(url: string | null | undefined): string | null {
  let path: string;
  try {
    path = new URL(url ?? '').pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})()(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (!m) return null;
  return compose(Number(m[1]), Number(m[3]), Number(m[4]), null, {});
}
