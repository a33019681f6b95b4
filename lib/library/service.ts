/**
 * The background's side of clipping: checks what a content script sent and
 * saves it, answering with a result the sender can show. Pure of browser
 * globals: the background passes the {@link Library}.
 */
import type { ClipStatus, SaveResult } from '../shared/messages';
import { type Library, libraryError } from './db';
import { STORED_KIND_LIST } from './stored-kinds';
import type { Clip } from './types';

/** Why a message's clip is not a clip, or null when it is one. */
export function clipProblem(x: unknown): string | null {
  if (!x || typeof x !== 'object') return 'not an object';
  const c = x as Partial<Clip>;
  if (typeof c.url !== 'string' || !/^(https?|file):/.test(c.url)) return 'url: expected an http(s) address';
  if (typeof c.title !== 'string') return 'title: expected text';
  if (typeof c.text !== 'string') return 'text: expected text';
  for (const f of ['summary', ...STORED_KIND_LIST.map((k) => k.field), 'periods', 'tags', 'quotes']) {
    if (!Array.isArray(c[f as keyof Clip])) return `${f}: expected a list`;
  }
  if (typeof c.note !== 'string') return 'note: expected text';
  return null;
}

/** Save a clip sent by a content script. Never throws: failures come back as a code and a sentence. */
export async function saveClip(lib: Library, clip: unknown): Promise<SaveResult> {
  const problem = clipProblem(clip);
  if (problem) return { ok: false, code: 'invalid', message: `The clip is malformed (${problem}).` };
  try {
    const { clip: saved, created } = await lib.save(clip as Clip);
    return { ok: true, id: saved.id, created };
  } catch (e) {
    const err = libraryError(e);
    return { ok: false, code: err.code, message: err.message };
  }
}

/** Is the page at canonical `url` clipped? */
export async function clipStatus(lib: Library, url: string): Promise<ClipStatus> {
  try {
    const c = await lib.byUrl(url);
    return c?.id !== undefined ? { clipped: true, id: c.id } : { clipped: false };
  } catch {
    return { clipped: false };
  }
}
