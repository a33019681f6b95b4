/**
 * How an imported clip meets the clip already saved under its canonical URL:
 * the newer version of the article (by `updatedAt`) gives the text, metadata
 * and entities; nothing the reader wrote on either side is dropped (notes
 * joined, tags and quotes united, an edited summary kept).
 */
import { cleanTags } from '../library/clip';
import type { Clip } from '../library/types';

/** What importing `incoming` would do to `saved`. */
export type ImportAction = 'new' | 'update' | 'conflict' | 'unchanged';

function joinNotes(a: string, b: string): string {
  if (!a || a === b || a.includes(b)) return a || b;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/** A value with its object keys sorted and undefined fields left out, for comparing two clips whatever their key order. */
export function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => [k, stable(x)]),
  );
}

function same(a: Clip, b: Clip): boolean {
  const { id: _a, ...x } = a;
  const { id: _b, ...y } = b;
  return JSON.stringify(stable(x)) === JSON.stringify(stable(y));
}

/** Merge an imported clip into the saved one. */
export function mergeImported(saved: Clip, incoming: Clip): Clip {
  const newer = incoming.updatedAt > saved.updatedAt ? incoming : saved;
  const older = newer === incoming ? saved : incoming;
  const quotes = [...saved.quotes];
  for (const q of incoming.quotes) if (!quotes.some((s) => s.text === q.text && s.prefix === q.prefix && s.suffix === q.suffix)) quotes.push(q);
  const summarySource = newer.summaryEdited ? newer : older.summaryEdited ? older : newer;
  const merged: Clip = {
    ...newer,
    clippedAt: saved.clippedAt < incoming.clippedAt ? saved.clippedAt : incoming.clippedAt,
    note: joinNotes(saved.note, incoming.note),
    tags: cleanTags([...saved.tags, ...incoming.tags]),
    quotes,
    summary: summarySource.summary,
  };
  if (summarySource.summaryEdited) merged.summaryEdited = true;
  else delete merged.summaryEdited;
  if (saved.id !== undefined) merged.id = saved.id;
  else delete merged.id;
  return merged;
}

/**
 * Classify an import: new (no saved clip), unchanged (identical), conflict
 * (both sides carry different reader writing — notes, or edited summaries —
 * which the merge keeps both of), or update.
 */
export function importAction(saved: Clip | undefined, incoming: Clip): ImportAction {
  if (!saved) return 'new';
  if (same(saved, incoming)) return 'unchanged';
  const notes = saved.note && incoming.note && !saved.note.includes(incoming.note) && !incoming.note.includes(saved.note);
  const summaries = saved.summaryEdited && incoming.summaryEdited && saved.summary.join('\n') !== incoming.summary.join('\n');
  return notes || summaries ? 'conflict' : 'update';
}
