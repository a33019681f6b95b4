/**
 * The migration harness: for every schema version ever shipped there is a
 * fixture of that version's raw tables (tests/fixtures/library/v<N>.json).
 * Each is written into a database opened at its own version, which is then
 * opened at the current version: every clip must come through whole, and
 * the indexes must find it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, Library, LibraryDb, plainClip, SCHEMAS, type StoredClip } from '@/lib/library/db';
import { ROOT } from '../helpers/shared';

const fixture = (v: number) => join(ROOT, 'tests/fixtures/library', `v${v}.json`);

describe('library migrations', () => {
  it('has a fixture for every schema version', () => {
    for (const s of SCHEMAS) expect(existsSync(fixture(s.version)), `missing ${fixture(s.version)}`).toBe(true);
  });

  for (const s of SCHEMAS) {
    it(`opens a version ${s.version} library at version ${DB_VERSION} without losing anything`, async () => {
      const { version, tables } = JSON.parse(readFileSync(fixture(s.version), 'utf8')) as { version: number; tables: Record<string, unknown[]> };
      expect(version).toBe(s.version);
      const indexedDB = new IDBFactory();
      const old = new LibraryDb('migrate', { indexedDB, IDBKeyRange }, s.version);
      await old.open();
      for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkPut(rows);
      old.close();

      const lib = new Library(new LibraryDb('migrate', { indexedDB, IDBKeyRange }));
      const clips = tables.clips as StoredClip[];
      expect(await lib.count()).toBe(clips.length);
      for (const c of clips) {
        const now = await lib.get(c.id);
        expect(now).toEqual(plainClip(c));
        expect(await lib.ids({ text: c.title.split(' ').slice(0, 3).join(' ') })).toContain(c.id);
        for (const d of c.documents) expect(await lib.ids({ document: d.key })).toContain(c.id);
      }
      const people = await lib.people();
      expect(people.length).toBe((tables.people ?? []).length);
      // The library still takes writes after the upgrade.
      const first = clips[0] as StoredClip;
      await lib.edit(first.id, { note: 'sau nâng cấp' });
      expect((await lib.get(first.id))?.tags).toEqual(first.tags);
    });
  }
});
