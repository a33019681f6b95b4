/**
 * How a clip is held in the team's CouchDB database: one document per
 * canonical URL, `_id` "clip:" + the URL, the clip (without the local id,
 * which differs in every browser) under `clip`, and `origin`, the CouchDB
 * user who first clipped it. Documents coming from the server are checked
 * against the JSON export's schema before they may reach the library.
 */
import type { Clip } from '../library/types';
import { stable } from '../transfer/merge';
import { clipSchema } from '../transfer/schema';

/** The prefix of every clip document's `_id`. */
export const DOC_PREFIX = 'clip:';

/** A clip document as stored in CouchDB / PouchDB. */
export interface ClipDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  type: 'clip';
  /** The CouchDB user name of whoever first clipped the article. */
  origin: string;
  clip: Omit<Clip, 'id'>;
}

/** A clip document's `_id`. */
export function docId(url: string): string {
  return `${DOC_PREFIX}${url}`;
}

/** The URL of a clip document's `_id`, or null for a document that is not a clip. */
export function urlOf(id: string): string | null {
  return id.startsWith(DOC_PREFIX) ? id.slice(DOC_PREFIX.length) : null;
}

/** The clip without its local id. */
export function withoutId(clip: Clip): Omit<Clip, 'id'> {
  const { id: _id, ...rest } = clip;
  return rest;
}

/** The document for a clip (no `_rev`: the caller adds the revision it replaces). */
export function clipToDoc(clip: Clip, origin: string): ClipDoc {
  return { _id: docId(clip.url), type: 'clip', origin, clip: withoutId(clip) };
}

/** Why a document from the team library cannot become a clip. */
export class TeamDocError extends Error {
  constructor(
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'TeamDocError';
  }
}

/**
 * The clip a document holds, checked by the export schema (every field and
 * limit of lib/transfer/schema.ts); throws a {@link TeamDocError} naming the
 * field otherwise, so a malformed document never reaches the library.
 */
export function docToClip(doc: ClipDoc): Clip {
  const url = urlOf(doc._id);
  if (url === null || doc.type !== 'clip' || !doc.clip || typeof doc.clip !== 'object') throw new TeamDocError(doc._id, `${doc._id} is not a clip document.`);
  const parsed = clipSchema.safeParse(doc.clip);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TeamDocError(doc._id, `${doc._id} is malformed: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'}.`);
  }
  const clip = parsed.data as Clip;
  if (clip.url !== url) throw new TeamDocError(doc._id, `${doc._id} holds the clip of another address (${clip.url}).`);
  delete clip.id;
  return clip;
}

/** A clip's content as one string whatever its key order, without the local id: equal strings, equal clips. */
export function contentKey(clip: Clip | Omit<Clip, 'id'>): string {
  const { id: _id, ...rest } = clip as Clip;
  return JSON.stringify(stable(rest));
}
