/**
 * In Chromium, on each fixture page: time for the content script to settle,
 * the main thread's longest task, and the content script's own split (reading
 * with Readability vs annotating), beside @mozilla/readability's parse time
 * of the same page in the same run. And the content script's shipped size.
 */
import { builtInSite } from '../../lib/page/sites';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
    name: 'content script shipped size (minified; Readability, engine, Preact UI)',
    value: `${(size / 1024).toFixed(1)} KB (${(gzipSync(readFileSync(script)).length / 1024).toFixed(1)} KB gzip)`,
    goal: '< 60 KB minified',
    ok: size < 60 * 1024,
  });
  const readability = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const { server, port } = await startServer();
  const { context } = await launchWithExtension({ port });
  try {
    // Pages on sites the content script runs on by itself (the options test's extra site is not one).
    for (const route of Object.keys(ROUTES).filter((r) => builtInSite(r.split('/')[0] ?? ''))) {
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
      const [parseMs, warmMs] = await page.evaluate(() => {
        const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
        const times: number[] = [];
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          new R(document.cloneNode(true) as Document).parse();
          times.push(performance.now() - t0);
        }
        const warm = times.slice(1).sort((a, b) => a - b);
        return [times[0] ?? 0, warm[3] ?? 0];
      });
      const m = /read:([\d.]+),annotate:([\d.]+)/.exec(own);
      const annotate = m ? Number(m[2]) : Number.NaN;
      figures.push({
        name: `${route.split('/')[0]}: settle ${settle.toFixed(0)} ms after navigation start, longest task ${longest.toFixed(0)} ms`,
        value: `annotate ${annotate.toFixed(1)} ms (read ${m ? Number(m[1]).toFixed(1) : '?'} ms)`,
        reference: `Readability parse ${parseMs.toFixed(1)} ms cold, ${warmMs.toFixed(1)} ms warm`,
        ratio: Number.isNaN(annotate) ? undefined : `${(annotate / Math.max(parseMs, 0.1)).toFixed(2)}×`,
        goal: 'annotate < Readability cold parse; no task > 50 ms',
        ok: annotate < parseMs && longest <= 50,
      });
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return figures;
}
