/**
 * In Chromium, on each fixture page: time for the content script to settle,
 * the main thread's longest task, and the page's own main-thread time for
 * annotating (taking the HTML, mapping, highlighting — the reading itself runs
 * in the background), beside @mozilla/readability's parse time of the same
 * page in the same run. And the shipped sizes.
 */
import { builtInSite } from '../../lib/shared/sites';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/chromium';
import { ROUTES, startServer } from '../e2e/server';
import type { Figure } from './engine';

const require = createRequire(import.meta.url);

/** Measure the content script in Chromium. */
export async function benchPage(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const script = join(EXTENSION_DIR, 'content-scripts/content.js');
  if (!existsSync(script)) return [{ name: 'content script', value: 'not built (run npm run build)', goal: '-', ok: false }];
  const size = statSync(script).size;
  figures.push({
    name: 'content script shipped size (minified; mapping, highlights, Preact UI; Readability and engine run in the background)',
    value: `${(size / 1024).toFixed(1)} KB (${(gzipSync(readFileSync(script)).length / 1024).toFixed(1)} KB gzip)`,
    goal: '< 60 KB minified',
    ok: size < 60 * 1024,
  });
  for (const [file, what] of [
    ['background.js', 'background (Readability, linkedom, engine, library; not in pages)'],
    ['english.js', 'English extractor injected into English pages (compromise; Firefox, and the fallback)'],
    [readdirSync(join(EXTENSION_DIR, 'assets')).find((f) => f.startsWith('english-worker')) ?? '', 'English extractor in the offscreen worker (compromise; Chrome)'],
  ] as const) {
    const path = join(EXTENSION_DIR, file.includes('english-worker') ? 'assets' : '', file);
    if (!file || !existsSync(path)) continue;
    figures.push({ name: `${what} size`, value: `${(statSync(path).size / 1024).toFixed(1)} KB (${(gzipSync(readFileSync(path)).length / 1024).toFixed(1)} KB gzip)`, goal: '-', ok: true });
  }
  const readability = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const { server, port } = await startServer();
  const { context } = await launchWithExtension({ port });
  try {
    // Pages on sites the content script runs on by itself (the options test's extra site is not one).
    const routes = Object.keys(ROUTES).filter((r) => builtInSite(r.split('/')[0] ?? ''));
    // One page first, not measured: a browser that has just started is still busy with itself
    // (the references below are measured once our script has settled, in a calmer browser).
    const warm = await context.newPage();
    await warm.goto(`http://${routes[1] ?? routes[0]}`);
    await warm.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined, null, { timeout: 15_000 });
    await warm.close();
    for (const route of routes) {
      // Three loads of each page; the figures are their medians (a 2-core machine running a
      // browser is noisy), the longest task the longest seen.
      const runs: { settle: number; ms: Record<string, number>; longest: number; cold: number; warm: number }[] = [];
      for (let round = 0; round < LOADS; round++) runs.push(await loadOnce(context, route, readability));
      const med = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
      const ms = (k: string) => med((r) => r.ms[k] ?? Number.NaN);
      const main = ms('page');
      const cold = med((r) => r.cold);
      // The Long Tasks API does not see a content script's own tasks in Chromium, so the script reports its longest stretch itself.
      const longest = Math.max(...runs.map((r) => Math.max(r.longest, r.ms.slice ?? 0)));
      const english = ms('english');
      const split = `taking HTML ${ms('serialize').toFixed(1)}, map ${ms('map').toFixed(1)} (text nodes ${ms('live').toFixed(1)}, blocks ${ms('match').toFixed(1)}), highlight ${ms('apply').toFixed(1)}${english > 0.05 ? `, English ${english.toFixed(1)}` : ''}`;
      const away = `background parse ${ms('parse').toFixed(1)} + read ${ms('read').toFixed(1)} + extract ${ms('extract').toFixed(1)}; wait ${ms('wait').toFixed(1)}`;
      figures.push({
        name: `${route.split('/')[0]}: settle ${med((r) => r.settle).toFixed(0)} ms after navigation start, longest task ${longest.toFixed(0)} ms (ours or the page's)`,
        value: `page main thread ${main.toFixed(1)} ms (${split}; ${away})`,
        reference: `Readability parse ${cold.toFixed(1)} ms cold, ${med((r) => r.warm).toFixed(1)} ms warm`,
        ratio: Number.isNaN(main) ? undefined : `${(main / Math.max(cold, 0.1)).toFixed(2)}×`,
        goal: 'page main thread < Readability cold parse; no task > 50 ms',
        ok: main < cold && longest <= 50,
      });
    }
  } finally {
    await context.close();
    server.close();
  }
  return figures;
}

const LOADS = 3;

/** The median of some numbers (NaN when there are none). */
function median(xs: number[]): number {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? (v[mid] ?? Number.NaN) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

/** Load `route` in a new tab: when the content script settled, its own timings, the longest task, and Readability's parse of the same page. */
async function loadOnce(context: BrowserContext, route: string, readability: string) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://${route}`);
  await page.waitForFunction(() => document.documentElement.dataset.dvlens !== undefined, null, { timeout: 15_000 });
  const settle = await page.evaluate(() => performance.now());
  const own = await page.evaluate(() => document.documentElement.dataset.dvlensMs ?? '');
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.addScriptTag({ content: `${readability}\nwindow.__Readability = Readability;` });
  // Readability's first parse in this page is cold, like our one annotation per page; the median of the next six is warm.
  const [cold, warm] = await page.evaluate(() => {
    const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      times.push(performance.now() - t0);
    }
    const w = times.slice(1).sort((a, b) => a - b);
    return [times[0] ?? 0, w[3] ?? 0];
  });
  await page.close();
  const ms = Object.fromEntries(own.split(',').map((kv) => [kv.split(':')[0] ?? '', Number(kv.split(':')[1])]));
  return { settle, ms, longest, cold: cold ?? 0, warm: warm ?? 0 };
}
