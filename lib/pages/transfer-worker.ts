/**
 * A worker for the library page: builds export files and checks import files
 * off the page's main thread, so exporting or importing 10,000 clips never
 * freezes the page. Messages: `{ id, kind: 'export', clips, format, lang }`
 * → `{ id, ok: true, file }`; `{ id, kind: 'parse', text, size }` →
 * `{ id, ok: true, clips }`; failures → `{ id, ok: false, message }`.
 */
import type { UiLang } from '@/lib/i18n/strings';
import type { Clip } from '@/lib/library/types';
import { type ExportFormat, exportClips } from '@/lib/transfer/export';
import { parseExport } from '@/lib/transfer/json';

type Request = { id: number; kind: 'export'; clips: Clip[]; format: ExportFormat; lang: UiLang } | { id: number; kind: 'parse'; text: string; size: number };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown, transfer?: Transferable[]): void };

scope.onmessage = async (e) => {
  const req = e.data;
  try {
    if (req.kind === 'export') {
      const file = await exportClips(req.clips, req.format, req.lang);
      scope.postMessage({ id: req.id, ok: true, file }, [file.bytes.buffer as ArrayBuffer]);
    } else {
      scope.postMessage({ id: req.id, ok: true, clips: parseExport(req.text, req.size) });
    }
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, message: (err as Error).message });
  }
};
