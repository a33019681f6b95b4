/**
 * The library database: one Dexie (IndexedDB) database in the extension's
 * own origin. The background writes clips sent by content scripts; the popup
 * and the library page read (and edit) it directly.
 *
 * Tables (all kept in step in the same transaction as every clip write)
 * - `clips`: each clip whole, with its search terms (see {@link StoredClip}).
 * - `catalog`: one small row per clip, in chunks, to list/filter/sort 10,000
 *   clips in memory (see catalog.ts).
 * - `terms`: the search index, a posting list (sorted clip ids) per term. A
 *   search reads one record per query word. (A multi-entry index on the clips
 *   cost ~35 µs per entry to write and ~35 ms per 1,000 keys to read in
 *   Chromium: too slow at 10,000 clips.)
 * - `people`, `docs`: the people and documents indexes across clips.
 *
 * Every schema version ever shipped stays listed in {@link SCHEMAS}; the
 * migration tests open a database at each old version with its fixture and
 * upgrade it (tests/library/migrations.test.ts).
 */
import { Dexie, type Table } from 'dexie';
import { cleanTags, mergeClip } from './clip';
import { CHUNK, type CatalogRow, type ListQuery, rowOf, runQuery, type TextMatch } from './catalog';
import { isClipId, limitInWords, longField, MAX_TEXT } from './limits';
import { clipTerms, queryTerms } from './search';

export type { CatalogRow, ListQuery } from './catalog';

/** The values the list's filters offer. */
export interface Facets {
  sites: string[];
  tags: string[];
  langs: string[];
}

/** The sites, tags and languages in use in `rows`, sorted the Vietnamese way. */
export function facetsOf(rows: CatalogRow[]): Facets {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    sites: sorted(rows.flatMap((r) => (r.site ? [r.site] : []))),
    tags: sorted(rows.flatMap((r) => r.tags)),
    langs: sorted(rows.map((r) => r.lang)),
  };
}
import { type DocEntry, type IndexTable, type Person, STORED_KIND_LIST } from './stored-kinds';
import type { Clip } from './types';

/** A clip as stored: the clip plus its search terms (kept so a change can take the clip out of the old terms' lists). */
export interface StoredClip extends Clip {
  id: number;
  terms: string[];
}

/** A posting list: the ids of the clips having `term`, ascending. */
export interface Posting {
  term: string;
  ids: number[];
}

/**
 * A chunk of the catalog. The rows are kept as one JSON string: Chromium reads
 * a string out of IndexedDB and `JSON.parse`s it several times faster than it
 * deserialises the same rows stored as objects (measured: 233 ms for 10,000
 * rows as objects).
 */
export interface CatalogChunk {
  chunk: number;
  json: string;
}

const chunkRows = (c: CatalogChunk | undefined): CatalogRow[] => (c ? (JSON.parse(c.json) as CatalogRow[]) : []);

export type { Appearance, DocEntry, Person } from './stored-kinds';

/** Every schema version, oldest first. Never edit a shipped version: add one. */
export const SCHEMAS: { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      clips: '++id, &url, clippedAt',
      catalog: '&chunk',
      terms: '&term',
      people: '&key',
      docs: '&key',
    },
  },
  // The team library (lib/team): `outbox` lists the URLs changed here and not yet replicated, written in
  // the transaction of each change while a team library is connected; `replica` holds the revision each
  // clip was last replicated at (and who first clipped it), and the connection's state under the key ''.
  { version: 2, stores: { outbox: '&url', replica: '&url' } },
];

/** The current schema version. */
export const DB_VERSION = SCHEMAS[SCHEMAS.length - 1]?.version ?? 1;

/** The name of the database in the extension's origin. */
export const DB_NAME = 'dvlens-library';

export { MAX_TEXT } from './limits';

/** Why a library operation failed, with a code the interface can put into words. */
export class LibraryError extends Error {
  constructor(
    readonly code: 'quota' | 'closed' | 'too-large' | 'not-found' | 'invalid' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** A URL changed in this library and not yet replicated to the team library; `at` tells one change from the next. */
export interface OutboxEntry {
  url: string;
  at: string;
}

/**
 * The team library's record of a clip (`url`), or of the connection itself
 * (`url: ''`, see lib/team/state.ts): owned by lib/team, written here only
 * through {@link Library.replicaWrite}.
 */
export interface ReplicaEntry {
  url: string;
}

/** The Dexie database. `deps` lets tests pass fake-indexeddb. */
export class LibraryDb extends Dexie {
  clips!: Table<StoredClip, number>;
  catalog!: Table<CatalogChunk, number>;
  terms!: Table<Posting, string>;
  people!: Table<Person, string>;
  docs!: Table<DocEntry, string>;
  outbox!: Table<OutboxEntry, string>;
  replica!: Table<ReplicaEntry, string>;

  constructor(name = DB_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }, upTo = DB_VERSION) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    for (const s of SCHEMAS) {
      if (s.version > upTo) break;
      const v = this.version(s.version).stores(s.stores);
      if (s.upgrade) v.upgrade(s.upgrade);
    }
  }
}

/** Turn IndexedDB's and Dexie's errors into a {@link LibraryError} with a sentence a reader understands. */
export function libraryError(e: unknown): LibraryError {
  if (e instanceof LibraryError) return e;
  const err = e as { name?: string; inner?: { name?: string }; message?: string };
  const name = `${err?.name ?? ''} ${err?.inner?.name ?? ''}`;
  if (/Quota/i.test(name)) return new LibraryError('quota', 'Not enough storage space to save to the library. Free some disk space or delete old clips, then try again.');
  if (/DatabaseClosed|InvalidState|Abort|MissingAPI|OpenFailed/i.test(name)) {
    return new LibraryError('closed', 'The library database could not be reached (it is closed or was blocked). Reload the page and try again.');
  }
  return new LibraryError('unknown', `The library could not be updated: ${err?.message ?? String(e)}`);
}

function stored(clip: Clip & { id: number }, terms?: string[]): StoredClip {
  const { terms: _s, ...plain } = clip as StoredClip;
  return { ...plain, terms: terms ?? clipTerms(clip) };
}

/** The clip without its index fields: what the reader saved. */
export function plainClip(s: StoredClip): Clip {
  const { terms: _s, ...clip } = s;
  return clip;
}

function checkSize(clip: Clip): void {
  if (clip.text.length > MAX_TEXT) {
    const mb = (clip.text.length / 1e6).toFixed(1);
    throw new LibraryError('too-large', `This article's text is too long to clip (${mb} million characters; the limit is ${MAX_TEXT / 1e6} million).`);
  }
  if (!clip.url) throw new LibraryError('invalid', 'A clip needs the page address (URL).');
  // Every other field too (limits.ts): the library never holds a clip its own export would refuse.
  const long = longField(clip);
  if (long) {
    throw new LibraryError('too-large', `The clip's ${long.path} is too long to keep (${long.length.toLocaleString('en-US')} characters; the limit is ${limitInWords(long.limit)}).`);
  }
}

const dateOf = (c: Clip) => c.published ?? c.clippedAt;

/** The kinds with a cross-clip index (people, documents), in the registry's order. */
const INDEXED = STORED_KIND_LIST.flatMap((k) => (k.index ? [{ index: k.index }] : []));

/**
 * The people and documents entries one transaction touches: read once, changed
 * in memory, written once at the end (an import of thousands of clips naming
 * the same official writes that official's entry once, not once per clip).
 */
class IndexBatch {
  /** The entries of each cross-clip index (the kinds' `index` tables), by key. */
  private entries = new Map<IndexTable, Map<string, unknown>>(INDEXED.map((k) => [k.index.table, new Map()]));
  private postings = new Map<string, Set<number>>();
  private chunks = new Map<number, Map<number, CatalogRow>>();
  /** The URLs this transaction changed, for the team library's outbox. */
  private touched = new Set<string>();
  constructor(
    private readonly db: LibraryDb,
    private readonly journal = true,
  ) {}

  /** Load the posting lists of `terms` not loaded yet, in one read. */
  private async loadTerms(terms: string[]): Promise<void> {
    const missing = terms.filter((t) => !this.postings.has(t));
    if (!missing.length) return;
    const found = await this.db.terms.bulkGet(missing);
    missing.forEach((t, i) => {
      this.postings.set(t, new Set(found[i]?.ids ?? []));
    });
  }

  private async chunk(id: number): Promise<Map<number, CatalogRow>> {
    const n = Math.floor(id / CHUNK);
    let c = this.chunks.get(n);
    if (!c) {
      const found = await this.db.catalog.get(n);
      c = new Map(chunkRows(found).map((r) => [r.id, r]));
      this.chunks.set(n, c);
    }
    return c;
  }

  /** The Dexie table of a cross-clip index (`people`, `docs`). */
  private indexTable(table: IndexTable): Table<unknown, string> {
    return this.db[table] as Table<unknown, string>;
  }

  /** The entry `key` of `table`, read once per transaction (`create` makes it when the table has none). */
  private async entry(table: IndexTable, key: string, create: () => unknown): Promise<unknown> {
    const m = this.entries.get(table) as Map<string, unknown>;
    let e = m.get(key);
    if (!e) {
      e = (await this.indexTable(table).get(key)) ?? create();
      m.set(key, e);
    }
    return e;
  }

  /** Record a clip: its catalog row, search terms, officials and documents. */
  async add(clip: Clip & { id: number }, terms: string[]): Promise<void> {
    (await this.chunk(clip.id)).set(clip.id, rowOf(clip));
    this.touched.add(clip.url);
    await this.loadTerms(terms);
    for (const t of terms) this.postings.get(t)?.add(clip.id);
    const ref = { clipId: clip.id, clipTitle: clip.title, date: dateOf(clip) };
    for (const { index } of INDEXED) {
      for (const x of index.entries(clip, true)) x.add(await this.entry(index.table, x.key, x.create), ref);
    }
  }

  /** Forget a clip: its catalog row, search terms, officials and documents. */
  async remove(clip: StoredClip): Promise<void> {
    (await this.chunk(clip.id)).delete(clip.id);
    this.touched.add(clip.url);
    await this.loadTerms(clip.terms);
    for (const t of clip.terms) this.postings.get(t)?.delete(clip.id);
    for (const { index } of INDEXED) {
      for (const x of index.entries(clip, false)) index.remove(await this.entry(index.table, x.key, x.create), clip.id);
    }
  }

  /** Write every touched entry; entries left without clips are deleted. */
  async flush(): Promise<void> {
    // While a team library is connected (its state row exists), each changed URL goes into the outbox in
    // this same transaction: a change is never saved without being queued for the team, nor queued unsaved.
    if (this.journal && this.touched.size && (await this.db.replica.get(''))) {
      const at = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await this.db.outbox.bulkPut([...this.touched].map((url) => ({ url, at })));
    }
    for (const { index } of INDEXED) {
      const entries = [...(this.entries.get(index.table) as Map<string, unknown>).entries()];
      await this.indexTable(index.table).bulkPut(entries.filter(([, e]) => index.used(e)).map(([, e]) => e));
      await this.indexTable(index.table).bulkDelete(entries.filter(([, e]) => !index.used(e)).map(([key]) => key));
    }
    const postings = [...this.postings.entries()];
    await this.db.terms.bulkPut(postings.filter(([, ids]) => ids.size).map(([term, ids]) => ({ term, ids: [...ids].sort((a, b) => a - b) })));
    await this.db.terms.bulkDelete(postings.filter(([, ids]) => !ids.size).map(([term]) => term));
    const chunks = [...this.chunks.entries()];
    await this.db.catalog.bulkPut(chunks.filter(([, rows]) => rows.size).map(([chunk, rows]) => ({ chunk, json: JSON.stringify([...rows.values()]) })));
    await this.db.catalog.bulkDelete(chunks.filter(([, rows]) => !rows.size).map(([chunk]) => chunk));
  }
}

/** The library: every read and write the extension does. */
export class Library {
  constructor(readonly db: LibraryDb) {}

  /** Run `fn` in one read-write transaction with an index batch, flushed before the transaction commits. */
  private async tx<T>(fn: (batch: IndexBatch) => Promise<T>, journal = true): Promise<T> {
    try {
      const tables = [this.db.clips, this.db.catalog, this.db.terms, this.db.people, this.db.docs, this.db.outbox, this.db.replica];
      return await this.db.transaction('rw', tables, async () => {
        const batch = new IndexBatch(this.db, journal);
        const out = await fn(batch);
        await batch.flush();
        return out;
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Inside a transaction: store the clip (merged into `previous`, the saved clip of its URL, if any) and note its index entries. */
  private async write(clip: Clip, previous: StoredClip | null, batch: IndexBatch): Promise<number> {
    checkSize(clip);
    if (previous) await batch.remove(previous);
    const id = previous?.id ?? clip.id;
    const toStore: Partial<StoredClip> = stored({ ...clip, id: id ?? 0 });
    // A new clip: IndexedDB assigns the id.
    if (id === undefined) delete toStore.id;
    const newId = await this.db.clips.put(toStore as StoredClip);
    await batch.add({ ...clip, id: newId }, toStore.terms ?? []);
    return newId;
  }

  /** Save a clip: new, or merged into the clip with the same canonical URL. Atomic. */
  async save(fresh: Clip): Promise<{ clip: Clip & { id: number }; created: boolean }> {
    const { created } = await this.saveMany([fresh]);
    const clip = await this.byUrl(fresh.url);
    if (clip?.id === undefined) throw new LibraryError('not-found', 'The clip was deleted in another window while it was being saved.');
    return { clip: clip as Clip & { id: number }, created: created === 1 };
  }

  /**
   * Save many clips in one transaction, each merged by canonical URL as
   * {@link save} does: all land, or (on any failure) none.
   */
  async saveMany(
    clips: Clip[],
    options: { merge?: (saved: Clip, fresh: Clip) => Clip; onProgress?: (done: number) => void } = {},
  ): Promise<{ created: number; updated: number }> {
    for (const c of clips) checkSize(c);
    const merge = options.merge ?? mergeClip;
    // The search terms of each clip, computed before the transaction (which cannot wait on timers)
    // in slices, handing the thread back between them: 10,000 clips take seconds.
    const fresh = clips.map((c) => ({ ...c, tags: cleanTags(c.tags) }));
    const preTerms = new Map<Clip, string[]>();
    for (const [i, c] of fresh.entries()) {
      try {
        preTerms.set(c, clipTerms(c));
      } catch (e) {
        throw new LibraryError('invalid', `Clip ${i + 1} (${c.url}) cannot be stored: ${(e as Error).message}`);
      }
      if (i % 200 === 199) await new Promise((r) => setTimeout(r, 0));
    }
    return this.tx(async (batch) => {
      // One read for every clip already saved under these URLs, one write for all clips.
      const urls = [...new Set(clips.map((c) => c.url))];
      const saved = new Map((await this.db.clips.where('url').anyOf(urls).toArray()).map((c) => [c.url, c]));
      // Ids carried by the clips (an import) are kept only where they are valid (limits.ts) and free: not
      // used in the library, nor by an earlier clip of the same batch (two clips of one file with one id
      // would otherwise be stored as one, the other lost).
      const carried = clips.flatMap((c) => (isClipId(c.id) && !saved.has(c.url) ? [c.id] : []));
      const taken = new Set((await this.db.clips.bulkGet(carried)).flatMap((c) => (c ? [c.id] : [])));
      const merged = new Map<string, Clip>();
      for (const c of fresh) {
        const before = merged.get(c.url) ?? (saved.has(c.url) ? plainClip(saved.get(c.url) as StoredClip) : null);
        merged.set(c.url, before ? merge(before, c) : c);
      }
      const records = [...merged.values()].map((c) => {
        checkSize(c);
        const previous = saved.get(c.url);
        let id = previous?.id;
        if (id === undefined && isClipId(c.id) && !taken.has(c.id)) {
          id = c.id;
          taken.add(id);
        }
        // A clip that was not merged keeps the terms computed above.
        const r: Partial<StoredClip> = stored({ ...c, id: id ?? 0 }, preTerms.get(c));
        if (id === undefined) delete r.id;
        return r as StoredClip;
      });
      const ids = await this.db.clips.bulkPut(records, { allKeys: true });
      for (const [i, r] of records.entries()) {
        const previous = saved.get(r.url);
        if (previous) await batch.remove(previous);
        const { terms, ...clip } = r;
        await batch.add({ ...clip, id: ids[i] as number }, terms);
        if (options.onProgress && i % 200 === 199) options.onProgress(i + 1);
      }
      const created = records.filter((r) => !saved.has(r.url)).length;
      return { created, updated: merged.size - created };
    });
  }

  /** The saved clips of these canonical URLs. */
  async byUrls(urls: string[]): Promise<Clip[]> {
    return (await this.db.clips.where('url').anyOf(urls).toArray()).map(plainClip);
  }

  /** Every clip, whole, in id order (for export), read `batch` at a time so a large library does not hold the page. */
  async *all(batch = 250): AsyncGenerator<Clip[]> {
    let after = 0;
    for (;;) {
      const page = await this.db.clips.where(':id').above(after).limit(batch).toArray();
      if (!page.length) return;
      yield page.map(plainClip);
      after = (page[page.length - 1] as StoredClip).id;
    }
  }

  /** The reader's edits: note, tags, summary. Atomic; the rest of the clip is untouched. */
  async edit(id: number, patch: { note?: string; tags?: string[]; summary?: string[] }): Promise<Clip> {
    return this.tx(async (batch) => {
      const saved = await this.db.clips.get(id);
      if (!saved) throw new LibraryError('not-found', 'This clip is no longer in the library (deleted in another window?).');
      const clip: Clip = { ...plainClip(saved), updatedAt: new Date().toISOString() };
      if (patch.note !== undefined) clip.note = patch.note.normalize('NFC');
      if (patch.tags !== undefined) clip.tags = cleanTags(patch.tags);
      if (patch.summary !== undefined) {
        clip.summary = patch.summary.map((s) => s.trim()).filter(Boolean);
        clip.summaryEdited = true;
      }
      await this.write(clip, saved, batch);
      return { ...clip, id };
    });
  }

  /** Delete clips; returns them so the deletion can be undone with {@link restore}. */
  async remove(ids: number[]): Promise<Clip[]> {
    return this.tx(async (batch) => {
      const found = (await this.db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c);
      for (const c of found) await batch.remove(c);
      await this.db.clips.bulkDelete(found.map((c) => c.id));
      return found.map(plainClip);
    });
  }

  /** Delete every clip and every index, in one transaction ("erase everything"). Returns how many clips there were. */
  async eraseAll(): Promise<number> {
    try {
      const tables = [this.db.clips, this.db.catalog, this.db.terms, this.db.people, this.db.docs, this.db.outbox, this.db.replica];
      return await this.db.transaction('rw', tables, async () => {
        const n = await this.db.clips.count();
        // The team library's outbox and records go too (so erasing here deletes nothing for the team).
        await Promise.all(tables.map((t) => t.clear()));
        return n;
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /**
   * The team library's bridge writes (lib/team): in one transaction, read the
   * saved clips of `urls`, let `plan` decide (it may read and write the
   * `outbox` and `replica` tables in the same transaction) which clips to
   * store whole — replacing the saved clip of their URL, no merge — and which
   * URLs to delete; store them with their search terms, catalog rows and
   * indexes. Not journaled: what the team sent is not sent back. All or nothing.
   */
  async replicaWrite<T>(
    urls: string[],
    plan: (saved: Map<string, Clip>) => Promise<{ put: Clip[]; del: string[]; out: T }>,
  ): Promise<T> {
    return this.tx(async (batch) => {
      const found = await this.db.clips.where('url').anyOf(urls).toArray();
      const saved = new Map(found.map((c) => [c.url, c]));
      const { put, del, out } = await plan(new Map(found.map((c) => [c.url, plainClip(c)])));
      for (const url of del) {
        const s = saved.get(url);
        if (!s) continue;
        await batch.remove(s);
        await this.db.clips.delete(s.id);
        saved.delete(url);
      }
      for (const c of put) {
        const previous = saved.get(c.url) ?? (await this.db.clips.where('url').equals(c.url).first()) ?? null;
        const { id: _drop, ...clip } = c;
        await this.write({ ...clip, tags: cleanTags(clip.tags) }, previous, batch);
      }
      return out;
    }, false);
  }

  /** Put deleted clips back, with their ids (undo). A page clipped again meanwhile is merged. */
  async restore(clips: Clip[]): Promise<void> {
    await this.saveMany(clips);
  }

  /** Add or remove a tag on several clips at once. */
  async tagMany(ids: number[], tag: string, add = true): Promise<void> {
    const t = cleanTags([tag])[0];
    if (!t) return;
    await this.tx(async (batch) => {
      for (const s of (await this.db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c)) {
        const clip = plainClip(s);
        clip.tags = add ? cleanTags([...clip.tags, t]) : clip.tags.filter((x) => x.toLowerCase() !== t.toLowerCase());
        await this.write(clip, s, batch);
      }
    });
  }

  /** One clip by id. */
  async get(id: number): Promise<Clip | null> {
    const s = await this.db.clips.get(id);
    return s ? plainClip(s) : null;
  }

  /** The clip of a canonical URL, if saved. */
  async byUrl(url: string): Promise<Clip | null> {
    const s = await this.db.clips.where('url').equals(url).first();
    return s ? plainClip(s) : null;
  }

  /** Clips by id, in the order given (missing ones left out). */
  async many(ids: number[]): Promise<Clip[]> {
    return (await this.db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c).map(plainClip);
  }

  /** The latest `n` clips. */
  async latest(n: number): Promise<Clip[]> {
    return (await this.db.clips.orderBy('clippedAt').reverse().limit(n).toArray()).map(plainClip);
  }

  /** How many clips. */
  count(): Promise<number> {
    return this.db.clips.count();
  }

  /** The catalog rows of the newest chunk (the latest clips): a first screen while {@link rows} reads the rest. */
  async recentRows(): Promise<CatalogRow[]> {
    return chunkRows(await this.db.catalog.orderBy(':id').last());
  }

  /** Every clip's catalog row (one bulk read, no text). */
  async rows(): Promise<CatalogRow[]> {
    return (await this.db.catalog.toArray()).flatMap(chunkRows);
  }

  /** What the search index says about `text`: clips having every word (folded), and how many words each has as typed. Null for no words. */
  async match(text: string): Promise<TextMatch | null> {
    const terms = queryTerms(text);
    if (!terms.length) return null;
    const keys = [...terms.map((t) => t.fold), ...terms.flatMap((t) => (t.exact ? [t.exact] : []))];
    const found = await this.db.terms.bulkGet(keys);
    const lists = terms.map((_, i) => found[i]?.ids ?? []).sort((a, b) => a.length - b.length);
    let ids = new Set(lists[0] ?? []);
    for (const l of lists.slice(1)) {
      const next = new Set(l);
      ids = new Set([...ids].filter((id) => next.has(id)));
    }
    const exact = new Map<number, number>();
    for (const p of found.slice(terms.length)) for (const id of p?.ids ?? []) if (ids.has(id)) exact.set(id, (exact.get(id) ?? 0) + 1);
    return { ids, exact };
  }

  /**
   * The ids of the clips matching `q`, in order: the catalog filtered and
   * sorted in memory, the search words looked up in the terms index. With
   * search text, clips where the words match as typed (with their
   * diacritics) come first.
   */
  async ids(q: ListQuery = {}, rows?: CatalogRow[]): Promise<number[]> {
    const [all, match] = await Promise.all([rows ?? this.rows(), this.match(q.text ?? '')]);
    return runQuery(all, q, match);
  }

  /** Everyone across clips, most often clipped first. */
  async people(): Promise<Person[]> {
    const all = await this.db.people.toArray();
    return all.sort((a, b) => b.appearances.length - a.appearances.length || a.name.localeCompare(b.name, 'vi'));
  }

  /** Every cited document, most cited first; each one's clips newest first. */
  async documents(): Promise<DocEntry[]> {
    const all = await this.db.docs.toArray();
    for (const d of all) d.clips.sort((a, b) => b.date.localeCompare(a.date));
    return all.sort((a, b) => b.clips.length - a.clips.length || a.key.localeCompare(b.key, 'vi'));
  }

  /** The values the filters offer: sites, tags and languages in use. */
  async facets(rows?: CatalogRow[]): Promise<Facets> {
    return facetsOf(rows ?? (await this.rows()));
  }

  /** The best `n` clips for a quick search (the popup): exact matches first, then the newest. */
  async quickSearch(text: string, n: number): Promise<Clip[]> {
    const m = await this.match(text);
    if (!m) return [];
    const ids = [...m.ids].sort((a, b) => (m.exact.get(b) ?? 0) - (m.exact.get(a) ?? 0) || b - a);
    return this.many(ids.slice(0, n));
  }

}
