/**
 * The kinds registry's second half: how each kind of entity is saved in a
 * clip and written out. `lib/shared/kinds.ts` is the first half (what every
 * context needs, the content script included, so it stays small); this one
 * holds what the library, the exports and the command line need: the saved
 * shape, the import schema and limits, the list's filters and the people and
 * documents indexes, the search words, the summary's weights, the CSV,
 * Markdown and Word writing, the clip view's lines and the command line's
 * table. The code that stores and exports clips loops over
 * {@link STORED_KIND_LIST} and names no kind, so a new kind is one entry
 * here (and its types in {@link KindTypes}), one in `lib/shared/kinds.ts`,
 * the engine that finds it and its strings.
 *
 * Pure: extension pages, the background, workers, Node. No zod at run time:
 * the import schema (`lib/transfer/schema.ts`) hands each kind its parts.
 */
import type { z } from 'zod';
import type { Extraction, Span } from '../engine/extract/types';
import { type StringKey, t, type UiLang } from '../i18n/strings';
import { dateInWords, documentInWords } from '../shared/describe';
import { KIND_IDS, type Kind, type KindField, KINDS } from '../shared/kinds';
import type { LIMITS } from './limits';
import type { Anchor, Clip } from './types';

/** An official as saved: the name, the titles this article gives, every mention. */
export interface ClipOfficial {
  name: string;
  /** Comparison key across clips (lower case, new-style tones). */
  key: string;
  titles: string[];
  byline?: boolean;
  anchors: Anchor[];
}

/** A cited document as saved. */
export interface ClipDocument {
  /** Canonical symbol, else the name of a named document, else the text as written. */
  key: string;
  /** True when `key` is a canonical symbol ("290-QĐ/TW"). */
  symbol: boolean;
  kind: string;
  issuer: string | null;
  date: string | null;
  name?: string;
  anchors: Anchor[];
}

/** A date as saved. */
export interface ClipDate {
  iso: string;
  inferred?: boolean;
  anchor: Anchor;
}

/**
 * The registry's types, per kind: what a clip saves, and whether the list
 * filters clips by it (a catalog row then keeps its keys, `ListQuery` and the
 * page's URL take the kind's id: `#/?official=…`).
 */
export interface KindTypes {
  official: { saved: ClipOfficial; filter: true };
  document: { saved: ClipDocument; filter: true };
  date: { saved: ClipDate; filter: false };
}

/** The kinds the list filters by. */
export type FilterKind = { [K in Kind]: KindTypes[K]['filter'] extends true ? K : never }[Kind];

/** A clip's entity fields: `officials`, `documents`, `dates`. */
export type ClipEntities = { [K in Kind as KindField<K>]: KindTypes[K]['saved'][] };

type Saved<K extends Kind> = KindTypes[K]['saved'];
type Found<K extends Kind> = Extraction[KindField<K>][number];

/** The zod pieces the import schema builds every kind's entities from (`lib/transfer/schema.ts`). */
export interface SchemaParts {
  /** The zod builders an entity schema uses (only these: passing zod's whole namespace would keep all of zod in the bundles). */
  z: Pick<typeof z, 'strictObject' | 'array' | 'boolean'>;
  /** A name, key, title or kind (≤ 10,000 characters). */
  entity: z.ZodString;
  /** A language tag or ISO date (≤ 100 characters). */
  code: z.ZodString;
  /** An ISO 8601 date, or null. */
  isoOrNull: z.ZodNullable<z.ZodString>;
  anchor: z.ZodType<Anchor>;
}

/** How a kind's saved entities are checked against the library's limits (`lib/library/limits.ts`). */
export interface LimitCheck {
  /** `value` at `path` fits the named limit. */
  text(path: string, value: unknown, limit: keyof typeof LIMITS): void;
  /** Each item of `items`, with its path (`officials[2]`). */
  list<T>(path: string, items: unknown, each: (item: T, path: string) => void): void;
  anchor(a: Anchor | undefined, path: string): void;
}

/** A clip's place in an index entry. */
export interface IndexRef {
  clipId: number;
  clipTitle: string;
  /** The article's published date, else the clip date (ISO). */
  date: string;
}

/** A cross-clip index table of `lib/library/db.ts`. */
export type IndexTable = 'people' | 'docs';

/** How one kind keeps a cross-clip index (`E` is the entry as stored). */
interface IndexSpec<S, E> {
  table: IndexTable;
  key(e: S): string;
  /** The entry of `e` before any clip is recorded in it. */
  create(e: S): E;
  /** Record clip `ref` in the entry (it may be there already: re-clips replace). */
  add(entry: E, e: S, ref: IndexRef): void;
  remove(entry: E, clipId: number): void;
  /** Has the entry any clip left (else it is deleted)? */
  used(entry: E): boolean;
}

/** A line of the clip view: an optional link that filters the list, text after it, and a code. */
export interface ViewLine {
  key: string;
  /** The link's text and the key it filters the list by. */
  link?: { text: string; filter: string };
  text: string;
  code?: string;
}

/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null;

/** One kind as the library stores and writes it (`S` saved, `F` found by the engine). */
type StoredKindSpec<K extends Kind> = {
  /** The saved entities of an extraction; `anchor` makes an anchor in the clip's text. */
  save(x: Extraction, anchor: (span: Span) => Anchor): Saved<K>[];
  /** The import schema of one saved entity. */
  schema(p: SchemaParts): z.ZodType;
  /** Check one saved entity's strings against the limits. */
  limits(e: Saved<K>, path: string, c: LimitCheck): void;
  /** Does the article name it as a subject (the list, indexes and exports count it)? Every entity does when absent; an author's byline does not. */
  listed?(e: Saved<K>): boolean;
  /** The words the search index takes from it; none when absent. */
  terms?(e: Saved<K>): string;
  /** How much a summary sentence gains per mention (two at most counted); nothing when absent. */
  summaryWeight?: number;
  /** A cross-clip index (a view of the library page), when the kind has one. */
  index?: IndexSpec<Saved<K>, unknown>;
  /** The clips table's column (`field`: the listed entities' cells, joined), and the kind's own table `field.csv`. */
  csv?: { column(e: Saved<K>): string; fields: string[]; row(e: Saved<K>): Cell[] };
  /** The Markdown front matter's value under `field`, from the listed entities. */
  yaml?(list: Saved<K>[]): unknown;
  /** A bullet of the Word export: its bold start and the rest. */
  word?(e: Saved<K>, lang: UiLang): [string, string];
  /** The clip view's lines, from the entities (`order` picks and sorts them first). */
  view: { order?(list: Saved<K>[]): Saved<K>[]; line(e: Saved<K>, lang: UiLang): ViewLine };
  /** The command line's `--format table` line of one found entity. */
  table(e: Found<K>): string;
} & (KindTypes[K]['filter'] extends true ? { filterKey(e: Saved<K>): string } : { filterKey?: never });

/** One kind as the storage and export code sees it: every function takes the clip (or the extraction) whole. */
export interface StoredKind {
  id: Kind;
  field: KindField;
  /** The strings naming one entity and the kind (from `lib/shared/kinds.ts`). */
  label: StringKey;
  plural: StringKey;
  /** The clip's entities of this kind, saved from an extraction. */
  save(x: Extraction, anchor: (span: Span) => Anchor): unknown[];
  schema(p: SchemaParts): z.ZodType;
  /** Check the kind's entities in `clip` (which may be malformed: missing fields are left to the schema). */
  limits(clip: Partial<Clip>, c: LimitCheck): void;
  /** The keys the list filters by, once each (kinds the list filters by only). */
  filterKeys?(clip: Clip): string[];
  /** The search words of the clip's entities, or null when the kind gives none. */
  terms(clip: Pick<Clip, KindField>): string | null;
  /** The mentions a summary prefers, and by how much. */
  summaryHint(x: Extraction): { spans: Span[]; weight: number } | null;
  /** The index entries the clip touches; `listedOnly` leaves out entities the article does not name as subjects. */
  index?: {
    table: IndexTable;
    entries(clip: Clip, listedOnly: boolean): { key: string; create(): unknown; add(entry: unknown, ref: IndexRef): void }[];
    remove(entry: unknown, clipId: number): void;
    used(entry: unknown): boolean;
  };
  csv?: { column(clip: Clip): string; fields: string[]; rows(clip: Clip): Cell[][] };
  yaml?(clip: Clip): unknown;
  /** The Word export's bullets of the clip's listed entities. */
  word?(clip: Clip, lang: UiLang): [string, string][];
  view(clip: Clip, lang: UiLang): ViewLine[];
  /** The command line's lines for the extraction's entities of this kind. */
  table(x: Extraction): string[];
}

/** A stored kind from its typed spec (the entity types do not leak out). */
function defineStoredKind<K extends Kind>(id: K, s: StoredKindSpec<K>): StoredKind {
  const field = KINDS[id].field as KindField<K>;
  // A clip saved before the kind existed has no list of it: none of its entities, then.
  const all = (c: Pick<Clip, KindField>) => (c[field] as unknown as Saved<K>[] | undefined) ?? [];
  const listed = (c: Pick<Clip, KindField>) => (s.listed ? all(c).filter(s.listed) : all(c));
  const index = s.index;
  const csv = s.csv;
  const yaml = s.yaml;
  const word = s.word;
  const filterKey = s.filterKey as ((e: Saved<K>) => string) | undefined;
  return {
    id,
    field,
    label: KINDS[id].label,
    plural: KINDS[id].plural,
    save: (x, anchor) => s.save(x, anchor),
    schema: (p) => s.schema(p),
    limits: (clip, c) => c.list<Saved<K>>(field, clip[field], (e, p) => s.limits(e, p, c)),
    ...(filterKey ? { filterKeys: (clip: Clip) => [...new Set(listed(clip).map(filterKey))] } : {}),
    terms: (clip) => (s.terms ? all(clip).map(s.terms).join(' ') : null),
    summaryHint: (x) => (s.summaryWeight === undefined ? null : { spans: KINDS[id].mentions(x, 'vi'), weight: s.summaryWeight }),
    ...(index
      ? {
          index: {
            table: index.table,
            entries: (clip: Clip, listedOnly: boolean) =>
              (listedOnly ? listed(clip) : all(clip)).map((e) => ({ key: index.key(e), create: () => index.create(e), add: (entry: unknown, ref: IndexRef) => index.add(entry, e, ref) })),
            remove: (entry: unknown, clipId: number) => index.remove(entry, clipId),
            used: (entry: unknown) => index.used(entry),
          },
        }
      : {}),
    ...(csv ? { csv: { column: (clip: Clip) => listed(clip).map(csv.column).join('; '), fields: csv.fields, rows: (clip: Clip) => listed(clip).map(csv.row) } } : {}),
    ...(yaml ? { yaml: (clip: Clip) => yaml(listed(clip)) } : {}),
    ...(word ? { word: (clip: Clip, lang: UiLang) => listed(clip).map((e) => word(e, lang)) } : {}),
    view: (clip, lang) => (s.view.order ? s.view.order(all(clip)) : all(clip)).map((e) => s.view.line(e, lang)),
    table: (x) => (x[field] as Found<K>[]).map(s.table),
  };
}

/** A person across all clips (the `people` index). */
export interface Person {
  key: string;
  name: string;
  appearances: Appearance[];
}

/** One appearance of a person in a clip: the titles this article gave them, and its date. */
export interface Appearance extends IndexRef {
  titles: string[];
}

/** A document across all clips (the `docs` index). */
export interface DocEntry {
  key: string;
  symbol: boolean;
  kind: string;
  issuer: string | null;
  name?: string;
  clips: IndexRef[];
}

const officialKind = defineStoredKind('official', {
  save: (x, anchor) =>
    x.officials.map((o) => ({
      name: o.name,
      key: o.key,
      titles: o.titles,
      ...(o.byline ? { byline: true } : {}),
      anchors: o.mentions.map(anchor),
    })),
  schema: ({ z, entity, anchor }) => z.strictObject({ name: entity, key: entity, titles: z.array(entity), byline: z.boolean().optional(), anchors: z.array(anchor) }),
  limits: (o, p, c) => {
    c.text(`${p}.name`, o?.name, 'entity');
    c.text(`${p}.key`, o?.key, 'entity');
    c.list<string>(`${p}.titles`, o?.titles, (t, q) => c.text(q, t, 'entity'));
    c.list<Anchor>(`${p}.anchors`, o?.anchors, c.anchor);
  },
  listed: (o) => !o.byline,
  filterKey: (o) => o.key,
  terms: (o) => `${o.name} ${o.titles.join(' ')}`,
  summaryWeight: 0.25,
  index: {
    table: 'people',
    key: (o) => o.key,
    create: (o): Person => ({ key: o.key, name: o.name, appearances: [] }),
    add: (entry, o, ref) => {
      const p = entry as Person;
      p.name = o.name;
      p.appearances = p.appearances.filter((a) => a.clipId !== ref.clipId);
      p.appearances.push({ clipId: ref.clipId, clipTitle: ref.clipTitle, titles: o.titles, date: ref.date });
    },
    remove: (entry, clipId) => {
      const p = entry as Person;
      p.appearances = p.appearances.filter((a) => a.clipId !== clipId);
    },
    used: (entry) => (entry as Person).appearances.length > 0,
  },
  csv: { column: (o) => o.name, fields: ['name', 'titles', 'mentions'], row: (o) => [o.name, o.titles.join('; '), o.anchors.length] },
  yaml: (list) => list.map((o) => ({ name: o.name, titles: o.titles })),
  word: (o) => [o.name, o.titles.length ? ` — ${o.titles.join(', ')}` : ''],
  view: {
    line: (o, lang) => ({ key: o.key, link: { text: o.name, filter: o.key }, text: o.titles.length ? ` — ${o.titles.join(', ')}` : o.byline ? ` — ${t(lang, 'author')}` : '' }),
  },
  table: (o) => `  ${o.name.padEnd(28)} ${o.byline ? 'byline' : o.titles.join('; ') || '—'}  [${o.mentions.length}×]`,
});

const documentKind = defineStoredKind('document', {
  // One saved document per key, with every mention's anchor; the first mention that gives a date gives it.
  save: (x, anchor) => {
    const docs = new Map<string, ClipDocument>();
    for (const d of x.documents) {
      const key = d.key ?? d.name ?? d.text;
      const prev = docs.get(key);
      if (prev) {
        prev.anchors.push(anchor(d));
        prev.date ??= d.date;
        continue;
      }
      docs.set(key, {
        key,
        symbol: d.key !== null,
        kind: d.kind,
        issuer: d.issuer,
        date: d.date,
        ...(d.name ? { name: d.name } : {}),
        anchors: [anchor(d)],
      });
    }
    return [...docs.values()];
  },
  schema: ({ z, entity, isoOrNull, anchor }) =>
    z.strictObject({
      key: entity,
      symbol: z.boolean(),
      kind: entity,
      issuer: entity.nullable(),
      date: isoOrNull,
      name: entity.optional(),
      anchors: z.array(anchor),
    }),
  limits: (d, p, c) => {
    c.text(`${p}.key`, d?.key, 'entity');
    c.text(`${p}.kind`, d?.kind, 'entity');
    c.text(`${p}.issuer`, d?.issuer, 'entity');
    c.text(`${p}.date`, d?.date, 'code');
    c.text(`${p}.name`, d?.name, 'entity');
    c.list<Anchor>(`${p}.anchors`, d?.anchors, c.anchor);
  },
  filterKey: (d) => d.key,
  terms: (d) => `${d.key} ${d.name ?? ''}`,
  summaryWeight: 0.4,
  index: {
    table: 'docs',
    key: (d) => d.key,
    create: (d): DocEntry => ({ key: d.key, symbol: d.symbol, kind: d.kind, issuer: d.issuer, ...(d.name ? { name: d.name } : {}), clips: [] }),
    add: (entry, _d, ref) => {
      const e = entry as DocEntry;
      e.clips = e.clips.filter((c) => c.clipId !== ref.clipId);
      e.clips.push({ clipId: ref.clipId, clipTitle: ref.clipTitle, date: ref.date });
    },
    remove: (entry, clipId) => {
      const e = entry as DocEntry;
      e.clips = e.clips.filter((c) => c.clipId !== clipId);
    },
    used: (entry) => (entry as DocEntry).clips.length > 0,
  },
  csv: {
    column: (d) => d.key,
    fields: ['document', 'kind_and_issuer', 'document_date', 'mentions'],
    row: (d) => [d.key, documentInWords(d, 'vi'), d.date, d.anchors.length],
  },
  yaml: (list) => list.map((d) => ({ key: d.key, kind: documentInWords(d, 'vi'), ...(d.date ? { date: d.date } : {}) })),
  word: (d, lang) => [d.key, ` — ${documentInWords(d, lang)}${d.date ? `, ${dateInWords(d.date, lang)}` : ''}`],
  view: {
    line: (d, lang) => ({ key: d.key, link: { text: d.key, filter: d.key }, text: ` — ${documentInWords(d, lang)}${d.date ? `, ${dateInWords(d.date, lang)}` : ''}` }),
  },
  table: (d) => `  ${(d.key ?? d.name ?? d.text).padEnd(28)} ${d.text}${d.date ? `  (${d.date})` : ''}`,
});

const dateKind = defineStoredKind('date', {
  save: (x, anchor) => x.dates.map((d) => ({ iso: d.iso, ...(d.inferred ? { inferred: true } : {}), anchor: anchor(d) })),
  schema: ({ z, code, anchor }) => z.strictObject({ iso: code, inferred: z.boolean().optional(), anchor }),
  limits: (d, p, c) => {
    c.text(`${p}.iso`, d?.iso, 'code');
    c.anchor(d?.anchor, `${p}.anchor`);
  },
  // Front matter: each date once, in order.
  yaml: (list) => [...new Set(list.map((d) => d.iso))].sort(),
  view: {
    // Each date once, in time order.
    order: (list) => [...list].sort((a, b) => a.iso.localeCompare(b.iso)).filter((d, i, all) => i === 0 || all[i - 1]?.iso !== d.iso),
    line: (d, lang) => ({ key: d.iso, text: `${dateInWords(d.iso, lang)} `, code: d.iso }),
  },
  table: (d) => `  ${d.iso.padEnd(28)} ${d.text}${d.inferred ? '  (year inferred)' : ''}`,
});

/** The stored kinds by id. */
export const STORED_KINDS: Readonly<Record<Kind, StoredKind>> = { official: officialKind, document: documentKind, date: dateKind };

/** The stored kinds in the registry's order (the order of a clip's fields, the exports' columns and sections). */
export const STORED_KIND_LIST: readonly StoredKind[] = KIND_IDS.map((k) => STORED_KINDS[k]);

/** The kinds the list filters clips by, in the registry's order. */
export const FILTER_KIND_LIST: readonly StoredKind[] = STORED_KIND_LIST.filter((k) => k.filterKeys);
