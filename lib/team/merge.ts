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
 * The merged clip of `versions` (at least one), and its origin: the user of
 * the earliest clip (ties: the smaller name). Depends only on the set of
 * versions, never on their order.
 */
export function mergeVersions(versions: Version[]): Version {
  const [first, ...rest] = canonical(versions);
  if (!first) throw new Error('mergeVersions needs at least one version');
  let clip: Clip = withoutId(first.clip) as Clip;
  for (const v of rest) clip = mergeImported(clip, withoutId(v.clip) as Clip);
  const origins = [...versions].sort((a, b) => (a.clip.clippedAt < b.clip.clippedAt ? -1 : a.clip.clippedAt > b.clip.clippedAt ? 1 : a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  return { clip, origin: origins[0]?.origin ?? first.origin };
}
