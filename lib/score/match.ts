/**
 * Scoring one passage: the engine's entities against the gold ones, matched
 * as the annotation guide's last section says. Officials match by name
 * (tone-insensitive per syllable, strict on spelling); titles are compared per
 * matched official after trimming punctuation; documents by (kind, number,
 * issuer) when gold has a number, else by text; dates by ISO value, an
 * unknown year in gold accepting any year; periods by text. Bylines are not
 * counted either way.
 */
import type { Extraction } from '../engine/extract/types';
import { normalizeText, toneKey } from '../engine/text/normalize';
import type { GoldPassage } from './gold';

/** The kinds that are scored. */
export const SCORED_KINDS = ['officials', 'titles', 'documents', 'dates', 'periods'] as const;
/** One scored kind. */
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** True positives, false positives and false negatives of one kind. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One difference between the engine and the gold, for `--show`. */
export interface Difference {
  kind: ScoredKind;
  /** 'miss': in gold, not found; 'extra': found, not in gold. */
  type: 'miss' | 'extra';
  what: string;
}

/** A passage's counts per kind and its differences. */
export interface PassageScore {
  id: string;
  lang: string;
  counts: Record<ScoredKind, Counts>;
  differences: Difference[];
}

/** Clean spelling for comparison: NFC, look-alike letters, new-style tones, one space, no outer punctuation. */
export function cleanForm(s: string): string {
  return normalizeText(s)
    .text.replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?"'()[\]“”‘’…–—-]+|[\s.,;:!?"'()[\]“”‘’…–—-]+$/g, '');
}

/** A name's matching key: tone-insensitive, case-insensitive, spelling kept. */
export const nameKey = (name: string) => toneKey(cleanForm(name));

/** A document's matching key: (kind, number, issuer) with a number, else its text. */
export function documentKey(d: { kind: string; number: string | null; issuer: string | null; text: string }, byText: boolean): string {
  if (!byText) return `${cleanForm(d.kind)}|${cleanForm(d.number ?? '')}|${cleanForm(d.issuer ?? '')}`;
  return `text|${cleanForm(d.text).toLowerCase()}`;
}

const emptyCounts = (): Record<ScoredKind, Counts> => ({
  officials: { tp: 0, fp: 0, fn: 0 },
  titles: { tp: 0, fp: 0, fn: 0 },
  documents: { tp: 0, fp: 0, fn: 0 },
  dates: { tp: 0, fp: 0, fn: 0 },
  periods: { tp: 0, fp: 0, fn: 0 },
});

/** Split an ISO date into its year (null when unknown) and the rest ("-10-15", "-10", ""). */
function isoParts(iso: string): { year: string | null; rest: string } {
  const date = iso.split('T')[0] ?? iso;
  if (date.startsWith('XXXX')) return { year: null, rest: date.slice(4) };
  if (date.startsWith('--')) return { year: null, rest: date.slice(1) };
  return { year: date.slice(0, 4), rest: date.slice(4) };
}

/**
 * Match two lists one-to-one by a key; returns the pairs and what is left on
 * each side. `fallback` is a second, looser test tried on what is left.
 */
function pair<G, P>(
  gold: readonly G[],
  found: readonly P[],
  keyG: (g: G) => string,
  keyP: (p: P) => string,
  fallback?: (g: G, p: P) => boolean,
): { pairs: [G, P][]; missed: G[]; extra: P[] } {
  const byKey = new Map<string, P[]>();
  for (const p of found) {
    const k = keyP(p);
    const list = byKey.get(k);
    if (list) list.push(p);
    else byKey.set(k, [p]);
  }
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  const used = new Set<P>();
  for (const g of gold) {
    const p = byKey.get(keyG(g))?.find((x) => !used.has(x));
    if (p === undefined) missed.push(g);
    else {
      used.add(p);
      pairs.push([g, p]);
    }
  }
  let extra = found.filter((p) => !used.has(p));
  if (fallback && missed.length > 0 && extra.length > 0) {
    const still: G[] = [];
    for (const g of missed) {
      const p = extra.find((x) => !used.has(x) && fallback(g, x));
      if (p === undefined) still.push(g);
      else {
        used.add(p);
        pairs.push([g, p]);
      }
    }
    missed.splice(0, missed.length, ...still);
    extra = extra.filter((p) => !used.has(p));
  }
  return { pairs, missed, extra };
}

/** Score one passage's extraction against its gold. */
export function scorePassage(gold: GoldPassage, found: Pick<Extraction, 'officials' | 'documents' | 'dates' | 'periods'>, lang: string): PassageScore {
  const counts = emptyCounts();
  const differences: Difference[] = [];
  const note = (kind: ScoredKind, type: Difference['type'], what: string) => {
    counts[kind][type === 'miss' ? 'fn' : 'fp']++;
    differences.push({ kind, type, what });
  };

  // Officials and their titles.
  const officials = pair(gold.officials, found.officials, (g) => nameKey(g.name), (p) => nameKey(p.name));
  for (const [g, p] of officials.pairs) {
    if (g.byline) continue;
    counts.officials.tp++;
    const titles = pair(g.titles, p.titles, cleanForm, cleanForm);
    counts.titles.tp += titles.pairs.length;
    for (const t of titles.missed) note('titles', 'miss', `${g.name}: ${t}`);
    for (const t of titles.extra) note('titles', 'extra', `${g.name}: ${t}`);
  }
  for (const g of officials.missed) {
    if (g.byline) continue;
    note('officials', 'miss', `${g.name}${g.titles.length ? ` (${g.titles.join('; ')})` : ''}`);
  }
  for (const p of officials.extra) {
    if (p.byline) continue;
    note('officials', 'extra', `${p.name}${p.titles.length ? ` (${p.titles.join('; ')})` : ''}`);
  }

  // Documents.
  const documents = pair(
    gold.documents,
    found.documents,
    (g) => documentKey(g, g.number === null),
    (p) => documentKey(p, false),
    // A document without a number is matched by its text; one with a number only by (kind, number, issuer).
    (g, p) => g.number === null && documentKey(g, true) === documentKey(p, true),
  );
  counts.documents.tp += documents.pairs.length;
  const docWhat = (d: { text: string; kind: string; number: string | null; issuer: string | null }) =>
    `${d.text} [${d.kind} ${d.number ?? '—'} ${d.issuer ?? '—'}]`;
  for (const g of documents.missed) note('documents', 'miss', docWhat(g));
  for (const p of documents.extra) note('documents', 'extra', docWhat(p));

  // Dates: one entry per distinct value on each side.
  const foundDates = [...new Map(found.dates.map((d) => [d.iso.split('T')[0] ?? d.iso, d])).entries()];
  const goldDates = [...new Map(gold.dates.map((d) => [d.iso, d])).values()];
  const dates = pair(
    goldDates,
    foundDates,
    (g) => g.iso,
    ([iso]) => iso,
    (g, [iso]) => {
      const a = isoParts(g.iso);
      const b = isoParts(iso);
      return a.rest === b.rest && (a.year === null || a.year === b.year);
    },
  );
  counts.dates.tp += dates.pairs.length;
  for (const g of dates.missed) note('dates', 'miss', `${g.text} → ${g.iso}`);
  for (const [iso, d] of dates.extra) note('dates', 'extra', `${d.text} → ${iso}`);

  // Periods.
  const periodKey = (s: string) => cleanForm(s).toLowerCase();
  const periods = pair(gold.periods ?? [], found.periods, periodKey, (p) => periodKey(p.text));
  counts.periods.tp += periods.pairs.length;
  for (const g of periods.missed) note('periods', 'miss', g);
  for (const p of periods.extra) note('periods', 'extra', p.text);

  return { id: gold.id, lang, counts, differences };
}
