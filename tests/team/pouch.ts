/**
 * PouchDB in Node for the team library's tests: the same replicator as the
 * extension's, on PouchDB's memory adapter. `replica()` is one browser's
 * library with its local PouchDB and bridge; `hub()` stands for the team's
 * server database.
 */
import { createRequire } from 'node:module';
import { TeamBridge } from '@/lib/team/bridge';
import type { PouchLike } from '@/lib/team/pouch';
import { beginTeam } from '@/lib/team/state';
import { memoryLibrary } from '../library/helpers';

const require = createRequire(import.meta.url);

/** PouchDB with the memory adapter and replication (CommonJS packages). */
export const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication')) as {
  new (name: string, opts?: object): PouchLike & { destroy(): Promise<void>; info(): Promise<{ update_seq: number | string; doc_count: number }> };
  replicate(a: unknown, b: unknown, opts?: object): Promise<{ docs_written: number }>;
};

let n = 0;

/** A fresh PouchDB with a name of its own. */
export function pouch(label = 'db') {
  return new PouchDB(`${label}-${++n}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' });
}

/** One browser: its library, its local PouchDB and the bridge between them, connected as `user`. */
export async function replica(user: string) {
  const lib = memoryLibrary(`${user}-${++n}`);
  const db = pouch(user);
  const bridge = new TeamBridge(lib, db, user);
  await beginTeam(lib.db, 'http://127.0.0.1:5984/team', user);
  return { user, lib, pouch: db, bridge };
}

/** Replicate both ways between a replica's PouchDB and the hub, as PouchDB's sync does. */
export async function exchange(a: PouchLike, hub: PouchLike): Promise<void> {
  await PouchDB.replicate(a, hub);
  await PouchDB.replicate(hub, a);
}
