/**
 * Merging the versions of one clip that two or more browsers changed apart
 * (CouchDB's conflicting revisions), by the JSON import's rules
 * (lib/transfer/merge.ts: the newer article text, notes joined, tags and
 * quotes united, an edited summary kept), made deterministic: the versions
 * are put in one canonical order (by `updatedAt`, then by content) before
 * they are folded, so every replica that sees the same versions writes the
 * same merged clip, whatever order they arrived in.
 */
import type { Clip } from '../library/types';
import { mergeImported } from '../transfer/merge';
import { contentKey, withoutId } from './doc';

/** One version of a clip with the user who first clipped it. */
export interface Version {
  clip: Clip;
  origin: string;
}

/** The canonical order of versions: oldest `updatedAt` first, then by content (so ties are ordered too). */
function canonical(versions: Version[]): Version[] {
  const keyed = versions.map((v) => ({ v, key: contentKey(v.clip) }));
  keyed.sort((a, b) => (a.v.clip.updatedAt < b.v.clip.updatedAt ? -1 : a.v.clip.updatedAt > b.v.clip.updatedAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // The same content twice counts once.
  return keyed.filter((k, i) => i === 0 || k.key !== keyed[i - 1]?.key).map((k) => k.v);
}

/**
 * The notes of several versions joined as the import joins two (a note that
 * another one already holds adds nothing, different notes are kept one after
 * the other, separated by a blank line), but paragraph by paragraph: the
 * paragraphs of every note, in canonical order, each once, leaving out a
 * paragraph another one contains. Merging a merge again then adds nothing
 * (the set of paragraphs only grows, and joining equal sets gives the first
 * note back), so replicas that merged different subsets still converge; the
 * import's whole-note rule would repeat text at every such round.
 */
export function joinNotes(notes: string[]): string {
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    for (const p of note.split(/\n{2,}/)) {
      const t = p.trim();
      if (!t || seen.has(t)) continue;
      seen.add(t);
      paragraphs.push(t);
    }
  }
  return paragraphs.filter((p) => !paragraphs.some((q) => q !== p && q.includes(p))).join('\n\n');
}

/**
 * The merged clip of `versions` (at least one), and its origin: the user of
 * the earliest clip (ties: the smaller name). Depends only on the set of
 * versions, never on their order.
 */
export function mergeVersions(versions: Version[]): Version {
  const [first, ...rest] = canonical(versions);
  if (!first) throw new Error('mergeVersions needs at least one version');
  let clip: Clip = withoutId(first.clip) as Clip;
  for (const v of rest) clip = mergeImported(clip, withoutId(v.clip) as Clip);
  if (rest.length) clip.note = joinNotes([first, ...rest].map((v) => v.clip.note));
  const origins = [...versions].sort((a, b) => (a.clip.clippedAt < b.clip.clippedAt ? -1 : a.clip.clippedAt > b.clip.clippedAt ? 1 : a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  return { clip, origin: origins[0]?.origin ?? first.origin };
}
