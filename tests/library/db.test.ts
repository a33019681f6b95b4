import { describe, expect, it } from 'vitest';
import { LibraryError, MAX_TEXT } from '@/lib/library/db';
import { ARTICLES, fixtureClip, memoryLibrary } from './helpers';

describe('library database (fake-indexeddb)', () => {
  it('clips, and re-clips the same canonical URL without losing note, tags or quotes', async () => {
    const lib = memoryLibrary();
    const first = await lib.save(fixtureClip('01-tinh-giao-ban', {}, '2024-07-17'));
    expect(first.created).toBe(true);
    await lib.edit(first.clip.id, { note: 'Dùng cho báo cáo 6 tháng', tags: ['giao ban', 'Tỉnh'] });
    // The reader quotes a sentence: the page is clipped again with the quote (what the panel and the menu do).
    await lib.save({ ...fixtureClip('01-tinh-giao-ban', {}, '2024-07-17'), quotes: [{ text: 'giao ban công tác dân vận', prefix: 'tổ chức hội nghị ', suffix: ' 6 tháng', addedAt: '2024-07-18T01:00:00Z' }] });
    // The page changed: a new paragraph, and the reader clips again.
    const changed = fixtureClip('01-tinh-giao-ban', {}, '2024-07-17');
    changed.text += '\n\nBổ sung: hội nghị thống nhất 5 nhóm giải pháp trọng tâm.';
    const again = await lib.save({ ...changed, tags: ['tỉnh', 'mới'] });
    expect(again.created).toBe(false);
    expect(again.clip.id).toBe(first.clip.id);
    expect(await lib.count()).toBe(1);
    const c = await lib.get(first.clip.id);
    expect(c?.text).toContain('5 nhóm giải pháp');
    expect(c?.note).toBe('Dùng cho báo cáo 6 tháng');
    expect(c?.tags).toEqual(['giao ban', 'Tỉnh', 'mới']);
    expect(c?.quotes).toHaveLength(1);
    expect(c?.clippedAt).toBe(first.clip.clippedAt);
  });

  it('keeps the summary the reader edited when the page is clipped again', async () => {
    const lib = memoryLibrary();
    const { clip } = await lib.save(fixtureClip('02-trung-uong-hoi-nghi'));
    await lib.edit(clip.id, { summary: ['Tóm tắt của tôi.'] });
    await lib.save(fixtureClip('02-trung-uong-hoi-nghi'));
    expect((await lib.get(clip.id))?.summary).toEqual(['Tóm tắt của tôi.']);
  });

  it('stores entities with anchors that point into the text', async () => {
    const lib = memoryLibrary();
    const { clip } = await lib.save(fixtureClip('05-tinh-van-ban-nha-nuoc', {}, '2025-02-06'));
    const c = await lib.get(clip.id);
    if (!c) throw new Error('clip missing');
    expect(c.documents.map((d) => d.key)).toContain('59/2023/NĐ-CP');
    for (const d of c.documents) for (const a of d.anchors) expect(c.text.slice(a.start, a.end)).toBe(a.exact);
    for (const o of c.officials) for (const a of o.anchors) expect(c.text.slice(a.start - a.prefix.length, a.end + a.suffix.length)).toBe(a.prefix + a.exact + a.suffix);
    // With the article's date every date has its year: a full date or a bare year ("năm 2025").
    expect(c.dates.every((d) => /^\d{4}(?:-\d{2}-\d{2})?$/.test(d.iso))).toBe(true);
    expect(c.dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.iso))).toBe(true);
  });

  it('finds clips without diacritics, with old tone marks, and by document symbol; exact matches first', async () => {
    const lib = memoryLibrary();
    const ids: Record<string, number> = {};
    for (const a of ARTICLES) ids[a] = (await lib.save(fixtureClip(a))).clip.id;
    // Article 03 has "Dân vận khéo" in its title; 01 in its text.
    const kheo = await lib.ids({ text: 'dan van kheo' });
    expect(kheo).toContain(ids['03-huyen-dan-van-kheo']);
    expect(kheo).toContain(ids['01-tinh-giao-ban']);
    expect(kheo).not.toContain(ids['05-tinh-van-ban-nha-nuoc']);
    // "hoà" (old placement) finds "hòa".
    const withHoa = await lib.ids({ text: 'hoà' });
    const all = await lib.many(Object.values(ids));
    const expected = all.filter((c) => /(?<![\p{L}\p{M}])(hòa|hoà)(?![\p{L}\p{M}])/iu.test(`${c.title} ${c.text}`.normalize('NFC'))).map((c) => c.id);
    expect(withHoa.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    // A document symbol finds the clips citing it, and only those.
    const byDoc = await lib.ids({ text: '25-NQ/TW' });
    const citing = all.filter((c) => c.documents.some((d) => d.key === '25-NQ/TW')).map((c) => c.id);
    expect(byDoc.sort()).toEqual(citing.sort());
    // "Đảng" typed with its diacritics ranks clips with the exact word before those with only "dang".
    const lib2 = memoryLibrary('rank');
    const plain = await lib2.save(fixtureClip('01-tinh-giao-ban', { url: 'https://a.example.vn/1', title: 'Tin dang cap nhat', text: 'Tin dang cap nhat ve hoat dong xa.' }));
    const exact = await lib2.save(fixtureClip('01-tinh-giao-ban', { url: 'https://a.example.vn/2', title: 'Đảng bộ xã họp', text: 'Đảng bộ xã họp thường kỳ.' }));
    expect(await lib2.ids({ text: 'Đảng', sort: 'clippedAt' })).toEqual([exact.clip.id, plain.clip.id]);
    expect((await lib2.ids({ text: 'dang' })).sort()).toEqual([plain.clip.id, exact.clip.id].sort());
  });

  it('filters by official, document, site, tag, language and date range; sorts', async () => {
    const lib = memoryLibrary();
    const a = await lib.save(fixtureClip('01-tinh-giao-ban', { clippedAt: '2024-07-18T00:00:00Z', updatedAt: '2024-07-18T00:00:00Z' }, '2024-07-17'));
    const b = await lib.save(fixtureClip('08-english-edition', { site: 'Việt Nam News', clippedAt: '2024-03-22T00:00:00Z', updatedAt: '2024-03-22T00:00:00Z' }, '2024-03-21'));
    const c = await lib.save(fixtureClip('03-huyen-dan-van-kheo', { clippedAt: '2025-10-10T00:00:00Z', updatedAt: '2025-10-10T00:00:00Z' }, null));
    await lib.edit(c.clip.id, { tags: ['điển hình'] });
    const khai = a.clip.officials.find((o) => o.name === 'Trịnh Văn Khải');
    expect(khai).toBeDefined();
    expect(await lib.ids({ official: khai?.key })).toEqual([a.clip.id]);
    expect(await lib.ids({ document: '25-NQ/TW' })).toEqual(expect.arrayContaining([a.clip.id]));
    expect(await lib.ids({ site: 'Việt Nam News' })).toEqual([b.clip.id]);
    expect(await lib.ids({ tag: 'điển hình' })).toEqual([c.clip.id]);
    expect(await lib.ids({ lang: 'en' })).toEqual([b.clip.id]);
    expect(await lib.ids({ from: '2024-07-01', to: '2024-12-31' })).toEqual([a.clip.id]);
    expect(await lib.ids({ from: '2025-01', dateField: 'clippedAt' })).toEqual([c.clip.id]);
    expect(await lib.ids()).toEqual([c.clip.id, a.clip.id, b.clip.id]);
    expect(await lib.ids({ sort: 'published' })).toEqual([a.clip.id, b.clip.id, c.clip.id]);
    expect(await lib.ids({ sort: 'published', descending: false })).toEqual([b.clip.id, a.clip.id, c.clip.id]);
    const byTitle = await lib.many(await lib.ids({ sort: 'title' }));
    expect(byTitle.map((x) => x.title)).toEqual([...byTitle.map((x) => x.title)].sort((x, y) => x.localeCompare(y, 'vi', { sensitivity: 'base' })));
    expect((await lib.facets()).sites).toEqual(['Báo Tỉnh', 'Việt Nam News']);
  });

  it('keeps people and documents indexes across clips, and updates them on delete and undo', async () => {
    const lib = memoryLibrary();
    const a = await lib.save(fixtureClip('01-tinh-giao-ban', {}, '2024-07-17'));
    // The same official, a year later with a new title.
    const later = fixtureClip('01-tinh-giao-ban', { url: 'https://baotinh.example.vn/khac.html' }, '2025-07-20');
    const khaiLater = later.officials.find((o) => o.name === 'Trịnh Văn Khải');
    if (khaiLater) khaiLater.titles = ['Phó Bí thư Tỉnh ủy'];
    const b = await lib.save(later);
    const people = await lib.people();
    const khai = people.find((p) => p.name === 'Trịnh Văn Khải');
    expect(khai?.appearances.map((x) => [x.date, x.titles[0]])).toEqual([
      ['2024-07-17', 'Ủy viên Ban Thường vụ'],
      ['2025-07-20', 'Phó Bí thư Tỉnh ủy'],
    ]);
    const doc = (await lib.documents()).find((d) => d.key === '23-QĐ/TW');
    expect(doc?.clips.map((c) => c.clipId)).toEqual([b.clip.id, a.clip.id]);
    // Delete one, then undo.
    const removed = await lib.remove([b.clip.id]);
    expect((await lib.people()).find((p) => p.name === 'Trịnh Văn Khải')?.appearances).toHaveLength(1);
    await lib.restore(removed);
    expect(await lib.get(b.clip.id)).toEqual(removed[0]);
    expect((await lib.people()).find((p) => p.name === 'Trịnh Văn Khải')?.appearances).toHaveLength(2);
    await lib.remove([a.clip.id, b.clip.id]);
    expect(await lib.people()).toEqual([]);
    expect(await lib.documents()).toEqual([]);
  });

  it('tags several clips at once', async () => {
    const lib = memoryLibrary();
    const ids = [];
    for (const a of ARTICLES.slice(0, 3)) ids.push((await lib.save(fixtureClip(a))).clip.id);
    await lib.tagMany(ids.slice(0, 2), 'Báo cáo 6 tháng');
    expect((await lib.ids({ tag: 'Báo cáo 6 tháng' })).sort()).toEqual(ids.slice(0, 2).sort());
    await lib.tagMany(ids.slice(0, 1), 'báo cáo 6 tháng', false);
    expect(await lib.ids({ tag: 'Báo cáo 6 tháng' })).toEqual([ids[1]]);
  });

  it('refuses a too-long text with a clear error and writes nothing', async () => {
    const lib = memoryLibrary();
    const huge = fixtureClip('01-tinh-giao-ban', { text: 'Dân vận. '.repeat(MAX_TEXT / 8) });
    await expect(lib.save(huge)).rejects.toThrow(/too long to clip/);
    expect(await lib.count()).toBe(0);
  });

  it('rolls back a failing write: nothing half-written', async () => {
    const lib = memoryLibrary();
    const { clip } = await lib.save(fixtureClip('01-tinh-giao-ban'));
    const before = await lib.db.people.toArray();
    // A clip that cannot be stored (a function is not cloneable): the clip write fails after the indexes were touched.
    const bad = fixtureClip('01-tinh-giao-ban', { note: (() => 'x') as unknown as string });
    await expect(lib.save(bad)).rejects.toBeInstanceOf(LibraryError);
    expect(await lib.db.people.toArray()).toEqual(before);
    expect((await lib.get(clip.id))?.note).toBe('');
  });

  it('reports a closed database clearly', async () => {
    const lib = memoryLibrary();
    lib.db.close();
    await expect(lib.save(fixtureClip('01-tinh-giao-ban'))).rejects.toMatchObject({ code: 'closed' });
  });

  it('lands two clips written at the same moment', async () => {
    const lib = memoryLibrary();
    const [x, y] = await Promise.all([lib.save(fixtureClip('01-tinh-giao-ban')), lib.save(fixtureClip('02-trung-uong-hoi-nghi'))]);
    expect(x.clip.id).not.toBe(y.clip.id);
    expect(await lib.count()).toBe(2);
    // The same page from two tabs at once: one clip.
    await Promise.all([lib.save(fixtureClip('03-huyen-dan-van-kheo')), lib.save(fixtureClip('03-huyen-dan-van-kheo'))]);
    expect(await lib.count()).toBe(3);
  });
});

describe('saving many clips at once', () => {
  it('saves all, merging by URL, or none', async () => {
    const lib = memoryLibrary();
    const { clip } = await lib.save(fixtureClip('01-tinh-giao-ban'));
    await lib.edit(clip.id, { note: 'giữ lại' });
    const r = await lib.saveMany(ARTICLES.map((a) => fixtureClip(a)));
    expect(r).toEqual({ created: ARTICLES.length - 1, updated: 1 });
    expect((await lib.get(clip.id))?.note).toBe('giữ lại');
    const before = await lib.count();
    const bad = [fixtureClip('01-tinh-giao-ban', { url: 'https://x.example.vn/new' }), fixtureClip('02-trung-uong-hoi-nghi', { url: 'https://x.example.vn/bad', note: (() => '') as unknown as string })];
    await expect(lib.saveMany(bad)).rejects.toBeInstanceOf(LibraryError);
    expect(await lib.count()).toBe(before);
    expect(await lib.byUrl('https://x.example.vn/new')).toBeNull();
  });
});
