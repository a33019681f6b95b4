/**
 * The team library's settings and state. The settings (server, user,
 * password) are in the extension's storage under {@link TEAM_KEY}, written by
 * the options page at Connect; the state (where the changes feed was last
 * read, when the last sync ended, what went wrong) is the `replica` row with
 * the key '' in the library's own database, so the library page reads it
 * with the clips and the replication worker writes it in the same
 * transactions as the clips it brings.
 */
import type { LibraryDb } from '../library/db';

/** The storage key of {@link TeamConfig}. */
export const TEAM_KEY = 'team';

/** What the reader typed at Connect. */
export interface TeamConfig {
  /** The database's address: `https://host[:port]/dbname`. */
  server: string;
  user: string;
  password: string;
}

/** What went wrong, as the interface puts it into words. */
export type TeamProblem = 'unauthorized' | 'forbidden' | 'unreachable' | 'not-found' | 'invalid' | 'server';

/** The connection's row in the `replica` table. */
export interface TeamState {
  url: '';
  server: string;
  user: string;
  /** The local changes feed's position already brought into the library. */
  since: number | string;
  /** ISO time the last sync with the server ended with nothing left to do. */
  lastSynced: string | null;
  /** Changes the server has not taken yet (the replicator's count). */
  pendingRemote: number;
  problem: TeamProblem | null;
  /** The server's or the browser's own words for the problem. */
  detail: string | null;
  /** True while replicating. */
  active: boolean;
}

/** A clip's row in the `replica` table: the revision last replicated, and who first clipped it. */
export interface ClipRecord {
  url: string;
  rev: string;
  origin: string;
}

/** The connection's state, or null when no team library is connected. */
export async function teamState(db: LibraryDb): Promise<TeamState | null> {
  return ((await db.replica.get('')) as TeamState | undefined) ?? null;
}

/** Who first clipped `url` in the team library, when it came from there. */
export async function originOf(db: LibraryDb, url: string): Promise<string | null> {
  const r = (await db.replica.get(url)) as ClipRecord | undefined;
  return r?.origin ?? null;
}

/**
 * Who first clipped each clip that came through the team library, by URL
 * (one read of the `replica` table, for the library's list), and the
 * connected user; null when no team library is connected.
 */
export async function originsOf(db: LibraryDb): Promise<{ me: string; byUrl: Map<string, string> } | null> {
  const rows = (await db.replica.toArray()) as (ClipRecord | TeamState)[];
  const state = rows.find((r): r is TeamState => r.url === '');
  if (!state) return null;
  const byUrl = new Map<string, string>();
  for (const r of rows) if (r.url !== '' && 'origin' in r && r.origin) byUrl.set(r.url, r.origin);
  return { me: state.user, byUrl };
}

/** Local changes not replicated yet. */
export function pendingCount(db: LibraryDb): Promise<number> {
  return db.outbox.count();
}

/**
 * Start journaling: write the state row and put every clip of the library
 * into the outbox, in one transaction (so a clip saved meanwhile is queued
 * either way). Does nothing when the state row is there already.
 */
export async function beginTeam(db: LibraryDb, server: string, user: string): Promise<void> {
  await db.transaction('rw', [db.clips, db.outbox, db.replica], async () => {
    const state = (await db.replica.get('')) as TeamState | undefined;
    if (state && state.server === server && state.user === user) return;
    await db.replica.clear();
    await db.outbox.clear();
    const fresh: TeamState = { url: '', server, user, since: 0, lastSynced: null, pendingRemote: 0, problem: null, detail: null, active: false };
    await db.replica.put(fresh);
    const at = `${Date.now()}-connect`;
    const urls = (await db.clips.orderBy('url').keys()) as string[];
    await db.outbox.bulkPut(urls.map((url) => ({ url, at })));
  });
}

/** Disconnect: stop journaling and forget the team's records; the clips stay as they are. */
export async function endTeam(db: LibraryDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.replica], async () => {
    await db.outbox.clear();
    await db.replica.clear();
  });
}

/** Update fields of the state row (when it is still there: a disconnect wins). */
export async function patchState(db: LibraryDb, patch: Partial<Omit<TeamState, 'url'>>): Promise<void> {
  await db.transaction('rw', [db.replica], async () => {
    const s = (await db.replica.get('')) as TeamState | undefined;
    if (s) await db.replica.put({ ...s, ...patch });
  });
}

/** The kind of problem behind a PouchDB or fetch error. */
export function problemOf(e: unknown): TeamProblem {
  const err = e as { status?: number; name?: string; message?: string } | null;
  const status = err?.status;
  if (status === 401 || err?.name === 'unauthorized') return 'unauthorized';
  if (status === 403 || err?.name === 'forbidden') return 'forbidden';
  if (status === 404 || err?.name === 'not_found') return 'not-found';
  if (status === 400) return 'invalid';
  if (!status || /fetch|network|ECONNREFUSED|Failed to/i.test(`${err?.name} ${err?.message}`)) return 'unreachable';
  return 'server';
}

/**
 * The database address a reader typed, checked: http(s), a host, a database
 * name as its only path segment (CouchDB's rule: lower case letter first,
 * then a-z, 0-9, _$()+-/); no credentials in the address. Null when it is not one.
 */
export function parseServer(input: string): string | null {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || !u.hostname || u.username || u.password || u.search || u.hash) return null;
  const db = u.pathname.replace(/^\/+|\/+$/g, '');
  if (!/^[a-z][a-z0-9_$()+-]*$/.test(db)) return null;
  return `${u.origin}/${db}`;
}

/** The host permission pattern for the server (its host only). */
export function serverPattern(server: string): string {
  const u = new URL(server);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The `Authorization` header for CouchDB's basic authentication (UTF-8 user names and passwords). */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}
