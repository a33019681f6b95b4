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
import { EMPTY_HEADING, type ReportHeading } from './heading';
import { fillLabel, monthInWords, periodInWords, REPORT_LABELS } from './labels';
import { type ItemEntities, REPORT_KIND_LIST, type ReportTables } from './kinds';
import { type Period, publishedDay, splitByPeriod } from './period';
import { clean, compareVi, hostOf, oneLine, oneLineCache } from './text';

/** The kinds with a line under each activity, in the registry's order. */
const ITEM_KINDS = REPORT_KIND_LIST.flatMap((k) => (k.item ? [{ field: k.field, item: k.item }] : []));

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

/** One article in the report; what it keeps of each kind with a line (`officials`, `documents`) is in {@link ItemEntities}. */
export interface ReportItem extends ItemEntities {
  /** Published day `YYYY-MM-DD`, or null (listed apart). */
  day: string | null;
  title: string;
  site: string;
  url: string;
  /** One or two sentences: the clip's summary, or the reader's edited one. */
  summary: string[];
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

export type { DocumentRow, ItemOfficial, OfficialRow, TimelineRow } from './kinds';

/** The report's counts: articles, sites, undated clips, and each counted table's length (`officials`, `documents`). */
export type ReportCounts = { articles: number; sites: number; undated: number } & { [T in keyof ReportTables]?: number };

/** The report; its appendix tables, one per kind in the report (`officials`, `documents`, `timeline`), are in {@link ReportTables}. */
export interface Report extends ReportTables {
  lang: UiLang;
  period: Period;
  /** The period in words, in the report's language. */
  periodWords: string;
  subject: string;
  heading: ReportHeading;
  groupBy: GroupBy;
  counts: ReportCounts;
  groups: ReportGroup[];
  /** Every article of the period, oldest first (the Excel sheet of clips). */
  items: ReportItem[];
  /** Clips matching the narrowing but without a published date. */
  undated: ReportItem[];
}

const cmp = compareVi;

function itemOf(c: Clip, day: string | null, unknownSite: string, line: (s: string) => string = oneLine): ReportItem {
  return {
    day,
    title: line(c.title),
    site: line(c.site ?? '') || hostOf(c.url) || unknownSite,
    url: line(c.url),
    summary: c.summary.slice(0, 2).map(oneLine).filter(Boolean),
    ...(Object.fromEntries(ITEM_KINDS.map((k) => [k.field, k.item.values(c, line)])) as unknown as ItemEntities),
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
  const ctx = { lang, period, unknownSite: l.unknownSite, line };
  const tables = Object.fromEntries(REPORT_KIND_LIST.map((k) => [k.table, k.rows(dated, ctx)])) as unknown as ReportTables;
  const periodWords = periodInWords(period, lang);
  return {
    lang,
    period,
    periodWords,
    subject: oneLine(options.subject ?? '') || fillLabel(l.subject, periodWords),
    heading: options.heading ?? EMPTY_HEADING,
    groupBy,
    counts: {
      articles: items.length,
      sites: new Set(items.map((i) => i.site)).size,
      ...Object.fromEntries(REPORT_KIND_LIST.filter((k) => k.counted).map((k) => [k.table, tables[k.table].length])),
      undated: undated.length,
    },
    groups,
    items,
    undated: undated.map((c) => itemOf(c, null, l.unknownSite, line)).sort((a, b) => cmp(a.title, b.title)),
    ...tables,
  };
}
