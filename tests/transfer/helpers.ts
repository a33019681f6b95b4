/**
 * A library with every feature in use, for the export and import tests:
 * Vietnamese text in NFC and NFD, notes, tags, quotes, an edited summary,
 * officials, documents, dates and periods, an English clip, and page text
 * that would be dangerous if pasted as a formula, Markdown or HTML.
 */
import type { Library } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import { fixtureClip, memoryLibrary } from '../library/helpers';

/** Fill a fresh library; returns it with its clips as saved. */
export async function richLibrary(name = 'rich'): Promise<{ lib: Library; clips: Clip[] }> {
  const lib = memoryLibrary(name);
  const a = await lib.save(fixtureClip('01-tinh-giao-ban', { author: 'Nguyễn Minh Châu' }, '2024-07-17'));
  await lib.edit(a.clip.id, { note: 'Số liệu cho báo cáo 6 tháng; so sánh với năm 2023.', tags: ['giao ban', 'báo cáo 6 tháng'] });
  await lib.save({ ...fixtureClip('01-tinh-giao-ban', { author: 'Nguyễn Minh Châu' }, '2024-07-17'), quotes: [{ text: '1.245 mô hình "Dân vận khéo"', prefix: 'Toàn tỉnh có ', suffix: ' được công nhận', addedAt: '2024-07-18T02:05:00.000Z', comment: 'dẫn vào mục 1' }] });
  const nfd = fixtureClip('04-phuong-doi-thoai', {}, '2024-08-22');
  await lib.save({ ...nfd, title: nfd.title.normalize('NFD'), text: nfd.text.normalize('NFD') });
  const b = await lib.save(fixtureClip('08-english-edition', { author: 'Minh Phong' }, '2024-03-21'));
  await lib.edit(b.clip.id, { summary: ['Tóm tắt do người đọc viết lại.', 'Câu thứ hai.'] });
  const danger = fixtureClip('05-tinh-van-ban-nha-nuoc', {
    url: 'https://baotinh.vn/van-ban-a5.html',
    title: '=HYPERLINK("http://evil.example","Xem") <script>alert(1)</script> *Kế hoạch* [số 412]',
    note: '+84 912 345 678, gọi sau; -chú ý-, @ban dân vận\n"trích" dòng hai',
  }, '2025-02-05');
  await lib.save(danger);
  await lib.edit((await lib.byUrl(danger.url))?.id ?? -1, { tags: ['-âm', '@nhắc'] });
  const clips: Clip[] = [];
  for await (const page of lib.all()) clips.push(...page);
  return { lib, clips };
}

/** Everything in a library, for before/after comparisons. */
export async function snapshot(lib: Library): Promise<unknown> {
  const clips: Clip[] = [];
  for await (const page of lib.all()) clips.push(...page);
  return { clips, people: await lib.people(), documents: await lib.documents(), rows: await lib.rows() };
}
