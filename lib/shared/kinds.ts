/**
 * The one list of entity kinds: officials, documents and dates. Everything
 * that shows, counts, colours or stores entities by kind (highlights, the
 * settings, the panel, the hover card, the options page, the popup's counts)
 * loops over {@link KIND_IDS} / {@link KINDS} instead of naming the kinds
 * again. Adding a kind means one entry here (and its field in
 * {@link KindFields}) with its card in `describe.ts`, one in
 * `lib/library/stored-kinds.ts` (how a clip saves it and the exports write
 * it), optionally one in `lib/report/kinds.ts` (its line and appendix in the
 * period report), the engine that finds it, and its strings in
 * `public/_locales`. The JSON export then carries a new field: the format's
 * version goes up, with its conversion in `lib/transfer/json.ts` (see
 * lib/transfer/README.md). tests/unit/kinds-coverage.test.ts checks that
 * nothing else needs to change.
 *
 * Pure: runs anywhere (content script, extension pages, background, Node).
 */
import type { DateRef, DocumentRef, Extraction, Official, Span } from '../engine/extract/types';
import type { StringKey, UiLang } from '../i18n/strings';
import { dateCard, documentCard, officialCard } from './describe';

/** Every kind's id, in the order the panel, the settings and the counts list them. */
export const KIND_IDS = ['official', 'document', 'date'] as const;

/** One kind of entity. */
export type Kind = (typeof KIND_IDS)[number];

/** The extraction's (and a clip's) field holding each kind's entities. */
export interface KindFields {
  official: 'officials';
  document: 'documents';
  date: 'dates';
}

/** The field of kind `K` (of any kind by default). */
export type KindField<K extends Kind = Kind> = KindFields[K];

/** Lines of a card (hover card, panel entry): a heading and detail lines. */
export interface Card {
  kind: Kind;
  heading: string;
  lines: string[];
}

/** One mention of an entity in the article text, with the entity it belongs to. */
export interface KindMention {
  /** The entity's key, the same for every mention of it ("o:nguyễn văn a"). */
  entity: string;
  start: number;
  end: number;
  /** The entity's card in `lang`. */
  card: () => Card;
}

/** Everything the extension knows about one kind. */
export interface KindDef {
  id: Kind;
  /** The extraction's (and a clip's) field holding this kind's entities. */
  field: KindField;
  /** The string naming one entity of this kind (the hover card's label). */
  label: StringKey;
  /** The string naming the kind in the plural (panel groups, toggles, the options page). */
  plural: StringKey;
  /** Default highlight colour, `#rrggbb`. */
  color: string;
  /** How many entities of this kind `x` holds. */
  count(x: Extraction): number;
  /** Every mention of this kind in `x`, entities in extraction order. */
  mentions(x: Extraction, lang: UiLang): KindMention[];
  /** The entity keys in the order the panel lists them. */
  panelOrder(x: Extraction): string[];
}

/** How one kind's entities are read from an extraction (`E` is the entity type). */
interface KindSpec<E> {
  id: Kind;
  field: KindDef['field'];
  label: StringKey;
  plural: StringKey;
  color: string;
  entities(x: Extraction): readonly E[];
  /** The entity's key, prefixed so keys of different kinds never meet. */
  key(e: E): string;
  spans(e: E): readonly Span[];
  card(e: E, lang: UiLang): Card;
  /** The panel's order of entities; reading order when absent. */
  sort?(list: readonly E[]): readonly E[];
}

/** A kind definition from its typed spec (the entity type does not leak out). */
function defineKind<E>(s: KindSpec<E>): KindDef {
  return {
    id: s.id,
    field: s.field,
    label: s.label,
    plural: s.plural,
    color: s.color,
    count: (x) => s.entities(x).length,
    mentions: (x, lang) => s.entities(x).flatMap((e) => s.spans(e).map((m) => ({ entity: s.key(e), start: m.start, end: m.end, card: () => s.card(e, lang) }))),
    panelOrder: (x) => (s.sort ? s.sort(s.entities(x)) : s.entities(x)).map(s.key),
  };
}

/** ISO dates sort as strings ("--07-16", no year, first); plain comparison, not localeCompare (ICU start-up costs ~20 ms in a page). */
const isoKey = (iso: string) => iso.replace(/^--/, '0000-');

/** The kinds by id. */
export const KINDS: Readonly<Record<Kind, KindDef>> = {
  official: defineKind<Official>({
    id: 'official',
    field: 'officials',
    label: 'official',
    plural: 'officials',
    color: '#ffbe3c',
    entities: (x) => x.officials,
    key: (o) => `o:${o.key}`,
    spans: (o) => o.mentions,
    card: officialCard,
  }),
  document: defineKind<DocumentRef>({
    id: 'document',
    field: 'documents',
    label: 'document',
    plural: 'documents',
    color: '#50a0ff',
    entities: (x) => x.documents,
    key: (d) => `d:${d.key ?? d.name ?? d.text}`,
    spans: (d) => [d],
    card: documentCard,
  }),
  date: defineKind<DateRef>({
    id: 'date',
    field: 'dates',
    label: 'date',
    plural: 'dates',
    color: '#3cc88c',
    entities: (x) => x.dates,
    key: (d) => `t:${d.iso}`,
    spans: (d) => [d],
    card: dateCard,
    sort: (list) => [...list].sort((a, b) => (isoKey(a.iso) < isoKey(b.iso) ? -1 : isoKey(a.iso) > isoKey(b.iso) ? 1 : 0)),
  }),
};

/** A record with one value per kind, `f(kind)` each. */
export function perKind<T>(f: (k: Kind) => T): Record<Kind, T> {
  return Object.fromEntries(KIND_IDS.map((k) => [k, f(k)])) as Record<Kind, T>;
}

/** Is `x` a kind's id? */
export function isKind(x: unknown): x is Kind {
  return typeof x === 'string' && (KIND_IDS as readonly string[]).includes(x);
}

/** Name of a kind's highlight in `CSS.highlights` (and of its `::highlight()` rule). */
export const highlightName = (k: Kind): string => `dvlens-${k}`;
