import { describe, expect, it } from 'vitest';
import { runImport, previewImport } from '@/lib/transfer/import';
import { ImportError, parseExport, toJson } from '@/lib/transfer/json';
import { EXPORT_VERSION, FORMAT } from '@/lib/transfer/schema';
import { fixtureClip, memoryLibrary } from '../library/helpers';
import { richLibrary, snapshot } from './helpers';

describe('JSON export and import', () => {
  it('round-trips a library with every feature into a fresh one, identical', async () => {
    const { lib, clips } = await richLibrary();
    expect(clips.some((c) => c.text !== c.text.normalize('NFC'))).toBe(true);
    const file = toJson(clips);
    const fresh = memoryLibrary('fresh');
    const parsed = parseExport(file);
    expect(await previewImport(fresh, parsed)).toEqual({ new: clips.length, update: 0, conflict: 0, unchanged: 0, total: clips.length });
    await runImport(fresh, parsed);
    expect(await snapshot(fresh)).toEqual(await snapshot(lib));
    // Importing the same file again changes nothing.
    expect(await previewImport(fresh, parseExport(file))).toMatchObject({ unchanged: clips.length });
    await runImport(fresh, parseExport(file));
    expect(await snapshot(fresh)).toEqual(await snapshot(lib));
  });

  it('merges by URL: the newer article text wins, notes and tags are never dropped; conflicts are counted', async () => {
    const lib = memoryLibrary();
    const { clip } = await lib.save(fixtureClip('01-tinh-giao-ban', { updatedAt: '2024-07-18T00:00:00.000Z' }));
    await lib.edit(clip.id, { note: 'ghi chú ở máy này', tags: ['máy A'] });
    const saved = await lib.get(clip.id);
    if (!saved) throw new Error('missing');
    const other = { ...saved, id: 99, text: `${saved.text}\n\nĐoạn bổ sung từ máy khác.`, note: 'ghi chú ở máy kia', tags: ['máy B'], updatedAt: '2030-01-01T00:00:00.000Z' };
    const newClip = fixtureClip('02-trung-uong-hoi-nghi');
    const file = toJson([other, newClip]);
    expect(await previewImport(lib, parseExport(file))).toEqual({ new: 1, update: 0, conflict: 1, unchanged: 0, total: 2 });
    await runImport(lib, parseExport(file));
    const merged = await lib.get(clip.id);
    expect(merged?.text).toContain('Đoạn bổ sung từ máy khác.');
    expect(merged?.note).toBe('ghi chú ở máy này\n\nghi chú ở máy kia');
    expect(merged?.tags).toEqual(['máy A', 'máy B']);
    expect(await lib.count()).toBe(2);
    // An older copy does not replace the newer text.
    await runImport(lib, parseExport(toJson([{ ...saved, id: undefined, note: '' }])));
    expect((await lib.get(clip.id))?.text).toContain('Đoạn bổ sung từ máy khác.');
  });

  it('refuses bad files with a specific message and leaves the library as it was', async () => {
    const { lib, clips } = await richLibrary('bad');
    const before = await snapshot(lib);
    const good = toJson(clips);
    const tooLong = JSON.parse(good);
    tooLong.clips[1].text = 'Dân vận khéo. '.repeat(800_000);
    const wrongField = JSON.parse(good);
    wrongField.clips[2].officials[0].titles = 'Bí thư';
    const bad: [string, string | RegExp, number?][] = [
      [good.slice(0, Math.floor(good.length / 2)), /cut short/],
      ['{"clips": []}', /not a Dân vận Lens library export/],
      ['[1, 2, 3]', /not a Dân vận Lens library export/],
      ['PK\u0003\u0004 binary', /not valid JSON/],
      [JSON.stringify({ format: FORMAT, version: EXPORT_VERSION + 1, exportedAt: '2030-01-01', clips: [] }), /newer version of Dân vận Lens \(format version 2/],
      [JSON.stringify(tooLong), /^Clip 2 \(".*"\): text: at most 2 million characters\.$/],
      [JSON.stringify(wrongField), /^Clip 3 \(".*"\): officials\[0\]\.titles: expected array\.$/],
      [JSON.stringify({ ...JSON.parse(good), clips: [clips[0], clips[0]] }), /appears twice/],
      ['{}', /not a Dân vận Lens/, 200 * 1024 * 1024],
    ];
    for (const [text, message, size] of bad) {
      let error: unknown;
      try {
        await runImport(lib, parseExport(text, size));
      } catch (e) {
        error = e;
      }
      expect(error, String(message)).toBeInstanceOf(ImportError);
      if (size) expect((error as Error).message).toMatch(/too large to import \(200 MB; the limit is 150 MB\)/);
      else expect((error as Error).message).toMatch(message);
    }
    // A real 200 MB file is refused before it is parsed.
    expect(() => parseExport(' '.repeat(200 * 1024 * 1024))).toThrow(/too large/);
    expect(await snapshot(lib)).toEqual(before);
  });

  it('is all or nothing: a write failing half-way changes nothing', async () => {
    const { lib, clips } = await richLibrary('fail');
    const before = await snapshot(lib);
    const incoming = parseExport(toJson(clips.map((c) => ({ ...c, id: undefined, url: `${c.url}?copy`, note: 'bản sao' }))));
    const put = lib.db.docs.bulkPut.bind(lib.db.docs);
    lib.db.docs.bulkPut = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as unknown as typeof lib.db.docs.bulkPut;
    await expect(runImport(lib, incoming)).rejects.toMatchObject({ code: 'quota' });
    lib.db.docs.bulkPut = put;
    expect(await snapshot(lib)).toEqual(before);
  });
});
