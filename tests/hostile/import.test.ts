/**
 * Hostile import files (issue 14): files that fit the export's shape but
 * would lose a clip, break the library for good, or freeze the page. Each
 * case compares the library before and after: a refused file changes
 * nothing, an accepted one keeps every clip it holds and every clip already
 * saved.
 */
import { describe, expect, it } from 'vitest';
import { LibraryError } from '@/lib/library/db';
import { MAX_CLIP_ID } from '@/lib/library/limits';
import type { Clip } from '@/lib/library/types';
import { previewImport, runImport } from '@/lib/transfer/import';
import { ImportError, parseExport, toJson } from '@/lib/transfer/json';
import { fixtureClip, memoryLibrary } from '../library/helpers';
import { richLibrary, snapshot } from '../transfer/helpers';

async function allClips(lib: Awaited<ReturnType<typeof richLibrary>>['lib']): Promise<Clip[]> {
  const out: Clip[] = [];
  for await (const page of lib.all()) out.push(...page);
  return out;
}

/** The message `parseExport` + `runImport` end with (the error thrown), or null when the import went through. */
async function importError(lib: Awaited<ReturnType<typeof richLibrary>>['lib'], file: string): Promise<Error | null> {
  try {
    await runImport(lib, parseExport(file));
    return null;
  } catch (e) {
    return e as Error;
  }
}

describe('hostile import files', () => {
  it('two clips of one file with the same id and different URLs both land, each with its note, and the indexes point at each', async () => {
    const { lib, clips } = await richLibrary('same-id');
    const before = await allClips(lib);
    const a = fixtureClip('02-trung-uong-hoi-nghi', { id: 777, note: 'ghi chú của bài A' });
    const b = fixtureClip('06-tinh-mat-tran', { id: 777, note: 'ghi chú của bài B' });
    const file = toJson([a, b]);
    expect(await previewImport(lib, parseExport(file))).toMatchObject({ new: 2, total: 2 });
    await runImport(lib, parseExport(file));
    const after = await allClips(lib);
    expect(after).toHaveLength(clips.length + 2);
    // Every clip saved before is still there, unchanged.
    for (const c of before) expect(after).toContainEqual(c);
    const byUrl = new Map(after.map((c) => [c.url, c]));
    expect(byUrl.get(a.url)?.note).toBe('ghi chú của bài A');
    expect(byUrl.get(b.url)?.note).toBe('ghi chú của bài B');
    expect(byUrl.get(a.url)?.id).not.toBe(byUrl.get(b.url)?.id);
    // The people index: each official of B appears in B's clip, under B's title.
    const people = await lib.people();
    const bId = byUrl.get(b.url)?.id;
    const bOfficial = b.officials.find((o) => !o.byline);
    expect(bOfficial).toBeDefined();
    const entry = people.find((p) => p.key === bOfficial?.key);
    expect(entry?.appearances.find((x) => x.clipId === bId)?.clipTitle).toBe(b.title);
    for (const p of people) for (const x of p.appearances) expect(byUrl.get(after.find((c) => c.id === x.clipId)?.url ?? '')?.title).toBe(x.clipTitle);
  });

  it('an id of 2^53 − 1 does not exhaust the id generator: later clips still save, and the export re-imports', async () => {
    const { lib, clips } = await richLibrary('huge-id');
    const huge = fixtureClip('03-huyen-dan-van-kheo', { id: Number.MAX_SAFE_INTEGER });
    await runImport(lib, parseExport(toJson([huge])));
    const after = await allClips(lib);
    expect(after).toHaveLength(clips.length + 1);
    for (const c of after) expect(c.id).toBeLessThanOrEqual(MAX_CLIP_ID);
    // The next clip is saved (with the old code: "Maximum key generator value reached", for good).
    const next = await lib.save(fixtureClip('07-quan-doi-ton-giao'));
    expect(next.created).toBe(true);
    // The library's export re-imports, whole.
    const fresh = memoryLibrary('huge-id-fresh');
    await runImport(fresh, parseExport(toJson(await allClips(lib))));
    expect(await snapshot(fresh)).toEqual(await snapshot(lib));
    // Erase everything, and clipping still works.
    await lib.eraseAll();
    expect((await lib.save(fixtureClip('06-tinh-mat-tran'))).created).toBe(true);
  });

  it('a file from a library that already holds id 2^53 imports (the id is given anew) and the library round-trips', async () => {
    const lib = memoryLibrary('id-2-53');
    const file = toJson([fixtureClip('01-tinh-giao-ban', { id: 2 ** 53 }), fixtureClip('02-trung-uong-hoi-nghi', { id: 2.5 })]);
    await runImport(lib, parseExport(file));
    const saved = await allClips(lib);
    expect(saved.map((c) => c.url).sort()).toEqual(['https://baotinh.example.vn/01-tinh-giao-ban.html', 'https://baotinh.example.vn/02-trung-uong-hoi-nghi.html']);
    const fresh = memoryLibrary('id-2-53-fresh');
    await runImport(fresh, parseExport(toJson(saved)));
    expect(await snapshot(fresh)).toEqual(await snapshot(lib));
  });

  it('URLs that do not parse, hold a NUL, have no host or are not http(s) are refused, naming the clip and the field', async () => {
    const { lib, clips } = await richLibrary('urls');
    const before = await snapshot(lib);
    const good = JSON.parse(toJson(clips));
    for (const url of ['https://[', 'https://%zz', 'https://baotinh.vn/bai\u0000viet.html', 'https:///', 'file:///etc/passwd', 'javascript:alert(1)//x']) {
      const file = structuredClone(good);
      file.clips[1].url = url;
      const error = await importError(lib, JSON.stringify(file));
      expect(error, url).toBeInstanceOf(ImportError);
      expect(error?.message, url).toMatch(/^Clip 2 \(".+"\): url: /);
      expect(error?.message, url).toMatch(/web address/);
    }
    expect(await snapshot(lib)).toEqual(before);
  });

  it('a note of 100 million characters and a title of 20 million are refused at once, naming clip and field', async () => {
    const { lib, clips } = await richLibrary('huge-strings');
    const before = await snapshot(lib);
    const good = JSON.parse(toJson(clips));
    const note = structuredClone(good);
    note.clips[0].note = 'Ghi chú rất dài. '.repeat(6_000_000).slice(0, 100_000_000);
    const title = structuredClone(good);
    title.clips[2].title = 'Tiêu đề '.repeat(2_500_000);
    const t0 = performance.now();
    const noteError = await importError(lib, JSON.stringify(note));
    expect(noteError?.message).toMatch(/^Clip 1 \(".+"\): note: at most 2 million characters\.$/);
    const titleError = await importError(lib, JSON.stringify(title));
    expect(titleError?.message).toMatch(/^Clip 3 \("Tiêu đề Tiêu đề .*"\): title: at most 10,000 characters\.$/);
    // Refused before anything is indexed (the old import spent ~13 s on such a note, then the clip crashed the renderer).
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(await snapshot(lib)).toEqual(before);
  }, 60_000);

  it('every other string field is bounded too, with a message naming the clip and the field', async () => {
    const { lib, clips } = await richLibrary('fields');
    const before = await snapshot(lib);
    const good = JSON.parse(toJson(clips));
    // biome-ignore lint/suspicious/noExplicitAny: a clip as parsed JSON, spoiled field by field
    const cases: [string, (c: any) => void, string][] = [
      ['site', (c) => (c.site = 'B'.repeat(2_001)), '2,000'],
      ['author', (c) => (c.author = 'N'.repeat(2_001)), '2,000'],
      ['lang', (c) => (c.lang = 'v'.repeat(101)), '100'],
      ['summary[0]', (c) => (c.summary[0] = 'Câu. '.repeat(400_001)), '2 million'],
      ['officials[0].name', (c) => (c.officials[0].name = 'Nguyễn '.repeat(1_500)), '10,000'],
      ['officials[0].titles[0]', (c) => (c.officials[0].titles[0] = 'Phó Bí thư '.repeat(1_000)), '10,000'],
      ['documents[0].key', (c) => (c.documents[0].key = '1-NQ/TW'.repeat(1_500)), '10,000'],
      ['tags[0]', (c) => (c.tags[0] = 't'.repeat(2_001)), '2,000'],
      ['quotes[0].comment', (c) => (c.quotes[0].comment = 'x'.repeat(2_000_001)), '2 million'],
    ];
    for (const [field, spoil, limit] of cases) {
      const file = structuredClone(good);
      spoil(file.clips[0]);
      const error = await importError(lib, JSON.stringify(file));
      expect(error, field).toBeInstanceOf(ImportError);
      expect(error?.message, field).toBe(`Clip 1 ("${clips[0]?.title.slice(0, 60)}"): ${field}: at most ${limit} characters.`);
    }
    expect(await snapshot(lib)).toEqual(before);
  });

  it('the library itself refuses to save a clip its export would refuse (so its own export always re-imports)', async () => {
    const { lib } = await richLibrary('save-limits');
    const before = await snapshot(lib);
    const huge = fixtureClip('03-huyen-dan-van-kheo', { title: 'Tiêu đề '.repeat(2_500_000) });
    await expect(lib.save(huge)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/title is too long to keep \(20,000,000 characters; the limit is 10,000\)/) });
    const [first] = await allClips(lib);
    await expect(lib.edit(first?.id ?? -1, { note: 'ghi chú '.repeat(300_000) })).rejects.toBeInstanceOf(LibraryError);
    expect(await snapshot(lib)).toEqual(before);
  });
});
