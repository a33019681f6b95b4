/**
 * One clip: metadata with a link to the page, the summary (editable), the
 * note and tags (editable), the entities and the quotes. Props only.
 */
import { useEffect, useState } from 'preact/hooks';
import { type UiLang, t } from '@/lib/i18n/strings';
import type { KindFilters } from '@/lib/library/catalog';
import { STORED_KIND_LIST } from '@/lib/library/stored-kinds';
import type { Clip } from '@/lib/library/types';
import { shortDate } from './ClipList';

/** Props of {@link ClipView}. */
export interface ClipViewProps {
  lang: UiLang;
  clip: Clip;
  /** Who first clipped it, in a team library ("you" or a colleague's user name); null outside one. */
  origin?: string | null;
  /** A sentence about the last save ("Saved.", or an error). */
  status: string;
  onSave: (patch: { note?: string; tags?: string[]; summary?: string[] }) => void;
  onDelete: () => void;
  onBack: () => void;
  /** Narrow the list to the clips naming one entity (`{ official: key }`, `{ document: key }`). */
  onFilter: (f: KindFilters) => void;
}

/** The clip view. */
export function ClipView({ lang, clip, origin = null, status, onSave, onDelete, onBack, onFilter }: ClipViewProps) {
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [summary, setSummary] = useState(clip.summary.join('\n'));
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    setNote(clip.note);
    setTags(clip.tags.join(', '));
    setSummary(clip.summary.join('\n'));
  }, [clip]);
  const dirty = note !== clip.note || tags !== clip.tags.join(', ') || (editing && summary !== clip.summary.join('\n'));
  const save = () => {
    const patch: { note?: string; tags?: string[]; summary?: string[] } = { note, tags: tags.split(',') };
    if (editing) patch.summary = summary.split('\n');
    onSave(patch);
    setEditing(false);
  };
  return (
    <article class="clip-view" aria-labelledby="clip-title">
      <nav>
        <button type="button" class="link" onClick={onBack}>
          ← {t(lang, 'back')}
        </button>
      </nav>
      <h2 id="clip-title">{clip.title}</h2>
      <dl class="meta">
        <dt>{t(lang, 'source')}</dt>
        <dd>
          <a href={clip.url} target="_blank" rel="noopener noreferrer">
            {clip.site ?? new URL(clip.url).host}
          </a>
        </dd>
        {clip.published ? (
          <>
            <dt>{t(lang, 'published')}</dt>
            <dd>{shortDate(clip.published, lang)}</dd>
          </>
        ) : null}
        {clip.author ? (
          <>
            <dt>{t(lang, 'author')}</dt>
            <dd>{clip.author}</dd>
          </>
        ) : null}
        <dt>{t(lang, 'clippedAt')}</dt>
        <dd>{shortDate(clip.clippedAt, lang)}</dd>
        {origin ? (
          <>
            <dt>{t(lang, 'teamOrigin')}</dt>
            <dd data-origin>{origin}</dd>
          </>
        ) : null}
      </dl>

      <section>
        <h3>{t(lang, 'summary')}</h3>
        {editing ? (
          <textarea aria-label={t(lang, 'summary')} rows={6} value={summary} onInput={(e) => setSummary((e.currentTarget as HTMLTextAreaElement).value)} />
        ) : (
          <>
            <ul class="summary">
              {clip.summary.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t(lang, 'editSummary')}
            </button>
          </>
        )}
      </section>

      <section class="edit">
        <label>
          {t(lang, 'note')}
          <textarea rows={4} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {t(lang, 'tags')}
          <input value={tags} placeholder={t(lang, 'tagsHint')} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <div class="actions">
          <button type="button" class="primary" disabled={!dirty} onClick={save}>
            {t(lang, 'save')}
          </button>
          <button type="button" onClick={onDelete}>
            {t(lang, 'delete')}
          </button>
          <span role="status">{status}</span>
        </div>
      </section>

      {STORED_KIND_LIST.map((k) => {
        const lines = k.view(clip, lang);
        return lines.length ? (
          <section key={k.id}>
            <h3>{t(lang, k.plural)}</h3>
            <ul class="entities">
              {lines.map((line) => (
                <li key={line.key}>
                  {line.link ? (
                    <button type="button" class="link" onClick={() => onFilter({ [k.id]: line.link?.filter })}>
                      {line.link.text}
                    </button>
                  ) : null}
                  {line.text}
                  {line.code ? <code>{line.code}</code> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null;
      })}
      {clip.periods.length ? (
        <section>
          <h3>{t(lang, 'periods')}</h3>
          <ul class="entities">
            {clip.periods.map((p) => (
              <li key={`${p.anchor.start}`}>
                {p.anchor.exact} {p.iso ? <code>{p.iso}</code> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {clip.quotes.length ? (
        <section>
          <h3>{t(lang, 'quotes')}</h3>
          {clip.quotes.map((q) => (
            <blockquote key={q.addedAt + q.text}>{q.text}</blockquote>
          ))}
        </section>
      ) : null}
      <details>
        <summary>{t(lang, 'text')}</summary>
        <div class="text">
          {clip.text.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </details>
    </article>
  );
}
