/**
 * The toolbar popup. Opening it (the toolbar click) annotates the current
 * page; it shows what the page is (article or not, counts), the clip button,
 * the latest clips and a search box; the reader also picks when pages are
 * annotated by themselves. Props only: entrypoints/popup wires it.
 */
import { errorText, type UiLang, t } from '@/lib/i18n/strings';
import { KIND_IDS } from '@/lib/shared/kinds';
import type { Clip } from '@/lib/library/types';
import type { PageInfo } from '@/lib/shared/messages';
import { SummaryLengthSelect } from './Controls';
import type { AnnotateMode } from '@/lib/shared/settings';
import type { ClipState } from '@/lib/live/session';
import { ClipControl } from './Panel';

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  lang: UiLang;
  mode: AnnotateMode;
  /** What happened to the current page, in words. */
  status: string;
  /** The current tab's page, once its content script answered. */
  page: PageInfo | null;
  clip: ClipState;
  /** Clips to list: the latest, or the search results. */
  clips: Clip[] | null;
  query: string;
  /** Sentences in a new clip's summary. */
  summaryLength: number;
  onModeChange: (mode: AnnotateMode) => void;
  onSummaryLength: (n: number) => void;
  onAnnotate: () => void;
  onClip: () => void;
  onOpenClip: (id?: number) => void;
  onQuery: (q: string) => void;
  onOpenOptions: () => void;
}

const MODES: [AnnotateMode, 'modeDanVan' | 'modeArticles' | 'modeClick'][] = [
  ['dan-van', 'modeDanVan'],
  ['articles', 'modeArticles'],
  ['click', 'modeClick'],
];

/** The popup. */
export function PopupView(p: PopupViewProps) {
  const { lang, page } = p;
  return (
    <main class="popup">
      <h1>{t(lang, 'appName')}</h1>
      <section class="page" aria-label={page?.title ?? ''}>
        <p class="status" role="status">
          {page?.problem
            ? errorText(lang, page.problem)
            : page && page.state !== 'pending' && !page.isArticle && page.state === 'not-article'
              ? t(lang, 'notArticle')
              : p.status}
        </p>
        {page?.isArticle || page?.state === 'annotated' ? (
          <p class="counts">{t(lang, 'pageCounts', ...KIND_IDS.map((k) => page.counts[k]))}</p>
        ) : null}
        {page ? (
          <ClipControl lang={lang} clip={p.clip} onClip={p.onClip} onOpenClip={() => p.onOpenClip(p.clip.id)} />
        ) : (
          <button type="button" onClick={p.onAnnotate}>
            {t(lang, 'annotateThisPage')}
          </button>
        )}
      </section>
      <section class="clips">
        <input
          type="search"
          aria-label={t(lang, 'searchClips')}
          placeholder={t(lang, 'searchClips')}
          value={p.query}
          onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <h2>{p.query ? t(lang, 'searchClips') : t(lang, 'latestClips')}</h2>
        {p.clips && p.clips.length === 0 ? <p class="empty">{p.query ? t(lang, 'noResults') : t(lang, 'noClips')}</p> : null}
        <ul>
          {(p.clips ?? []).map((c) => (
            <li key={c.id}>
              <button type="button" class="clip-link" onClick={() => p.onOpenClip(c.id)}>
                {c.title}
              </button>
              <span class="site">{c.site ?? ''}</span>
            </li>
          ))}
        </ul>
        <button type="button" class="link" onClick={() => p.onOpenClip()}>
          {t(lang, 'openLibrary')}
        </button>
      </section>
      <fieldset>
        <legend>{t(lang, 'autoAnnotate')}</legend>
        {MODES.map(([value, key]) => (
          <label key={value}>
            <input type="radio" name="mode" value={value} checked={p.mode === value} onChange={() => p.onModeChange(value)} /> {t(lang, key)}
          </label>
        ))}
      </fieldset>
      <SummaryLengthSelect lang={lang} class="inline" value={p.summaryLength} onChange={p.onSummaryLength} />
      <button type="button" class="link" onClick={p.onOpenOptions}>
        {t(lang, 'optionsTitle')}
      </button>
    </main>
  );
}
