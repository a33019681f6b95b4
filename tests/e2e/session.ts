/**
 * One Chromium with the built extension and the fixture server per test file:
 * `const s = extensionSession();` then `s.context`, `s.worker`, `s.open(url)`.
 */
import type { Server } from 'node:http';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from './chromium';
import { startServer } from './server';

/** The running browser of a test file. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every HTTP request the fixture server received (every host name resolves to it). */
  requests: string[];
  /** Open `url` in a new tab and wait until the content script has settled. */
  open(url: string, before?: (page: Page) => Promise<unknown>): Promise<Page>;
}

/** Start the browser before the file's tests and close it after. */
export function extensionSession(options: { lang?: string; unmapped?: string[] } = {}): ExtensionSession {
  let server: Server | undefined;
  const session = {
    async open(url: string, before?: (page: Page) => Promise<unknown>) {
      const page = await session.context.newPage();
      if (before) await before(page);
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined, null, { timeout: 15_000 });
      return page;
    },
  } as ExtensionSession;
  beforeAll(async () => {
    const s = await startServer();
    server = s.server;
    session.requests = s.requests;
    const { context, extensionId } = await launchWithExtension({ port: s.port, ...options });
    session.context = context;
    session.extensionId = extensionId;
    session.worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }, 60_000);
  afterAll(async () => {
    await session.context?.close();
    server?.close();
  });
  return session;
}
