/**
 * Realistic clips for the library tests: the fixture articles run through the
 * engine and the clip builder, as the content script does on a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { extract } from '@/lib/engine';
import { buildClip } from '@/lib/library/clip';
import { Library, LibraryDb } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import { isDateLike } from '@/lib/reader/metadata';
import { danVanScore } from '@/lib/reader/relevance';
import { ROOT } from '../helpers/shared';

/** The fixture articles (text files: first line the title). */
export const ARTICLES = [
  '01-tinh-giao-ban',
  '02-trung-uong-hoi-nghi',
  '03-huyen-dan-van-kheo',
  '04-phuong-doi-thoai',
  '05-tinh-van-ban-nha-nuoc',
  '06-tinh-mat-tran',
  '07-quan-doi-ton-giao',
  '08-english-edition',
] as const;

/** A clip of fixture article `name`, as if read from `https://baotinh.example.vn/<name>.html`. */
export function fixtureClip(name: string, over: Partial<Clip> = {}, published: string | null = null): Clip {
  const raw = readFileSync(join(ROOT, 'tests/fixtures/articles', `${name}.txt`), 'utf8');
  // The fixture files start with the headline, some after a dateline.
  const blocks = raw.split('\n\n');
  const at = blocks.findIndex((b) => !isDateLike(b));
  const title = blocks[at] ?? '';
  const text = blocks.slice(at + 1).join('\n\n');
  const extraction = extract(text, { articleDate: published });
  const clip = buildClip({
    article: { title, text, published, author: null, site: 'Báo Tỉnh', canonicalUrl: `https://baotinh.example.vn/${name}.html`, lang: extraction.lang },
    extraction,
    relevance: danVanScore(text),
    url: `https://baotinh.example.vn/${name}.html`,
  });
  return { ...clip, ...over };
}

/** A fresh library on an in-memory IndexedDB. */
export function memoryLibrary(name = 'test'): Library {
  return new Library(new LibraryDb(name, { indexedDB: new IDBFactory(), IDBKeyRange }));
}
