/**
 * The bridge between the library (Dexie, what every view reads) and the
 * local PouchDB replica that PouchDB's replicator keeps in step with the
 * team's CouchDB. No browser globals: the runtime (./replicator.ts) passes
 * the databases.
 *
 * - push: the URLs in the outbox (changed here) become documents in
 *   PouchDB, each a child of the revision it replaces; a URL leaves the
 *   outbox, with its new revision recorded, in one Dexie transaction, only
 *   if it did not change again meanwhile.
 * - pull: PouchDB's changes feed (what replication brought, and our own
 *   writes, which echo suppression skips) lands in the library: each batch in
 *   one Dexie transaction with the clips' search terms, catalog rows, people
 *   and documents indexes, their revisions and the feed's new position — all
 *   of it or none.
 * - conflicts (two browsers changed a clip apart): every replica merges the
 *   live leaf revisions the same way (./merge.ts), writes the merge on the
 *   winning revision and deletes the others, so all replicas converge.
 */
import type { Library, OutboxEntry } from '../library/db';
import type { Clip } from '../library/types';
import { type ClipDoc, clipToDoc, contentKey, docId, docToClip, TeamDocError, urlOf } from './doc';
import { mergeVersions, type Version } from './merge';
import { planPull, planPush, type Remote } from './plan';
import type { AllDocsRow, PouchLike } from './pouch';
import type { ClipRecord, TeamState } from './state';

/** What one pass did. */
export interface PassResult {
  pushed: number;
  pulled: number;
  resolved: number;
  /** Documents that could not become clips (malformed), with the reason. */
  rejected: string[];
}

const remoteOf = (row: AllDocsRow | undefined): Remote => {
  if (!row || row.error || !row.value) return { kind: 'none' };
  if (row.value.deleted || !row.doc) return { kind: 'deleted', rev: row.value.rev };
  return { kind: 'live', rev: row.value.rev, doc: row.doc };
};

/** The bridge of one library and one local PouchDB, for the CouchDB user `me`. */
export class TeamBridge {
  constructor(
    readonly lib: Library,
    readonly pouch: PouchLike,
    readonly me: string,
  ) {}

  private get db() {
    return this.lib.db;
  }

  /** Merge the conflicting live revisions of document `id`, if any. Returns true when it wrote. */
  async resolve(id: string): Promise<boolean> {
    const leaves = (await this.pouch.get(id, { open_revs: 'all' })).flatMap((l) => (l.ok && !l.ok._deleted ? [l.ok] : []));
    if (leaves.length < 2) return false;
    const winner = await this.pouch.get(id);
    const versions: Version[] = [];
    for (const l of leaves) {
      try {
        versions.push({ clip: docToClip(l), origin: l.origin });
      } catch {
        // A malformed leaf cannot be merged; it is deleted with the other losers.
      }
    }
    if (!versions.length || !winner._rev) return false;
    const merged = mergeVersions(versions);
    const writes: ({ _id: string; _rev: string; _deleted: true } | ClipDoc)[] = [];
    const winnerClip = docToClipSafe(winner);
    if (!winnerClip || contentKey(merged.clip) !== contentKey(winnerClip) || merged.origin !== winner.origin) {
      writes.push({ ...clipToDoc(merged.clip, merged.origin), _rev: winner._rev });
    }
    for (const l of leaves) if (l._rev && l._rev !== winner._rev) writes.push({ _id: id, _rev: l._rev, _deleted: true });
    if (!writes.length) return false;
    await this.pouch.bulkDocs(writes);
    return true;
  }

  /** The team's side of `urls`, conflicts merged first. */
  private async remotes(urls: string[]): Promise<Map<string, Remote>> {
    const keys = urls.map(docId);
    let { rows } = await this.pouch.allDocs({ keys, include_docs: true, conflicts: true });
    const conflicted = rows.filter((r) => r.doc?._conflicts?.length);
    if (conflicted.length) {
      for (const r of conflicted) await this.resolve(r.key);
      ({ rows } = await this.pouch.allDocs({ keys, include_docs: true, conflicts: true }));
    }
    return new Map(urls.map((u, i) => [u, remoteOf(rows[i])]));
  }

  /** Push up to `limit` URLs of the outbox into PouchDB. Returns how many left the outbox. */
  async push(limit = 100, rejected: string[] = []): Promise<number> {
    const entries: OutboxEntry[] = await this.db.outbox.limit(limit).toArray();
    if (!entries.length) return 0;
    const urls = entries.map((e) => e.url);
    const [locals, records] = await Promise.all([this.lib.byUrls(urls), this.db.replica.bulkGet(urls)]);
    const local = new Map(locals.map((c) => [c.url, c]));
    const record = new Map(records.flatMap((r) => (r ? [[r.url, r as unknown as ClipRecord]] : [])));
    const remotes = await this.remotes(urls);
    const plans = new Map<string, ReturnType<typeof planPush>>();
    const skipped = new Set<string>();
    for (const url of urls) {
      const rec = record.get(url);
      try {
        plans.set(url, planPush(local.get(url), rec?.rev, rec?.origin, remotes.get(url) ?? { kind: 'none' }, this.me));
      } catch (e) {
        // The team's document is malformed: the reader's clip replaces it.
        if (!(e instanceof TeamDocError)) throw e;
        rejected.push(e.message);
        const r = remotes.get(url);
        const c = local.get(url);
        plans.set(url, { write: c ? { ...clipToDoc(c, rec?.origin ?? this.me), ...(r && r.kind !== 'none' ? { _rev: r.rev } : {}) } : null, localPut: null, origin: rec?.origin ?? this.me });
      }
    }
    const writes = urls.flatMap((u) => {
      const w = plans.get(u)?.write;
      return w ? [{ url: u, w }] : [];
    });
    const revs = new Map<string, string>();
    if (writes.length) {
      const results = await this.pouch.bulkDocs(writes.map((x) => x.w));
      results.forEach((r, i) => {
        const url = writes[i]?.url as string;
        if (r.rev && !r.error) revs.set(url, r.rev);
        else skipped.add(url); // a conflict: the next pass reads the new revision and merges
      });
    }
    const at = new Map(entries.map((e) => [e.url, e.at]));
    const done = urls.filter((u) => !skipped.has(u));
    return this.lib.replicaWrite(done, async () => {
      const now = await this.db.outbox.bulkGet(done);
      const put: Clip[] = [];
      const records: ClipRecord[] = [];
      const cleared: string[] = [];
      done.forEach((url, i) => {
        const plan = plans.get(url);
        if (!plan) return;
        // Changed again while we pushed: keep it in the outbox, and keep the old revision so the next push
        // merges with what we just wrote rather than overwriting it.
        if (now[i]?.at !== at.get(url)) return;
        cleared.push(url);
        const r = remotes.get(url);
        const rev = revs.get(url) ?? (r && r.kind !== 'none' ? r.rev : undefined);
        if (plan.localPut) put.push(plan.localPut);
        if (rev) records.push({ url, rev, origin: plan.origin });
      });
      await this.db.outbox.bulkDelete(cleared);
      await this.db.replica.bulkPut(records);
      return { put, del: [], out: cleared.length };
    });
  }

  /** Bring up to `limit` changes of PouchDB's feed into the library. Returns how many changes were read. */
  async pull(limit = 100, rejected: string[] = []): Promise<{ read: number; resolved: number }> {
    const state = (await this.db.replica.get('')) as TeamState | undefined;
    if (!state) return { read: 0, resolved: 0 };
    const feed = await this.pouch.changes({ since: state.since, include_docs: true, conflicts: true, limit, style: 'main_only' });
    let resolved = 0;
    const items: { url: string; remote: Remote }[] = [];
    for (const ch of feed.results) {
      const url = urlOf(ch.id);
      if (url === null) continue;
      if (ch.doc?._conflicts?.length && !ch.deleted) {
        // The merge is written to PouchDB and comes back through the feed.
        if (await this.resolve(ch.id)) {
          resolved++;
          continue;
        }
      }
      const rev = ch.changes[0]?.rev ?? ch.doc?._rev ?? '';
      items.push({ url, remote: ch.deleted || !ch.doc ? { kind: 'deleted', rev } : { kind: 'live', rev, doc: ch.doc } });
    }
    const urls = [...new Set(items.map((i) => i.url))];
    await this.lib.replicaWrite(urls, async (saved) => {
      const [pending, records] = await Promise.all([this.db.outbox.bulkGet(urls), this.db.replica.bulkGet(urls)]);
      const pend = new Set(pending.flatMap((p) => (p ? [p.url] : [])));
      const rec = new Map(records.flatMap((r) => (r ? [[r.url, r as unknown as ClipRecord]] : [])));
      const put = new Map<string, Clip>();
      const del = new Set<string>();
      const out: ClipRecord[] = [];
      for (const { url, remote } of items) {
        if (remote.kind === 'none') continue;
        let plan: ReturnType<typeof planPull>;
        try {
          plan = planPull(put.get(url) ?? saved.get(url), pend.has(url), rec.get(url)?.rev, remote);
        } catch (e) {
          if (!(e instanceof TeamDocError)) throw e;
          rejected.push(e.message);
          continue;
        }
        if (plan.kind === 'skip') continue;
        const origin = remote.kind === 'live' ? remote.doc.origin : (rec.get(url)?.origin ?? this.me);
        const r: ClipRecord = { url, rev: remote.rev, origin };
        rec.set(url, r);
        out.push(r);
        if (plan.kind === 'put') {
          put.set(url, plan.clip);
          del.delete(url);
        } else if (plan.kind === 'delete') {
          del.add(url);
          put.delete(url);
        }
      }
      await this.db.replica.bulkPut(out);
      const s = (await this.db.replica.get('')) as TeamState | undefined;
      if (s) await this.db.replica.put({ ...s, since: feed.last_seq } as TeamState);
      return { put: [...put.values()], del: [...del], out: undefined };
    });
    return { read: feed.results.length, resolved };
  }

  /**
   * Push and pull until both are empty (or `maxRounds` passes), `batch` URLs
   * or changes per Dexie transaction (fewer, larger transactions: the
   * library page refreshes its list once per transaction).
   */
  async settle(maxRounds = 200, batch = 100): Promise<PassResult> {
    const result: PassResult = { pushed: 0, pulled: 0, resolved: 0, rejected: [] };
    for (let i = 0; i < maxRounds; i++) {
      const pushed = await this.push(batch, result.rejected);
      const { read, resolved } = await this.pull(batch, result.rejected);
      result.pushed += pushed;
      result.pulled += read;
      result.resolved += resolved;
      if (!pushed && !read && !(await this.db.outbox.count())) break;
    }
    return result;
  }
}

function docToClipSafe(doc: ClipDoc): Clip | null {
  try {
    return docToClip(doc);
  } catch {
    return null;
  }
}
