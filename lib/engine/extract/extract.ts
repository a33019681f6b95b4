/**
 * The entity engine's entry point: officials, documents, dates and periods in
 * one text, with offsets into the text exactly as given.
 */
import { isTidyLatin } from '../text/chars';
import { detectLang, isLegacyEncoding } from '../text/lang';
import { type NormalizedText, normalizeText, toOriginal } from '../text/normalize';
import { overlapsAny } from '../text/spans';
import { findDates, findPeriods, inferYears, isoOf, type RawDate, type YearMention, withoutRenderDate } from './dates';
import { findDocuments, type RawDocument } from './documents';
import { findOfficials } from './officials';
import type { DateRef, DocumentRef, ExtractOptions, Extraction, Official, PeriodRef } from './types';

/**
 * A date right after a document, with only "," / "ngày" / "ban hành" between, is the document's own date.
 * `dates` are in text order (as findDates gives them): the first date at or after the document's end is
 * found by binary search, so documents × dates costs a logarithm per document, not a scan.
 */
export function ownDateOf(text: string, doc: { end: number }, dates: readonly RawDate[]): RawDate | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.start ?? 0) < doc.end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length; k++) {
    const x = dates[k] as RawDate;
    if (x.start - doc.end > 16) return undefined;
    if (/^[\s,(]*(?:ban hành\s*)?(?:ngày\s*)?$/iu.test(text.slice(doc.end, x.start))) return x;
  }
  return undefined;
}

/** The title of a text (law, charter, pastoral letter) ends right before `at`: "Thư chung năm 1980", "Hiến pháp năm 2013". */
const OLD_TEXT_BEFORE = /(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Hiến chương|Cương lĩnh|Điều lệ|Thư chung|Thư mục vụ)(?:\s+[^\s.,;:!?\n]+){0,8}\s*$/u;

/** "Dương lịch 2019", the solar year beside a Buddhist-era one. */
const SOLAR_YEAR = /[Dd]ương\s+lịch\s+((?:19|20)\d\d)(?!\d)/g;
/**
 * "nhân dịp lễ Giáng sinh 2025", "Đại lễ Phật đản 2024": a feast's year (not a date by the rules) names the year
 * of the visits and ceremonies held for it, which fall in the same year.
 */
const FEAST_YEAR = /(?:Giáng\s+[Ss]inh|Noel|Phục\s+[Ss]inh|Phật\s+đản|Vu\s+[Ll]an)\s+((?:19|20)\d\d)(?!\d)/g;

function namesOldText(text: string, at: number): boolean {
  return OLD_TEXT_BEFORE.test(text.slice(Math.max(0, at - 80), at));
}

/** The original text of a normalised span: NFC, invisible characters dropped, white space folded. */
export function asWritten(norm: NormalizedText, start: number, end: number): string {
  const span = toOriginal(norm, start, end);
  const raw = norm.original.slice(span.start, span.end);
  // The usual case: already as it should be, nothing to normalise, drop or fold.
  if (isTidyLatin(raw)) return raw;
  return raw
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Give day/month dates their year, then report them in original-string offsets. */
export function toDateRefs(
  norm: NormalizedText,
  raw: RawDate[],
  years: YearMention[],
  articleDate: string | null,
): DateRef[] {
  const missing = new Set(raw.filter((d) => d.year === null));
  inferYears(raw, years, articleDate, norm.text);
  return raw.map((d) => {
    const span = toOriginal(norm, d.start, d.end);
    const out: DateRef = { text: norm.original.slice(span.start, span.end), iso: isoOf(d), ...span };
    if (d.time && d.year !== null && d.day !== null) out.time = d.time;
    if (missing.has(d) && d.year !== null) out.inferred = true;
    return out;
  });
}

/** Report a document in original-string offsets, with its own date when it has one. */
export function toDocumentRef(norm: NormalizedText, d: RawDocument, own: RawDate | undefined): DocumentRef {
  const span = toOriginal(norm, d.start, d.end);
  const out: DocumentRef = {
    text: norm.original.slice(span.start, span.end),
    key: d.key,
    kind: d.kind,
    number: d.number,
    issuer: d.issuer,
    date: own ? isoOf(own) : null,
    status: d.status,
    ...span,
  };
  if (d.name) out.name = d.name;
  return out;
}

/** Pluggable extractor for English pages (kept out of the Vietnamese bundle). */
/**
 * The English extractor: `names` are compromise's person names for the text
 * (lib/english/extract-en.ts `englishNames`), found by the extractor itself
 * when not given; a caller that must yield between pieces finds them piece by
 * piece and passes them in, so the rest runs once over the whole text.
 */
export type EnglishExtractor = (norm: NormalizedText, options: ExtractOptions, names?: readonly string[]) => Omit<Extraction, 'lang'>;

let english: EnglishExtractor | null = null;

/** Register the English extractor (lib/engine/english/extract-en.ts); loaded only when a page is English. */
export function useEnglishExtractor(fn: EnglishExtractor | null): void {
  english = fn;
}

/** Extract officials, documents, dates and periods from `input`. Never throws on text input. */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const lang = options.lang ?? detectLang(text);
  if (isLegacyEncoding(text)) {
    return { lang: 'other', officials: [], documents: [], dates: [], periods: [], warning: 'legacy-encoding' };
  }
  const norm = normalizeText(text);
  if (lang === 'en' && english) return { lang, ...english(norm, options) };
  return { lang, ...extractVietnamese(norm, options) };
}

/** The Vietnamese extractor on an already-normalised text. */
function extractVietnamese(norm: NormalizedText, options: ExtractOptions): Omit<Extraction, 'lang'> {
  const t = norm.text;
  const docs = findDocuments(t);
  // Overlaps are looked up in sorted spans (overlapsAny), not by scanning one list per item of another.
  const inSymbol = overlapsAny(docs.filter((x) => x.status === 'symbol'));
  const found = findDates(t).filter((d) => !inSymbol(d));
  // A day or month wins over a period it overlaps; a bare year inside a period ("6 tháng đầu năm 2024") is the period's.
  const inDayOrMonth = overlapsAny(found.filter((d) => d.month !== 0));
  const rawPeriods = findPeriods(t).filter((p) => !inDayOrMonth(p));
  const inPeriod = overlapsAny(rawPeriods);
  const rawDates = found.filter((d) => d.month !== 0 || !inPeriod(d));
  const ownDates = docs.map((d) => ownDateOf(t, d, rawDates));
  const docDates = new Set(ownDates);
  const years: YearMention[] = [];
  const inDocument = overlapsAny(docs);
  // A document's own date ("…-NQ/TW, ngày 03/6/2013") is about the document, not the event; so is the
  // year in a named text ("Luật … năm 2015", "Thư chung năm 1980").
  const byStart = [...rawDates].sort((a, b) => a.start - b.start);
  for (let i = 0; i < byStart.length; i++) {
    const d = byStart[i];
    if (!d?.explicitYear || d.year === null || docDates.has(d)) continue;
    if (d.month === 0 && (inDocument(d) || namesOldText(t, d.start))) continue;
    // "(15/10/1930 - 15/10/2021)": the first date of an anniversary's range is the past it counts from.
    const next = byStart[i + 1];
    const opensRange = !!next && next.explicitYear && next.year !== null && next.year > d.year && /^\s*-\s*$/.test(t.slice(d.end, next.start));
    years.push({ at: d.start, year: d.year, ...(opensRange ? { span: true } : {}) });
  }
  // "Đại lễ Phật đản Phật lịch 2563 (dương lịch 2019)": the solar year names the year of the event's dates.
  if (t.includes('ương lịch')) for (const m of t.matchAll(SOLAR_YEAR)) years.push({ at: m.index ?? 0, year: Number(m[1]) });
  if (/Giáng|Noel|Phục|Phật đản|Vu [Ll]an/.test(t)) for (const m of t.matchAll(FEAST_YEAR)) years.push({ at: m.index ?? 0, year: Number(m[1]) });
  for (const p of rawPeriods) {
    // "nhiệm kỳ 2021 - 2026" spans years: it does not name the year of a date near it.
    if (p.iso && /^\d{4}/.test(p.iso)) years.push({ at: p.start, year: Number(p.iso.slice(0, 4)), span: p.iso.slice(0, 4) !== (p.iso.split('/')[1] ?? p.iso).slice(0, 4) });
  }
  const dates = toDateRefs(norm, rawDates, withoutRenderDate(years, t, rawPeriods), options.articleDate ?? null);
  const documents = docs.map((d, i) => toDocumentRef(norm, d, ownDates[i]));

  const periods: PeriodRef[] = rawPeriods.map((p) => {
    const span = toOriginal(norm, p.start, p.end);
    return { text: norm.original.slice(span.start, span.end), kind: p.kind, iso: p.iso, ...span };
  });

  const officials: Official[] = findOfficials(t, norm.clean)
    .filter((o) => o.mentions.length > 0)
    .map((o) => {
      const first = o.mentions[0];
      const out: Official = {
        // Spelled as the text writes it (apostrophes, tone placement), from the first full mention.
        name: first ? asWritten(norm, first.start, first.end) || o.name : o.name,
        key: o.key,
        titles: o.titles.map((x) => asWritten(norm, x.start, x.end) || x.text),
        mentions: o.mentions
          .sort((a, b) => a.start - b.start)
          .map((m) => toOriginal(norm, m.start, m.end)),
      };
      if (o.byline) out.byline = true;
      return out;
    });

  return { officials, documents, dates, periods };
}
