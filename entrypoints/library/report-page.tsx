/**
 * The library page's Report: holds the reader's choice, reads the clips of
 * the period (narrowed like the list), builds the report for the preview on
 * the page, remembers the heading block in `browser.storage.local`, and has
 * the report worker write the Word or Excel file.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ReportChoice, ReportView } from '@/components/library/ReportView';
import { type UiLang, t } from '@/lib/i18n/strings';
import type { CatalogRow, Library, ListQuery } from '@/lib/library/db';
import type { Clip } from '@/lib/library/types';
import { buildReport, regroupReport } from '@/lib/report/build';
import type { ReportFormat } from '@/lib/report/file';
import { EMPTY_HEADING, REPORT_HEADING_KEY, type ReportHeading, readHeading } from '@/lib/report/heading';
import { defaultPeriod, namedPeriod, type Period, periodYear, rangePeriod } from '@/lib/report/period';
import { reportClips, reportFileInWorker } from '@/lib/pages/report-client';
import { download } from '@/lib/pages/transfer-client';

/** Props of {@link ReportPage}. */
export interface ReportPageProps {
  lib: Library;
  lang: UiLang;
  query: ListQuery;
  onQuery: (q: ListQuery) => void;
  /** The whole catalog, or null while it is read. */
  rows: CatalogRow[] | null;
  facets: { sites: string[]; tags: string[]; langs: string[] };
  onInfo: (text: string) => void;
  onError: (text: string) => void;
}

/** The period of a choice (an unfinished range falls back to the half-year just ended). */
function periodOf(c: ReportChoice, today: string): Period {
  if (c.kind === 'range') return rangePeriod(c.from, c.to) ?? defaultPeriod(today);
  return namedPeriod(c.kind, c.year);
}

/** The Report view with its data. */
export function ReportPage({ lib, lang, query, onQuery, rows, facets, onInfo, onError }: ReportPageProps) {
  const today = new Date().toISOString().slice(0, 10);
  const [choice, setChoice] = useState<ReportChoice>(() => {
    const p = defaultPeriod(today);
    return { kind: p.kind, year: periodYear(p), from: p.from, to: p.to, groupBy: 'month', headingLang: lang, subject: '' };
  });
  const [heading, setHeading] = useState<ReportHeading>(EMPTY_HEADING);
  const [people, setPeople] = useState<{ key: string; name: string }[]>([]);
  const [documents, setDocuments] = useState<{ key: string }[]>([]);
  const [progress, setProgress] = useState<{ format: ReportFormat; done: number; total: number } | null>(null);

  useEffect(() => {
    void browser.storage.local.get(REPORT_HEADING_KEY).then((s) => setHeading(readHeading(s[REPORT_HEADING_KEY])));
  }, []);

  // Clips already read, until the library changes.
  const cache = useMemo(() => new Map<number, Clip>(), [rows]);
  const years = useMemo(() => {
    const ys = new Set<number>([Number(today.slice(0, 4)), choice.year]);
    for (const r of rows ?? []) if (r.published && /^\d{4}/.test(r.published)) ys.add(Number(r.published.slice(0, 4)));
    return [...ys].sort((a, b) => b - a);
  }, [rows]);
  const queryKey = JSON.stringify(query);
  const period = periodOf(choice, today);
  const periodKey = `${period.kind}:${period.from}:${period.to}`;

  // Read the clips when the period or the narrowing changes; rebuild the preview on any change.
  const [clips, setClips] = useState<Clip[] | null>(null);
  useEffect(() => {
    if (!rows) return;
    let current = true;
    // The first read at once; later changes (typing a search) wait for a pause.
    const timer = setTimeout(() => {
      reportClips(lib, query, period, rows, cache).then(
        (cs) => {
          // Marks for the benchmark (tests/bench/report.ts): clips read, report built.
          performance.mark('dvlens-report-read');
          if (current) setClips(cs);
        },
        (e) => current && onError(t(lang, 'reportFailed', (e as Error).message)),
      );
    }, clips ? 120 : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [rows, queryKey, periodKey]);
  // Built while rendering, as soon as the clips are here (an effect would wait for a paint and render once more).
  const base = useMemo(() => {
    if (!clips) return null;
    const built = buildReport(clips, { period, groupBy: 'month', lang: choice.headingLang });
    performance.mark('dvlens-report-built');
    return built;
  }, [clips, choice.headingLang]);
  // The report's tables are built when the clips or the headings' language change; grouping, heading and subject are applied on top.
  const report = useMemo(() => (base ? regroupReport(base, { groupBy: choice.groupBy, heading, subject: choice.subject }) : null), [base, choice.groupBy, heading, choice.subject]);

  // The names offered for narrowing by official or document, read once the first preview is out (they are not needed before).
  const shown = !!report;
  useEffect(() => {
    if (!shown) return;
    void lib.people().then((ps) => setPeople(ps.map((x) => ({ key: x.key, name: x.name }))));
    void lib.documents().then((ds) => setDocuments(ds.map((d) => ({ key: d.key }))));
  }, [shown]);

  const saveHeading = (patch: Partial<ReportHeading>) => {
    setHeading((h) => {
      const next = readHeading({ ...h, ...patch });
      void browser.storage.local.set({ [REPORT_HEADING_KEY]: next });
      return next;
    });
  };

  const downloadReport = async (format: ReportFormat) => {
    if (!report) return;
    setProgress({ format, done: 0, total: 1 });
    try {
      const file = await reportFileInWorker(report, format, (done, total) => setProgress({ format, done, total }));
      download(file);
      onInfo(t(lang, 'reportDownloaded', file.name));
    } catch (e) {
      onError(t(lang, 'reportFailed', (e as Error).message));
    } finally {
      setProgress(null);
    }
  };

  return (
    <ReportView
      lang={lang}
      choice={choice}
      onChoice={(c) => {
        // Turning to a range starts from the period on screen.
        setChoice(c.kind === 'range' && choice.kind !== 'range' ? { ...c, from: period.from, to: period.to } : c);
      }}
      query={query}
      onQuery={onQuery}
      facets={facets}
      people={people}
      documents={documents}
      years={years}
      heading={heading}
      onHeading={saveHeading}
      report={report && report.period.from === period.from && report.period.to === period.to ? report : null}
      progress={progress}
      onDownload={(f) => void downloadReport(f)}
    />
  );
}
