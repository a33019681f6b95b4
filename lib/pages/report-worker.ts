/**
 * A worker for the library page's report: writes the Word or Excel file of a
 * report built on the page, off the main thread, and says how far it is.
 * Its own worker (not the transfer worker) so that exceljs is loaded only
 * when a report is downloaded. Messages: `{ id, report, format }` →
 * `{ id, progress: { done, total } }`… then `{ id, ok: true, file }` or
 * `{ id, ok: false, message }`.
 */
import type { Report } from '@/lib/report/build';
import { type ReportFormat, reportFile } from '@/lib/report/file';

type Request = { id: number; report: Report; format: ReportFormat };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown, transfer?: Transferable[]): void };

scope.onmessage = async (e) => {
  const { id, report, format } = e.data;
  try {
    const file = await reportFile(report, format, (done, total) => scope.postMessage({ id, progress: { done, total } }));
    scope.postMessage({ id, ok: true, file }, [file.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    scope.postMessage({ id, ok: false, message: (err as Error).message });
  }
};
