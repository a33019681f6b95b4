/**
 * The library's Report view: the period (half-years, quarters, year, any
 * range), the narrowing (like the list), the grouping and the headings'
 * language, the heading block the reader fills once, a preview of the
 * report as it will be written, and the Word and Excel downloads with
 * progress. Props only; the library page builds the report.
 */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { type UiLang, type StringKey, t } from '@/lib/i18n/strings';
import type { ListQuery } from '@/lib/library/catalog';
import type { GroupBy, Report, ReportItem } from '@/lib/report/build';
import type { ReportFormat } from '@/lib/report/file';
import type { ReportHeading } from '@/lib/report/heading';
import { countsLine, itemLine, REPORT_KIND_LIST } from '@/lib/report/kinds';
import { fillLabel, REPORT_LABELS, shortDay } from '@/lib/report/labels';
import type { PeriodKind } from '@/lib/report/period';

/** What the reader chose, besides the narrowing. */
export interface ReportChoice {
  kind: PeriodKind;
  year: number;
  /** The range's ends (`YYYY-MM-DD`), used when `kind` is `range`. */
  from: string;
  to: string;
  groupBy: GroupBy;
  headingLang: UiLang;
  subject: string;
}

/** Props of {@link ReportView}. */
export interface ReportViewProps {
  lang: UiLang;
  choice: ReportChoice;
  onChoice: (c: ReportChoice) => void;
  /** The narrowing, as the list's query. */
  query: ListQuery;
  onQuery: (q: ListQuery) => void;
  facets: { sites: string[]; tags: string[]; langs: string[] };
  people: { key: string; name: string }[];
  documents: { key: string }[];
  years: number[];
  heading: ReportHeading;
  /** A field of the heading block, as committed (on change, not on each key). */
  onHeading: (patch: Partial<ReportHeading>) => void;
  /** The report of the current choice, or null while it is built. */
  report: Report | null;
  /** A file being built, or null. */
  progress: { format: ReportFormat; done: number; total: number } | null;
  onDownload: (format: ReportFormat) => void;
}

/** Rows of each table and items of each group shown in the preview; the files hold them all. */
export const PREVIEW_ROWS = 12;

const PERIODS: [PeriodKind, StringKey, string?][] = [
  ['h1', 'periodH1'],
  ['h2', 'periodH2'],
  ['q1', 'periodQuarter', 'I'],
  ['q2', 'periodQuarter', 'II'],
  ['q3', 'periodQuarter', 'III'],
  ['q4', 'periodQuarter', 'IV'],
  ['year', 'periodYear'],
  ['range', 'periodRange'],
];
const GROUPS: [GroupBy, StringKey][] = [
  ['month', 'groupMonth'],
  ['tag', 'groupTag'],
  ['site', 'groupSite'],
];
const FACETS: ['site' | 'tag' | 'lang', StringKey, StringKey, 'sites' | 'tags' | 'langs'][] = [
  ['site', 'site', 'allSites', 'sites'],
  ['tag', 'tag', 'allTags', 'tags'],
  ['lang', 'language', 'allLangs', 'langs'],
];

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const isWeb = (url: string) => /^https?:\/\//i.test(url);

/** "… and N more" under a shortened list, in the interface's language. */
function More({ lang, n }: { lang: UiLang; n: number }) {
  return n > 0 ? (
    <p class="more" lang={lang}>
      {t(lang, 'reportMore', n)}
    </p>
  ) : null;
}

function Item({ item, r }: { item: ReportItem; r: Report }) {
  const l = REPORT_LABELS[r.lang];
  return (
    <li>
      <strong>
        {item.day ? `${shortDay(item.day, r.lang)} — ` : ''}
        {item.title}
      </strong>{' '}
      <em>({item.site})</em>
      {item.summary.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {REPORT_KIND_LIST.map((k) => {
        const text = itemLine(k, item);
        return k.item && text !== null ? (
          <p key={k.id}>
            <b>{l[k.item.label]}:</b> {text}
          </p>
        ) : null;
      })}
      {item.note ? (
        <p>
          <b>{l.itemNote}:</b> <i>{item.note}</i>
        </p>
      ) : null}
      <p>
        <b>{l.itemSource}:</b>{' '}
        {isWeb(item.url) ? (
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.url}
          </a>
        ) : (
          item.url
        )}
      </p>
    </li>
  );
}

function Table({ caption, headers, rows, total, lang }: { caption: string; headers: string[]; rows: string[][]; total: number; lang: UiLang }) {
  return (
    <>
      <h4>
        {caption} ({total})
      </h4>
      {rows.length ? (
        <table class="report-table">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.join('\u0000')}>
                {r.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{REPORT_LABELS[lang].none}</p>
      )}
    </>
  );
}

/** The preview: the report as it will be written, tables and groups shortened. */
export function ReportPreview({ r, lang }: { r: Report; lang: UiLang }) {
  const l = REPORT_LABELS[r.lang];
  const day = (d: string | null) => (d ? shortDay(d, r.lang) : '');
  return (
    <div class="report-doc" lang={r.lang}>
      <div class="doc-heading">
        <div>
          <p>{r.heading.parent.toUpperCase() || l.blank}</p>
          <p>
            <b>{r.heading.body.toUpperCase() || l.blank}</b>
          </p>
          <p>*</p>
          <p>{l.number}</p>
        </div>
        <div>
          <p>
            <b class="national">{l.national}</b>
          </p>
          <p>
            <i>{fillLabel(l.placeDate, r.heading.place || l.blank)}</i>
          </p>
        </div>
      </div>
      <p class="doc-type">{l.docType}</p>
      <p class="doc-subject">{r.subject}</p>
      <h4>I. {l.counts}</h4>
      <p>
        {l.period}: {r.periodWords} ({day(r.period.from)} – {day(r.period.to)}).
      </p>
      <p class="report-counts">{countsLine(r)}</p>
      {r.counts.undated ? <p>{fillLabel(l.undatedLine, r.counts.undated)}</p> : null}
      <h4>II. {l.activities}</h4>
      {r.groups.length ? null : <p>{l.none}</p>}
      {r.groups.map((g, i) => (
        <section key={g.key} aria-label={g.label}>
          <h5>
            {i + 1}. {g.label} ({g.items.length})
          </h5>
          <ul class="report-items">
            {g.items.slice(0, PREVIEW_ROWS).map((item) => (
              <Item key={item.url} item={item} r={r} />
            ))}
          </ul>
          <More lang={lang} n={g.items.length - PREVIEW_ROWS} />
        </section>
      ))}
      {r.undated.length ? (
        <>
          <h4>
            III. {l.undated} ({r.undated.length})
          </h4>
          <ul class="report-items">
            {r.undated.slice(0, PREVIEW_ROWS).map((item) => (
              <Item key={item.url} item={item} r={r} />
            ))}
          </ul>
          <More lang={lang} n={r.undated.length - PREVIEW_ROWS} />
        </>
      ) : null}
      {REPORT_KIND_LIST.map((k) => {
        const rows = r[k.table] as unknown[];
        return (
          <Fragment key={k.id}>
            <Table
              caption={l[k.caption]}
              lang={r.lang}
              total={rows.length}
              headers={k.preview.headers.map((h) => l[h])}
              rows={rows.slice(0, PREVIEW_ROWS).map((row, i) => k.preview.cells(row, i, day))}
            />
            <More lang={lang} n={rows.length - PREVIEW_ROWS} />
          </Fragment>
        );
      })}
    </div>
  );
}

/** The Report view. */
export function ReportView(p: ReportViewProps) {
  const { lang, choice: c, query: q } = p;
  const choose = (patch: Partial<ReportChoice>) => p.onChoice({ ...c, ...patch });
  const narrow = (patch: Partial<ListQuery>) => {
    const next: ListQuery = { ...q, ...patch };
    for (const k of Object.keys(next) as (keyof ListQuery)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
    p.onQuery(next);
  };
  const officialName = q.official ? (p.people.find((o) => o.key === q.official)?.name ?? q.official) : '';
  const busy = !!p.progress;
  // The names offered can run to thousands: built once per list, not on every change of the form.
  const officialOptions = useMemo(
    () => (
      <datalist id="report-officials">
        {p.people.map((o) => (
          <option key={o.key} value={o.name} />
        ))}
      </datalist>
    ),
    [p.people],
  );
  const documentOptions = useMemo(
    () => (
      <datalist id="report-documents">
        {p.documents.map((d) => (
          <option key={d.key} value={d.key} />
        ))}
      </datalist>
    ),
    [p.documents],
  );
  // The preview changes with the report only (not with each key typed in the form).
  const preview = useMemo(() => (p.report ? <ReportPreview r={p.report} lang={lang} /> : null), [p.report, lang]);
  // What is being typed in the text fields, until it is committed (a re-render must not undo a key).
  const [draft, setDraft] = useState<Partial<Record<keyof ReportHeading | 'subject', string>>>({});
  const typing = (field: keyof ReportHeading | 'subject') => ({
    value: draft[field] ?? (field === 'subject' ? c.subject : p.heading[field]),
    onInput: (e: Event) => setDraft((d) => ({ ...d, [field]: value(e) })),
  });
  const committed = (field: keyof ReportHeading | 'subject') => setDraft(({ [field]: _, ...rest }) => rest);
  return (
    <section class="report-view" aria-labelledby="report-title">
      <h2 id="report-title">{t(lang, 'reportTitle')}</h2>
      <form class="report-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t(lang, 'reportPeriod')}</legend>
          <label>
            {t(lang, 'reportPeriod')}{' '}
            <select value={c.kind} onChange={(e) => choose({ kind: value(e) as PeriodKind })}>
              {PERIODS.map(([k, key, arg]) => (
                <option key={k} value={k}>
                  {arg ? t(lang, key, arg) : t(lang, key)}
                </option>
              ))}
            </select>
          </label>
          {c.kind === 'range' ? (
            <>
              <label>
                {t(lang, 'from')} <input type="date" value={c.from} onChange={(e) => choose({ from: value(e) })} />
              </label>
              <label>
                {t(lang, 'to')} <input type="date" value={c.to} onChange={(e) => choose({ to: value(e) })} />
              </label>
            </>
          ) : (
            <label>
              {t(lang, 'reportYear')}{' '}
              <select value={String(c.year)} onChange={(e) => choose({ year: Number(value(e)) })}>
                {p.years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p class="hint">{t(lang, 'reportByPublished')}</p>
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'reportWhich')}</legend>
          <input type="search" class="search" aria-label={t(lang, 'searchClips')} placeholder={t(lang, 'searchClips')} value={q.text ?? ''} onInput={(e) => narrow({ text: value(e) })} />
          {FACETS.map(([field, label, all, values]) => (
            <label key={field}>
              {t(lang, label)}{' '}
              <select value={q[field] ?? ''} onChange={(e) => narrow({ [field]: value(e) })}>
                <option value="">{t(lang, all)}</option>
                {p.facets[values].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t(lang, 'official')}{' '}
            <input
              list="report-officials"
              value={officialName}
              placeholder={t(lang, 'allOfficials')}
              onChange={(e) => {
                const name = value(e).trim();
                narrow({ official: name ? (p.people.find((o) => o.name === name)?.key ?? name.toLowerCase()) : '' });
              }}
            />
            {officialOptions}
          </label>
          <label>
            {t(lang, 'document')}{' '}
            <input list="report-documents" value={q.document ?? ''} placeholder={t(lang, 'allDocuments')} onChange={(e) => narrow({ document: value(e).trim() })} />
            {documentOptions}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'reportPreview')}</legend>
          <label>
            {t(lang, 'groupBy')}{' '}
            <select value={c.groupBy} onChange={(e) => choose({ groupBy: value(e) as GroupBy })}>
              {GROUPS.map(([g, key]) => (
                <option key={g} value={g}>
                  {t(lang, key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'reportLang')}{' '}
            <select value={c.headingLang} onChange={(e) => choose({ headingLang: value(e) as UiLang })}>
              <option value="vi">{t(lang, 'langVi')}</option>
              <option value="en">{t(lang, 'langEn')}</option>
            </select>
          </label>
          <label class="wide">
            {t(lang, 'reportSubject')}{' '}
            <input
              {...typing('subject')}
              placeholder={p.report?.subject ?? ''}
              onChange={(e) => {
                choose({ subject: value(e) });
                committed('subject');
              }}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'reportHeading')}</legend>
          {(
            [
              ['parent', 'headingParent'],
              ['body', 'headingBody'],
              ['place', 'headingPlace'],
            ] as const
          ).map(([field, key]) => (
            <label key={field}>
              {t(lang, key)}{' '}
              <input
                {...typing(field)}
                onChange={(e) => {
                  p.onHeading({ [field]: value(e) });
                  committed(field);
                }}
              />
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="button" class="primary" disabled={busy || !p.report} onClick={() => p.onDownload('docx')}>
            {t(lang, 'reportWord')}
          </button>
          <button type="button" class="primary" disabled={busy || !p.report} onClick={() => p.onDownload('xlsx')}>
            {t(lang, 'reportExcel')}
          </button>
          {p.progress ? (
            <span role="status">
              {t(lang, 'reportBuilding', p.progress.format === 'docx' ? 'Word' : 'Excel', p.progress.done, p.progress.total)} <progress max={p.progress.total} value={p.progress.done} />
            </span>
          ) : null}
        </div>
      </form>
      <section class="report-preview" aria-labelledby="report-preview-title" aria-busy={p.report ? 'false' : 'true'}>
        <h3 id="report-preview-title">{t(lang, 'reportPreview')}</h3>
        {p.report ? (
          p.report.counts.articles || p.report.counts.undated ? (
            preview
          ) : (
            <p class="empty">{t(lang, 'reportEmpty')}</p>
          )
        ) : (
          <p>{t(lang, 'loading')}</p>
        )}
      </section>
    </section>
  );
}
