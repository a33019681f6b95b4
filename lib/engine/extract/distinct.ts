/**
 * One entry per distinct document, date and period, as a reader (and
 * the annotation guide) counts them: the engine reports every mention with
 * its own span, for highlighting; a list for people reads each document and
 * each date once, with the spans of all its mentions.
 */
import type { DateRef, DocumentRef, Extraction, PeriodRef, Span } from './types';

/** A document or date with every place the text mentions it. */
export type WithMentions<T> = T & { mentions: Span[] };

/**
 * The identity of a document: its symbol (whatever its separators: "60-NQ/TW" and a misspelt "60/NQ-TW" are one),
 * else kind + number + issuer, else its name or text.
 */
export function documentIdentity(d: Pick<DocumentRef, 'key' | 'kind' | 'number' | 'issuer' | 'name' | 'text'>): string {
  if (d.key) return `key:${d.key.replace(/[\s/-]/g, '')}`;
  if (d.number) return `num:${d.kind}|${d.number}|${d.issuer ?? ''}`;
  return `name:${(d.name ?? d.text).toLowerCase().replace(/\s+/g, ' ')}`;
}

function group<T extends Span>(items: readonly T[], id: (x: T) => string): WithMentions<T>[] {
  const byId = new Map<string, WithMentions<T>>();
  for (const x of items) {
    const k = id(x);
    const seen = byId.get(k);
    if (seen) seen.mentions.push({ start: x.start, end: x.end });
    else byId.set(k, { ...x, mentions: [{ start: x.start, end: x.end }] });
  }
  return [...byId.values()];
}

/**
 * A named document listed as its fullest mention: "the 2022 Law on X" rather
 * than an earlier "the Law on X" (the mention whose text spells its name).
 * One pass over the mentions, then one over the distinct documents.
 */
function fullestMentions(all: readonly DocumentRef[], distinct: WithMentions<DocumentRef>[]): WithMentions<DocumentRef>[] {
  const nameOf = new Map<string, string>();
  for (const d of distinct) if (d.name) nameOf.set(documentIdentity(d), d.name);
  const spelled = new Set<string>();
  for (const o of all) {
    const id = documentIdentity(o);
    if (o.text === nameOf.get(id)) spelled.add(id);
  }
  return distinct.map((d) => (d.name && d.name !== d.text && spelled.has(documentIdentity(d)) ? { ...d, text: d.name } : d));
}

/**
 * The extraction with documents and dates listed once each (first mention
 * first; a named document as the mention that spells its whole name), every
 * mention kept in `mentions`.
 */
export function distinctEntities(x: Extraction): Omit<Extraction, 'documents' | 'dates' | 'periods'> & {
  documents: WithMentions<DocumentRef>[];
  dates: WithMentions<DateRef>[];
  periods: WithMentions<PeriodRef>[];
} {
  return {
    ...x,
    documents: fullestMentions(x.documents, group(x.documents, documentIdentity)),
    dates: group(x.dates, (d) => d.iso),
    periods: group(x.periods, (p) => p.text.toLowerCase().replace(/\s+/g, ' ')),
  };
}
