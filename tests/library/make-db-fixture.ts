/**
 * Writes tests/fixtures/library/v<N>.json: the raw tables of a library at the
 * current schema version, for the migration tests. Run once when a schema
 * version ships (`npx tsx tests/library/make-db-fixture.ts`), then never
 * regenerate that version's file: it stands for the data users already have.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_VERSION } from '@/lib/library/db';
import { ROOT } from '../helpers/shared';
import { fixtureClip, memoryLibrary } from './helpers';

const lib = memoryLibrary('fixture');
const a = await lib.save(fixtureClip('01-tinh-giao-ban', { clippedAt: '2024-07-18T02:00:00.000Z', updatedAt: '2024-07-18T02:00:00.000Z' }, '2024-07-17'));
await lib.edit(a.clip.id, { note: 'Số liệu cho báo cáo 6 tháng.', tags: ['giao ban', 'báo cáo'] });
await lib.save({ ...fixtureClip('01-tinh-giao-ban', { clippedAt: '2024-07-18T02:00:00.000Z', updatedAt: '2024-07-18T02:05:00.000Z' }, '2024-07-17'), quotes: [{ text: 'mô hình "Dân vận khéo"', prefix: 'Toàn tỉnh có 1.245 ', suffix: ' được công nhận', addedAt: '2024-07-18T02:05:00.000Z' }] });
const b = await lib.save(fixtureClip('08-english-edition', { clippedAt: '2024-03-22T08:00:00.000Z', updatedAt: '2024-03-22T08:00:00.000Z' }, '2024-03-21'));
const nfd = fixtureClip('04-phuong-doi-thoai', { clippedAt: '2024-08-23T03:00:00.000Z', updatedAt: '2024-08-23T03:00:00.000Z' }, '2024-08-22');
await lib.save({ ...nfd, title: nfd.title.normalize('NFD') });
await lib.edit(b.clip.id, { summary: ['Tóm tắt do người đọc viết.'] });
const tables: Record<string, unknown[]> = {};
for (const t of lib.db.tables) tables[t.name] = await t.toArray();
// Stable dates for the edits made above.
for (const c of tables.clips as { updatedAt: string }[]) c.updatedAt = '2024-09-01T00:00:00.000Z';
const file = join(ROOT, 'tests/fixtures/library', `v${DB_VERSION}.json`);
writeFileSync(file, `${JSON.stringify({ version: DB_VERSION, tables }, null, 1)}\n`);
console.log(`wrote ${file}`);
