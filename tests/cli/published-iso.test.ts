/**
 * The command line's `article.published` is ISO 8601 or null on every page
 * we have: our fixture pages and the public benchmark pages in
 * ../shared/bench (skipped cleanly when that folder is absent). Pages write
 * dates as they like ("1/21/2022 8:12:40 AM", "13/11/2025 09:21:40",
 * "Feb 08, 2022"); what the reader gets must never be the raw string.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, sharedDir } from '../helpers/shared';

const run = promisify(execFile);
const CLI = join(ROOT, 'lib/cli/extract-cli.ts');

/** ISO 8601 as the reader writes it: a date, or a date-time with an optional zone, naming a real day. */
function isIso(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCDate() === Number(m[3]) && !Number.isNaN(Date.parse(s));
}

/** Run the CLI on `files` in one process; the `article.published` of each. */
async function published(files: string[]): Promise<{ file: string; published: unknown }[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, ...files], { cwd: ROOT, maxBuffer: 512 * 1024 * 1024 });
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; article?: { published: unknown } })
    .map((r) => ({ file: r.file, published: r.article?.published }));
}

const pagesDir = join(ROOT, 'tests/fixtures/pages');
const shared = sharedDir();
const bench = shared ? join(shared, 'bench') : null;
const benchFiles = (sub: string) => (bench && existsSync(join(bench, sub)) ? readdirSync(join(bench, sub)).filter((f) => f.endsWith('.html.gz')).map((f) => join(bench, sub, f)) : []);

describe("the command line's article.published", () => {
  it('is ISO or null on every fixture page, and dated where the page prints a date', async () => {
    const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).map((f) => join(pagesDir, f));
    const out = await published(files);
    expect(out).toHaveLength(files.length);
    for (const r of out) expect({ file: r.file, ok: r.published === null || (typeof r.published === 'string' && isIso(r.published)) }).toEqual({ file: r.file, ok: true });
    expect(out.filter((r) => typeof r.published === 'string').length).toBeGreaterThanOrEqual(6);
  });

  const all = [...benchFiles('zyte/html'), ...benchFiles('wcxb-dev/html')];
  it.skipIf(all.length === 0)(`is ISO or null on every page of ../shared/bench (${all.length} pages)`, { timeout: 900_000 }, async () => {
    const out = await published(all);
    expect(out).toHaveLength(all.length);
    const bad = out.filter((r) => !(r.published === null || (typeof r.published === 'string' && isIso(r.published))));
    expect(bad).toEqual([]);
    // Most of these pages are dated articles: the reader finds their dates, it does not just say null.
    expect(out.filter((r) => typeof r.published === 'string').length).toBeGreaterThan(all.length / 2);
  });
});
