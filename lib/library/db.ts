/**
 * The library database: one Dexie (IndexedDB) database in the extension's
 * own origin. The background writes clips sent by content scripts; the popup
 * and the library page read (and edit) it directly.
 *
 * Tables
 * - `clips`: each clip whole, with derived index fields (folded title, entity
 *   keys, search terms — see {@link StoredClip}).
 * - `people`, `docs`: the people and documents indexes across clips, kept in
 *   the same transaction as every clip write, so they are never out of step.
 *
 * Every schema version ever shipped stays listed in {@link SCHEMAS}; the
 * migration tests open a database at each old version with its fixture and
 * upgrade it (tests/library/migrations.test.ts).
 */
import { Dexie, type Table } from 'dexie';
import { cleanTags, mergeClip } from './clip';
import { clipTerms, queryTerms, titleSortKey } from './search';
import type { Clip, Quote } from './types';

/** A clip as stored: the clip plus fields that exist only to be indexed. */
export interface StoredClip extends Clip {
  id: number;
  titleKey: string;
  officialKeys: string[];
  documentKeys: string[];
  terms: string[];
}

/** One appearance of a person in a clip: the titles this article gave them, and its date. */
export interface Appearance {
  clipId: number;
  clipTitle: string;
  titles: string[];
  /** The article's published date, else the clip date (ISO). */
  date: string;
}

/** A person across all clips. */
export interface Person {
  key: string;
  name: string;
  appearances: Appearance[];
}

/** A document across all clips. */
export interface DocEntry {
  key: string;
  symbol: boolean;
  kind: string;
  issuer: string | null;
  name?: string;
  clips: { clipId: number; clipTitle: string; date: string }[];
}

/** Every schema version, oldest first. Never edit a shipped version: add one. */
export const SCHEMAS: { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      clips: '++id, &url, clippedAt, published, site, lang, titleKey, *tags, *officialKeys, *documentKeys, *terms',
      people: '&key, name',
      docs: '&key, kind',
    },
  },
];

/** The current schema version. */
export const DB_VERSION = SCHEMAS[SCHEMAS.length - 1]?.version ?? 1;

/** The name of the database in the extension's origin. */
export const DB_NAME = 'dvlens-library';

/** Longest article text a clip may hold (characters). */
export const MAX_TEXT = 2_000_000;

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

/** The Dexie database. `deps` lets tests pass fake-indexeddb. */
export class LibraryDb extends Dexie {
  clips!: Table<StoredClip, number>;
  people!: Table<Person, string>;
  docs!: Table<DocEntry, string>;

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

function stored(clip: Clip & { id: number }): StoredClip {
  const { titleKey: _t, officialKeys: _o, documentKeys: _d, terms: _s, ...plain } = clip as StoredClip;
  return {
    ...plain,
    titleKey: titleSortKey(clip.title),
    officialKeys: [...new Set(clip.officials.filter((o) => !o.byline).map((o) => o.key))],
    documentKeys: [...new Set(clip.documents.map((d) => d.key))],
    terms: clipTerms(clip),
  };
}

/** The clip without its index fields: what the reader saved. */
export function plainClip(s: StoredClip): Clip {
  const { titleKey: _t, officialKeys: _o, documentKeys: _d, terms: _s, ...clip } = s;
  return clip;
}

function checkSize(clip: Clip): void {
  if (clip.text.length > MAX_TEXT) {
    const mb = (clip.text.length / 1e6).toFixed(1);
    throw new LibraryError('too-large', `This article's text is too long to clip (${mb} million characters; the limit is ${MAX_TEXT / 1e6} million).`);
  }
  if (!clip.url) throw new LibraryError('invalid', 'A clip needs the page address (URL).');
}

const dateOf = (c: Clip) => c.published ?? c.clippedAt;

/** Filters and order of a list query. */
export interface ListQuery {
  text?: string;
  official?: string;
  document?: string;
  site?: string;
  tag?: string;
  lang?: string;
  /** Date range on the published or clipped date: ISO prefixes, inclusive. */
  from?: string;
  to?: string;
  dateField?: 'published' | 'clippedAt';
  sort?: 'clippedAt' | 'published' | 'title';
  /** Newest (or Z–A) first when true; the default for dates. */
  descending?: boolean;
}

/** The library: every read and write the extension does. */
export class Library {
  constructor(readonly db: LibraryDb) {}

  /** Save a clip: new, or merged into the clip with the same canonical URL. Atomic. */
  async save(fresh: Clip): Promise<{ clip: Clip & { id: number }; created: boolean }> {
    checkSize(fresh);
    try {
      return await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        const saved = await this.db.clips.where('url').equals(fresh.url).first();
        const clip = saved ? mergeClip(plainClip(saved), fresh) : { ...fresh, tags: cleanTags(fresh.tags) };
        const id = await this.write(clip, saved ?? null);
        return { clip: { ...clip, id }, created: !saved };
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Write inside a transaction: the clip and its people/documents entries. */
  private async write(clip: Clip, previous: StoredClip | null): Promise<number> {
    if (previous) await this.unindex(previous);
    const id = previous?.id ?? clip.id;
    const toStore: Partial<StoredClip> = stored({ ...clip, id: id ?? 0 });
    // A new clip: IndexedDB assigns the id.
    if (id === undefined) delete toStore.id;
    const newId = await this.db.clips.put(toStore as StoredClip);
    await this.index({ ...clip, id: newId });
    return newId;
  }

  private async index(clip: Clip & { id: number }): Promise<void> {
    const date = dateOf(clip);
    for (const o of clip.officials) {
      if (o.byline) continue;
      const p = (await this.db.people.get(o.key)) ?? { key: o.key, name: o.name, appearances: [] };
      p.name = o.name;
      p.appearances = p.appearances.filter((a) => a.clipId !== clip.id);
      p.appearances.push({ clipId: clip.id, clipTitle: clip.title, titles: o.titles, date });
      await this.db.people.put(p);
    }
    for (const d of clip.documents) {
      const e: DocEntry = (await this.db.docs.get(d.key)) ?? {
        key: d.key,
        symbol: d.symbol,
        kind: d.kind,
        issuer: d.issuer,
        ...(d.name ? { name: d.name } : {}),
        clips: [],
      };
      e.clips = e.clips.filter((c) => c.clipId !== clip.id);
      e.clips.push({ clipId: clip.id, clipTitle: clip.title, date });
      await this.db.docs.put(e);
    }
  }

  private async unindex(clip: StoredClip): Promise<void> {
    for (const key of new Set(clip.officials.map((o) => o.key))) {
      const p = await this.db.people.get(key);
      if (!p) continue;
      p.appearances = p.appearances.filter((a) => a.clipId !== clip.id);
      if (p.appearances.length) await this.db.people.put(p);
      else await this.db.people.delete(key);
    }
    for (const key of new Set(clip.documents.map((d) => d.key))) {
      const e = await this.db.docs.get(key);
      if (!e) continue;
      e.clips = e.clips.filter((c) => c.clipId !== clip.id);
      if (e.clips.length) await this.db.docs.put(e);
      else await this.db.docs.delete(key);
    }
  }

  /** The reader's edits: note, tags, summary. Atomic; the rest of the clip is untouched. */
  async edit(id: number, patch: { note?: string; tags?: string[]; summary?: string[] }): Promise<Clip> {
    try {
      return await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        const saved = await this.db.clips.get(id);
        if (!saved) throw new LibraryError('not-found', 'This clip is no longer in the library (deleted in another window?).');
        const clip: Clip = { ...plainClip(saved), updatedAt: new Date().toISOString() };
        if (patch.note !== undefined) clip.note = patch.note.normalize('NFC');
        if (patch.tags !== undefined) clip.tags = cleanTags(patch.tags);
        if (patch.summary !== undefined) {
          clip.summary = patch.summary.map((s) => s.trim()).filter(Boolean);
          clip.summaryEdited = true;
        }
        await this.write(clip, saved);
        return { ...clip, id };
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Add a quote to the clip of `url`. Returns false when that page is not clipped. */
  async addQuote(url: string, quote: Quote): Promise<Clip | null> {
    try {
      return await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        const saved = await this.db.clips.where('url').equals(url).first();
        if (!saved) return null;
        const clip = plainClip(saved);
        if (!clip.quotes.some((q) => q.text === quote.text && q.prefix === quote.prefix)) clip.quotes = [...clip.quotes, quote];
        clip.updatedAt = quote.addedAt;
        await this.write(clip, saved);
        return { ...clip, id: saved.id };
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Delete clips; returns them so the deletion can be undone with {@link restore}. */
  async remove(ids: number[]): Promise<Clip[]> {
    try {
      return await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        const found = (await this.db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c);
        for (const c of found) await this.unindex(c);
        await this.db.clips.bulkDelete(found.map((c) => c.id));
        return found.map(plainClip);
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Put deleted clips back, with their ids (undo). A page clipped again meanwhile is merged. */
  async restore(clips: Clip[]): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        for (const c of clips) {
          const now = await this.db.clips.where('url').equals(c.url).first();
          await this.write(now ? mergeClip(plainClip(now), c) : c, now ?? null);
        }
      });
    } catch (e) {
      throw libraryError(e);
    }
  }

  /** Add or remove a tag on several clips at once. */
  async tagMany(ids: number[], tag: string, add = true): Promise<void> {
    const t = cleanTags([tag])[0];
    if (!t) return;
    try {
      await this.db.transaction('rw', this.db.clips, this.db.people, this.db.docs, async () => {
        for (const s of (await this.db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c)) {
          const clip = plainClip(s);
          clip.tags = add ? cleanTags([...clip.tags, t]) : clip.tags.filter((x) => x.toLowerCase() !== t.toLowerCase());
          await this.write(clip, s);
        }
      });
    } catch (e) {
      throw libraryError(e);
    }
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

  /**
   * The ids of the clips matching `q`, in order. Works on the indexes only
   * (no clip is loaded), so a list of 10,000 clips can render the visible
   * rows alone. With search text, clips where the words match as typed
   * (with their diacritics) come first.
   */
  async ids(q: ListQuery = {}): Promise<number[]> {
    const c = this.db.clips;
    const sets: Set<number>[] = [];
    const keys = async (p: Promise<number[]>) => sets.push(new Set(await p));
    const pending: Promise<unknown>[] = [];
    if (q.official) pending.push(keys(c.where('officialKeys').equals(q.official).primaryKeys()));
    if (q.document) pending.push(keys(c.where('documentKeys').equals(q.document).primaryKeys()));
    if (q.site) pending.push(keys(c.where('site').equals(q.site).primaryKeys()));
    if (q.tag) pending.push(keys(c.where('tags').equals(q.tag).primaryKeys()));
    if (q.lang) pending.push(keys(c.where('lang').equals(q.lang).primaryKeys()));
    if (q.from || q.to) {
      const field = q.dateField ?? 'published';
      pending.push(keys(c.where(field).between(q.from ?? '', `${q.to ?? '\uffff'}\uffff`, true, true).primaryKeys()));
    }
    const terms = queryTerms(q.text ?? '');
    const exactHits = new Map<number, number>();
    for (const t of terms) {
      pending.push(keys(c.where('terms').equals(t.fold).primaryKeys()));
      if (t.exact) {
        const exact = t.exact;
        pending.push(
          c
            .where('terms')
            .equals(exact)
            .primaryKeys()
            .then((ids) => {
              for (const id of ids) exactHits.set(id, (exactHits.get(id) ?? 0) + 1);
            }),
        );
      }
    }
    await Promise.all(pending);
    const sort = q.sort ?? 'clippedAt';
    const index = sort === 'title' ? 'titleKey' : sort;
    const descending = q.descending ?? sort !== 'title';
    let ordered = await c.orderBy(index).primaryKeys();
    if (descending) ordered.reverse();
    if (sort === 'published') {
      // Clips without a published date are not in that index: they go last, newest clip first.
      const seen = new Set(ordered);
      const rest = (await c.orderBy('clippedAt').primaryKeys()).filter((id) => !seen.has(id));
      ordered = [...ordered, ...rest.reverse()];
    }
    sets.sort((a, b) => a.size - b.size);
    const out = sets.length ? ordered.filter((id) => sets.every((s) => s.has(id))) : ordered;
    if (exactHits.size === 0) return out;
    // Stable sort: more words matched with their diacritics first, the chosen order within.
    return out
      .map((id, i) => ({ id, i, e: exactHits.get(id) ?? 0 }))
      .sort((a, b) => b.e - a.e || a.i - b.i)
      .map((x) => x.id);
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
  async facets(): Promise<{ sites: string[]; tags: string[]; langs: string[] }> {
    const [sites, tags, langs] = await Promise.all([
      this.db.clips.orderBy('site').uniqueKeys(),
      this.db.clips.orderBy('tags').uniqueKeys(),
      this.db.clips.orderBy('lang').uniqueKeys(),
    ]);
    return { sites: sites.map(String), tags: tags.map(String), langs: langs.map(String) };
  }
}
