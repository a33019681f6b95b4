/**
 * Merge determinism: the merged clip depends only on the set of versions,
 * never on the order they arrive in (a property test over random edits and
 * random orders), and three browsers editing one clip offline and meeting
 * through the team's database in a random order all end with the same clip,
 * holding every note, tag and quote written and the newest article text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clip } from '@/lib/library/types';
import { contentKey, docId } from '@/lib/team/doc';
import { mergeVersions, type Version } from '@/lib/team/merge';
import { fixtureClip } from '../library/helpers';
import { exchange, pouch, replica } from './pouch';

const base = fixtureClip('06-tinh-mat-tran', { clippedAt: '2024-07-18T01:00:00.000Z', updatedAt: '2024-07-18T01:00:00.000Z' }, '2024-07-17');
const WORDS = ['Mặt trận', 'số liệu', 'quý II', 'báo cáo', 'dân vận khéo', 'kiểm tra', 'Hội Nông dân', 'đối thoại'];
const TAGS = ['báo cáo', 'Mặt trận', 'giao ban', 'số liệu', 'MTTQ'];

/** One reader's offline edit of the clip. */
interface Edit {
  note: string[];
  tags: string[];
  quote: number | null;
  summary: boolean;
  /** Re-clipped with a newer text of the article. */
  text: boolean;
  hour: number;
}

const edit = fc.record({
  note: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  tags: fc.subarray(TAGS),
  quote: fc.option(fc.integer({ min: 0, max: 3 })),
  summary: fc.boolean(),
  text: fc.boolean(),
  hour: fc.integer({ min: 2, max: 23 }),
});

/** The version of the clip after an edit by `who`. */
function applyEdit(clip: Clip, e: Edit, who: string): Clip {
  const updatedAt = `2024-07-19T${String(e.hour).padStart(2, '0')}:00:00.000Z`;
  const sentences = clip.text.split('. ');
  return {
    ...clip,
    updatedAt,
    note: e.note.length ? `${who}: ${e.note.join(', ')}` : clip.note,
    tags: [...clip.tags, ...e.tags],
    quotes: e.quote === null ? clip.quotes : [...clip.quotes, { text: sentences[e.quote]?.slice(0, 60) ?? 'Mặt trận', prefix: '', suffix: '', addedAt: updatedAt }],
    ...(e.summary ? { summary: [`Tóm tắt của ${who}.`], summaryEdited: true } : {}),
    ...(e.text ? { text: `${clip.text}\n\nCập nhật bởi ${who} lúc ${e.hour} giờ.` } : {}),
  };
}

describe('merge determinism', () => {
  it('gives the same clip for every order of the same versions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, fc.constantFrom('lan', 'minh', 'hoa')), { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.nat()), (edits, seeds) => {
        const versions: Version[] = edits.map(([e, who]) => ({ clip: applyEdit(base, e, who), origin: who }));
        const first = mergeVersions(versions);
        const s = seeds[Symbol.iterator]();
        for (let k = 0; k < 3; k++) {
          // A random permutation.
          const shuffled = versions.map((v) => ({ v, r: s.next().value as number })).sort((a, b) => a.r - b.r).map((x) => x.v);
          const again = mergeVersions(shuffled);
          expect(contentKey(again.clip)).toBe(contentKey(first.clip));
          expect(again.origin).toBe(first.origin);
        }
        // Nothing written is lost.
        for (const v of versions) {
          if (v.clip.note) expect(first.clip.note).toContain(v.clip.note);
          for (const t of v.clip.tags) expect(first.clip.tags.map((x) => x.toLowerCase())).toContain(t.toLowerCase());
          for (const q of v.clip.quotes) expect(first.clip.quotes.some((x) => x.text === q.text)).toBe(true);
        }
        const newest = versions.reduce((a, b) => (b.clip.updatedAt > a.clip.updatedAt ? b : a));
        expect(first.clip.updatedAt).toBe(newest.clip.updatedAt);
        if (versions.some((v) => v.clip.summaryEdited)) expect(first.clip.summaryEdited).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('three browsers editing one clip offline converge to one clip whatever order they sync in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(edit, edit, edit), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }), async (edits, order) => {
        const hub = pouch('hub');
        const rs = [await replica('lan'), await replica('minh'), await replica('hoa')];
        const [first] = rs;
        if (!first) throw new Error('no replica');
        await first.lib.save(base);
        await first.bridge.settle();
        for (const r of rs) {
          await exchange(r.pouch, hub);
          await r.bridge.settle();
        }
        // Offline edits, one per browser.
        const written: Clip[] = [];
        for (const [i, r] of rs.entries()) {
          const mine = (await r.lib.byUrl(base.url)) as Clip;
          const next = applyEdit(mine, edits[i] as Edit, r.user);
          written.push(next);
          await r.lib.saveMany([next], { merge: (_saved, fresh) => fresh });
          await r.bridge.settle();
        }
        // They come online in a random order, some more than once...
        for (const i of order) {
          const r = rs[i];
          if (!r) continue;
          await exchange(r.pouch, hub);
          await r.bridge.settle();
        }
        // ...then everyone syncs until a whole round changes nothing on the hub (a few rounds at most).
        let rounds = 0;
        for (let before = ''; rounds < 6; rounds++) {
          for (const r of rs) {
            await exchange(r.pouch, hub);
            await r.bridge.settle();
          }
          const seq = String((await hub.info()).update_seq);
          if (seq === before) break;
          before = seq;
        }
        expect(rounds).toBeLessThan(6);
        const finals = await Promise.all(rs.map(async (r) => (await r.lib.byUrl(base.url)) as Clip));
        const keys = finals.map(contentKey);
        expect(new Set(keys).size).toBe(1);
        const final = finals[0] as Clip;
        for (const w of written) {
          for (const part of w.note.split('\n\n')) expect(final.note).toContain(part);
          for (const t of w.tags) expect(final.tags.map((x) => x.toLowerCase())).toContain(t.toLowerCase());
          for (const q of w.quotes) expect(final.quotes.some((x) => x.text === q.text)).toBe(true);
        }
        const newest = written.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
        expect(final.updatedAt).toBe(newest.updatedAt);
        // The hub holds that clip as its one live revision.
        const live = (await hub.get(docId(base.url), { open_revs: 'all' })).filter((l) => l.ok && !l.ok._deleted);
        expect(live).toHaveLength(1);
        for (const r of rs) expect(await r.lib.db.outbox.count()).toBe(0);
      }),
      { numRuns: Number(process.env.DVLENS_PROPERTY_RUNS ?? 12) },
    );
  }, 120_000);
});
