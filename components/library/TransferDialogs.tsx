/**
 * The library page's export and import controls: the export choice (which
 * clips, which format) with progress, and the import file picker with its
 * preview before anything is written. Props only.
 */
import { useState } from 'preact/hooks';
import { type UiLang, type StringKey, t } from '@/lib/i18n/strings';
import type { ExportFormat } from '@/lib/transfer/export';
import type { ImportPreview } from '@/lib/transfer/import';

/** Which clips to export. */
export type ExportScope = 'all' | 'filter' | 'selection';

const FORMAT_LABELS: [ExportFormat, StringKey][] = [
  ['json', 'fmtJson'],
  ['markdown-zip', 'fmtMarkdownZip'],
  ['markdown', 'fmtMarkdown'],
  ['csv', 'fmtCsv'],
  ['docx', 'fmtDocx'],
  ['csl-json', 'fmtCsl'],
  ['ris', 'fmtRis'],
];

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  lang: UiLang;
  counts: Record<ExportScope, number>;
  /** Progress of a running export, or null. */
  progress: { done: number; total: number } | null;
  onExport: (scope: ExportScope, format: ExportFormat) => void;
  onClose: () => void;
}

/** The export choice. */
export function ExportDialog({ lang, counts, progress, onExport, onClose }: ExportDialogProps) {
  const [scope, setScope] = useState<ExportScope>(counts.selection ? 'selection' : 'all');
  const [format, setFormat] = useState<ExportFormat>('json');
  const scopes: [ExportScope, StringKey][] = [
    ['all', 'scopeAll'],
    ['filter', 'scopeFilter'],
    ['selection', 'scopeSelection'],
  ];
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
      <form
        class="box"
        onSubmit={(e) => {
          e.preventDefault();
          onExport(scope, format);
        }}
      >
        <h2 id="export-title">{t(lang, 'exportTitle')}</h2>
        <fieldset>
          <legend>{t(lang, 'scope')}</legend>
          {scopes.map(([s, key]) => (
            <label key={s}>
              <input type="radio" name="scope" value={s} checked={scope === s} disabled={counts[s] === 0} onChange={() => setScope(s)} /> {t(lang, key, counts[s])}
            </label>
          ))}
        </fieldset>
        <label>
          {t(lang, 'format')}{' '}
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {FORMAT_LABELS.map(([f, key]) => (
              <option key={f} value={f}>
                {t(lang, key)}
              </option>
            ))}
          </select>
        </label>
        {progress ? (
          <p role="status">
            {t(lang, 'exporting', progress.done, progress.total)} <progress max={progress.total} value={progress.done} />
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="primary" disabled={!!progress || counts[scope] === 0}>
            {t(lang, 'exportButton')}
          </button>
          <button type="button" onClick={onClose}>
            {t(lang, 'cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Props of {@link ImportDialog}. */
export interface ImportDialogProps {
  lang: UiLang;
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The preview of an import, before anything is written. */
export function ImportDialog({ lang, preview: p, busy, onConfirm, onClose }: ImportDialogProps) {
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
      <div class="box">
        <h2 id="import-title">{t(lang, 'importTitle')}</h2>
        <p>{t(lang, 'importPreview', p.total, p.new, p.update, p.conflict, p.unchanged)}</p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
            {busy ? t(lang, 'importing') : t(lang, 'importConfirm')}
          </button>
          <button type="button" disabled={busy} onClick={onClose}>
            {t(lang, 'cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
