/**
 * The report as an Excel workbook (.xlsx), written with exceljs: one sheet
 * per table — overview, every article of the period, then a sheet per kind
 * in the report (lib/report/kinds.ts: officials, documents, timeline). Each sheet's header row is bold on a tinted fill, frozen, and
 * filterable; columns have widths and long text wraps; dates are date cells,
 * counts numbers. Page text is only ever a string value (exceljs writes it
 * as a shared string, never a formula) and text columns carry Excel's Text
 * format (`@`), so even a cell beginning with `=`, `+`, `-` or `@` stays
 * text when the reader edits it.
 *
 * Why exceljs: maintained, MIT, writes styles, frozen panes, widths and
 * dates, reads files back (the tests use it), runs in a worker. The `xlsx`
 * package on the npm registry (SheetJS 0.18.5) is no longer updated there
 * and has open advisories.
 */
import ExcelJS from 'exceljs';
import type { Report, ReportItem } from './build';
import type { Progress } from './docx';
import { dateCell, itemLine, REPORT_KIND_LIST, type SheetCell, type SheetColumn } from './kinds';
import { REPORT_LABELS } from './labels';

/** The kinds with a line under each activity: a column each in the sheet of clips. */
const ITEM_KINDS = REPORT_KIND_LIST.flatMap((k) => (k.item ? [{ ...k, item: k.item }] : []));

/** Excel's limit on a cell's text. */
const CELL_MAX = 32_767;
const TEXT = '@';
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const HEADER_FILL = 'FFDCE6F1';

type Column = Omit<SheetColumn, 'header'> & { header: string };
type CellValue = SheetCell;

export { dateCell };

const text = (s: string) => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX - 1)}…` : s);

function sheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: CellValue[][], tick: (n: number) => void): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: c.kind === 'text' || c.kind === 'link' ? TEXT : c.kind === 'date' ? DATE : undefined, alignment: { wrapText: c.kind === 'text', vertical: 'top' } } }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.border = { bottom: { style: 'thin' } };
    c.numFmt = TEXT;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  rows.forEach((r, i) => {
    const row = ws.addRow(
      r.map((v, j) => {
        const kind = columns[j]?.kind;
        if (v === null) return null;
        if (kind === 'link' && typeof v === 'string' && /^https?:\/\//i.test(v)) return { text: text(v), hyperlink: v };
        return typeof v === 'string' ? text(v) : v;
      }),
    );
    r.forEach((v, j) => {
      if (v instanceof Date) row.getCell(j + 1).numFmt = v.getUTCHours() || v.getUTCMinutes() ? DATE_TIME : DATE;
    });
    if ((i + 1) % 500 === 0) tick(500);
  });
  tick(rows.length % 500);
}

function itemRow(item: ReportItem, i: number, group: string): CellValue[] {
  return [
    i + 1,
    dateCell(item.day),
    item.title,
    item.site,
    group,
    item.summary.join(' '),
    ...ITEM_KINDS.map((k) => itemLine(k, item) ?? ''),
    item.tags.join('; '),
    item.note,
    item.url,
  ];
}

/** The rows each sheet of the report's workbook holds, without the header row (what the preview counts). */
export function sheetRowCounts(r: Report): Record<string, number> {
  const l = REPORT_LABELS[r.lang];
  return {
    [l.sheetOverview]: 8 + r.groups.length,
    [l.sheetClips]: r.items.length + r.undated.length,
    ...Object.fromEntries(REPORT_KIND_LIST.map((k) => [l[k.sheet], (r[k.table] as unknown[]).length])),
  };
}

/** The report as .xlsx bytes; `onProgress` is told as rows are written. */
export async function reportXlsx(r: Report, onProgress: Progress = () => {}): Promise<Uint8Array> {
  const l = REPORT_LABELS[r.lang];
  const counts = sheetRowCounts(r);
  const total = Object.values(counts).reduce((a, b) => a + b, 0) + 1;
  let done = 0;
  const tick = (n: number) => {
    if (!n) return;
    done += n;
    onProgress(done, total);
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân vận Lens';
  wb.title = r.subject;

  const overview: CellValue[][] = [
    [l.period, r.periodWords],
    [l.first, dateCell(r.period.from)],
    [l.last, dateCell(r.period.to)],
    [l.clips, r.counts.articles],
    [l.site, r.counts.sites],
    ...REPORT_KIND_LIST.filter((k) => k.counted).map((k): CellValue[] => [l[k.sheet], r.counts[k.table] ?? 0]),
    [l.undated, r.counts.undated],
    ...r.groups.map((g): CellValue[] => [`${l.group}: ${g.label}`, g.items.length]),
  ];
  // The overview's second column holds the period in words, its dates and counts: each cell keeps its own type.
  sheet(wb, l.sheetOverview, [{ header: l.field, width: 42, kind: 'text' }, { header: l.value, width: 40, kind: 'number' }], overview, tick);

  const clipColumns: Column[] = [
    { header: l.no, width: 6, kind: 'number' },
    { header: l.published, width: 12, kind: 'date' },
    { header: l.title, width: 50, kind: 'text' },
    { header: l.site, width: 20, kind: 'text' },
    { header: l.group, width: 20, kind: 'text' },
    { header: l.summary, width: 70, kind: 'text' },
    ...ITEM_KINDS.map((k): Column => ({ header: l[k.item.label], width: k.item.width, kind: 'text' })),
    { header: l.tags, width: 18, kind: 'text' },
    { header: l.note, width: 35, kind: 'text' },
    { header: l.url, width: 45, kind: 'link' },
  ];
  const clipRows = [...r.items.map((it, i) => itemRow(it, i, it.groups.join('; '))), ...r.undated.map((it, i) => itemRow(it, r.items.length + i, l.undated))];
  sheet(wb, l.sheetClips, clipColumns, clipRows, tick);

  // A sheet per kind in the report (lib/report/kinds.ts): officials, documents, the timeline.
  for (const k of REPORT_KIND_LIST) {
    const rows = (r[k.table] as unknown[]).map((row, i) => k.xlsx.cells(row, i));
    sheet(wb, l[k.sheet], k.xlsx.columns.map((c) => ({ ...c, header: l[c.header] })), rows, tick);
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  tick(1);
  return bytes;
}
