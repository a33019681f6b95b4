/**
 * The report's files read back: the .docx through mammoth and its own XML
 * (page size, margins, fonts, page numbers, headings, tables with as many
 * rows as the report), the .xlsx through exceljs and its own XML (sheet
 * names, header rows frozen and styled, cell types, row counts equal to the
 * report's, no formula anywhere), Vietnamese intact in NFC, page text never
 * markup or a formula.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type Report } from '@/lib/report/build';
import { MARGINS_MM } from '@/lib/report/docx';
import { reportFile } from '@/lib/report/file';
import { REPORT_LABELS } from '@/lib/report/labels';
import { namedPeriod } from '@/lib/report/period';
import { sheetRowCounts } from '@/lib/report/xlsx';
import { inventedLibrary } from './helpers';

const report: Report = buildReport(inventedLibrary(), {
  period: namedPeriod('h1', 2024),
  groupBy: 'tag',
  lang: 'vi',
  heading: { parent: 'Huyện ủy Yên Thế', body: 'Ban Dân vận', place: 'Yên Thế' },
});
const DANGER = '=HYPERLINK("http://evil.example","Xem") <b>Hòa giải</b> ở cơ sở';
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('the Word report', () => {
  let bytes: Uint8Array;
  let files: Record<string, Uint8Array>;
  let html: string;
  beforeAll(async () => {
    const progress: [number, number][] = [];
    const file = await reportFile(report, 'docx', (done, total) => progress.push([done, total]));
    expect(file.name).toBe('bao-cao-6-thang-dau-nam-2024.docx');
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    bytes = file.bytes;
    files = unzipSync(bytes);
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(r.messages.filter((m) => m.type === 'error')).toEqual([]);
    html = r.value;
  });

  it('is A4 with the margins of Nghị định 30/2020/NĐ-CP, Times New Roman 14, and page numbers from the second page', () => {
    const doc = strFromU8(files['word/document.xml'] as Uint8Array);
    const size = /<w:pgSz [^>]*>/.exec(doc)?.[0] ?? '';
    expect(size).toContain(`w:w="${twips(210)}"`);
    expect(size).toContain(`w:h="${twips(297)}"`);
    const margin = /<w:pgMar [^>]*>/.exec(doc)?.[0] ?? '';
    for (const [side, mm] of Object.entries(MARGINS_MM)) expect(margin, side).toContain(`w:${side}="${twips(mm)}"`);
    expect(MARGINS_MM.top).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.top).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.left).toBeGreaterThanOrEqual(30);
    expect(MARGINS_MM.left).toBeLessThanOrEqual(35);
    expect(MARGINS_MM.right).toBeGreaterThanOrEqual(15);
    expect(MARGINS_MM.right).toBeLessThanOrEqual(20);
    expect(doc).toContain('<w:titlePg/>');
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array);
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="28"\/>/s);
    const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => strFromU8(files[n] as Uint8Array));
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  it('has the heading block, the title, real headings and tables with as many rows as the report', () => {
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('HUYỆN ỦY YÊN THẾ');
    expect(text).toContain('BAN DÂN VẬN');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Yên Thế, ngày … tháng … năm …');
    expect(html).toContain('<h1>I. Số liệu chung</h1>');
    expect(html).toContain('<h1>II. Các hoạt động trong kỳ</h1>');
    expect(html).toContain(`<h2>1. ${report.groups[0]?.label} (${report.groups[0]?.items.length})</h2>`);
    expect(html).toContain(`<h1>Phụ lục 1. Cán bộ được nêu tên (${report.officials.length})</h1>`);
    expect(text).toContain('4 bài viết, 3 trang tin, 4 cán bộ được nêu tên, 4 văn bản được dẫn.');
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => m[1] ?? '');
    // The heading block, then officials, documents, timeline: a header row and one row each.
    expect(tables).toHaveLength(4);
    const rows = (t: string) => (t.match(/<tr>/g) ?? []).length;
    expect(tables.slice(1).map(rows)).toEqual([report.officials.length + 1, report.documents.length + 1, report.timeline.length + 1]);
    expect(tables[1]).toContain('Nguyễn Thị Hồng Vân');
    expect(tables[2]).toContain('Quyết định — Bộ Chính trị/Ban Bí thư/Trung ương');
    expect(tables[3]).toContain('Đến ngày 15/3/2024, xã sẽ hoàn thành 2 km đường bê tông');
    // The header row repeats on every page.
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toContain('<w:tblHeader/>');
  });

  it('keeps Vietnamese in NFC and page text as text, never markup', async () => {
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain(DANGER);
    expect(raw).toContain('Đặng Thị Thu Hòa (Chủ tịch Hội Liên hiệp Phụ nữ xã Đồng Tâm)');
    expect(raw).toBe(raw.normalize('NFC'));
    expect(html).not.toContain('<b>Hòa giải</b>');
    expect(html).toContain('&lt;b&gt;Hòa giải&lt;/b&gt;');
    const doc = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(doc).not.toContain('<b>');
    expect(doc).not.toContain('<i>ở cơ sở</i>');
    // Only web addresses become links.
    const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
    expect(rels).toContain('https://baobacgiang.example.vn/yen-the-ra-mat-mo-hinh-dan-van-kheo.html');
    expect(rels).not.toMatch(/Target="(?!https?:)[^"]*" TargetMode="External"/);
  });
});

describe('the Excel report', () => {
  const l = REPORT_LABELS.vi;
  let wb: ExcelJS.Workbook;
  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    const file = await reportFile(report, 'xlsx');
    expect(file.name).toBe('bao-cao-6-thang-dau-nam-2024.xlsx');
    files = unzipSync(file.bytes);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  });

  it('has one sheet per table plus every article, row counts equal to the report', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([l.sheetOverview, l.sheetClips, l.sheetOfficials, l.sheetDocuments, l.sheetTimeline]);
    const counts = sheetRowCounts(report);
    for (const ws of wb.worksheets) expect(ws.actualRowCount - 1, ws.name).toBe(counts[ws.name]);
    expect(counts[l.sheetClips]).toBe(report.items.length + report.undated.length);
    expect(counts[l.sheetOfficials]).toBe(report.officials.length);
    expect(counts[l.sheetTimeline]).toBe(report.timeline.length);
  });

  it('has header rows that are frozen, bold on a fill, filterable, with widths and wrapped text', () => {
    const officials = wb.getWorksheet(l.sheetOfficials) as ExcelJS.Worksheet;
    expect((officials.getRow(1).values as unknown[]).slice(1)).toEqual([l.no, l.name, l.titles, l.articles, l.first, l.last]);
    const clipsSheet = wb.getWorksheet(l.sheetClips) as ExcelJS.Worksheet;
    expect((clipsSheet.getRow(1).values as unknown[]).slice(1)).toEqual([l.no, l.published, l.title, l.site, l.group, l.summary, l.itemOfficials, l.itemDocuments, l.tags, l.note, l.url]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getCell('A1').font?.bold, ws.name).toBe(true);
      expect(ws.getCell('A1').fill, ws.name).toMatchObject({ type: 'pattern', pattern: 'solid' });
    }
    expect(clipsSheet.getColumn(3).width).toBe(50);
    expect(clipsSheet.getCell('F2').alignment?.wrapText).toBe(true);
    expect(strFromU8(files['xl/worksheets/sheet2.xml'] as Uint8Array)).toContain('<autoFilter ref="A1:K1"/>');
  });

  it('stores dates as date cells, counts as numbers, text as text', () => {
    const clipsSheet = wb.getWorksheet(l.sheetClips) as ExcelJS.Worksheet;
    const first = clipsSheet.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect((first.getCell(2).value as Date).toISOString()).toBe(`${report.items[0]?.day}T00:00:00.000Z`);
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
    // The undated clip is the last row, its date cell empty.
    const last = clipsSheet.getRow(clipsSheet.actualRowCount);
    expect(last.getCell(3).value).toBe('Mặt trận huyện đối thoại với cử tri');
    expect(last.getCell(2).type).toBe(ExcelJS.ValueType.Null);
    const officials = wb.getWorksheet(l.sheetOfficials) as ExcelJS.Worksheet;
    const van = officials.getRow(2);
    expect(van.getCell(2).value).toBe('Nguyễn Thị Hồng Vân');
    expect(van.getCell(3).value).toBe('Trưởng Ban Dân vận Huyện ủy Yên Thế\nPhó Bí thư Thường trực Huyện ủy Yên Thế');
    expect(van.getCell(4).value).toBe(2);
    expect(van.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect((van.getCell(6).value as Date).toISOString()).toBe('2024-06-30T00:00:00.000Z');
    const docs = wb.getWorksheet(l.sheetDocuments) as ExcelJS.Worksheet;
    const qd = docs.getRow(2);
    expect(qd.getCell(2).value).toBe('23-QĐ/TW');
    expect((qd.getCell(4).value as Date).toISOString()).toBe('2021-07-30T00:00:00.000Z');
    expect(qd.getCell(5).value).toBe(2);
    const overview = wb.getWorksheet(l.sheetOverview) as ExcelJS.Worksheet;
    expect(overview.getCell('B2').value).toBe('6 tháng đầu năm 2024');
    expect(overview.getCell('B3').type).toBe(ExcelJS.ValueType.Date);
    expect(overview.getCell('B5').value).toBe(4);
  });

  it('never holds a formula; page text beginning with = + - @ stays plain text, in NFC', () => {
    const clipsSheet = wb.getWorksheet(l.sheetClips) as ExcelJS.Worksheet;
    let danger: ExcelJS.Row | undefined;
    clipsSheet.eachRow((row) => {
      if (String(row.getCell(3).value).startsWith('=HYPERLINK')) danger = row;
    });
    expect(danger).toBeDefined();
    const cells = [3, 4, 6, 9, 10].map((c) => danger?.getCell(c) as ExcelJS.Cell);
    expect(cells.map((c) => c.value)).toEqual([DANGER, '@Báo Bắc Giang', '-Hòa giải <i>ở cơ sở</i> =1+1 @Đồng Tâm.', '-âm', '+84 912 345 678; -chú ý-']);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
      // Excel's Text format: editing the cell keeps it text.
      expect(c.numFmt).toBe('@');
      expect(String(c.value)).toBe(String(c.value).normalize('NFC'));
    }
    for (const [name, data] of Object.entries(files)) if (name.startsWith('xl/worksheets/')) expect(strFromU8(data), name).not.toMatch(/<f[ >]/);
    expect(strFromU8(files['xl/sharedStrings.xml'] as Uint8Array)).toContain('&lt;b&gt;Hòa giải&lt;/b&gt;');
  });

  it('writes the headings in English when asked', async () => {
    const en = buildReport(inventedLibrary(), { period: namedPeriod('h1', 2024), groupBy: 'month', lang: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await reportFile(en, 'xlsx')).bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Overview', 'Articles', 'Officials', 'Documents', 'Timeline']);
    const doc = await mammoth.convertToHtml({ buffer: Buffer.from((await reportFile(en, 'docx')).bytes) });
    expect(doc.value).toContain('<h1>II. Activities in the period</h1>');
    expect(doc.value).toContain('<h2>1. January 2024 (1)</h2>');
  });
});
