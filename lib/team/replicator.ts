/**
 * The replication runtime: PouchDB's replicator keeps a local PouchDB
 * (IndexedDB, in the extension's origin) in step with the team's CouchDB,
 * live and with retries, and the bridge (./bridge.ts) keeps the library in
 * step with that local PouchDB. It runs in a worker of the offscreen
 * document (entrypoints/english-offscreen/team-worker.ts), started only when
 * a team library is configured; nothing here is loaded otherwise.
 *
 * Resuming: the replicator's checkpoints live in both databases (PouchDB's
 * `_local` documents), the bridge's position in the local changes feed and
 * the outbox in the library, so a worker started again (browser restart,
 * offscreen document reopened, network back) carries on where the last one
 * stopped, and a change made meanwhile waits in the outbox.
 */
import type { Library } from '../library/db';
import { TeamBridge } from './bridge';
import type { PouchLike } from './pouch';
import { beginTeam, patchState, problemOf, type TeamConfig } from './state';

/**
 * What the replicator needs of PouchDB's replication handle (`db.replicate.to()` / `.from()`; two
 * one-way replications rather than `sync()`, whose "paused" event drops the error that says why).
 */
interface ReplicationHandle {
  on(event: 'change', fn: (info: { pending?: number; docs_written?: number }) => void): ReplicationHandle;
  on(event: 'paused', fn: (err?: unknown) => void): ReplicationHandle;
  on(event: 'active', fn: () => void): ReplicationHandle;
  on(event: 'denied' | 'error' | 'requestError', fn: (err: unknown) => void): ReplicationHandle;
  cancel(): void;
}

/** A local or remote PouchDB as the runtime uses it. */
export interface RuntimePouch extends PouchLike {
  info(): Promise<unknown>;
  replicate: { to(remote: RuntimePouch, opts: object): ReplicationHandle; from(remote: RuntimePouch, opts: object): ReplicationHandle };
  changes(opts: { live: true; since: 'now' }): { on(event: 'change', fn: () => void): unknown; cancel(): void };
  changes(opts: Parameters<PouchLike['changes']>[0]): ReturnType<PouchLike['changes']>;
  close(): Promise<void>;
}

/** Documents per Dexie transaction and per replication batch. */
const BATCH = 400;

/** PouchDB's constructor (pouchdb-browser in the extension). */
export type PouchConstructor = new (name: string, opts?: object) => RuntimePouch;

/** The local PouchDB's name for a server and user: one replica per team database and account. */
export function localName(config: Pick<TeamConfig, 'server' | 'user'>): string {
  let h = 0x811c9dc5;
  for (const ch of `${config.server}\n${config.user}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `dvlens-team-${h.toString(36)}`;
}

/** Live replication of one library with one team database. */
export class Replicator {
  private local: RuntimePouch | null = null;
  private remote: RuntimePouch | null = null;
  private replications: ReplicationHandle[] = [];
  private feed: { cancel(): void } | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private pendingRemote = 0;
  /** Each direction is idle (caught up, no error). */
  private idle = { push: false, pull: false };
  private get syncIdle() {
    return this.idle.push && this.idle.pull;
  }

  constructor(
    private readonly PouchDB: PouchConstructor,
    private readonly lib: Library,
    readonly config: TeamConfig,
    /** How often the outbox is looked at besides change events (ms). */
    private readonly every = 1000,
  ) {}

  /** Start (or resume): journal, replicate live, bridge each change. */
  async start(): Promise<void> {
    await beginTeam(this.lib.db, this.config.server, this.config.user);
    this.local = new this.PouchDB(localName(this.config));
    this.remote = new this.PouchDB(this.config.server, { auth: { username: this.config.user, password: this.config.password }, skip_setup: true });
    const bridge = new TeamBridge(this.lib, this.local, this.config.user);
    this.kick = () => this.schedule(bridge);
    const feed = this.local.changes({ live: true, since: 'now' });
    feed.on('change', () => this.kick());
    this.feed = feed;
    this.timer = setInterval(() => void this.tick(), this.every);
    this.kick();
    this.connect();
  }

  private kick: () => void = () => {};

  /** Look at the outbox; bridge when something waits. */
  private async tick(): Promise<void> {
    if (this.stopped) return;
    if ((await this.lib.db.outbox.count()) > 0) this.kick();
  }

  /** Start PouchDB's live replication both ways; on a fatal error (wrong password, no such database) try again in a while. */
  private connect(): void {
    if (this.stopped || !this.local || !this.remote) return;
    const opts = {
      live: true,
      retry: true,
      batch_size: BATCH,
      // Back off up to a minute while the server cannot be reached.
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
    };
    const problem = (err: unknown) => void patchState(this.lib.db, { active: false, problem: problemOf(err), detail: message(err) });
    const directions = [
      ['push', this.local.replicate.to(this.remote, opts)],
      ['pull', this.local.replicate.from(this.remote, opts)],
    ] as const;
    this.replications = directions.map(([, r]) => r);
    for (const [dir, r] of directions) {
      r.on('change', (info) => {
        if (dir === 'push') this.pendingRemote = info.pending ?? 0;
        this.kick();
      })
        .on('active', () => {
          this.idle[dir] = false;
          void patchState(this.lib.db, { active: true });
        })
        .on('paused', (err) => {
          this.idle[dir] = !err;
          if (err) return problem(err);
          if (dir === 'push') this.pendingRemote = 0;
          this.kick();
        })
        .on('requestError', (err) => {
          this.idle[dir] = false;
          problem(err);
        })
        .on('denied', (err) => void patchState(this.lib.db, { problem: 'forbidden', detail: message(err) }))
        .on('error', (err) => {
          problem(err);
          if (this.replications.length) {
            for (const x of this.replications) x.cancel();
            this.replications = [];
            setTimeout(() => this.connect(), 30_000);
          }
        });
    }
  }

  /** Run the bridge now, or once more after the run under way. */
  private schedule(bridge: TeamBridge): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          const result = await bridge.settle(50, BATCH);
          const pending = await this.lib.db.outbox.count();
          const patch: Parameters<typeof patchState>[1] = { pendingRemote: this.pendingRemote };
          if (this.syncIdle && !pending) Object.assign(patch, { lastSynced: new Date().toISOString(), problem: null, detail: null, active: false });
          if (result.rejected.length) Object.assign(patch, { problem: 'invalid', detail: result.rejected.slice(0, 3).join(' ') });
          await patchState(this.lib.db, patch);
        } catch (e) {
          await patchState(this.lib.db, { problem: problemOf(e), detail: message(e) }).catch(() => {});
        }
      } while (this.again && !this.stopped);
      this.running = null;
    })();
  }

  /** Stop replicating (the library and the local replica stay). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const r of this.replications) r.cancel();
    this.feed?.cancel();
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await patchState(this.lib.db, { active: false }).catch(() => {});
    await this.local?.close().catch(() => {});
    await this.remote?.close().catch(() => {});
  }
}

function message(e: unknown): string {
  const err = e as { message?: string; reason?: string } | null;
  return err?.reason ?? err?.message ?? String(e);
}
