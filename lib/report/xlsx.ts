/**
 * The report as an Excel workbook (.xlsx), written with exceljs: one sheet
 * per table — overview, every article of the period, officials, documents,
 * timeline. Each sheet's header row is bold on a tinted fill, frozen, and
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
import { REPORT_LABELS } from './labels';

/** Excel's limit on a cell's text. */
const CELL_MAX = 32_767;
const TEXT = '@';
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const HEADER_FILL = 'FFDCE6F1';

type Kind = 'text' | 'number' | 'date' | 'link';
interface Column {
  header: string;
  width: number;
  kind: Kind;
}
type CellValue = string | number | Date | null;

/** A UTC date cell value of an ISO date or date-time (the day as written, no time zone shift). */
export function dateCell(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0))) : null;
}

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
    item.officials.map((o) => (o.titles.length ? `${o.name} (${o.titles.join(', ')})` : o.name)).join('; '),
    item.documents.join('; '),
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
    [l.sheetOfficials]: r.officials.length,
    [l.sheetDocuments]: r.documents.length,
    [l.sheetTimeline]: r.timeline.length,
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
    [l.sheetOfficials, r.counts.officials],
    [l.sheetDocuments, r.counts.documents],
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
    { header: l.itemOfficials, width: 45, kind: 'text' },
    { header: l.itemDocuments, width: 25, kind: 'text' },
    { header: l.tags, width: 18, kind: 'text' },
    { header: l.note, width: 35, kind: 'text' },
    { header: l.url, width: 45, kind: 'link' },
  ];
  const clipRows = [...r.items.map((it, i) => itemRow(it, i, it.groups.join('; '))), ...r.undated.map((it, i) => itemRow(it, r.items.length + i, l.undated))];
  sheet(wb, l.sheetClips, clipColumns, clipRows, tick);

  sheet(
    wb,
    l.sheetOfficials,
    [
      { header: l.no, width: 6, kind: 'number' },
      { header: l.name, width: 26, kind: 'text' },
      { header: l.titles, width: 70, kind: 'text' },
      { header: l.articles, width: 9, kind: 'number' },
      { header: l.first, width: 12, kind: 'date' },
      { header: l.last, width: 12, kind: 'date' },
    ],
    r.officials.map((o, i) => [i + 1, o.name, o.titles.join('\n'), o.articles, dateCell(o.first), dateCell(o.last)]),
    tick,
  );
  sheet(
    wb,
    l.sheetDocuments,
    [
      { header: l.no, width: 6, kind: 'number' },
      { header: l.document, width: 28, kind: 'text' },
      { header: l.kindIssuer, width: 45, kind: 'text' },
      { header: l.docDate, width: 14, kind: 'date' },
      { header: l.citing, width: 10, kind: 'number' },
      { header: l.firstCited, width: 12, kind: 'date' },
      { header: l.lastCited, width: 12, kind: 'date' },
    ],
    r.documents.map((d, i) => [i + 1, d.key, d.words, dateCell(d.date) ?? d.date, d.articles, dateCell(d.first), dateCell(d.last)]),
    tick,
  );
  sheet(
    wb,
    l.sheetTimeline,
    [
      { header: l.no, width: 6, kind: 'number' },
      { header: l.date, width: 16, kind: 'date' },
      { header: l.what, width: 80, kind: 'text' },
      { header: l.source, width: 45, kind: 'text' },
      { header: l.site, width: 20, kind: 'text' },
      { header: l.url, width: 45, kind: 'link' },
    ],
    r.timeline.map((e, i) => [i + 1, dateCell(e.date), e.what, e.source, e.site, e.url]),
    tick,
  );
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  tick(1);
  return bytes;
}
