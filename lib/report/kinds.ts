/**
 * The kinds registry's report part: what each kind of entity adds to the
 * period report — a line under each activity ("Cán bộ: …"), and an appendix
 * table (officials named, documents cited, the timeline of dates) with its
 * columns in Word, Excel and the preview. The report's builder and its three
 * writers loop over {@link REPORT_KIND_LIST} and name no kind. The report is
 * an administrative document whose appendices are designed one by one, so a
 * kind takes part only when it has an entry here (a kind without one is left
 * out of the report, and nothing else changes).
 *
 * Pure, and light: the preview on the library page imports it, so no
 * exceljs and no `docx` here.
 */
import type { UiLang } from '../i18n/strings';
import type { Clip } from '../library/types';
import { dateInWords, documentInWords } from '../shared/describe';
import { KIND_IDS, type Kind, type KindField, KINDS } from '../shared/kinds';
import { fillLabel, REPORT_LABELS, type ReportLabels, shortDay } from './labels';
import { inPeriod, type Period } from './period';
import { compareVi, hostOf, oneLine, sentenceAround } from './text';

/** A row of the officials table. */
export interface OfficialRow {
  key: string;
  name: string;
  /** Every title the period's articles give them, in order of first appearance. */
  titles: string[];
  articles: number;
  first: string;
  last: string;
}

/** A row of the documents table. */
export interface DocumentRow {
  key: string;
  /** Kind and issuer in words ("Nghị quyết — Bộ Chính trị/Ban Bí thư/Trung ương"). */
  words: string;
  /** The document's own date, when the articles give it. */
  date: string | null;
  articles: number;
  first: string;
  last: string;
}

/** A dated event: the sentence of an article that gives a date in the period. */
export interface TimelineRow {
  /** ISO date, with the time when the text gives one. */
  date: string;
  what: string;
  source: string;
  site: string;
  url: string;
}

/** The report's appendix tables, one per kind that has one, by the report's field. */
export interface ReportTables {
  officials: OfficialRow[];
  documents: DocumentRow[];
  timeline: TimelineRow[];
}

/** The name of a label that is a plain string. */
export type LabelKey = { [K in keyof ReportLabels]: ReportLabels[K] extends string ? K : never }[keyof ReportLabels];

/** A Word table cell: text, or text followed by a link to `url`. */
export type WordCell = string | { text: string; url: string };

/** An Excel cell: text, a number, a date, or empty. */
export type SheetCell = string | number | Date | null;

/** An Excel column: header, width in characters, and what its cells hold. */
export interface SheetColumn {
  header: LabelKey;
  width: number;
  kind: 'text' | 'number' | 'date' | 'link';
}

/** The clips of a period with their published day, oldest first. */
export type DatedClips = { clip: Clip; day: string }[];

/** What a kind's table is built with. */
export interface TableContext {
  lang: UiLang;
  period: Period;
  unknownSite: string;
  /** {@link oneLine}, or the build's cache of it. */
  line: (s: string) => string;
}

/** One kind's part of the report (`R` is a row of its table). */
interface ReportKindSpec<R> {
  /** The report's field holding the kind's table. */
  table: keyof ReportTables;
  /** Is the table's length one of the report's counts (the counts line's `$3`, `$4`… in this order)? */
  counted: boolean;
  /**
   * The line under an activity: its label, its column's width in the Excel
   * sheet of clips, the values the item keeps (under the kind's field,
   * `officials`, `documents`) and each value's text (joined with "; "; no
   * values: no line).
   */
  item?: { label: LabelKey; width: number; values(c: Clip, line: (s: string) => string): unknown[]; text(v: unknown): string };
  rows(dated: DatedClips, ctx: TableContext): R[];
  /** The table's heading (Word, preview) and its sheet's name (Excel). */
  caption: LabelKey;
  sheet: LabelKey;
  word: { headers: LabelKey[]; shares: number[]; center: boolean[]; cells(row: R, i: number, lang: UiLang): WordCell[] };
  xlsx: { columns: SheetColumn[]; cells(row: R, i: number): SheetCell[] };
  preview: { headers: LabelKey[]; cells(row: R, i: number, day: (d: string) => string): string[] };
}

/** One kind's part of the report, as the builder and the writers see it (rows of unknown shape, read only by the kind's own functions). */
export type ReportKind = ReportKindSpec<unknown> & { id: Kind; field: KindField };

/** An official as one article names them. */
export interface ItemOfficial {
  name: string;
  titles: string[];
}

/** What an activity keeps of each kind with a line, under the kind's field. */
export interface ItemEntities {
  officials: ItemOfficial[];
  /** Document keys (symbol or name), in the article's order. */
  documents: string[];
}

/** A UTC date cell value of an ISO date or date-time (the day as written, no time zone shift). */
export function dateCell(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0))) : null;
}

/** A short day as the report writes it, given the writer's way of writing a day (`shortDay` in labels.ts). */
const dayAndTime = (date: string, day: (d: string) => string) => (date.length > 10 ? `${day(date.slice(0, 10))} ${date.slice(11)}` : day(date));

/** The officials table: one row per person (by comparison key), most articles first. */
export function officialsTable(clips: DatedClips, line: (s: string) => string = oneLine): OfficialRow[] {
  const rows = new Map<string, OfficialRow>();
  for (const { clip, day } of clips) {
    const seen = new Set<string>();
    for (const o of clip.officials) {
      if (o.byline) continue;
      const key = o.key.normalize('NFC');
      const r = rows.get(key) ?? { key, name: line(o.name), titles: [], articles: 0, first: day, last: day };
      rows.set(key, r);
      for (const t of o.titles) {
        const title = line(t);
        if (title && !r.titles.includes(title)) r.titles.push(title);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      r.articles++;
      if (day < r.first) r.first = day;
      if (day > r.last) r.last = day;
    }
  }
  return [...rows.values()].sort((a, b) => b.articles - a.articles || compareVi(a.name, b.name));
}

/** The documents table: one row per document key, most cited first. */
export function documentsTable(clips: DatedClips, lang: UiLang, line: (s: string) => string = oneLine): DocumentRow[] {
  const rows = new Map<string, DocumentRow>();
  for (const { clip, day } of clips) {
    const seen = new Set<string>();
    for (const d of clip.documents) {
      const key = line(d.key);
      const r = rows.get(key) ?? { key, words: line(documentInWords(d, lang)), date: d.date, articles: 0, first: day, last: day };
      rows.set(key, r);
      r.date ??= d.date;
      if (seen.has(key)) continue;
      seen.add(key);
      r.articles++;
      if (day < r.first) r.first = day;
      if (day > r.last) r.last = day;
    }
  }
  return [...rows.values()].sort((a, b) => b.articles - a.articles || compareVi(a.key, b.key));
}

/**
 * The timeline: every full date (day known, year known) the articles give
 * that falls in the period, with its sentence and source, in time order
 * (then by source's date and title). The same sentence and date in one
 * article is listed once. `line` is {@link oneLine}, or the build's cache of
 * it (the titles, sites and addresses its activities already cleaned).
 */
export function timelineOf(clips: DatedClips, period: Period, unknownSite: string, line: (s: string) => string = oneLine): TimelineRow[] {
  const rows: (TimelineRow & { pub: string })[] = [];
  for (const { clip, day } of clips) {
    const seen = new Set<string>();
    let source: { source: string; site: string; url: string } | null = null;
    for (const d of clip.dates) {
      const date = d.iso.slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !inPeriod(date, period)) continue;
      const a = d.anchor;
      const inText = clip.text.slice(a.start, a.end) === a.exact;
      const what = inText ? sentenceAround(clip.text, a.start, a.end) : `…${oneLine(`${a.prefix}${a.exact}${a.suffix}`)}…`;
      const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(d.iso) ? d.iso.slice(0, 16) : date;
      const id = `${iso}\u0000${what}`;
      if (seen.has(id)) continue;
      seen.add(id);
      source ??= { source: line(clip.title), site: line(clip.site ?? '') || hostOf(clip.url) || unknownSite, url: line(clip.url) };
      rows.push({ date: iso, what, ...source, pub: day });
    }
  }
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.pub.localeCompare(b.pub) || compareVi(a.source, b.source));
  return rows.map(({ pub: _, ...r }) => r);
}

/** A kind's report part from its typed spec. */
function defineReportKind<R>(id: Kind, s: ReportKindSpec<R>): ReportKind {
  return { id, field: KINDS[id].field, ...(s as unknown as ReportKindSpec<unknown>) };
}

/** The kinds' report parts, by id (a kind without one is not in the report). */
export const REPORT_KINDS: Readonly<Partial<Record<Kind, ReportKind>>> = {
  official: defineReportKind<OfficialRow>('official', {
    table: 'officials',
    counted: true,
    item: {
      label: 'itemOfficials',
      width: 45,
      values: (c, line): ItemOfficial[] => c.officials.filter((o) => !o.byline).map((o) => ({ name: line(o.name), titles: o.titles.map(line) })),
      text: (v) => {
        const o = v as ItemOfficial;
        return o.titles.length ? `${o.name} (${o.titles.join(', ')})` : o.name;
      },
    },
    rows: (dated, ctx) => officialsTable(dated, ctx.line),
    caption: 'officials',
    sheet: 'sheetOfficials',
    word: {
      headers: ['no', 'name', 'titles', 'articles', 'first', 'last'],
      shares: [5, 17, 38, 8, 12, 12],
      center: [true, false, false, true, true, true],
      cells: (o, i, lang) => [String(i + 1), o.name, o.titles.join('\n'), String(o.articles), shortDay(o.first, lang), shortDay(o.last, lang)],
    },
    xlsx: {
      columns: [
        { header: 'no', width: 6, kind: 'number' },
        { header: 'name', width: 26, kind: 'text' },
        { header: 'titles', width: 70, kind: 'text' },
        { header: 'articles', width: 9, kind: 'number' },
        { header: 'first', width: 12, kind: 'date' },
        { header: 'last', width: 12, kind: 'date' },
      ],
      cells: (o, i) => [i + 1, o.name, o.titles.join('\n'), o.articles, dateCell(o.first), dateCell(o.last)],
    },
    preview: {
      headers: ['no', 'name', 'titles', 'articles', 'first', 'last'],
      cells: (o, i, day) => [String(i + 1), o.name, o.titles.join('; '), String(o.articles), day(o.first), day(o.last)],
    },
  }),
  document: defineReportKind<DocumentRow>('document', {
    table: 'documents',
    counted: true,
    item: { label: 'itemDocuments', width: 25, values: (c, line) => [...new Set(c.documents.map((d) => line(d.key)))], text: (v) => v as string },
    rows: (dated, ctx) => documentsTable(dated, ctx.lang, ctx.line),
    caption: 'documents',
    sheet: 'sheetDocuments',
    word: {
      headers: ['no', 'document', 'kindIssuer', 'docDate', 'citing', 'firstCited', 'lastCited'],
      shares: [5, 17, 28, 14, 8, 12, 12],
      center: [true, false, false, false, true, true, true],
      cells: (d, i, lang) => [String(i + 1), d.key, d.words, d.date ? dateInWords(d.date, lang) : '', String(d.articles), shortDay(d.first, lang), shortDay(d.last, lang)],
    },
    xlsx: {
      columns: [
        { header: 'no', width: 6, kind: 'number' },
        { header: 'document', width: 28, kind: 'text' },
        { header: 'kindIssuer', width: 45, kind: 'text' },
        { header: 'docDate', width: 14, kind: 'date' },
        { header: 'citing', width: 10, kind: 'number' },
        { header: 'firstCited', width: 12, kind: 'date' },
        { header: 'lastCited', width: 12, kind: 'date' },
      ],
      cells: (d, i) => [i + 1, d.key, d.words, dateCell(d.date) ?? d.date, d.articles, dateCell(d.first), dateCell(d.last)],
    },
    preview: {
      headers: ['no', 'document', 'kindIssuer', 'docDate', 'citing', 'firstCited', 'lastCited'],
      // A document's own date may be a year or a month only: shown as written then.
      cells: (d, i, day) => [String(i + 1), d.key, d.words, d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? day(d.date) : (d.date ?? ''), String(d.articles), day(d.first), day(d.last)],
    },
  }),
  date: defineReportKind<TimelineRow>('date', {
    table: 'timeline',
    counted: false,
    rows: (dated, ctx) => timelineOf(dated, ctx.period, ctx.unknownSite, ctx.line),
    caption: 'timeline',
    sheet: 'sheetTimeline',
    word: {
      headers: ['no', 'date', 'what', 'source'],
      shares: [5, 14, 51, 30],
      center: [true],
      cells: (e, i, lang) => [String(i + 1), dayAndTime(e.date, (d) => shortDay(d, lang)), e.what, { text: `${e.source} (${e.site}) `, url: e.url }],
    },
    xlsx: {
      columns: [
        { header: 'no', width: 6, kind: 'number' },
        { header: 'date', width: 16, kind: 'date' },
        { header: 'what', width: 80, kind: 'text' },
        { header: 'source', width: 45, kind: 'text' },
        { header: 'site', width: 20, kind: 'text' },
        { header: 'url', width: 45, kind: 'link' },
      ],
      cells: (e, i) => [i + 1, dateCell(e.date), e.what, e.source, e.site, e.url],
    },
    preview: {
      headers: ['no', 'date', 'what', 'source'],
      cells: (e, i, day) => [String(i + 1), dayAndTime(e.date, day), e.what, `${e.source} (${e.site})`],
    },
  }),
};

/** The kinds in the report, in the registry's order (the order of the item lines, the tables and the counts). */
export const REPORT_KIND_LIST: readonly ReportKind[] = KIND_IDS.flatMap((k) => REPORT_KINDS[k] ?? []);

/** The counts line of `r`: articles, sites, then each counted table's length in the registry's order (officials, documents). */
export function countsLine(r: { lang: UiLang; counts: { articles: number; sites: number } & { [T in keyof ReportTables]?: number } }): string {
  return fillLabel(REPORT_LABELS[r.lang].countsLine, r.counts.articles, r.counts.sites, ...REPORT_KIND_LIST.filter((k) => k.counted).map((k) => r.counts[k.table] ?? 0));
}

/** The text of an activity's line for kind `k` (its values joined with "; "), or null when it has no values (no line). */
export function itemLine(k: ReportKind, item: object): string | null {
  const values = k.item ? ((item as Record<string, unknown[] | undefined>)[k.field] ?? []) : [];
  return k.item && values.length ? values.map(k.item.text).join('; ') : null;
}
