import { launchWithExtension } from './tests/e2e/chromium';
import { ROUTES, startServer } from './tests/e2e/server';
const s = await startServer();
const { context } = await launchWithExtension({ port: s.port });
for (const r of Object.keys(ROUTES)) { const page = await context.newPage(); await page.goto('http://' + r); await page.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined); console.log(r.slice(0, 30), await page.evaluate(() => document.documentElement.dataset.dvlensMs)); await page.close(); }
await context.close(); s.server.close();
