/**
 * The command line as a user runs it: a child process, real files, JSON lines
 * on stdout, one-line errors on stderr and the exit code.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/shared';

const extractCli = (...args: string[]) => runCli('extract-cli.ts', ...args);

const article = join(ROOT, 'tests/fixtures/articles/01-tinh-giao-ban.txt');
const page = join(ROOT, 'tests/fixtures/pages/baotinh-giao-ban.html');

describe('npm run extract', () => {
  it('prints one JSON object per file with offsets into the file text', async () => {
    const english = join(ROOT, 'tests/fixtures/articles/08-english-edition.txt');
    const { stdout, code } = await extractCli(article, english);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(article);
    expect(lines[0].lang).toBe('vi');
    expect(lines[1].lang).toBe('en');
    const khai = lines[0].officials.find((o: { name: string }) => o.name === 'Trịnh Văn Khải');
    expect(khai.titles).toEqual(['Ủy viên Ban Thường vụ', 'Trưởng Ban Dân vận Tỉnh ủy']);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(article, 'utf8');
    for (const m of khai.mentions) expect(text.slice(m.start, m.end)).toMatch(/Khải$/);
  });

  it('infers years from --article-date', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dvlens-'));
    const f = join(tmp, 'short.txt');
    writeFileSync(f, 'Sáng 13/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị.');
    const without = JSON.parse((await extractCli(f)).stdout);
    const withDate = JSON.parse((await extractCli(f, '--article-date', '2021-07-14')).stdout);
    expect(without.dates[0].iso).toBe('--07-13');
    expect(withDate.dates[0].iso).toBe('2021-07-13');
  });

  it('reads an HTML page (also gzipped) through the article reader, ignoring related news and the header', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dvlens-'));
    const gz = join(tmp, 'page.html.gz');
    const { readFileSync } = await import('node:fs');
    writeFileSync(gz, gzipSync(readFileSync(page)));
    const { stdout, code } = await extractCli(page, gz);
    expect(code).toBe(0);
    const [a, b] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(b.officials).toEqual(a.officials);
    expect(a.article.canonicalUrl).toBe('https://baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html');
    expect(a.article.published).toBe('2024-07-17T09:20:00+07:00');
    const names = a.officials.map((o: { name: string }) => o.name);
    expect(names).toContain('Trịnh Văn Khải');
    expect(names).not.toContain('Lê Quang Vũ');
    expect(a.documents.map((d: { key: string }) => d.key)).not.toContain('18-CT/TU');
    expect(a.dates.map((d: { iso: string }) => d.iso)).not.toContain('2024-11-25');
    for (const d of a.dates) expect(a.article.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('prints a readable table with --format table', async () => {
    const { stdout } = await extractCli(article, '--format', 'table');
    expect(stdout).toContain('Trịnh Văn Khải');
    expect(stdout).toMatch(/Documents \(3\)/);
  });

  it('reports missing, directory, binary and empty inputs on stderr, after the good files, with a non-zero exit', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dvlens-'));
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const { stdout, stderr, code } = await extractCli(join(tmp, 'missing.txt'), tmp, join(tmp, 'bin.txt'), join(tmp, 'empty.txt'), article);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const errs = stderr.trim().split('\n').filter((l) => l.startsWith('extract:'));
    expect(errs).toEqual([
      `extract: ${join(tmp, 'missing.txt')}: no such file`,
      `extract: ${tmp}: is a directory`,
      `extract: ${join(tmp, 'bin.txt')}: binary file (contains NUL bytes)`,
      `extract: ${join(tmp, 'empty.txt')}: empty file`,
    ]);
  });

  it('explains its usage on bad options', async () => {
    const { stderr, code } = await extractCli('--format', 'xml', article);
    expect(code).toBe(2);
    expect(stderr).toContain('--format takes json or table');
  });
});
