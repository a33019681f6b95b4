/**
 * Readability vs Defuddle on our fixture pages, in Chromium: word precision,
 * recall and F1 of the extracted body against the page's own article
 * paragraphs, and parse time. This is how the content script's extractor was
 * chosen (see the README).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/chromium';
import { ROUTES, startServer } from '../e2e/server';
import type { Figure } from './engine';

/** The article paragraphs of each fixture page (what a perfect extractor returns). */
const EXPECTED: Record<string, string> = {
  'baotinh-giao-ban.html': 'article p:not(.dateline)',
  'dcs-huyen-uy.html': '.content-detail .body p',
  'english-edition.html': 'article p:not(.byline)',
  'baotinh-kinh-te.html': 'article p',
};

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word-multiset precision, recall and F1. */
export function wordF1(predicted: string, truth: string): { p: number; r: number; f: number } {
  const bag = new Map<string, number>();
  for (const w of words(truth)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const pred = words(predicted);
  let tp = 0;
  for (const w of pred) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      tp++;
      bag.set(w, n - 1);
    }
  }
  const truthLen = words(truth).length;
  const p = pred.length ? tp / pred.length : truthLen ? 0 : 1;
  const r = truthLen ? tp / truthLen : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Compare the two extractors. */
export async function benchExtractors(): Promise<Figure[]> {
  const bundle = async (code: string) =>
    (await build({ stdin: { contents: code, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'iife', write: false, logLevel: 'error' }))
      .outputFiles[0]?.text ?? '';
  const readability = await bundle(`import { Readability } from '@mozilla/readability'; window.__R = Readability;`);
  const defuddle = await bundle(`import Defuddle from 'defuddle'; window.__D = Defuddle;`);
  const { server, port } = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`],
  });
  const totals = { readability: { p: 0, r: 0, f: 0, ms: [] as number[] }, defuddle: { p: 0, r: 0, f: 0, ms: [] as number[] } };
  let pages = 0;
  try {
    for (const [route, file] of Object.entries(ROUTES)) {
      const selector = EXPECTED[file];
      if (!selector) continue;
      const page = await browser.newPage();
      await page.goto(`http://${route}`);
      await page.addScriptTag({ content: readability });
      await page.addScriptTag({ content: defuddle });
      const r = await page.evaluate((sel) => {
        const truth = [...document.querySelectorAll(sel)].map((p) => p.textContent).join('\n');
        const w = window as unknown as {
          __R: new (d: Document) => { parse(): { textContent?: string } | null };
          __D: new (d: Document) => { parse(): { content?: string } };
        };
        // No named helpers in here: the page has no __name shim for them.
        let t0 = performance.now();
        const rdText = new w.__R(document.cloneNode(true) as Document).parse()?.textContent ?? '';
        const rd = { text: rdText, ms: performance.now() - t0 };
        t0 = performance.now();
        const holder = document.createElement('div');
        holder.innerHTML = new w.__D(document.cloneNode(true) as Document).parse().content ?? '';
        const df = { text: holder.textContent ?? '', ms: performance.now() - t0 };
        return { truth, rd, df };
      }, selector);
      pages++;
      for (const [k, v] of [['readability', r.rd], ['defuddle', r.df]] as const) {
        const s = wordF1(v.text, r.truth);
        totals[k].p += s.p;
        totals[k].r += s.r;
        totals[k].f += s.f;
        totals[k].ms.push(v.ms);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const line = (k: 'readability' | 'defuddle') =>
    `P ${(totals[k].p / pages).toFixed(3)} R ${(totals[k].r / pages).toFixed(3)} F1 ${(totals[k].f / pages).toFixed(3)}, median ${median(totals[k].ms).toFixed(1)} ms`;
  return [
    {
      name: `body extraction on our ${pages} fixture pages (word P/R/F1 vs the article paragraphs), first parse in the page`,
      value: `Readability ${line('readability')}`,
      reference: `Defuddle ${line('defuddle')}`,
      goal: 'the chosen extractor (Readability) at least as good',
      ok: totals.readability.f >= totals.defuddle.f - 1e-9,
    },
  ];
}
