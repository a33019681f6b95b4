/**
 * `npm start` (after `wxt build`): serve the fixture pages under their
 * real-looking host names and open Chromium with the extension on a sample
 * article. Without a display it says so, runs headless, saves a screenshot
 * and prints how to load the extension by hand.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared';
import { EXTENSION_DIR, launchWithExtension } from './chromium';
import { startServer } from './server';

const PAGES = [
  'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html',
  'http://tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html',
];

const HOW_TO_LOAD = `To use it in your own browser: open chrome://extensions in Chromium, turn on Developer mode,
choose "Load unpacked" and pick ${EXTENSION_DIR}
(Branded Google Chrome 137+ ignores --load-extension; Chromium, Edge and Brave accept it.)`;

async function main() {
  const { server, port } = await startServer();
  const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!headed) console.log('No display found (DISPLAY/WAYLAND_DISPLAY unset): running Chromium headless instead.');
  const { context } = await launchWithExtension({ port, headed });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  for (const url of PAGES) {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined, null, { timeout: 15_000 });
    const summary = await page.evaluate(() => ({
      state: document.documentElement.dataset.dvlens,
      officials: CSS.highlights.get('dvlens-official')?.size ?? 0,
      documents: CSS.highlights.get('dvlens-document')?.size ?? 0,
      dates: CSS.highlights.get('dvlens-date')?.size ?? 0,
    }));
    console.log(`${url}\n  ${summary.state}: ${summary.officials} official, ${summary.documents} document, ${summary.dates} date highlights`);
  }
  if (headed) {
    await page.goto(PAGES[0] ?? '');
    console.log('\nChromium is open with Dân vận Lens on a sample article. Close the window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  } else {
    const dir = join(ROOT, '.output/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'demo.png') });
    console.log(`\nScreenshot of the last page: ${join(dir, 'demo.png')}`);
    await context.close();
  }
  console.log(`\n${HOW_TO_LOAD}`);
  server.close();
}

main().catch((e) => {
  console.error(`start: ${(e as Error).message}`);
  process.exitCode = 1;
});
