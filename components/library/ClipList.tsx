/**
 * The library's list view: search box, filters, sort, the windowed list of
 * clips with selection, and the actions on the selection. Props only; the
 * library page (entrypoints/library) owns the data.
 */
import { useState } from 'preact/hooks';
import { type UiLang, type StringKey, t } from '@/lib/i18n/strings';
import type { CatalogRow, KindFilters, ListQuery } from '@/lib/library/catalog';
import { FILTER_KIND_LIST } from '@/lib/library/stored-kinds';
import { VirtualList } from './VirtualList';

/** Props of {@link ClipList}. */
export interface ClipListProps {
  lang: UiLang;
  query: ListQuery;
  ids: number[] | null;
  /** False while only the newest clips are read (the count is not final yet). */
  complete: boolean;
  /** Every clip's catalog row, by id. */
  rows: Map<number, CatalogRow>;
  /** In a team library: who first clipped each clip, by URL ("you" or a colleague's user name). */
  origins?: Map<string, string>;
  facets: { sites: string[]; tags: string[]; langs: string[] };
  /** Display names of the entity filters, when set and known (an official's name for its key); the key shows otherwise. */
  filterNames: KindFilters;
  selected: Set<number>;
  onQuery: (q: ListQuery) => void;
  onOpen: (id: number) => void;
  onSelect: (id: number, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onDelete: (ids: number[]) => void;
  onTag: (ids: number[], tag: string) => void;
}

const ROW = 76;

/** The filters chosen from the values in use: query field, label, "all" label, facet list. */
const FACETS: ['site' | 'tag' | 'lang', StringKey, StringKey, 'sites' | 'tags' | 'langs'][] = [
  ['site', 'site', 'allSites', 'sites'],
  ['tag', 'tag', 'allTags', 'tags'],
  ['lang', 'language', 'allLangs', 'langs'],
];

/** A date (ISO) as the reader reads it. */
export function shortDate(iso: string | null | undefined, lang: UiLang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'vi' ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The list view. */
export function ClipList(p: ClipListProps) {
  const { lang, query: q } = p;
  const [tag, setTag] = useState('');
  const set = (patch: Partial<ListQuery>) => {
    const next: ListQuery = { ...q, ...patch };
    for (const k of Object.keys(next) as (keyof ListQuery)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
    p.onQuery(next);
  };
  const selected = [...p.selected];
  const count = p.ids?.length ?? 0;
  return (
    <section class="list-view">
      <search class="toolbar">
        <input
          type="search"
          class="search"
          aria-label={t(lang, 'searchClips')}
          placeholder={t(lang, 'searchClips')}
          value={q.text ?? ''}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        />
        <label>
          {t(lang, 'sortBy')}{' '}
          <select value={q.sort ?? 'clippedAt'} onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as ListQuery['sort'] })}>
            <option value="clippedAt">{t(lang, 'sortClipped')}</option>
            <option value="published">{t(lang, 'sortPublished')}</option>
            <option value="title">{t(lang, 'sortTitle')}</option>
          </select>
        </label>
      </search>
      <div class="filters">
        {FACETS.map(([field, label, all, values]) => (
          <label key={field}>
            {t(lang, label)}{' '}
            <select value={q[field] ?? ''} onChange={(e) => set({ [field]: (e.currentTarget as HTMLSelectElement).value })}>
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
          {t(lang, 'dateOf')}{' '}
          <select value={q.dateField ?? 'published'} onChange={(e) => set({ dateField: (e.currentTarget as HTMLSelectElement).value as ListQuery['dateField'] })}>
            <option value="published">{t(lang, 'publishedDate')}</option>
            <option value="clippedAt">{t(lang, 'clippedDate')}</option>
          </select>
        </label>
        <label>
          {t(lang, 'from')} <input type="date" value={q.from ?? ''} onChange={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          {t(lang, 'to')} <input type="date" value={q.to ?? ''} onChange={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        {FILTER_KIND_LIST.map((k) => {
          const key = (q as Record<string, string | undefined>)[k.id];
          if (!key) return null;
          const name = (p.filterNames as Record<string, string | undefined>)[k.id] ?? key;
          return (
            <button key={k.id} type="button" class="chip" onClick={() => set({ [k.id]: '' })} aria-label={`${t(lang, k.label)}: ${name} ×`}>
              {t(lang, k.label)}: {name} ×
            </button>
          );
        })}
        {Object.keys(q).some((k) => k !== 'sort' && k !== 'descending') ? (
          <button type="button" class="link" onClick={() => p.onQuery(q.sort ? { sort: q.sort } : {})}>
            {t(lang, 'clearFilters')}
          </button>
        ) : null}
      </div>
      <div class="selection-bar">
        <label>
          <input type="checkbox" checked={count > 0 && selected.length === count} onChange={(e) => p.onSelectAll((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {p.ids === null || !p.complete ? t(lang, 'loading') : t(lang, 'clipsCount', count)}
        </label>
        {selected.length ? (
          <>
            <span>{t(lang, 'selectedCount', selected.length)}</span>
            <button type="button" onClick={() => p.onDelete(selected)}>
              {t(lang, 'delete')}
            </button>
            <form
              class="tag-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (tag.trim()) p.onTag(selected, tag);
                setTag('');
              }}
            >
              <input aria-label={t(lang, 'tagName')} placeholder={t(lang, 'tagName')} value={tag} onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
              <button type="submit">{t(lang, 'addTag')}</button>
            </form>
          </>
        ) : null}
      </div>
      {p.complete && p.ids !== null && count === 0 ? <p class="empty">{q.text || Object.keys(q).length > 1 ? t(lang, 'noResults') : t(lang, 'noClips')}</p> : null}
      <VirtualList
        count={count}
        rowHeight={ROW}
        label={t(lang, 'library')}
        row={(i) => {
          const id = p.ids?.[i] as number;
          const c = p.rows.get(id);
          const origin = c ? p.origins?.get(c.url) : undefined;
          return (
            <article class="row">
              <input type="checkbox" aria-label={`${t(lang, 'select')}: ${c?.title ?? ''}`} checked={p.selected.has(id)} onChange={(e) => p.onSelect(id, (e.currentTarget as HTMLInputElement).checked)} />
              <div class="row-main">
                <a
                  href={`#/clip/${id}`}
                  class="row-title"
                  onClick={(e) => {
                    e.preventDefault();
                    p.onOpen(id);
                  }}
                >
                  {c?.title ?? '…'}
                </a>
                <div class="row-meta">
                  {c ? [c.site, shortDate(c.published, lang), c.tags.map((x) => `#${x}`).join(' ')].filter(Boolean).join(' · ') : ''}
                  {origin ? (
                    <>
                      {c?.site || c?.published || c?.tags.length ? ' · ' : ''}
                      <span data-origin>{`${t(lang, 'teamOrigin')} ${origin}`}</span>
                    </>
                  ) : null}
                </div>
                <div class="row-summary">{c?.lead ?? ''}</div>
              </div>
            </article>
          );
        }}
      />
    </section>
  );
}
