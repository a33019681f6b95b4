/**
 * Hostile text in exports (issue 14): page or reader text that would break
 * the file's format — characters XML forbids in the Word report, cells a
 * spreadsheet would run, line separators that split an RIS record, titles
 * that leave a Markdown file without a readable name.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Clip } from '@/lib/library/types';
import { toRis } from '@/lib/transfer/citations';
import { exportClips } from '@/lib/transfer/export';
import { fixtureClip } from '../library/helpers';

/** Characters outside XML 1.0's `Char` production (or an unpaired surrogate). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function clipWith(over: Partial<Clip>, name = '01-tinh-giao-ban'): Clip {
  return { ...fixtureClip(name), ...over };
}

describe('hostile text in exports', () => {
  it('the Word report holds no character XML 1.0 forbids, in any part, and still reads with every clip', async () => {
    const base = fixtureClip('01-tinh-giao-ban');
    const official = base.officials.find((o) => !o.byline) as Clip['officials'][number];
    const clips = [
      clipWith({
        title: 'Giao ban công tác dân vận\uffff 6 tháng\ufffe',
        site: 'Báo\u0001 Tỉnh',
        summary: ['Câu tóm tắt có ký tự điều khiển\u000b và\u0008 nửa cặp \ud800 thay thế.'],
        note: 'Ghi chú\u000c của người đọc\u001f.',
        officials: [{ ...official, name: `${official.name}\u0007`, titles: ['Trưởng ban\udc00'] }],
      }),
      clipWith({}, '02-trung-uong-hoi-nghi'),
    ];
    const file = await exportClips(clips, 'docx', 'vi');
    const parts = unzipSync(file.bytes);
    const xmlParts = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(xmlParts).toContain('word/document.xml');
    for (const name of xmlParts) expect(NOT_XML.test(strFromU8(parts[name] as Uint8Array)), name).toBe(false);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    expect(text).toContain('Giao ban công tác dân vận 6 tháng');
    expect(text).toContain('Ghi chú của người đọc.');
    expect(text).toContain(`${official.name} — Trưởng ban`);
    expect(text).toContain(clips[1]?.title);
  });

  it('CSV guards every cell a spreadsheet would run, behind spaces, invisible characters or fullwidth signs; its own numbers stay numbers', () => {
    const dangerous = [
      '  =1+1',
      '\u00a0=HYPERLINK("http://evil.example","Xem")',
      '\u200b@SUM(A1:A9)',
      '\ufeff+84 912 345 678',
      '\u2060-2+3',
      '＝1+1',
      '＋1',
      '－1',
      '＠A1',
      '\n=cmd|" /C calc"!A0',
      '|cmd',
      '\t=1',
    ];
    const clips = dangerous.map((title, i) =>
      clipWith({ url: `https://baotinh.vn/bai-${i}.html`, title, note: title, author: title, relevance: -5 - i, tags: [title] }),
    );
    const safe = clipWith({ url: 'https://baotinh.vn/an-toan.html', title: 'Hội nghị – 2024: tổng kết', relevance: 3 });
    return exportClips([...clips, safe], 'csv', 'vi', '2025-01-01').then((file) => {
      const files = unzipSync(file.bytes);
      const text = strFromU8(files['clips.csv'] as Uint8Array);
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      dangerous.forEach((value, i) => {
        const row = rows.find((r) => r.url === `https://baotinh.vn/bai-${i}.html`) as Record<string, string>;
        for (const field of ['title', 'note', 'author'] as const) expect(row[field], `${field} ${JSON.stringify(value)}`).toBe(`'${value}`);
        // The relevance the export writes is a number, not text: no apostrophe, no quotes in the file.
        expect(row.relevance).toBe(String(-5 - i));
        expect(text).toContain(`,${-5 - i},`);
      });
      const plain = rows.find((r) => r.url === safe.url);
      expect(plain?.title).toBe('Hội nghị – 2024: tổng kết');
      // Counts in the officials table are numbers too.
      const officials = Papa.parse<Record<string, string>>(strFromU8(files['officials.csv'] as Uint8Array), { header: true, skipEmptyLines: true }).data;
      expect(officials.every((o) => /^\d+$/.test(o.mentions ?? ''))).toBe(true);
    });
  });

  it('RIS folds every line separator inside a value, so no record is split', () => {
    const note = 'Dòng một\u2028dòng hai\u2029dòng ba\u000bdòng bốn\u000cdòng năm\u0085dòng sáu\r\ndòng bảy';
    const clips = [clipWith({ note, title: 'Tiêu đề\u2028nối dòng' }), clipWith({}, '02-trung-uong-hoi-nghi')];
    const ris = toRis(clips);
    const lines = ris.split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/).filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(2);
    expect(ris).toContain('N1  - Dòng một dòng hai dòng ba dòng bốn dòng năm dòng sáu dòng bảy\r\n');
    expect(ris).toContain('TI  - Tiêu đề nối dòng\r\n');
  });

  it('Markdown zip: a title of one 300-letter word, or only emoji, keeps a readable file name', async () => {
    const word = 'Dânvậnkhéo'.repeat(30);
    const emoji = '🎉'.repeat(80);
    const family = '👨‍👩‍👧'.repeat(30);
    const clips = [
      clipWith({ url: 'https://baotinh.vn/a.html', title: word, published: '2024-07-17' }),
      clipWith({ url: 'https://baotinh.vn/b.html', title: emoji, published: '2024-07-18' }),
      clipWith({ url: 'https://baotinh.vn/c.html', title: family, published: '2024-07-19' }),
    ];
    const file = await exportClips(clips, 'markdown-zip', 'vi');
    const names = Object.keys(unzipSync(file.bytes)).sort();
    expect(names).toHaveLength(3);
    const [a, b, c] = names;
    expect(a).toMatch(/^2024-07-17 (Dânvậnkhéo)+(D|Dâ|Dân|Dânv|Dânvậ|Dânvận|Dânvậnk|Dânvậnkh|Dânvậnkhé)?\.md$/);
    expect(a?.length).toBeGreaterThan(100);
    expect(b).toMatch(/^2024-07-18 (🎉){40,}\.md$/);
    // Whole family emoji (with their joiners), never a half.
    expect(c).toMatch(/^2024-07-19 (👨‍👩‍👧){10,}\.md$/);
    for (const n of names) expect(n).not.toMatch(/\ufffd|[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
