/**
 * The library with 10,000 generated clips in Chromium's real IndexedDB, on
 * the built extension: time to first render of the library page and the
 * popup, and median search latency through the indexes, beside a plain full
 * scan of the same data (load every clip, fold and match) in the same run.
 */
import { launchWithExtension } from '../e2e/chromium';
import { generateClips } from './clips';
import type { Figure } from './engine';

const N = Number(process.env.DVLENS_BENCH_CLIPS) || 10_000;
const QUERIES = ['dan van kheo', 'hoà giải', '25-NQ/TW', 'Sơn Động', 'tiep dan', 'nong thon moi', 'Nguyễn Văn An', 'chuyen doi so', 'mttq', 'quy che dan chu', 'Lục Ngạn', 'ton giao'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type PageLib = {
  saveMany(c: unknown[]): Promise<unknown>;
  rows(): Promise<unknown[]>;
  ids(q: { text: string }, rows?: unknown[]): Promise<number[]>;
  db: { clips: { toArray(): Promise<{ title: string; text: string; note: string; summary: string[] }[]> } };
};

/** Measure the library at 10,000 clips. */
export async function benchLibrary(): Promise<Figure[]> {
  const clips = generateClips(N);
  const { context, extensionId } = await launchWithExtension();
  const figures: Figure[] = [];
  try {
    const base = `chrome-extension://${extensionId}`;
    const page = await context.newPage();
    await page.goto(`${base}/library.html`);
    await page.waitForFunction(() => 'dvlensLibrary' in globalThis);
    const t0 = Date.now();
    for (let i = 0; i < clips.length; i += 500) {
      await page.evaluate((batch) => (globalThis as unknown as { dvlensLibrary: PageLib }).dvlensLibrary.saveMany(batch), clips.slice(i, i + 500));
    }
    const seedS = (Date.now() - t0) / 1000;

    // First render: navigation start → the first row's title on screen.
    const renders: number[] = [];
    const wholes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${base}/library.html?load=${i}#/`);
      const [first, whole] = await page.evaluate(async () => {
        let first = 0;
        for (;;) {
          const t = document.querySelector('.row-title')?.textContent;
          if (!first && t && t !== '…') first = performance.now();
          // The whole catalog is read when the count is shown.
          if (first && /\d+ clips/.test(document.querySelector('.selection-bar')?.textContent ?? '')) return [first, performance.now()];
          await new Promise((r) => requestAnimationFrame(r));
        }
      });
      renders.push(first);
      wholes.push(whole);
    }
    const popupRenders: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${base}/popup.html?load=${i}`);
      popupRenders.push(
        await page.evaluate(async () => {
          for (;;) {
            if (document.querySelector('.clips li')) return performance.now();
            await new Promise((r) => requestAnimationFrame(r));
          }
        }),
      );
    }
    await page.goto(`${base}/library.html#/`);
    await page.waitForFunction(() => 'dvlensLibrary' in globalThis);
    const timing = await page.evaluate(async (queries) => {
      const lib = (globalThis as unknown as { dvlensLibrary: PageLib }).dvlensLibrary;
      const indexed: number[] = [];
      const hits: number[] = [];
      // The page holds the catalog (read when it opens, and again after every change); a search reads the terms index.
      const t0 = performance.now();
      const rows = await lib.rows();
      const catalog = performance.now() - t0;
      for (const q of queries) {
        const t = performance.now();
        const ids = await lib.ids({ text: q }, rows);
        indexed.push(performance.now() - t);
        hits.push(ids.length);
      }
      // The reference: what a library without a search index does — read every clip and match folded text.
      // (No named helpers here: the bundler would wrap them in a function the page lacks.)
      const scans: number[] = [];
      for (const q of queries.slice(0, 3)) {
        const t = performance.now();
        const all = await lib.db.clips.toArray();
        const words = q.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/\s+/);
        all.filter((c) => {
          const hay = `${c.title} ${c.summary.join(' ')} ${c.note} ${c.text}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
          return words.every((w) => hay.includes(w));
        });
        scans.push(performance.now() - t);
      }
      return { indexed, hits, scans, catalog };
    }, QUERIES);
    // Export and import of the whole library, in the page, with the library page's own code.
    const transfer = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        dvlensLibrary: { all(): AsyncIterable<unknown[]> };
        dvlensTools(): Promise<{
          exportClips(c: unknown[], f: string): Promise<{ bytes: Uint8Array }>;
          parseExport(s: string): unknown[];
          runImport(lib: unknown, c: unknown[]): Promise<unknown>;
          Library: new (db: unknown) => unknown;
          LibraryDb: new (name: string) => unknown;
        }>;
      };
      const tools = await g.dvlensTools();
      const out: Record<string, number> = {};
      let t = performance.now();
      const clips: unknown[] = [];
      for await (const page of g.dvlensLibrary.all()) clips.push(...page);
      out.read = performance.now() - t;
      let json = '';
      for (const f of ['json', 'csv', 'markdown-zip', 'docx']) {
        t = performance.now();
        const file = await tools.exportClips(clips, f);
        out[f] = performance.now() - t;
        out[`${f}MB`] = file.bytes.length / 1048576;
        if (f === 'json') json = new TextDecoder().decode(file.bytes);
      }
      t = performance.now();
      const parsed = tools.parseExport(json);
      out.parse = performance.now() - t;
      t = performance.now();
      await tools.runImport(new tools.Library(new tools.LibraryDb('dvlens-bench-import')), parsed);
      out.import = performance.now() - t;
      return out;
    });
    const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
    const mb = (x: number | undefined) => `${(x ?? 0).toFixed(1)} MB`;
    figures.push({ name: `export: read all ${N} clips`, value: s(transfer.read), goal: '-', ok: true });
    for (const f of ['json', 'csv', 'markdown-zip', 'docx']) {
      figures.push({ name: `export ${f} (${N} clips)`, value: `${s(transfer[f])}, ${mb(transfer[`${f}MB`])}`, goal: '-', ok: true });
    }
    figures.push({
      name: `import ${N} clips from JSON into an empty library (validate + write)`,
      value: `${s((transfer.parse ?? 0) + (transfer.import ?? 0))} (validate ${s(transfer.parse)})`,
      reference: `seeding the same clips ${seedS.toFixed(1)} s`,
      goal: '-',
      ok: true,
    });
    const render = median(renders);
    const popup = median(popupRenders);
    const search = median(timing.indexed);
    const scan = median(timing.scans);
    figures.push({ name: `seeding ${N} generated clips (3–6 KB each) in 500-clip transactions`, value: `${seedS.toFixed(1)} s`, goal: '-', ok: true });
    figures.push({ name: 'library page: first render of the list (median of 5 loads)', value: `${render.toFixed(0)} ms`, goal: '< 300 ms', ok: render < 300 });
    figures.push({ name: `library page: the whole list ready (all ${N} rows filterable; median)`, value: `${median(wholes).toFixed(0)} ms`, goal: '-', ok: true });
    figures.push({ name: 'popup: first render of the latest clips (median of 5 loads)', value: `${popup.toFixed(0)} ms`, goal: '< 300 ms', ok: popup < 300 });
    figures.push({ name: `catalog read (${N} rows, at page load and after each change)`, value: `${timing.catalog.toFixed(0)} ms`, goal: '-', ok: true });
    figures.push({
      name: `search in the library page, median of ${QUERIES.length} queries (terms index + in-memory filter and sort; ${Math.min(...timing.hits)}–${Math.max(...timing.hits)} hits)`,
      value: `${search.toFixed(1)} ms`,
      reference: `full scan ${scan.toFixed(0)} ms`,
      ratio: `${(scan / Math.max(search, 0.1)).toFixed(0)}× faster`,
      goal: '< 50 ms',
      ok: search < 50,
    });
  } finally {
    await context.close();
  }
  return figures;
}
