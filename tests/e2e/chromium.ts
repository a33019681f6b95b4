/**
 * Launch Debian's Chromium with the built extension loaded (playwright-core,
 * never a downloaded browser). Finds Chromium through $CHROME_PATH or
 * /usr/bin/chromium and fails with install instructions when neither exists.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { ROOT } from '../helpers/shared';

/** The built Chrome extension. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Path of the Chromium binary, or throws saying how to get one. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a ' +
        'Chromium binary. Branded Google Chrome 137+ ignores --load-extension, so use Chromium.',
    );
  }
  return found;
}

/** Options for {@link launchWithExtension}. */
export interface LaunchOptions {
  /** Map every host name to this local port (serve fixtures under their real-looking host names). */
  port?: number;
  /** Show a window (needs a display). Default: headless. */
  headed?: boolean;
  /** The browser's interface language (the extension follows it). Default: en-US. */
  lang?: string;
  /** Host patterns left out of the mapping to the fixture server (e.g. the browser's own Google services). */
  unmapped?: string[];
  /** The profile's folder, to start the same profile again (a browser restart). Default: a fresh one. */
  profileDir?: string;
}

/** Start Chromium with the extension; returns the context and the extension id. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<{ context: BrowserContext; extensionId: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${options.lang ?? 'en-US'}`,
  ];
  if (options.port) {
    const exclude = ['localhost', ...(options.unmapped ?? [])].map((h) => `EXCLUDE ${h}`).join(', ');
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${options.port}, ${exclude}`);
  }
  const context = await chromium.launchPersistentContext(options.profileDir ?? mkdtempSync(join(tmpdir(), 'dvlens-profile-')), {
    executablePath: chromiumPath(),
    headless: !options.headed,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    locale: options.lang ?? 'en-US',
    env: { ...process.env, LANGUAGE: (options.lang ?? 'en-US').replace('-', '_'), LANG: 'C.UTF-8' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}
