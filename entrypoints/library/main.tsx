/**
 * The library page (library.html): the list with search, filters and sorts,
 * a clip's view, and the people and documents indexes. Reads and edits the
 * Dexie database directly (same extension origin); lists refresh when the
 * background saves a clip (Dexie liveQuery). Routes live in the hash:
 * `#/?q=…&site=…`, `#/clip/12`, `#/people`, `#/documents`, `#/report` (the
 * period report, ./report-page.tsx).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClipList } from '@/components/library/ClipList';
import { ClipView } from '@/components/library/ClipView';
import { type ExportScope, ExportDialog, ImportDialog } from '@/components/library/TransferDialogs';
import { DocumentsView, PeopleView } from '@/components/library/IndexViews';
import { LibraryHeader, Notices, UndoToast } from '@/components/library/LibraryHeader';
import { errorText, t, uiLang } from '@/lib/i18n/strings';
import type { KindFilters, ListQuery } from '@/lib/library/catalog';
import { type DocEntry, Library, LibraryDb, type LibraryError, type Person } from '@/lib/library/db';
import { type Route, routeHash } from '@/lib/library/route';
import type { Clip } from '@/lib/library/types';
// Export and import (docx, zip, CSV, schema validation) load only when used: the list opens faster.
import type { ExportFormat } from '@/lib/transfer/export';
import { useCatalog, useLive, useRoute } from './hooks';
import './style.css';
import { exportClips, type ImportState, importFlow } from '@/lib/pages/transfer-client';
import { TeamLine, useOrigin, useOrigins } from './team-line';

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

/** The library page: the route decides the view; state lives in ./hooks.ts, views in components/library. */
function App() {
  const [route, go] = useRoute();
  const [ids, setIds] = useState<number[] | null>(null);
  const [selected, setSelected] = useState(new Set<number>());
  const [undo, setUndo] = useState<{ clips: Clip[]; timer: ReturnType<typeof setTimeout> } | null>(null);
  // The last outcome: errors are announced as alerts, the rest as status.
  const [notice, setNotice] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const setMessage = (text: string) => setNotice({ text, error: true });
  const setInfo = (text: string) => setNotice({ text, error: false });
  const [clip, setClip] = useState<Clip | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [docs, setDocs] = useState<DocEntry[]>([]);
  const query = route.view === 'list' ? route.query : {};
  const queryKey = JSON.stringify(query);
  const origin = useOrigin(lang, lib, clip?.url);
  const origins = useOrigins(lang, lib, route.view === 'list');

  const fail = (e: unknown) => {
    const err = e as LibraryError;
    setMessage(errorText(lang, err.code ?? 'unknown', err.message));
  };

  // The catalog (one small row per clip), live: it changes whenever any clip does.
  const { all, rows, facets, complete } = useCatalog(lib, route.view === 'list' || route.view === 'report', fail);
  // The report (its view and builder) loads when first opened: the list opens as fast as before.
  const [reportPage, setReportPage] = useState<typeof import('./report-page') | null>(null);
  useEffect(() => {
    if (route.view === 'report' && !reportPage) void import('./report-page').then(setReportPage, fail);
  }, [route.view]);
  // The ids matching the query: filters in memory, search words from the terms index.
  useEffect(() => {
    if (route.view !== 'list' || !all) return;
    let current = true;
    lib.ids(query, all).then((next) => current && setIds(next), fail);
    return () => {
      current = false;
    };
  }, [route.view, all, queryKey]);
  // A clip's view, live (an edit in another window shows here); the indexes likewise.
  useLive(route.view === 'clip', () => lib.get(route.view === 'clip' ? route.id : -1), setClip, fail, [route]);
  useLive(route.view === 'people', () => lib.people(), setPeople, fail, [route.view]);
  useLive(route.view === 'documents', () => lib.documents(), setDocs, fail, [route.view]);

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
  const [imported, setImported] = useState<ImportState>({ pending: null, busy: false });
  const imports = useMemo(
    () =>
      importFlow(lib, lang, (state, outcome) => {
        setImported(state);
        if (outcome) setNotice(outcome);
      }),
    [],
  );

  const doExport = async (scope: ExportScope, format: ExportFormat) => {
    try {
      const chosen = scope === 'selection' ? [...selected] : scope === 'filter' ? (ids ?? []) : null;
      const file = await exportClips(lib, chosen, format, lang, setProgress);
      setExportOpen(false);
      setInfo(t(lang, 'exported', file.count, file.name));
    } catch (e) {
      setMessage(errorText(lang, 'unknown', (e as Error).message));
    } finally {
      setProgress(null);
    }
  };

  const filterTo = (f: KindFilters) => go({ view: 'list', query: f });
  const filterNames = { official: query.official ? (people.find((p) => p.key === query.official)?.name ?? query.official) : undefined };
  useEffect(() => {
    if (query.official && !people.length) void lib.people().then(setPeople);
  }, [query.official, people.length]);
  /** Go to `r` in place of the current history entry (typing in a search box adds no entry per key). */
  const replace = (r: Route) => {
    history.replaceState(null, '', routeHash(r));
    go(r);
  };
  const open = (id: number) => go({ view: 'clip', id });

  return (
    <>
      <LibraryHeader lang={lang} route={route} onExport={() => setExportOpen(true)} onImport={(file) => void imports.choose(file)} />
      <TeamLine lang={lang} lib={lib} />
      <main>
        <Notices notice={notice} status={route.view !== 'clip'} />
        {route.view === 'list' ? (
          <ClipList
            lang={lang}
            query={query}
            ids={ids}
            complete={complete}
            rows={rows}
            origins={origins}
            facets={facets}
            filterNames={filterNames}
            selected={selected}
            onQuery={(q: ListQuery) => replace({ view: 'list', query: q })}
            onOpen={open}
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
              status={notice.text}
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
        {route.view === 'people' ? <PeopleView lang={lang} people={people} onOpen={open} onFilter={filterTo} /> : null}
        {route.view === 'report' && !reportPage ? <p>{t(lang, 'loading')}</p> : null}
        {route.view === 'report' && reportPage ? (
          <reportPage.ReportPage
            lib={lib}
            lang={lang}
            query={route.query}
            onQuery={(q) => replace({ view: 'report', query: q })}
            rows={complete ? all : null}
            facets={facets}
            onInfo={setInfo}
            onError={setMessage}
          />
        ) : null}
        {route.view === 'documents' ? <DocumentsView lang={lang} documents={docs} onOpen={open} onFilter={filterTo} /> : null}
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
      {imported.pending ? <ImportDialog lang={lang} preview={imported.pending.preview} busy={imported.busy} onConfirm={() => void imports.confirm()} onClose={imports.cancel} /> : null}
      {undo ? (
        <UndoToast
          lang={lang}
          count={undo.clips.length}
          onUndo={() => {
            clearTimeout(undo.timer);
            setUndo(null);
            void lib.restore(undo.clips).catch(fail);
          }}
        />
      ) : null}
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
