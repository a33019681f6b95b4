/**
 * The team library's replication, in a worker of the offscreen document
 * (Chrome gives the service worker none of its own, and the service worker
 * is stopped when idle; this document stays while the browser runs), or of
 * Firefox's background page (which has workers of its own). Started
 * by ./team-host.ts only when a team library is configured: PouchDB and the
 * bridge load with it, never otherwise. Messages: `{ config }` to replicate
 * with that team library, `{ config: null }` to stop.
 */
import PouchDB from 'pouchdb-browser';
import { Library, LibraryDb } from '@/lib/library/db';
import { type PouchConstructor, Replicator } from '@/lib/team/replicator';
import type { TeamConfig } from '@/lib/team/state';

let current: Replicator | null = null;
let queue: Promise<void> = Promise.resolve();

self.onmessage = (e: MessageEvent<{ config: TeamConfig | null }>) => {
  const { config } = e.data;
  queue = queue.then(async () => {
    await current?.stop();
    current = null;
    if (!config) return;
    current = new Replicator(PouchDB as unknown as PouchConstructor, new Library(new LibraryDb()), config);
    await current.start();
  }).catch((err) => console.warn('Dân vận Lens: team replication could not start', err));
};
