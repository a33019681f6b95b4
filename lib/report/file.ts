/**
 * The report as a file to download: Word or Excel, named for its period
 * ("bao-cao-6-thang-dau-nam-2024.docx"). Loaded by the report worker only.
 */
import type { ExportFile } from '../transfer/export';
import type { Report } from './build';
import { type Progress, reportDocx } from './docx';
import { reportXlsx } from './xlsx';

/** The report file formats. */
export type ReportFormat = 'docx' | 'xlsx';

const MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file name of a report: ASCII, the period in it ("bao-cao-quy-3-2024", "bao-cao-2024-03-01-2024-05-15"). */
export function reportFileName(r: Report, format: ReportFormat): string {
  const p = r.period;
  const y = p.from.slice(0, 4);
  const part = p.kind === 'h1' ? `6-thang-dau-nam-${y}` : p.kind === 'h2' ? `6-thang-cuoi-nam-${y}` : p.kind === 'year' ? `nam-${y}` : p.kind === 'range' ? `${p.from}-${p.to}` : `quy-${p.kind[1]}-${y}`;
  return `bao-cao-${part}.${format}`;
}

/** The report `r` as a `format` file. */
export async function reportFile(r: Report, format: ReportFormat, onProgress?: Progress): Promise<ExportFile> {
  const bytes = format === 'docx' ? await reportDocx(r, onProgress) : await reportXlsx(r, onProgress);
  return { name: reportFileName(r, format), mime: MIME[format], bytes };
}
