/**
 * Reading at the limits (lib/reader/limits.ts), in Chromium with the built
 * extension: how long the background (the offscreen document's worker in
 * Chrome) takes to read the deepest, largest, most nested and longest pages
 * the limits still let through, beside a fixture article in the same run;
 * how long the background takes to answer a message meanwhile (its own
 * thread must stay free); and how soon a page over the limits is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { MAX_DEPTH, MAX_ELEMENTS, MAX_LEVELS, MAX_TEXT } from '../../lib/reader/limits';
import { launchWithExtension } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import { ROOT } from '../helpers/shared';
import type { Figure } from './engine';

const PARA = 'Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận 6 tháng đầu năm.';
/** A page typed as an article (so the whole reading runs: Readability, typing, the engine, locating the body). */
const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Giao ban công tác dân vận 6 tháng đầu năm</title><meta property="og:type" content="article">` +
  `<meta property="article:published_time" content="2024-07-17T09:20:00+07:00"></head><body><h1>Giao ban công tác dân vận 6 tháng đầu năm</h1>${body}</body></html>`;

/** The pages at the limits, each just inside every one of them. */
function pages(): [string, string][] {
  // <html> → <body> → the divs: a page of n nested divs is n + 2 deep at its paragraph.
  const deepest = page(`${`<div><p>${PARA}</p>`.repeat(MAX_DEPTH - 2)}${'</div>'.repeat(MAX_DEPTH - 2)}`);
  const largest = page(`<article>${'<p>Sáng 16/7, Ban Dân vận họp.</p>'.repeat(MAX_ELEMENTS - 20)}</article>`);
  // Towers of 99 nested divs: each tower holds about 5,100 levels; as many as the limit on levels allows.
  const tower = `${'<div>'.repeat(99)}<p>${PARA}</p>${'</div>'.repeat(99)}`;
  const nested = page(tower.repeat(Math.floor((MAX_LEVELS * 0.95) / 5_200)));
  const longest = page(`<article>${`<p>${PARA.repeat(Math.floor(950 / PARA.length) + 1)}</p>`.repeat(Math.floor((MAX_TEXT * 0.95) / 1_000))}</article>`);
  const over = page(`${'<div>'.repeat(2_500)}<p>${PARA}</p>${'</div>'.repeat(2_500)}`);
  return [
    [`deepest page allowed (${MAX_DEPTH - 2} nested divs, a paragraph in each)`, deepest],
    [`largest page allowed (${(MAX_ELEMENTS - 20).toLocaleString('en')} paragraphs)`, largest],
    [`most levels allowed (towers 99 divs deep, ${(MAX_LEVELS * 0.95).toLocaleString('en')} levels in all)`, nested],
    [`longest text allowed (${(MAX_TEXT * 0.95).toLocaleString('en')} characters)`, longest],
    ['over the limits (2,500 nested divs): refused', over],
  ];
}

/** Open `url` and wait for the content script's verdict, sampling the background's answer time meanwhile. */
async function visit(context: BrowserContext, worker: Worker, url: string) {
  const tab = await context.newPage();
  const t0 = Date.now();
  const going = tab.goto(url);
  let worst = 0;
  let state: string | undefined;
  while (Date.now() - t0 < 60_000) {
    const s0 = Date.now();
    await worker.evaluate(() => 1);
    worst = Math.max(worst, Date.now() - s0);
    state = await tab.evaluate(() => document.documentElement.dataset.dvlens).catch(() => undefined);
    if (state !== undefined) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await going;
  const settled = Date.now() - t0;
  const raw = (await tab.evaluate(() => document.documentElement.dataset.dvlensMs)) ?? '';
  await tab.close();
  const ms = Object.fromEntries(raw.split(',').filter(Boolean).map((kv) => [kv.split(':')[0] ?? '', Number(kv.split(':')[1])]));
  const read = (ms.parse ?? 0) + (ms.read ?? 0) + (ms.extract ?? 0) + (ms.locate ?? 0);
  return { state, settled, worst, read, ms };
}

/** Measure the reading at the limits in Chromium. */
export async function benchLimits(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const { server, port } = await startServer();
  const { context } = await launchWithExtension({ port });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const generated = pages();
    await context.route('http://giaoban.vn/**', (route) => {
      const i = Number(new URL(route.request().url()).searchParams.get('p'));
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generated[i]?.[1] ?? '' });
    });
    // The reference first (it also opens the offscreen document and warms a worker).
    const article = 'http://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html';
    await visit(context, worker, article);
    const ref = await visit(context, worker, article);
    const reference = `fixture article read in ${ref.read.toFixed(0)} ms (${(readFileSync(join(ROOT, 'tests/fixtures/pages/baotinh-giao-ban.html')).length / 1024).toFixed(0)} KB)`;
    for (const [i, [name, html]] of generated.entries()) {
      const r = await visit(context, worker, `http://giaoban.vn/chinh-tri/trang-a${i + 1}.html?p=${i}`);
      const refused = name.startsWith('over');
      const size = `${(html.length / 1024).toFixed(0)} KB of HTML`;
      if (refused) {
        figures.push({
          name: `background: ${name}`,
          value: `state ${r.state} ${r.settled} ms after navigation (${size}); background answered within ${r.worst} ms meanwhile`,
          reference,
          goal: 'refused (page-too-deep) within 1 s',
          ok: r.state === 'page-too-deep' && r.settled < 1_000,
        });
        continue;
      }
      figures.push({
        name: `background read time: ${name}`,
        value: `${r.read.toFixed(0)} ms (parse ${(r.ms.parse ?? 0).toFixed(0)}, read ${(r.ms.read ?? 0).toFixed(0)}, extract ${(r.ms.extract ?? 0).toFixed(0)}, locate ${(r.ms.locate ?? 0).toFixed(0)}; ${size}; state ${r.state}); background answered within ${r.worst} ms meanwhile`,
        reference,
        ratio: `${(r.read / Math.max(ref.read, 1)).toFixed(0)}×`,
        goal: 'read within the 10 s budget; the background answers within 250 ms meanwhile',
        ok: r.state !== undefined && !String(r.state).startsWith('page-too') && r.read < 10_000 && r.worst < 250,
      });
    }
  } finally {
    await context.close();
    server.close();
  }
  return figures;
}
