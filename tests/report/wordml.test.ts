/**
 * The report's WordprocessingML writer: page text escaped and cleaned of
 * what XML 1.0 refuses, one relationship per linked address, and a report
 * whose every link names a relationship of the document (Word refuses a file
 * with a dangling `r:id`).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@/lib/report/build';
import { reportDocx } from '@/lib/report/docx';
import { namedPeriod } from '@/lib/report/period';
import { esc, Links, paragraph, run, TABLE_END, tableRow, tableStart } from '@/lib/report/wordml';
import { inventedLibrary } from './helpers';

describe('WordprocessingML strings', () => {
  it('escapes markup and leaves out characters XML cannot hold', () => {
    expect(esc('<w:t>Hòa giải & "đối thoại"</w:t>')).toBe('&lt;w:t&gt;Hòa giải &amp; &quot;đối thoại&quot;&lt;/w:t&gt;');
    expect(esc('Bí thư\u0001 xã\uFFFE Tân\uD800 Sỏi')).toBe('Bí thư xã Tân Sỏi');
    expect(run('</w:t></w:r><w:r><w:t>x', { bold: true })).toBe('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;x</w:t></w:r>');
  });

  it('writes paragraph properties in the order the schema asks for', () => {
    expect(paragraph(run('a'), { style: 'ItemHead', keepNext: true, bottomBorder: 6, after: 40, align: 'center' })).toBe(
      '<w:p><w:pPr><w:pStyle w:val="ItemHead"/><w:keepNext/><w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr><w:spacing w:after="40"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">a</w:t></w:r></w:p>',
    );
    expect(paragraph('')).toBe('<w:p/>');
  });

  it('gives each address one relationship, its target escaped', () => {
    const links = new Links();
    const a = links.link('https://baotinh.example.vn/a?x=1&y=2', 'a');
    const b = links.link('https://baotinh.example.vn/b', 'b');
    expect(links.link('https://baotinh.example.vn/a?x=1&y=2', 'again')).toContain(/r:id="[^"]+"/.exec(a)?.[0]);
    expect(a).not.toBe(b);
    const rels = links.xml();
    expect(rels.match(/<Relationship /g)).toHaveLength(2);
    expect(rels).toContain('Target="https://baotinh.example.vn/a?x=1&amp;y=2" TargetMode="External"');
  });

  it('writes a table cell per value, a paragraph per line, the header row repeated', () => {
    const layout = { width: 3000, widths: [1000, 2000], borders: true, headStyle: 'TableHead', bodyStyle: 'TableText', center: [true] };
    const xml = tableStart(layout) + tableRow(layout, ['STT', 'Chức vụ'], true) + tableRow(layout, ['1', 'Bí thư\nChủ tịch']) + TABLE_END;
    expect(xml.match(/<w:tc>/g)).toHaveLength(4);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve">Bí thư</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve">Chủ tịch</w:t></w:r></w:p>');
  });
});

describe('the Word report package', () => {
  it('has a relationship for every link of the document, and the marker paragraph is gone', async () => {
    const report = buildReport(inventedLibrary(), { period: namedPeriod('h1', 2024), groupBy: 'month', lang: 'vi' });
    const files = unzipSync(await reportDocx(report));
    const doc = strFromU8(files['word/document.xml'] as Uint8Array);
    const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
    const used = new Set([...doc.matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(3);
    for (const id of used) expect(defined, id).toContain(id);
    expect(doc).not.toContain('dvlens-report-body');
    // One body, the section's properties (A4, headers) last in it.
    expect(doc.match(/<w:body>/g)).toHaveLength(1);
    expect(doc).toMatch(/<w:sectPr>.*<\/w:sectPr><\/w:body><\/w:document>$/s);
  });
});
