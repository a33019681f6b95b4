/**
 * Golden files: the engine's full output on our fixture articles and on the
 * shared seed articles, checked by hand and regenerated only on purpose
 * (tests/golden/update.ts). Seed goldens skip when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { ROOT, sharedDir } from '../helpers/shared';

function goldenSuite(srcDir: string, goldenDir: string) {
  const files = readdirSync(srcDir).filter((n) => n.endsWith('.txt')).sort();
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(srcDir, f), 'utf8');
      const goldenFile = join(goldenDir, `${basename(f, '.txt')}.json`);
      expect(existsSync(goldenFile), `missing golden ${goldenFile}: run npm run golden:update`).toBe(true);
      const golden = JSON.parse(readFileSync(goldenFile, 'utf8'));
      const got = extract(text);
      expect(got).toEqual(golden);
      for (const d of [...got.documents, ...got.dates, ...got.periods]) expect(text.slice(d.start, d.end)).toBe(d.text);
    });
  }
  return files.length;
}

describe('golden: fixture articles', () => {
  const n = goldenSuite(join(ROOT, 'tests/fixtures/articles'), join(ROOT, 'tests/golden/articles'));
  it('has at least eight articles', () => expect(n).toBeGreaterThanOrEqual(8));
});

const shared = sharedDir();
describe('golden: shared seed articles', () => {
  if (shared) goldenSuite(join(shared, 'seeds'), join(ROOT, 'tests/golden/seeds'));
  else it.skip('../shared/seeds is absent: seed goldens not checked', () => {});
});
