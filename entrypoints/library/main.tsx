/**
 * The library page (library.html): the list with search, filters and sorts,
 * a clip's view, and the people and documents indexes. Reads and edits the
 * Dexie database directly (same extension origin); lists refresh when the
 * background saves a clip (Dexie liveQuery). Routes live in the hash:
 * `#/?q=…&site=…`, `#/clip/12`, `#/people`, `#/documents`, `#/report` (the
 * period report, ./report-page.tsx).
 */
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ImportFileButton } from '@/components/Controls';
import { ClipList } from '@/components/library/ClipList';
import { ClipView } from '@/components/library/ClipView';
import { type ExportScope, ExportDialog, ImportDialog } from '@/components/library/TransferDialogs';
import { DocumentsView, PeopleView } from '@/components/library/IndexViews';
import { errorText, t, uiLang } from '@/lib/i18n/strings';
import type { CatalogRow, ListQuery } from '@/lib/library/catalog';
import { type DocEntry, facetsOf, Library, LibraryDb, type LibraryError, type Person } from '@/lib/library/db';
import { parseRoute, type Route, routeHash } from '@/lib/library/route';
import type { Clip } from '@/lib/library/types';
// Export and import (docx, zip, CSV, schema validation) load only when used: the list opens faster.
import type { ExportFile, ExportFormat } from '@/lib/transfer/export';
import type { ImportPreview } from '@/lib/transfer/import';
import './style.css';
import { TeamLine, useOrigin } from './team-line';
import { applyImport, download, inWorker, pause, previewFile } from './transfer-client';

const lang = uiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const lib = new Library(new LibraryDb());
// For the console and the benchmark: the page's library, and the export/import code on demand.
Object.assign(globalThis, {
  dvlensLibrary: lib,
  dvlensTools: async () => ({
    Library,
    LibraryDb,
    ...(await import('@/lib/transfer/export')),
    ...(await import('@/lib/transfer/json')),
    ...(await import('@/lib/transfer/import')),
  }),
});
// Ask the browser not to evict the library under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((r: Route) => {
    const hash = routeHash(r);
    if (location.hash !== hash) history.pushState(null, '', hash);
    setRoute(r);
  }, []);
  return [route, go];
}

function App() {
  const [route, go] = useRoute();
  const [ids, setIds] = useState<number[] | null>(null);
  const [rows, setRows] = useState(new Map<number, CatalogRow>());
  const [facets, setFacets] = useState({ sites: [] as string[], tags: [] as string[], langs: [] as string[] });
  const [selected, setSelected] = useState(new Set<number>());
  const [undo, setUndo] = useState<{ clips: Clip[]; timer: ReturnType<typeof setTimeout> } | null>(null);
  // The last outcome: errors are announced as alerts, the rest as status.
  const [notice, setNotice] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const setMessage = (text: string) => setNotice({ text, error: true });
  const setInfo = (text: string) => setNotice({ text, error: false });
  const message = notice.text;
  const [clip, setClip] = useState<Clip | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [docs, setDocs] = useState<DocEntry[]>([]);
  const query = route.view === 'list' ? route.query : {};
  const queryKey = JSON.stringify(query);
  const origin = useOrigin(lang, lib, clip?.url);

  const fail = (e: unknown) => {
    const err = e as LibraryError;
    setMessage(errorText(lang, err.code ?? 'unknown', err.message));
  };

  // The catalog (one small row per clip), live: it changes whenever any clip does.
  const [all, setAll] = useState<CatalogRow[] | null>(null);
  const [complete, setComplete] = useState(false);
  const listLike = route.view === 'list' || route.view === 'report';
  // The report (its view and builder) loads when first opened: the list opens as fast as before.
  const [reportPage, setReportPage] = useState<typeof import('./report-page') | null>(null);
  useEffect(() => {
    if (route.view === 'report' && !reportPage) void import('./report-page').then(setReportPage, fail);
  }, [route.view]);
  useEffect(() => {
    if (!listLike) return;
    let whole = false;
    // First screen: the newest clips, while the whole catalog is read.
    void lib.recentRows().then((recent) => {
      if (whole) return;
      setAll(recent);
      setRows(new Map(recent.map((r) => [r.id, r])));
    }, fail);
    const sub = liveQuery(() => lib.rows()).subscribe({
      next: (rowsNow) => {
        whole = true;
        setComplete(true);
        setAll(rowsNow);
        setRows(new Map(rowsNow.map((r) => [r.id, r])));
        setFacets(facetsOf(rowsNow));
      },
      error: fail,
    });
    return () => sub.unsubscribe();
  }, [listLike]);
  // The ids matching the query: filters in memory, search words from the terms index.
  useEffect(() => {
    if (route.view !== 'list' || !all) return;
    let current = true;
    lib.ids(query, all).then((next) => current && setIds(next), fail);
    return () => {
      current = false;
    };
  }, [route.view, all, queryKey]);

  // A clip's view, live (an edit in another window shows here).
  useEffect(() => {
    if (route.view !== 'clip') return;
    const sub = liveQuery(() => lib.get(route.id)).subscribe({ next: setClip, error: fail });
    return () => sub.unsubscribe();
  }, [route]);
  useEffect(() => {
    if (route.view === 'people') {
      const sub = liveQuery(() => lib.people()).subscribe({ next: setPeople, error: fail });
      return () => sub.unsubscribe();
    }
    if (route.view === 'documents') {
      const sub = liveQuery(() => lib.documents()).subscribe({ next: setDocs, error: fail });
      return () => sub.unsubscribe();
    }
  }, [route.view]);

  const remove = async (list: number[]) => {
    try {
      const clips = await lib.remove(list);
      if (undo) clearTimeout(undo.timer);
      setUndo({ clips, timer: setTimeout(() => setUndo(null), 12_000) });
      setSelected(new Set());
      if (route.view === 'clip') go({ view: 'list', query: {} });
    } catch (e) {
      fail(e);
    }
  };
  const [exportOpen, setExportOpen] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [pending, setPending] = useState<{ clips: Clip[]; preview: ImportPreview } | null>(null);
  const [importBusy, setImportBusy] = useState(false);

  const doExport = async (scope: ExportScope, format: ExportFormat) => {
    try {
      const chosen = scope === 'selection' ? [...selected] : scope === 'filter' ? (ids ?? []) : null;
      const total = chosen?.length ?? (await lib.count());
      const clips: Clip[] = [];
      setProgress({ done: 0, total });
      if (chosen) {
        for (let i = 0; i < chosen.length; i += 250) {
          clips.push(...(await lib.many(chosen.slice(i, i + 250))));
          setProgress({ done: clips.length, total });
          await pause();
        }
      } else {
        for await (const page of lib.all()) {
          clips.push(...page);
          setProgress({ done: clips.length, total });
          await pause();
        }
      }
      const { file } = await inWorker<{ file: ExportFile }>({ kind: 'export', clips, format, lang });
      download(file);
      setExportOpen(false);
      setInfo(t(lang, 'exported', clips.length, file.name));
    } catch (e) {
      setMessage(errorText(lang, 'unknown', (e as Error).message));
    } finally {
      setProgress(null);
    }
  };

  const chooseImport = async (file: File) => {
    try {
      setPending(await previewFile(lib, file));
    } catch (e) {
      setMessage(t(lang, 'importFailed', (e as Error).message));
    }
  };

  const confirmImport = async () => {
    if (!pending) return;
    setImportBusy(true);
    try {
      const r = await applyImport(lib, pending.clips);
      setInfo(t(lang, 'imported', r.created, r.updated));
    } catch (e) {
      setMessage(t(lang, 'importFailed', (e as Error).message));
    } finally {
      setImportBusy(false);
      setPending(null);
    }
  };

  const filterTo = (f: { official?: string; document?: string }) => go({ view: 'list', query: f });
  const filterNames = { official: query.official ? (people.find((p) => p.key === query.official)?.name ?? query.official) : undefined };
  useEffect(() => {
    if (query.official && !people.length) void lib.people().then(setPeople);
  }, [query.official, people.length]);

  return (
    <>
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
          <button type="button" onClick={() => setExportOpen(true)}>
            {t(lang, 'exportButton')}
          </button>
          <ImportFileButton lang={lang} onFile={(file) => void chooseImport(file)} />
        </div>
        <TeamLine lang={lang} lib={lib} />
      </header>
      <main>
        {notice.text && notice.error ? (
          <p class="error" role="alert">
            {notice.text}
          </p>
        ) : null}
        {notice.text && !notice.error && route.view !== 'clip' ? (
          <p class="notice" role="status">
            {notice.text}
          </p>
        ) : null}
        {route.view === 'list' ? (
          <ClipList
            lang={lang}
            query={query}
            ids={ids}
            complete={complete}
            rows={rows}
            facets={facets}
            filterNames={filterNames}
            selected={selected}
            onQuery={(q: ListQuery) => {
              const r: Route = { view: 'list', query: q };
              // Typing in the search box replaces the history entry instead of adding one per key.
              history.replaceState(null, '', routeHash(r));
              go(r);
            }}
            onOpen={(id) => go({ view: 'clip', id })}
            onSelect={(id, on) => {
              const s = new Set(selected);
              if (on) s.add(id);
              else s.delete(id);
              setSelected(s);
            }}
            onSelectAll={(on) => setSelected(on ? new Set(ids ?? []) : new Set())}
            onDelete={(list) => void remove(list)}
            onTag={(list, tag) => void lib.tagMany(list, tag).catch(fail)}
          />
        ) : null}
        {route.view === 'clip' ? (
          clip && clip.id === route.id ? (
            <ClipView
              lang={lang}
              clip={clip}
              origin={origin}
              status={message}
              onSave={(patch) =>
                void lib.edit(route.id, patch).then(
                  () => setInfo(t(lang, 'saved')),
                  fail,
                )
              }
              onDelete={() => void remove([route.id])}
              onBack={() => go({ view: 'list', query: {} })}
              onFilter={filterTo}
            />
          ) : (
            <p>{t(lang, 'loading')}</p>
          )
        ) : null}
        {route.view === 'people' ? <PeopleView lang={lang} people={people} onOpen={(id) => go({ view: 'clip', id })} onFilter={filterTo} /> : null}
        {route.view === 'report' && !reportPage ? <p>{t(lang, 'loading')}</p> : null}
        {route.view === 'report' && reportPage ? (
          <reportPage.ReportPage
            lib={lib}
            lang={lang}
            query={route.query}
            onQuery={(q) => {
              const r: Route = { view: 'report', query: q };
              history.replaceState(null, '', routeHash(r));
              go(r);
            }}
            rows={complete ? all : null}
            facets={facets}
            onInfo={setInfo}
            onError={setMessage}
          />
        ) : null}
        {route.view === 'documents' ? <DocumentsView lang={lang} documents={docs} onOpen={(id) => go({ view: 'clip', id })} onFilter={filterTo} /> : null}
      </main>
      {exportOpen ? (
        <ExportDialog
          lang={lang}
          counts={{ all: all?.length ?? 0, filter: ids?.length ?? 0, selection: selected.size }}
          progress={progress}
          onExport={(scope, format) => void doExport(scope, format)}
          onClose={() => setExportOpen(false)}
        />
      ) : null}
      {pending ? <ImportDialog lang={lang} preview={pending.preview} busy={importBusy} onConfirm={() => void confirmImport()} onClose={() => setPending(null)} /> : null}
      {undo ? (
        <div class="toast" role="status">
          {t(lang, 'deletedCount', undo.clips.length)}{' '}
          <button
            type="button"
            onClick={() => {
              clearTimeout(undo.timer);
              setUndo(null);
              void lib.restore(undo.clips).catch(fail);
            }}
          >
            {t(lang, 'undo')}
          </button>
        </div>
      ) : null}
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
