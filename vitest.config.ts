import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  test: {
    testTimeout: 20_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        // Node tests: the engine, the command line, the extension in Chromium. WXT's plugin gives `@/` and a fake browser.
        plugins: [WxtVitest()],
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/page/**'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        // DOM tests in happy-dom. WXT's plugin would load its own Vite into the DOM environment, so only the alias here.
        resolve: { alias: { '@': root } },
        test: { name: 'dom', include: ['tests/page/**/*.test.ts', 'tests/page/**/*.test.tsx'], environment: 'happy-dom' },
      },
    ],
  },
});
