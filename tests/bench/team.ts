/**
 * The team library: 2,000 generated clips on a CouchDB-compatible server on
 * 127.0.0.1 (tests/helpers/couch.ts) replicated into an empty profile — time
 * from Connect until every clip is in the library, searchable — beside
 * importing the same clips from a JSON export into another empty profile in
 * the same run; and the library page's main thread while it replicates (the
 * replication runs in the offscreen document's worker: no task over 50 ms
 * on the page is the goal).
 */
import { launchWithExtension } from '../e2e/chromium';
import { clipToDoc } from '../../lib/team/doc';
import { startCouch } from '../helpers/couch';
import { generateClips } from './clips';
import type { Figure } from './engine';

const N = Number(process.env.DVLENS_BENCH_TEAM_CLIPS) || 2000;
const LAN = { name: 'lan', password: 'bench-lan' };
const MINH = { name: 'minh', password: 'bench-minh' };

type PageLib = { count(): Promise<number>; db: { outbox: { count(): Promise<number> } } };

/** Measure replication of N clips into an empty profile, and the JSON import of the same clips. */
export async function benchTeam(): Promise<Figure[]> {
  const clips = generateClips(N);
  const couch = await startCouch('bandanvan', [LAN, MINH]);
  const figures: Figure[] = [];
  try {
    // The server holds Lan's clips.
    for (let i = 0; i < clips.length; i += 500) {
      const res = await couch.admin$('/bandanvan/_bulk_docs', { method: 'POST', body: { docs: clips.slice(i, i + 500).map((c) => clipToDoc(c, LAN.name)) } });
      if (res.status >= 300) throw new Error(`seeding the server failed: ${JSON.stringify(res.json).slice(0, 200)}`);
    }

    // Minh's empty profile connects.
    const { context, extensionId } = await launchWithExtension();
    let sync: { ms: number; longest: number; tasks: number };
    try {
      const base = `chrome-extension://${extensionId}`;
      const library = await context.newPage();
      await library.goto(`${base}/library.html`);
      await library.waitForFunction(() => 'dvlensLibrary' in globalThis);
      await library.evaluate(() => {
        const g = globalThis as unknown as { longTasks: number[] };
        g.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) g.longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const ext = await context.newPage();
      await ext.goto('chrome://extensions');
      await ext.evaluate((id) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(i: string, p: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'), extensionId);
      await ext.close();
      const opts = await context.newPage();
      await opts.goto(`${base}/options.html`);
      await opts.getByLabel('Database address').fill(couch.db);
      await opts.getByLabel('User name').fill(MINH.name);
      await opts.getByLabel('Password').fill(MINH.password);
      await library.bringToFront();
      const t0 = Date.now();
      await opts.getByRole('button', { name: 'Connect' }).click();
      await opts.locator('.team-connected').waitFor();
      // The settings share the library page's process (and main thread): closed once connected, as a reader would.
      await opts.close();
      for (;;) {
        const n = await library.evaluate(() => (globalThis as unknown as { dvlensLibrary: PageLib }).dvlensLibrary.count());
        if (n >= N) break;
        if (Date.now() - t0 > 600_000) throw new Error(`only ${n} of ${N} clips after 10 minutes`);
        await library.waitForTimeout(250);
      }
      const ms = Date.now() - t0;
      const tasks = await library.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
      sync = { ms, longest: Math.max(0, ...tasks), tasks: tasks.length };
    } finally {
      await context.close();
    }

    // The reference: the same clips imported from a JSON export into another empty profile.
    const other = await launchWithExtension();
    let importMs = 0;
    try {
      const page = await other.context.newPage();
      await page.goto(`chrome-extension://${other.extensionId}/library.html`);
      await page.waitForFunction(() => 'dvlensLibrary' in globalThis);
      importMs = await page.evaluate(async (cs) => {
        const g = globalThis as unknown as {
          dvlensLibrary: unknown;
          dvlensTools(): Promise<{ toJson(c: unknown[]): string; parseExport(s: string): unknown[]; runImport(lib: unknown, c: unknown[]): Promise<unknown> }>;
        };
        const tools = await g.dvlensTools();
        const json = tools.toJson(cs);
        const t = performance.now();
        await tools.runImport(g.dvlensLibrary, tools.parseExport(json));
        return performance.now() - t;
      }, clips);
    } finally {
      await other.context.close();
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    figures.push({
      name: `replicate ${N} clips from the team server into an empty profile (Connect → all in the library)`,
      value: s(sync.ms),
      reference: `JSON import of the same clips ${s(importMs)}`,
      ratio: `${(sync.ms / Math.max(importMs, 1)).toFixed(1)}×`,
      goal: '-',
      ok: true,
    });
    figures.push({
      name: 'library page open while it replicates: longest task on its thread',
      value: `${sync.longest.toFixed(0)} ms (${sync.tasks} tasks over 50 ms)`,
      goal: 'no task > 50 ms',
      ok: sync.tasks === 0,
    });
  } finally {
    await couch.close();
  }
  return figures;
}
