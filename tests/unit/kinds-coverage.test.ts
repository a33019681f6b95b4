/**
 * Adding a kind of entity touches the registry, the engine and the locale
 * files only. Two checks:
 *
 * - A fourth kind (places, tests/unit/fourth-kind.ts: a finder, a
 *   stored-kinds entry, two strings) is put into a copy of the registry; the
 *   clip builder, the limits, the background's check, the catalog and its
 *   filters, the search terms, the database, the JSON schema, CSV, Markdown,
 *   Word, the command line's table and the library's URLs then carry places
 *   with no change to their code.
 * - The storage and export code names no kind: a scan of its source for the
 *   kinds' fields and ids outside comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { extract } from '@/lib/engine';
import { foldKey } from '@/lib/engine/text/normalize';
import { formatTable } from '@/lib/cli/table';
import { rowOf, runQuery } from '@/lib/library/catalog';
import { buildClip } from '@/lib/library/clip';
import { longField } from '@/lib/library/limits';
import { parseRoute, routeHash } from '@/lib/library/route';
import { clipTerms } from '@/lib/library/search';
import { clipProblem } from '@/lib/library/service';
import { STORED_KIND_LIST } from '@/lib/library/stored-kinds';
import type { Clip } from '@/lib/library/types';
import { buildReport } from '@/lib/report/build';
import { namedPeriod } from '@/lib/report/period';
import { toCsv } from '@/lib/transfer/csv';
import { toDocx } from '@/lib/transfer/docx';
import { parseExport, toJson } from '@/lib/transfer/json';
import { clipMarkdown } from '@/lib/transfer/markdown';
import { memoryLibrary } from '../library/helpers';
import { ROOT } from '../helpers/shared';
import { type ClipPlace, findPlaces } from './fourth-kind';

// The registry with a fourth kind: the stored kinds get places' entry, the locale files its strings.
vi.mock('@/lib/library/stored-kinds', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/library/stored-kinds')>();
  const { PLACE_KIND } = await import('./fourth-kind');
  return { ...real, STORED_KINDS: { ...real.STORED_KINDS, place: PLACE_KIND }, STORED_KIND_LIST: [...real.STORED_KIND_LIST, PLACE_KIND], FILTER_KIND_LIST: [...real.FILTER_KIND_LIST, PLACE_KIND] };
});
vi.mock('@/lib/i18n/locales', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/i18n/locales')>();
  const { PLACE_STRINGS } = await import('./fourth-kind');
  return { ...real, lookup: (lang: 'vi' | 'en', key: string, args: string[]) => PLACE_STRINGS[key]?.[lang] ?? real.lookup(lang, key as never, args) };
});

const NAME = '04-phuong-doi-thoai';
const raw = readFileSync(join(ROOT, 'tests/fixtures/articles', `${NAME}.txt`), 'utf8');
// The headline stays in the text: it names the ward too.
const text = raw;
const title = raw.slice(0, raw.indexOf('\n'));

/** The fixture article clipped by an engine that also finds places. */
function placeClip(url = `https://baotinh.example.vn/${NAME}.html`): Clip {
  const extraction = { ...extract(text), places: findPlaces(text) };
  return buildClip({
    article: { title, text, published: '2024-05-20', author: null, site: 'Báo Tỉnh', canonicalUrl: null, lang: 'vi' },
    extraction,
    relevance: 1,
    url,
    now: '2024-05-21T08:00:00.000Z',
  });
}
const placesOf = (c: Clip) => (c as Clip & { places: ClipPlace[] }).places;

describe('a fourth kind of entity, added to the registry only', () => {
  const clip = placeClip();
  const places = placesOf(clip);

  it('is saved in the clip, with anchors in its text, between the other kinds and the periods', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) {
      for (const a of p.anchors) {
        expect(clip.text.slice(a.start, a.end)).toBe(a.exact);
        expect(a.exact.toLowerCase()).toBe(p.key);
      }
    }
    // "Phường Tân Định" and "phường Tân Định" are one place with two mentions.
    const found = findPlaces(text);
    expect(found.length).toBeGreaterThan(places.length);
    expect(places.map((p) => p.key)).toEqual([...new Set(found.map((p) => p.name.toLowerCase()))]);
    expect(places.flatMap((p) => p.anchors)).toHaveLength(found.length);
    const keys = Object.keys(clip);
    expect(keys.slice(keys.indexOf('dates'), keys.indexOf('periods') + 1)).toEqual(['dates', 'places', 'periods']);
  });

  it('is checked: the limits, the background, the import schema', () => {
    const long = { ...clip, places: [{ ...places[0], name: 'x'.repeat(20_000) }] };
    expect(longField(long as Clip)?.path).toBe('places[0].name');
    expect(clipProblem({ ...clip, places: 'Hà Nội' })).toBe('places: expected a list');
    // The export carries places and reads back the same.
    const json = toJson([clip], '2024-06-01T00:00:00.000Z');
    expect(JSON.parse(json).clips[0].places).toEqual(places);
    expect(parseExport(json)).toEqual([clip]);
    // A malformed place is refused with its path; nothing else in the clip is at fault.
    const bad = JSON.parse(json);
    bad.clips[0].places[0].anchors = 'ở đầu bài';
    expect(() => parseExport(JSON.stringify(bad))).toThrow(/places/);
  });

  it('is a filter of the list, its URL and the search', () => {
    const other = { ...placeClip('https://baotinh.example.vn/khac.html'), places: [] } as Clip;
    const rows = [rowOf({ ...clip, id: 1 }), rowOf({ ...other, id: 2 })];
    const key = places[0]?.key as string;
    expect((rows[0] as unknown as { places: string[] }).places).toContain(key);
    expect(runQuery(rows, { place: key } as never)).toEqual([1]);
    expect(runQuery(rows, {})).toHaveLength(2);
    const route = parseRoute(`#/?place=${encodeURIComponent(key)}&site=B%C3%A1o`);
    expect(route).toEqual({ view: 'list', query: { place: key, site: 'Báo' } });
    expect(parseRoute(routeHash(route))).toEqual(route);
    // The place's words are search terms even when the text is not searched (a clip with no text).
    const bare = { ...clip, text: '', title: '', summary: [], site: null, officials: [], documents: [] };
    expect(clipTerms(bare)).toEqual(expect.arrayContaining((places[0]?.name.split(' ') ?? []).map(foldKey)));
    expect(clipTerms({ ...bare, places: [] } as Clip)).toEqual([]);
  });

  it('is stored and filtered in the library database', async () => {
    const lib = memoryLibrary('fourth-kind');
    const saved = await lib.save(clip);
    await lib.save({ ...placeClip('https://baotinh.example.vn/khac.html'), places: [] } as Clip);
    expect(placesOf((await lib.byUrl(clip.url)) as Clip)).toEqual(places);
    expect(await lib.ids({ place: places[0]?.key } as never)).toEqual([saved.clip.id]);
  });

  it('is written by the CSV, Markdown and Word exports and the command line', async () => {
    const files = toCsv([clip]);
    expect(files['clips.csv']?.split('\r\n')[0]?.split(',').slice(-3)).toEqual(['officials', 'documents', 'places']);
    const rows = files['places.csv']?.split('\r\n') ?? [];
    expect(rows[0]).toBe('\uFEFFplace,mentions,clip_title,published,url');
    expect(rows.slice(1)).toHaveLength(places.length);
    expect(rows[1]).toBe(`${places[0]?.name},${places[0]?.anchors.length},${title},2024-05-20,${clip.url}`);
    const md = clipMarkdown(clip);
    expect(md.slice(0, md.indexOf('\n---\n'))).toContain(`places:\n  - ${places[0]?.name}`);
    const xml = strFromU8(unzipSync(await toDocx([clip], 'vi'))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('>Địa danh<');
    expect(xml).toContain(`>${places[0]?.name}<`);
    const table = formatTable({ ...extract(text), places: findPlaces(text), file: NAME } as never);
    expect(table).toContain(`Places (${findPlaces(text).length})\n  ${places[0]?.name}`);
  });

  it('reads a clip saved before the kind existed as having none, and leaves the report as it was (no report entry)', () => {
    const { places: _, ...old } = clip as Clip & { places: unknown };
    const none = { ...clip, places: [] } as Clip;
    expect(toCsv([old as Clip])).toEqual(toCsv([none]));
    expect(clipMarkdown(old as Clip)).toBe(clipMarkdown(none));
    expect(clipMarkdown(none)).toContain('places: []');
    const withPlaces = buildReport([clip], { period: namedPeriod('year', 2024), groupBy: 'month', lang: 'vi' });
    const without = buildReport([old as Clip], { period: namedPeriod('year', 2024), groupBy: 'month', lang: 'vi' });
    expect(withPlaces).toEqual(without);
    expect(STORED_KIND_LIST.map((k) => k.id)).toEqual(['official', 'document', 'date', 'place']);
  });
});

/** Source without comments (block and line), so documentation may name the kinds. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the storage and export code names no kind', () => {
  const dirs = ['lib/library', 'lib/transfer', 'lib/report'];
  // The registry's halves name the kinds: that is what they are for; so do the report's own strings (its locale file).
  const registry = new Set(['lib/library/stored-kinds.ts', 'lib/report/kinds.ts', 'lib/report/labels.ts']);
  const files = [
    ...dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.tsx?$/.test(f)).map((f) => `${d}/${f}`)),
    'lib/cli/table.ts',
    'components/library/ClipView.tsx',
    'components/library/ClipList.tsx',
    'components/library/ReportView.tsx',
  ].filter((f) => !registry.has(f));
  /**
   * What the code may still say, and why: the library page's route to the
   * documents index (`#/documents`), and the report's narrowing by a person or
   * a document, which offers the names of the people and documents indexes
   * (like the index views in components/library/IndexViews.tsx; an index is a
   * table of its own in the database, see lib/library/db.ts).
   */
  const word = /officedocument\.wordprocessingml\.document/g;
  const allowed: Record<string, RegExp[]> = {
    'lib/library/route.ts': [/view: 'documents'/g],
    'lib/transfer/export.ts': [word],
    'lib/report/file.ts': [word],
    'components/library/ReportView.tsx': [/\bp\.documents\b/g, /\bdocuments: \{ key: string \}\[\]/g, /t\(lang, '(official|document)'\)/g, /\bq\.(official|document)\b/g, /\{ (official|document): /g],
  };
  // A kind's field read or written (`.officials`, `.documents`, `.dates`, `officials:`), or a kind's id or field as a string.
  const NAMES = /\.(officials|documents|dates|official|document)\b|\b(officials|documents|dates)\??:|['"](officials?|documents?|dates)['"]/g;

  it('scans the files it means to', () => {
    expect(files).toEqual(expect.arrayContaining(['lib/library/db.ts', 'lib/library/catalog.ts', 'lib/transfer/schema.ts', 'lib/transfer/csv.ts', 'lib/report/build.ts', 'lib/report/xlsx.ts']));
    // The scan finds what it looks for: the registry itself is full of it.
    expect(code('lib/library/stored-kinds.ts').match(NAMES)?.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(file, () => {
      let source = code(file);
      for (const re of allowed[file] ?? []) source = source.replace(re, '');
      const found = [...source.matchAll(NAMES)].map((m) => `${m[0]} at line ${source.slice(0, m.index).split('\n').length}`);
      expect(found).toEqual([]);
    });
  }
});
