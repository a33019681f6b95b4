/**
 * The entity engine's entry point: officials, documents, dates and periods in
 * one text, with offsets into the text exactly as given.
 */
import { detectLang, isLegacyEncoding } from '../text/lang';
import { type NormalizedText, normalizeText, toOriginal } from '../text/normalize';
import { findDates, findPeriods, inferYears, isoOf } from './dates';
import { findDocuments } from './documents';
import { findOfficials } from './officials';
import type { DateRef, DocumentRef, ExtractOptions, Extraction, Official, PeriodRef } from './types';

/** Pluggable extractor for English pages (kept out of the Vietnamese bundle). */
export type EnglishExtractor = (norm: NormalizedText, options: ExtractOptions) => Omit<Extraction, 'lang'>;

let english: EnglishExtractor | null = null;

/** Register the English extractor (lib/english/extract-en.ts); loaded only when a page is English. */
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
export function extractVietnamese(norm: NormalizedText, options: ExtractOptions): Omit<Extraction, 'lang'> {
  const t = norm.text;
  const docs = findDocuments(t);
  const rawDates = findDates(t).filter((d) => !docs.some((x) => x.status === 'symbol' && d.start < x.end && x.start < d.end));
  const rawPeriods = findPeriods(t).filter((p) => !rawDates.some((d) => p.start < d.end && d.start < p.end));
  const years: { at: number; year: number }[] = [];
  // A document's own date ("…-NQ/TW, ngày 03/6/2013") is about the document, not the event.
  const ownDate = (d: { start: number }) => docs.some((x) => d.start >= x.end && d.start - x.end <= 16 && /^[\s,(]*(?:ban hành\s*)?(?:ngày\s*)?$/iu.test(t.slice(x.end, d.start)));
  for (const d of rawDates) if (d.explicitYear && d.year !== null && !ownDate(d)) years.push({ at: d.start, year: d.year });
  for (const p of rawPeriods) if (p.iso && /^\d{4}/.test(p.iso)) years.push({ at: p.start, year: Number(p.iso.slice(0, 4)) });
  const inferredBefore = new Set(rawDates.filter((d) => d.year === null));
  inferYears(rawDates, years, options.articleDate ?? null);

  const dates: DateRef[] = rawDates.map((d) => {
    const span = toOriginal(norm, d.start, d.end);
    const out: DateRef = { text: norm.original.slice(span.start, span.end), iso: isoOf(d), ...span };
    if (inferredBefore.has(d) && d.year !== null) out.inferred = true;
    return out;
  });

  const documents: DocumentRef[] = docs.map((d) => {
    const span = toOriginal(norm, d.start, d.end);
    // The document's own date: "…-NQ/TW, ngày 03/6/2013", "… ngày 05/3/2020".
    const own = rawDates.find((x) => x.start >= d.end && /^[\s,(]*(?:ban hành\s*)?(?:ngày\s*)?$/iu.test(t.slice(d.end, x.start)) && x.start - d.end <= 16);
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
  });

  const periods: PeriodRef[] = rawPeriods.map((p) => {
    const span = toOriginal(norm, p.start, p.end);
    return { text: norm.original.slice(span.start, span.end), kind: p.kind, iso: p.iso, ...span };
  });

  const officials: Official[] = findOfficials(t, norm.clean)
    .filter((o) => o.mentions.length > 0)
    .map((o) => {
      const out: Official = {
        name: o.name,
        key: o.key,
        titles: o.titles.map((x) => x.text),
        mentions: o.mentions
          .sort((a, b) => a.start - b.start)
          .map((m) => toOriginal(norm, m.start, m.end)),
      };
      if (o.byline) out.byline = true;
      return out;
    });

  return { officials, documents, dates, periods };
}
