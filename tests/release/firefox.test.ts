/**
 * The Firefox build: `npm run build:firefox` produces a Manifest V2 package
 * that `web-ext lint` (Mozilla's linter, the npm package) passes without
 * errors, with a stable add-on id and the same permissions as the Chrome
 * build; its background page starts the team library's replication worker
 * itself (no offscreen documents in Firefox), and PouchDB is in that worker
 * only. (No Firefox runs here: playwright-core drives Debian's firefox-esr
 * only through WebDriver BiDi, which that version does not fully speak, and
 * BiDi may not open an add-on's pages; the Firefox team library is untested
 * in a real browser.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '@/lib/shared/sites';
import { ROOT } from '../helpers/shared';

const OUT = join(ROOT, '.output/firefox-mv2');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

describe('Firefox build', () => {
  it('builds and passes web-ext lint with no errors', () => {
    execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('dan-van-lens@dvlens.org');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage', ...SITE_MATCHES].sort());
    let out = '';
    try {
      out = execFileSync(bin('web-ext'), ['lint', '--source-dir', OUT, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
    } catch (e) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((x) => `${x.code}: ${x.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The team library: the background (a persistent page, so its worker lives while Firefox runs) starts the worker
    // that holds PouchDB; nothing else carries PouchDB (its replicator's `_revs_diff` call is a mark of it).
    expect(manifest.background.persistent).not.toBe(false);
    const background = readFileSync(join(OUT, 'background.js'), 'utf8');
    const worker = /new Worker\("(\/assets\/team-worker-[\w-]+\.js)"/.exec(background)?.[1];
    expect(worker).toBeDefined();
    expect(existsSync(join(OUT, worker as string))).toBe(true);
    const withPouch = ['background.js', 'content-scripts/content.js', ...readdirSync(join(OUT, 'assets')).map((f) => `assets/${f}`), ...readdirSync(join(OUT, 'chunks')).map((f) => `chunks/${f}`)]
      .filter((f) => f.endsWith('.js') && readFileSync(join(OUT, f), 'utf8').includes('_revs_diff'));
    expect(withPouch).toEqual([(worker as string).slice(1)]);
  }, 180_000);
});
