/**
 * The period report as data: from the clips the reader chose (already
 * narrowed like the list) to the counts, the activities grouped by month,
 * tag or site, and the appendix tables (officials, documents cited,
 * timeline). Plain JSON, so the page can preview it and a worker can write it
 * as Word or Excel without the clips' full text. One pass over the clips and
 * their entities; the sorts are the only super-linear step.
 */
import type { UiLang } from '../i18n/strings';
import type { Clip } from '../library/types';
import { documentInWords } from '../shared/describe';
import { EMPTY_HEADING, type ReportHeading } from './heading';
import { fillLabel, monthInWords, periodInWords, REPORT_LABELS } from './labels';
import { inPeriod, type Period, publishedDay, splitByPeriod } from './period';
import { clean, oneLine, oneLineCache, sentenceAround } from './text';

/** How activities are grouped. */
export type GroupBy = 'month' | 'tag' | 'site';

/** What the reader chose. */
export interface ReportOptions {
  period: Period;
  groupBy: GroupBy;
  /** The language of the report's headings. */
  lang: UiLang;
  heading?: ReportHeading;
  /** The subject line; the default names the period. */
  subject?: string;
}

/** An official as one article names them. */
export interface ItemOfficial {
  name: string;
  titles: string[];
}

/** One article in the report. */
export interface ReportItem {
  /** Published day `YYYY-MM-DD`, or null (listed apart). */
  day: string | null;
  title: string;
  site: string;
  url: string;
  /** One or two sentences: the clip's summary, or the reader's edited one. */
  summary: string[];
  officials: ItemOfficial[];
  /** Document keys (symbol or name), in the article's order. */
  documents: string[];
  note: string;
  tags: string[];
  /** The group(s) the item is listed under (a clip with two tags is under both). */
  groups: string[];
}

/** A group of activities. */
export interface ReportGroup {
  key: string;
  label: string;
  items: ReportItem[];
}

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

/** The report. */
export interface Report {
  lang: UiLang;
  period: Period;
  /** The period in words, in the report's language. */
  periodWords: string;
  subject: string;
  heading: ReportHeading;
  groupBy: GroupBy;
  counts: { articles: number; sites: number; officials: number; documents: number; undated: number };
  groups: ReportGroup[];
  /** Every article of the period, oldest first (the Excel sheet of clips). */
  items: ReportItem[];
  /** Clips matching the narrowing but without a published date. */
  undated: ReportItem[];
  officials: OfficialRow[];
  documents: DocumentRow[];
  timeline: TimelineRow[];
}

const collator = new Intl.Collator('vi');
const cmp = (a: string, b: string) => collator.compare(a, b);
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

function itemOf(c: Clip, day: string | null, unknownSite: string, line: (s: string) => string = oneLine): ReportItem {
  return {
    day,
    title: line(c.title),
    site: line(c.site ?? '') || hostOf(c.url) || unknownSite,
    url: line(c.url),
    summary: c.summary.slice(0, 2).map(oneLine).filter(Boolean),
    officials: c.officials.filter((o) => !o.byline).map((o) => ({ name: line(o.name), titles: o.titles.map(line) })),
    documents: [...new Set(c.documents.map((d) => line(d.key)))],
    note: clean(c.note).trim(),
    tags: c.tags.map(line).filter(Boolean),
    groups: [],
  };
}

const byDay = (a: ReportItem, b: ReportItem) => (a.day ?? '').localeCompare(b.day ?? '') || cmp(a.title, b.title);

/** The groups of `items` by `groupBy`: months in order; tags and sites alphabetically (untagged last). */
export function groupItems(items: ReportItem[], groupBy: GroupBy, lang: UiLang): ReportGroup[] {
  const l = REPORT_LABELS[lang];
  const groups = new Map<string, ReportGroup>();
  const add = (key: string, label: string, item: ReportItem) => {
    const g = groups.get(key) ?? { key, label, items: [] };
    groups.set(key, g);
    g.items.push(item);
  };
  for (const item of items) {
    if (groupBy === 'month') add(item.day?.slice(0, 7) ?? '', item.day ? monthInWords(item.day.slice(0, 7), lang) : l.undated, item);
    else if (groupBy === 'site') add(item.site.toLowerCase(), item.site, item);
    else if (item.tags.length === 0) add('\uffff', l.untagged, item);
    else for (const tag of new Set(item.tags.map((t) => t.toLowerCase()))) add(tag, item.tags.find((t) => t.toLowerCase() === tag) ?? tag, item);
  }
  const out = [...groups.values()];
  if (groupBy === 'month') out.sort((a, b) => a.key.localeCompare(b.key));
  else out.sort((a, b) => (a.key === '\uffff' ? 1 : b.key === '\uffff' ? -1 : cmp(a.label, b.label)));
  for (const g of out) {
    g.items.sort(byDay);
    for (const item of g.items) item.groups.push(g.label);
  }
  return out;
}

/** The officials table: one row per person (by comparison key), most articles first. */
export function officialsTable(clips: { clip: Clip; day: string }[], line: (s: string) => string = oneLine): OfficialRow[] {
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
  return [...rows.values()].sort((a, b) => b.articles - a.articles || cmp(a.name, b.name));
}

/** The documents table: one row per document key, most cited first. */
export function documentsTable(clips: { clip: Clip; day: string }[], lang: UiLang, line: (s: string) => string = oneLine): DocumentRow[] {
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
  return [...rows.values()].sort((a, b) => b.articles - a.articles || cmp(a.key, b.key));
}

/**
 * The timeline: every full date (day known, year known) the articles give
 * that falls in the period, with its sentence and source, in time order
 * (then by source's date and title). The same sentence and date in one
 * article is listed once. `line` is {@link oneLine}, or the build's cache of
 * it (the titles, sites and addresses its activities already cleaned).
 */
export function timelineOf(clips: { clip: Clip; day: string }[], period: Period, unknownSite: string, line: (s: string) => string = oneLine): TimelineRow[] {
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
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.pub.localeCompare(b.pub) || cmp(a.source, b.source));
  return rows.map(({ pub: _, ...r }) => r);
}

/**
 * `r` grouped by `groupBy`, with another heading block or subject line: the
 * tables and counts are kept, only the activities are regrouped, so a
 * change of grouping or heading needs no clip read again and no table
 * rebuilt. Equal to building the report with those options.
 */
export function regroupReport(r: Report, o: { groupBy: GroupBy; heading?: ReportHeading; subject?: string }): Report {
  const items = r.items.map((i) => ({ ...i, groups: [] }));
  const groups = groupItems(items, o.groupBy, r.lang);
  items.sort(byDay);
  return {
    ...r,
    groupBy: o.groupBy,
    groups,
    items,
    heading: o.heading ?? EMPTY_HEADING,
    subject: oneLine(o.subject ?? '') || fillLabel(REPORT_LABELS[r.lang].subject, r.periodWords),
  };
}

/** The report of `clips` (already narrowed) for `options`. */
export function buildReport(clips: Clip[], options: ReportOptions): Report {
  const { period, groupBy, lang } = options;
  const l = REPORT_LABELS[lang];
  const { inside, undated } = splitByPeriod(clips, period);
  // Oldest first, so an official's titles and a document's date come in the order the period saw them.
  const dated = inside.map((clip) => ({ clip, day: publishedDay(clip) as string })).sort((a, b) => a.day.localeCompare(b.day));
  const line = oneLineCache();
  const items = dated.map(({ clip, day }) => itemOf(clip, day, l.unknownSite, line));
  const groups = groupItems(items, groupBy, lang);
  items.sort(byDay);
  const officials = officialsTable(dated, line);
  const documents = documentsTable(dated, lang, line);
  const periodWords = periodInWords(period, lang);
  return {
    lang,
    period,
    periodWords,
    subject: oneLine(options.subject ?? '') || fillLabel(l.subject, periodWords),
    heading: options.heading ?? EMPTY_HEADING,
    groupBy,
    counts: { articles: items.length, sites: new Set(items.map((i) => i.site)).size, officials: officials.length, documents: documents.length, undated: undated.length },
    groups,
    items,
    undated: undated.map((c) => itemOf(c, null, l.unknownSite, line)).sort((a, b) => cmp(a.title, b.title)),
    officials,
    documents,
    timeline: timelineOf(dated, period, l.unknownSite, line),
  };
}
