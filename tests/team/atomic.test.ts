/**
 * A batch from the team lands whole or not at all: `Library.replicaWrite`
 * (what the bridge's pull and push use) runs the clips, their search terms,
 * catalog rows, people and documents indexes and the team's records in one
 * transaction; a failure half way through leaves the library as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Clip } from '@/lib/library/types';
import { clipToDoc, docId } from '@/lib/team/doc';
import { beginTeam } from '@/lib/team/state';
import { fixtureClip, memoryLibrary } from '../library/helpers';
import { exchange, pouch, replica } from './pouch';

const snapshot = async (lib: ReturnType<typeof memoryLibrary>) => {
  const out: Record<string, unknown[]> = {};
  for (const t of lib.db.tables) out[t.name] = await t.toArray();
  return out;
};

describe('atomic team writes', () => {
  it('a batch that fails half way changes nothing', async () => {
    const lib = memoryLibrary('atomic');
    await beginTeam(lib.db, 'http://127.0.0.1:5984/team', 'lan');
    await lib.save(fixtureClip('01-tinh-giao-ban'));
    const before = await snapshot(lib);
    const incoming: Clip[] = [fixtureClip('02-trung-uong-hoi-nghi'), fixtureClip('05-tinh-van-ban-nha-nuoc')];
    await expect(
      lib.replicaWrite(
        incoming.map((c) => c.url),
        async () => {
          await lib.db.replica.bulkPut(incoming.map((c) => ({ url: c.url, rev: '1-x', origin: 'minh' })));
          // The second clip cannot be stored (over the text limit): the whole batch is refused.
          return { put: [incoming[0] as Clip, { ...(incoming[1] as Clip), text: 'x'.repeat(2_000_001) }], del: [], out: null };
        },
      ),
    ).rejects.toThrow(/too long/);
    expect(await snapshot(lib)).toEqual(before);
    expect(await lib.byUrl((incoming[0] as Clip).url)).toBeNull();
    expect(await lib.count()).toBe(1);
  });

  it("pulling a colleague's clip writes it with its index entries in the same transaction as its revision", async () => {
    const hub = pouch('hub');
    const a = await replica('lan');
    const clip = fixtureClip('07-quan-doi-ton-giao');
    await hub.bulkDocs([clipToDoc(clip, 'minh')]);
    await exchange(a.pouch, hub);
    await a.bridge.settle();
    const saved = (await a.lib.byUrl(clip.url)) as Clip & { id: number };
    const rec = (await a.lib.db.replica.get(clip.url)) as unknown as { rev: string; origin: string };
    expect(rec.rev).toBe((await hub.get(docId(clip.url)))._rev);
    expect(rec.origin).toBe('minh');
    // Its catalog row, search terms and people index are there.
    expect((await a.lib.rows()).map((r) => r.id)).toEqual([saved.id]);
    const person = clip.officials.find((o) => !o.byline);
    if (person) expect((await a.lib.people()).map((p) => p.key)).toContain(person.key);
    expect(await a.lib.ids({ text: clip.title.split(' ').slice(0, 2).join(' ') })).toEqual([saved.id]);
  });
});
