/**
 * Pages built to freeze the reader: thousands of nested `<div>`s, tens of
 * thousands of elements, megabytes of text. Each is refused with a code and
 * a sentence before Readability runs (its cost grows faster than the page),
 * the command line answers for such a file at once, and real pages stay far
 * inside the limits.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkDocument, MAX_DEPTH, MAX_ELEMENTS, MAX_LEVELS, MAX_TEXT, measure, PageLimitError, scanHtml } from '@/lib/reader/limits';
import { readHtml } from '@/lib/reader/reading';
import { ROOT } from '../helpers/shared';

const PARA = 'Sáng 16/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm. ';
const URL = 'https://baotinh.vn/chinh-tri/giao-ban-a1.html';

/** `depth` nested `<div>`s, each with a paragraph: the shape a page script builds to stall Readability. */
const nested = (depth: number) => `<html><head><title>Giao ban</title></head><body>${`<div><p>${PARA}</p>`.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`;
/** `n` paragraphs in an article. */
const wide = (n: number, para = PARA) => `<html><body><article>${`<p>${para}</p>`.repeat(n)}</article></body></html>`;

/** The refusal `readHtml` throws for `html` (fails the test when it reads the page instead). */
function refusal(html: string): PageLimitError {
  try {
    readHtml(html, URL, { forced: true });
  } catch (e) {
    if (e instanceof PageLimitError) return e;
    throw e;
  }
  throw new Error('The page was read.');
}

describe('pages over the limits are refused before Readability runs', () => {
  it('2,500 nested divs (65 s of background time before): too deep, with a sentence', () => {
    const e = refusal(nested(2_500));
    expect(e.code).toBe('page-too-deep');
    expect(e.message).toBe(`The page is nested too deeply to read (over ${MAX_DEPTH} levels of elements).`);
  });

  it('one level past the depth limit is refused; the limit itself is read', () => {
    // <html> → <body> → the divs: the deepest <p> sits at depth + 2.
    expect(refusal(nested(MAX_DEPTH)).code).toBe('page-too-deep');
    const r = readHtml(nested(MAX_DEPTH - 2), URL, { forced: true });
    expect(r.article.text).toContain('Ban Dân vận Tỉnh ủy');
  });

  it('more elements than the limit: too large, counted in the HTML before parsing it', () => {
    const html = wide(MAX_ELEMENTS);
    expect(scanHtml(html).tags).toBe(MAX_ELEMENTS + 3);
    const e = refusal(html);
    expect(e.code).toBe('page-too-large');
    expect(e.message).toMatch(/over 15,000 elements/);
  });

  it('many elements each nested deep (14,900 in towers 198 deep: 9 s of Readability): too deep in all', () => {
    const towers = `<html><body>${`${'<div>'.repeat(198)}<p>${PARA}</p>${'</div>'.repeat(198)}`.repeat(75)}</body></html>`;
    const e = refusal(towers);
    expect(e.code).toBe('page-too-deep');
    expect(e.message).toBe(`The page is nested too deeply to read (its elements sit over ${MAX_LEVELS.toLocaleString('en')} levels deep in all).`);
  });

  it('more text than the limit: too large', () => {
    const e = refusal(wide(Math.ceil(MAX_TEXT / 100_000) + 1, PARA.repeat(Math.ceil(100_000 / PARA.length))));
    expect(e.code).toBe('page-too-large');
    expect(e.message).toMatch(/characters of text/);
  });

  it('over 16 MB of HTML: refused before anything is parsed', () => {
    expect(refusal(`<html><body><p>${'x'.repeat(16 * 1024 * 1024)}</p></body></html>`).message).toMatch(/16 MB of HTML/);
  });

  it('the command line answers for a 55 KB file of nested divs at once, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvlens-deep-'));
    const file = join(dir, 'long-nesting.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(5_000)}<p>${PARA}</p>${'</div>'.repeat(5_000)}</body></html>`);
    const run = promisify(execFile);
    const r = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/extract-cli.ts'), file], { cwd: ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${file}: The page is nested too deeply to read (over ${MAX_DEPTH} levels of elements).\n`);
  });
});

describe('counting and measuring', () => {
  it("counts start tags, not the '<' of scripts, styles, comments or text", () => {
    const html = `<!doctype html><html><head><style>a<b{}</style><script>if (a<b && "<div>") x = "</scrip";</script></head>
      <body><!-- <p><p><p> --><p>1 < 2 and 3<4</p><SCRIPT type="x">"<i><i>"</SCRIPT><br/></body></html>`;
    // html, head, style, script, body, p, SCRIPT, br
    expect(scanHtml(html).tags).toBe(8);
  });

  it('estimates nesting as the parser builds it: end tags close what they hold, p and li and void elements do not nest', () => {
    expect(scanHtml('<div><section><span>a<b>b</section></div>').depth).toBe(4);
    // The </div> closes the unclosed <span>s inside it: three levels, not a growing count.
    expect(scanHtml('<div><span>a<span>b</div>'.repeat(500)).depth).toBe(3);
    expect(scanHtml(`<ul>${'<li>item <p>text <br> <img src=x>'.repeat(1_000)}</ul><svg><path d="M0"/></svg>`).depth).toBe(1);
    expect(scanHtml('</div></div><div>x</div>').depth).toBe(1);
    for (const f of ['baotinh-giao-ban.html', 'english-edition.html']) {
      const html = readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8');
      expect(scanHtml(html).depth, f).toBeLessThanOrEqual(measure(parseHTML(html).document as unknown as Document).depth);
    }
  });

  it('stops counting just past the limits it is given', () => {
    expect(scanHtml('<p>'.repeat(1_000), 10).tags).toBe(11);
    expect(scanHtml('<div>'.repeat(100_000), Number.POSITIVE_INFINITY, 10).depth).toBe(11);
  });

  it('measures depth without recursion: 20,000 levels do not overflow the stack', () => {
    // Parsed here directly, past the HTML scan that would refuse it sooner.
    const { document } = parseHTML(`<html><body>${'<b>'.repeat(20_000)}x</body></html>`);
    expect(measure(document as unknown as Document).depth).toBe(MAX_DEPTH + 1);
    expect(() => checkDocument(document as unknown as Document)).toThrow(PageLimitError);
  });

  it('scans HTML in time linear in its length: 8× the page, at most 16× the time (it runs on up to 16 MB before any limit)', () => {
    // 8× apart against twice linear: linear work grows 8–10× (a larger heap, GC threads counted in CPU
    // time), a quadratic scan 64×, so noise on a shared 2-core machine cannot make either look like the other.
    const pages = [50_000, 400_000].map((n) => ({ html: `<div><span>${wide(n, 'Dân vận khéo.')}<script>a<b</script>`, times: [] as number[] }));
    // The two sizes in turn, nine of each, in CPU time; the median of each.
    for (let round = 0; round < 9; round++) {
      for (const p of pages) {
        const t0 = process.cpuUsage();
        scanHtml(p.html);
        const t = process.cpuUsage(t0);
        p.times.push(t.user + t.system);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
    const [small, large] = pages.map((p) => median(p.times)) as [number, number];
    expect(large / small).toBeLessThan(16);
  });

  it('real pages are far inside the limits (a third of each, or less)', () => {
    const dir = join(ROOT, 'tests/fixtures/pages');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(dir, f), 'utf8');
      const size = measure(parseHTML(html).document as unknown as Document);
      expect(size.depth, f).toBeLessThan(MAX_DEPTH / 3);
      expect(scanHtml(html).tags, f).toBeLessThan(MAX_ELEMENTS / 3);
      expect(scanHtml(html).depth, f).toBeLessThan(MAX_DEPTH / 3);
      expect(size.text, f).toBeLessThan(MAX_TEXT / 3);
      expect(size.levels, f).toBeLessThan(MAX_LEVELS / 3);
    }
  });
});
