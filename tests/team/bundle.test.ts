/**
 * The team library costs readers who do not use it nothing: in the built
 * extension, PouchDB (its replicator's `_revs_diff` call is a mark of it) is
 * only in the team worker, which the offscreen document starts only when a
 * team library is configured; the content script, the background and every
 * page carry none of it. (Run after `wxt build`, as `npm test` does.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/chromium';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
  });
}

describe.skipIf(!existsSync(join(EXTENSION_DIR, 'manifest.json')))('the built extension', () => {
  it('has PouchDB in the team worker only', () => {
    const withPouch = files(EXTENSION_DIR)
      .filter((f) => readFileSync(f, 'utf8').includes('_revs_diff'))
      .map((f) => relative(EXTENSION_DIR, f));
    expect(withPouch).toEqual([expect.stringMatching(/^assets\/team-worker-[\w-]+\.js$/)]);
  });

  it('leaves the content script without any of the team code', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    for (const mark of ['dvlens:team', 'team-worker', 'outbox', 'replica']) expect(content).not.toContain(mark);
  });

  it('asks for no new permission: the server is an optional host permission, asked for at Connect', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_host_permissions: string[] };
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });
});
