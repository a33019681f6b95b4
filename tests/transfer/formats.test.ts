import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cslName, toCslJson, toRis } from '@/lib/transfer/citations';
import { exportClips } from '@/lib/transfer/export';
import { safeStem, uniqueNames } from '@/lib/transfer/filenames';
import { escapeMarkdown } from '@/lib/transfer/markdown';
import { richLibrary } from './helpers';

const { clips } = await richLibrary('formats');
const danger = clips.find((c) => c.title.startsWith('=HYPERLINK')) as (typeof clips)[number];

describe('CSV', () => {
  it('writes three tables with a BOM, RFC 4180 quoting and formula cells neutralised; they parse back', async () => {
    const file = await exportClips(clips, 'csv', 'vi', '2025-01-01');
    expect(file.name).toBe('dan-van-lens-2025-01-01-csv.zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(['clips.csv', 'documents.csv', 'officials.csv']);
    const table = (name: string) => {
      const bytes = files[name] as Uint8Array;
      // The UTF-8 byte-order mark Excel needs (a TextDecoder drops it on reading).
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const r = Papa.parse<Record<string, string>>(strFromU8(bytes), { header: true, skipEmptyLines: true });
      expect(r.errors).toEqual([]);
      return r.data;
    };
    const rows = table('clips.csv');
    expect(rows).toHaveLength(clips.length);
    const d = rows.find((r) => r.url === danger.url) as Record<string, string>;
    // The formula is shown as text: a leading apostrophe, the rest as written.
    expect(d.title).toBe(`'${danger.title}`);
    expect(d.note).toBe(`'${danger.note}`);
    expect(d.note).toContain('\n"trích" dòng hai');
    expect(d.tags).toBe(`'-âm; @nhắc`);
    expect(rows.find((r) => r.url?.includes('giao-ban'))?.title).toBe(clips[0]?.title);
    const officials = table('officials.csv');
    expect(officials.find((o) => o.name === 'Trịnh Văn Khải')?.titles).toBe('Ủy viên Ban Thường vụ; Trưởng Ban Dân vận Tỉnh ủy');
    expect(officials.length).toBe(clips.reduce((n, c) => n + c.officials.filter((o) => !o.byline).length, 0));
    const documents = table('documents.csv');
    expect(documents.find((x) => x.document === '25-NQ/TW')?.kind_and_issuer).toBe('Nghị quyết — Bộ Chính trị/Ban Bí thư/Trung ương');
  });
});

describe('Markdown', () => {
  it('zips one file per clip with safe names and parsable front matter; page text cannot become markup', async () => {
    const file = await exportClips(clips, 'markdown-zip');
    const files = unzipSync(file.bytes);
    const names = Object.keys(files);
    expect(names).toHaveLength(clips.length);
    for (const n of names) {
      expect(n).toMatch(/^\d{4}-\d{2}-\d{2} .+\.md$/);
      expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
      expect(n).toBe(n.normalize('NFC'));
    }
    expect(names).toContain('2024-07-17 Ban Dân vận Tỉnh ủy giao ban công tác dân vận 6 tháng đầu năm 2024.md');
    for (const [n, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes);
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(m, n).not.toBeNull();
      const meta = parseYaml(m?.[1] ?? '') as { title: string; url: string; officials: { name: string; titles: string[] }[]; documents: { key: string }[] };
      const clip = clips.find((c) => c.url === meta.url);
      expect(meta.title).toBe(clip?.title);
      expect(meta.officials.map((o) => o.name)).toEqual(clip?.officials.filter((o) => !o.byline).map((o) => o.name));
      expect(meta.documents.map((d) => d.key)).toEqual(clip?.documents.map((d) => d.key));
    }
    const dangerous = strFromU8(Object.entries(files).find(([n]) => n.includes('HYPERLINK'))?.[1] as Uint8Array);
    const body = dangerous.replace(/^---[\s\S]*?\n---\n/, '');
    expect(body).not.toContain('<script>');
    expect(body).toContain('\\<script\\>');
    expect(body).toContain('\\*Kế hoạch\\*');
  });

  it('writes one combined document', async () => {
    const file = await exportClips(clips, 'markdown');
    const text = strFromU8(file.bytes);
    expect(text.match(/^## /gm)).toHaveLength(clips.length);
    expect(text).toContain('> 1.245 mô hình "Dân vận khéo"');
  });

  it('makes file names safe everywhere and unique', () => {
    expect(safeStem('Hội nghị: "Dân vận khéo" / 2024?')).toBe('Hội nghị Dân vận khéo 2024');
    expect(safeStem('CON')).toBe('_CON');
    expect(safeStem('...')).toBe('_clip');
    expect(safeStem(`${'Dân vận '.repeat(40)}`).length).toBeLessThanOrEqual(120);
    expect(safeStem('Ho\u0300a Bi\u0300nh')).toBe('Hòa Bình');
    const name = uniqueNames();
    expect([name('Tin', '.md'), name('tin', '.md'), name('Tin', '.md')]).toEqual(['Tin.md', 'tin (2).md', 'Tin (3).md']);
    expect(escapeMarkdown('# 1. [a](b) <b>&')).toBe('\\# 1. \\[a\\]\\(b\\) \\<b\\>&amp;');
    expect(escapeMarkdown('1. Mục một\n- gạch\n=== ')).toBe('1\\. Mục một\n\\- gạch\n\\=== ');
  });
});

describe('Word report', () => {
  it('opens with a .docx reader and holds each clip with source, date, summary, officials and documents', async () => {
    const file = await exportClips(clips, 'docx', 'vi');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    for (const c of clips) expect(value).toContain(c.title);
    expect(value).toContain('Nguồn: Báo Tỉnh — https://baotinh.example.vn/01-tinh-giao-ban.html');
    expect(value).toContain('Ngày đăng: ngày 17 tháng 7 năm 2024');
    expect(value).toContain('Trịnh Văn Khải — Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy');
    expect(value).toContain('25-NQ/TW — Nghị quyết — Bộ Chính trị/Ban Bí thư/Trung ương, ngày 3 tháng 6 năm 2013');
    expect(value).toContain(clips[0]?.summary[0]);
  });
});

describe('reference managers', () => {
  it('keeps Vietnamese names in their order in CSL-JSON, which citeproc formats', () => {
    expect(cslName('Nguyễn Văn An')).toEqual({ family: 'Nguyễn', given: 'Văn An', 'static-ordering': true });
    expect(cslName('Minh Châu')).toEqual({ literal: 'Minh Châu' });
    const items = toCslJson(clips);
    const first = items.find((i) => i.URL === clips[0]?.url);
    expect(first).toMatchObject({ type: 'article-newspaper', 'container-title': 'Báo Tỉnh', issued: { 'date-parts': [[2024, 7, 17]] } });
    const cite = new Cite(items);
    const apa = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(apa).toContain('Nguyễn M. C. (2024, July 17). Ban Dân vận Tỉnh ủy giao ban');
    expect(apa).not.toMatch(/Châu, N/);
    expect(apa).toContain('Minh Phong. (2024, March 21).');
  });

  it('writes RIS records a reference manager splits at the comma', () => {
    const ris = toRis(clips);
    const records = ris.split('ER  - ').filter((r) => r.trim());
    expect(records).toHaveLength(clips.length);
    expect(ris).toContain('AU  - Nguyễn, Minh Châu\r\n');
    expect(ris).toContain('AU  - Minh Phong\r\n');
    expect(ris).toContain('TY  - NEWS\r\nTI  - Ban Dân vận Tỉnh ủy giao ban');
    expect(ris).toContain('N1  - +84 912 345 678, gọi sau; -chú ý-, @ban dân vận "trích" dòng hai');
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
