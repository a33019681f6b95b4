/**
 * The built extension in a real Chromium: it loads, its manifest asks only for
 * the permissions we use, and its pages speak the browser's language (this
 * file runs a Vietnamese Chromium; the others an English one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '@/lib/shared/sites';
import { EXTENSION_DIR, launchWithExtension } from './chromium';

describe('extension in Chromium', () => {
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ lang: 'vi-VN' }));
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  it('loads with a minimal manifest, named and described in the browser\'s language', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    // Sites the reader adds are asked for one at a time, when added.
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const shown = await worker.evaluate(() => {
      const m = (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; description: string } } } }).chrome.runtime.getManifest();
      return { name: m.name, description: m.description };
    });
    expect(shown).toEqual({ name: 'Dân vận Lens', description: expect.stringMatching(/^Đánh dấu cán bộ, văn bản của Đảng và Nhà nước/) });
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'unlimitedStorage']);
    expect(Object.keys(manifest.commands ?? {})).toEqual(['clip-article']);
    // Host access only where the content script runs by itself (to inject the English extractor there).
    expect([...manifest.host_permissions].sort()).toEqual([...SITE_MATCHES].sort());
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...SITE_MATCHES].sort());
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('renders the library in Vietnamese for a Vietnamese browser', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await expect.poll(() => page.getByRole('searchbox', { name: 'Tìm trong bài đã lưu' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Chưa có bài nào được lưu.').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.close();
  });

  it('renders the popup', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dân vận Lens');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/chú thích/);
    await page.close();
  });
});
