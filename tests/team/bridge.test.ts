/**
 * The team library's bridge: a clip's mapping to a CouchDB document, the
 * push and pull between the library and the local PouchDB (with PouchDB's
 * own replicator carrying documents through a hub database, as the team's
 * server does), echo suppression, deletes, and offline edits on two sides.
 */
import { describe, expect, it } from 'vitest';
import type { Clip } from '@/lib/library/types';
import { type ClipDoc, clipToDoc, contentKey, docId, docToClip, TeamDocError } from '@/lib/team/doc';
import { originOf, teamState } from '@/lib/team/state';
import { fixtureClip } from '../library/helpers';
import { exchange, pouch, replica } from './pouch';

const at = (h: number) => new Date(Date.UTC(2024, 6, 18, h)).toISOString();
const clipA = () => fixtureClip('01-tinh-giao-ban', { clippedAt: at(1), updatedAt: at(1) }, '2024-07-17');
const clipB = () => fixtureClip('03-huyen-dan-van-kheo', { clippedAt: at(2), updatedAt: at(2) }, '2024-07-10');

/** Every revision PouchDB holds for `id` (leaves, with deleted ones). */
async function leaves(db: ReturnType<typeof pouch>, id: string): Promise<string[]> {
  return (await db.get(id, { open_revs: 'all' })).flatMap((l) => (l.ok?._rev ? [l.ok._rev] : []));
}

describe('mapping', () => {
  it('keeps everything of a clip but its local id, and reads it back', () => {
    const clip = { ...clipA(), id: 7, note: 'Ghi chú của Lan', tags: ['giao ban'] };
    const doc = clipToDoc(clip, 'lan');
    expect(doc._id).toBe(`clip:${clip.url}`);
    expect(doc.origin).toBe('lan');
    expect('id' in doc.clip).toBe(false);
    const back = docToClip(JSON.parse(JSON.stringify(doc)) as ClipDoc);
    const { id: _id, ...rest } = clip;
    expect(back).toEqual(rest);
    expect(contentKey(back)).toBe(contentKey(clip));
  });

  it('refuses a malformed document, naming the field, and a document holding another address', () => {
    const doc = clipToDoc(clipA(), 'lan');
    const bad = { ...doc, clip: { ...doc.clip, tags: 'không phải danh sách' } } as unknown as ClipDoc;
    expect(() => docToClip(bad)).toThrow(TeamDocError);
    expect(() => docToClip(bad)).toThrow(/tags/);
    const moved = { ...doc, _id: docId('https://baokhac.example.vn/bai.html') };
    expect(() => docToClip(moved)).toThrow(/another address/);
    expect(() => docToClip({ ...doc, _id: '_design/x' })).toThrow(/not a clip/);
  });
});

describe('push and pull', () => {
  it('connecting queues the whole library; pushing empties the queue and writes each clip once', async () => {
    const a = await replica('lan');
    // Saved before connecting: beginTeam (in replica()) ran on an empty library, so connect again on a new one.
    await a.lib.save(clipA());
    expect(await a.lib.db.outbox.count()).toBe(1);
    await a.bridge.settle();
    expect(await a.lib.db.outbox.count()).toBe(0);
    const doc = await a.pouch.get(docId(clipA().url));
    expect(doc._rev?.startsWith('1-')).toBe(true);
    expect(doc.origin).toBe('lan');
    // Nothing changed: another pass writes nothing.
    const seq = (await a.pouch.info()).update_seq;
    await a.bridge.settle();
    expect((await a.pouch.info()).update_seq).toBe(seq);
  });

  it("brings a colleague's clips into the library with search terms and catalog rows, and never sends them back", async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const b = await replica('minh');
    await a.lib.save(clipA());
    await b.lib.save(clipB());
    for (const r of [a, b, a]) {
      await r.bridge.settle();
      await exchange(r.pouch, hub);
      await r.bridge.settle();
    }
    for (const r of [a, b]) {
      expect((await r.lib.rows()).map((x) => x.url).sort()).toEqual([clipA().url, clipB().url].sort());
      // Found by the search index, without diacritics, by the title words.
      const found = await r.lib.ids({ text: clipB().title.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd') });
      expect(found).toEqual([(await r.lib.byUrl(clipB().url))?.id]);
    }
    const theirs = await a.lib.byUrl(clipB().url);
    expect(contentKey(theirs as Clip)).toBe(contentKey(clipB()));
    expect(await originOf(a.lib.db, clipB().url)).toBe('minh');
    expect(await originOf(a.lib.db, clipA().url)).toBe('lan');
    // Echo suppression: applying Minh's clip queued nothing and wrote no revision on Lan's side.
    expect(await a.lib.db.outbox.count()).toBe(0);
    expect(await leaves(hub, docId(clipB().url))).toHaveLength(1);
    expect((await hub.get(docId(clipB().url)))._rev?.startsWith('1-')).toBe(true);
    const seq = (await a.pouch.info()).update_seq;
    await a.bridge.settle();
    expect((await a.pouch.info()).update_seq).toBe(seq);
    expect((await teamState(a.lib.db))?.since).toBe(seq);
  });

  it('an edit made here goes to the team as the next revision of the same document', async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const b = await replica('minh');
    const { clip } = await a.lib.save(clipA());
    await a.bridge.settle();
    await exchange(a.pouch, hub);
    await exchange(b.pouch, hub);
    await b.bridge.settle();
    const mine = await b.lib.byUrl(clip.url);
    await b.lib.edit(mine?.id as number, { note: 'Minh: số liệu quý II', tags: ['báo cáo'] });
    await b.bridge.settle();
    await exchange(b.pouch, hub);
    await exchange(a.pouch, hub);
    await a.bridge.settle();
    const now = await a.lib.get(clip.id);
    expect(now?.note).toBe('Minh: số liệu quý II');
    expect(now?.tags).toEqual(['báo cáo']);
    expect((await hub.get(docId(clip.url)))._rev?.startsWith('2-')).toBe(true);
    expect(await leaves(hub, docId(clip.url))).toHaveLength(1);
    // Lan's side keeps its local id and the origin stays with whoever clipped first.
    expect(await originOf(a.lib.db, clip.url)).toBe('lan');
  });

  it('a delete reaches the team as a tombstone, and undo brings the clip back everywhere', async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const b = await replica('minh');
    const { clip } = await a.lib.save(clipA());
    await a.bridge.settle();
    await exchange(a.pouch, hub);
    await exchange(b.pouch, hub);
    await b.bridge.settle();
    expect(await b.lib.count()).toBe(1);
    const removed = await a.lib.remove([clip.id]);
    await a.bridge.settle();
    await exchange(a.pouch, hub);
    await exchange(b.pouch, hub);
    await b.bridge.settle();
    expect(await b.lib.count()).toBe(0);
    expect(await b.lib.ids({ text: 'giao ban' })).toEqual([]);
    await expect(hub.get(docId(clip.url))).rejects.toMatchObject({ status: 404 });
    // Undo on Lan's side.
    await a.lib.restore(removed);
    await a.bridge.settle();
    await exchange(a.pouch, hub);
    await exchange(b.pouch, hub);
    await b.bridge.settle();
    expect(contentKey((await b.lib.byUrl(clip.url)) as Clip)).toBe(contentKey(removed[0] as Clip));
  });

  it('two offline edits of one clip converge to the same merged clip on both sides, losing nothing', async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const b = await replica('minh');
    const { clip } = await a.lib.save(clipA());
    await a.bridge.settle();
    await exchange(a.pouch, hub);
    await exchange(b.pouch, hub);
    await b.bridge.settle();
    // Offline: Lan writes a note and a tag; Minh another note, a tag, a quote and his own summary.
    await a.lib.edit(clip.id, { note: 'Lan: dùng cho mục 2', tags: ['giao ban'] });
    const bId = (await b.lib.byUrl(clip.url))?.id as number;
    await b.lib.edit(bId, { note: 'Minh: kiểm tra số liệu', tags: ['số liệu'], summary: ['Tỉnh giao ban công tác dân vận 6 tháng.'] });
    // A quote comes in as the extension adds one: the page re-clipped with it.
    await b.lib.save({ ...clipA(), quotes: [{ text: 'Dân vận khéo', prefix: 'mô hình "', suffix: '" được', addedAt: at(9) }] });
    await a.bridge.settle();
    await b.bridge.settle();
    // Back online: each meets the other's revision through the hub.
    for (const r of [a, b, a, b]) {
      await exchange(r.pouch, hub);
      await r.bridge.settle();
    }
    const la = (await a.lib.byUrl(clip.url)) as Clip;
    const lb = (await b.lib.byUrl(clip.url)) as Clip;
    expect(contentKey(la)).toBe(contentKey(lb));
    expect(la.note).toContain('Lan: dùng cho mục 2');
    expect(la.note).toContain('Minh: kiểm tra số liệu');
    expect([...la.tags].sort()).toEqual(['giao ban', 'số liệu']);
    expect(la.quotes.map((q) => q.text)).toEqual(['Dân vận khéo']);
    expect(la.summary).toEqual(['Tỉnh giao ban công tác dân vận 6 tháng.']);
    expect(la.summaryEdited).toBe(true);
    // One live revision left on the hub, holding that clip.
    const live = (await hub.get(docId(clip.url), { open_revs: 'all' })).filter((l) => l.ok && !l.ok._deleted);
    expect(live).toHaveLength(1);
    expect(contentKey(docToClip(live[0]?.ok as ClipDoc))).toBe(contentKey(la));
    expect(await a.lib.db.outbox.count()).toBe(0);
    expect(await b.lib.db.outbox.count()).toBe(0);
    // And the search index agrees with the merged clip on both sides.
    for (const r of [a, b]) expect(await r.lib.ids({ text: 'kiem tra so lieu' })).toHaveLength(1);
  });

  it('a malformed document from the server is refused with its reason and changes nothing', async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const doc = clipToDoc(clipA(), 'mallory');
    await hub.bulkDocs([{ ...doc, clip: { ...doc.clip, text: 42 } } as unknown as ClipDoc]);
    await exchange(a.pouch, hub);
    const result = await a.bridge.settle();
    expect(result.rejected.join(' ')).toMatch(/text/);
    expect(await a.lib.count()).toBe(0);
    expect(await a.lib.rows()).toEqual([]);
  });

  it('a change saved while its push was under way stays queued and is pushed on top, merged', async () => {
    const a = await replica('lan');
    const { clip } = await a.lib.save(clipA());
    // Start a push, and edit the clip before its transaction records the new revision.
    const pushing = a.bridge.push();
    await a.lib.edit(clip.id, { note: 'sửa trong lúc đồng bộ' });
    await pushing;
    await a.bridge.settle();
    expect(await a.lib.db.outbox.count()).toBe(0);
    const doc = await a.pouch.get(docId(clip.url));
    expect(doc.clip.note).toBe('sửa trong lúc đồng bộ');
  });
});
