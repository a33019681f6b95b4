/** The library page's header: its name, the views (library, people, documents, report, settings), export and import. Props only. */
import { ImportFileButton } from '@/components/Controls';
import { t, type UiLang } from '@/lib/i18n/strings';
import { type Route, routeHash } from '@/lib/library/route';

/** Props of {@link LibraryHeader}. */
export interface LibraryHeaderProps {
  lang: UiLang;
  route: Route;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The header, the current view marked for assistive technology. */
export function LibraryHeader({ lang, route, onExport, onImport }: LibraryHeaderProps) {
  return (
    <header class="top">
      <h1>{t(lang, 'appName')}</h1>
      <nav aria-label={t(lang, 'library')}>
        <a href="#/" aria-current={route.view === 'list' || route.view === 'clip' ? 'page' : undefined}>
          {t(lang, 'library')}
        </a>
        <a href="#/people" aria-current={route.view === 'people' ? 'page' : undefined}>
          {t(lang, 'people')}
        </a>
        <a href="#/documents" aria-current={route.view === 'documents' ? 'page' : undefined}>
          {t(lang, 'documents')}
        </a>
        <a href={routeHash({ view: 'report', query: route.view === 'list' || route.view === 'report' ? route.query : {} })} aria-current={route.view === 'report' ? 'page' : undefined}>
          {t(lang, 'reportNav')}
        </a>
        <a href="options.html">{t(lang, 'optionsTitle')}</a>
      </nav>
      <div class="transfer">
        <button type="button" onClick={onExport}>
          {t(lang, 'exportButton')}
        </button>
        <ImportFileButton lang={lang} onFile={onImport} />
      </div>
    </header>
  );
}

/** Props of {@link UndoToast}. */
export interface UndoToastProps {
  lang: UiLang;
  count: number;
  onUndo: () => void;
}

/** "3 clips deleted — Undo", shown for a while after a deletion. */
export function UndoToast({ lang, count, onUndo }: UndoToastProps) {
  return (
    <div class="toast" role="status">
      {t(lang, 'deletedCount', count)}{' '}
      <button type="button" onClick={onUndo}>
        {t(lang, 'undo')}
      </button>
    </div>
  );
}

/** Props of {@link Notices}. */
export interface NoticesProps {
  notice: { text: string; error: boolean };
  /** Show a status (not an error) too; the clip view shows its own. */
  status: boolean;
}

/** The page's last outcome: errors announced as alerts, the rest as status. */
export function Notices({ notice, status }: NoticesProps) {
  if (!notice.text) return null;
  if (notice.error) {
    return (
      <p class="error" role="alert">
        {notice.text}
      </p>
    );
  }
  return status ? (
    <p class="notice" role="status">
      {notice.text}
    </p>
  ) : null;
}
