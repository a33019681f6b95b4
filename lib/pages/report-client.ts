/**
 * The library page's side of the report: gathers the clips of a report
 * (narrowed like the list, in the period or undated) and asks the report
 * worker for its Word or Excel file, with progress.
 */
import type { CatalogRow, Library, ListQuery } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import type { Report } from '@/lib/report/build';
import type { ReportFormat } from '@/lib/report/file';
import { type Period, splitByPeriod } from '@/lib/report/period';
import type { ExportFile } from '@/lib/transfer/export';
import ReportWorker from './report-worker?worker';
import { WorkerClient } from './worker-client';

/**
 * The clips for a report: those matching `query` (the list's narrowing,
 * search words included) and published in `period`, then those without a
 * published date, read in one bulk get; `cache` keeps clips already read.
 */
export async function reportClips(lib: Library, query: ListQuery, period: Period, rows: CatalogRow[], cache: Map<number, Clip>): Promise<Clip[]> {
  const { from: _f, to: _t, dateField: _d, sort: _s, descending: _o, ...narrow } = query;
  const ids = new Set(await lib.ids(narrow, rows));
  const { inside, undated } = splitByPeriod(
    rows.filter((r) => ids.has(r.id)),
    period,
  );
  const wanted = [...inside, ...undated].map((r) => r.id);
  const missing = wanted.filter((id) => !cache.has(id));
  if (missing.length) for (const c of await lib.many(missing)) if (c.id !== undefined) cache.set(c.id, c);
  return wanted.map((id) => cache.get(id)).filter((c): c is Clip => !!c);
}

const reports = new WorkerClient(() => new ReportWorker(), 'The report worker stopped.');

/** The `format` file of `report`, written in the report worker; `onProgress` hears how far it is. */
export async function reportFileInWorker(report: Report, format: ReportFormat, onProgress: (done: number, total: number) => void): Promise<ExportFile> {
  const reply = await reports.call<{ file?: ExportFile; message?: string }>({ report, format }, onProgress);
  if (!reply.file) throw new Error(reply.message);
  return reply.file;
}
