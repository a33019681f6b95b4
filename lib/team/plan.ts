/**
 * The bridge's decisions, pure: what a local change does to the team's
 * document (push) and what a document from the team does to the library
 * (pull). Echo suppression lives here: a document already at the revision
 * the library last replicated, or with the same content as the library's
 * clip, is not written again in either direction, so a change that came
 * from the team is never sent back to it, nor a change sent to the team
 * brought back into the library.
 */
import type { Clip } from '../library/types';
import { type ClipDoc, clipToDoc, contentKey, docToClip } from './doc';
import { mergeVersions } from './merge';

/** The team's side of a clip as the local PouchDB has it: nothing, a tombstone, or a live document. */
export type Remote = { kind: 'none' } | { kind: 'deleted'; rev: string } | { kind: 'live'; rev: string; doc: ClipDoc };

/** What pushing a local change does. */
export interface PushPlan {
  /** The document (or tombstone) to write into PouchDB, child of the revision it names. */
  write: ClipDoc | { _id: string; _rev: string; _deleted: true } | null;
  /** The clip the library should hold afterwards (a merge brought in the team's side), or null to leave it. */
  localPut: Clip | null;
  /** The origin to record. */
  origin: string;
}

/**
 * Push: the library's clip of a URL (`local`, undefined when deleted here)
 * against the team's document, knowing the revision this library last
 * replicated (`knownRev`). `me` is this reader's CouchDB user name.
 */
export function planPush(local: Clip | undefined, knownRev: string | undefined, knownOrigin: string | undefined, remote: Remote, me: string): PushPlan {
  const origin = knownOrigin ?? me;
  if (remote.kind === 'none') return { write: local ? clipToDoc(local, origin) : null, localPut: null, origin };
  if (remote.kind === 'deleted') {
    // Restored here (undo) or changed here while a colleague deleted it: the reader's clip lives on.
    return { write: local ? { ...clipToDoc(local, origin), _rev: remote.rev } : null, localPut: null, origin };
  }
  const theirs = docToClip(remote.doc);
  const theirOrigin = remote.doc.origin;
  if (!local) {
    // Deleted here. If the team changed the clip since we last saw it, their change is kept (the clip comes back).
    if (knownRev === remote.rev) return { write: { _id: remote.doc._id, _rev: remote.rev, _deleted: true }, localPut: null, origin: theirOrigin };
    return { write: null, localPut: theirs, origin: theirOrigin };
  }
  if (contentKey(local) === contentKey(theirs)) return { write: null, localPut: null, origin: theirOrigin };
  if (knownRev === remote.rev) return { write: { ...clipToDoc(local, theirOrigin), _rev: remote.rev }, localPut: null, origin: theirOrigin };
  // Both sides changed since the last sync: the import's merge, deterministic.
  const merged = mergeVersions([
    { clip: local, origin },
    { clip: theirs, origin: theirOrigin },
  ]);
  const write = contentKey(merged.clip) === contentKey(theirs) && merged.origin === theirOrigin ? null : { ...clipToDoc(merged.clip, merged.origin), _rev: remote.rev };
  return { write, localPut: contentKey(merged.clip) === contentKey(local) ? null : merged.clip, origin: merged.origin };
}

/** What a document from the team does to the library. */
export type PullPlan = { kind: 'skip' } | { kind: 'record' } | { kind: 'put'; clip: Clip } | { kind: 'delete' };

/**
 * Pull: a document's winning revision (`remote`) against the library. A URL
 * with local changes still in the outbox is skipped (its push merges both
 * sides); a revision already replicated is skipped; the same content only
 * records the revision.
 */
export function planPull(local: Clip | undefined, pending: boolean, knownRev: string | undefined, remote: Remote): PullPlan {
  if (pending || remote.kind === 'none') return { kind: 'skip' };
  if (knownRev === remote.rev) return { kind: 'skip' };
  if (remote.kind === 'deleted') return local ? { kind: 'delete' } : { kind: 'record' };
  const theirs = docToClip(remote.doc);
  if (local && contentKey(local) === contentKey(theirs)) return { kind: 'record' };
  return { kind: 'put', clip: theirs };
}
