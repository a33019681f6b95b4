/**
 * The library's indexes across clips. People: each official with the titles
 * they held and the dates of the articles that gave them (a title history),
 * and their clips. Documents: each document key, its kind and issuer in
 * words, and the clips citing it, newest first. Props only.
 */
import { type UiLang, t } from '@/lib/i18n/strings';
import type { KindFilters } from '@/lib/library/catalog';
import type { DocEntry, Person } from '@/lib/library/db';
import { documentInWords } from '@/lib/shared/describe';
import { shortDate } from './ClipList';

/** Props shared by the two index views. */
interface IndexProps {
  lang: UiLang;
  onOpen: (id: number) => void;
  onFilter: (f: KindFilters) => void;
}

function ClipLink({ id, title, onOpen }: { id: number; title: string; onOpen: (id: number) => void }) {
  return (
    <a
      href={`#/clip/${id}`}
      onClick={(e) => {
        e.preventDefault();
        onOpen(id);
      }}
    >
      {title}
    </a>
  );
}

/** The people index. */
export function PeopleView({ lang, people, onOpen, onFilter }: IndexProps & { people: Person[] }) {
  return (
    <section class="index-view" aria-label={t(lang, 'people')}>
      <h2>{t(lang, 'people')}</h2>
      {people.length === 0 ? <p class="empty">{t(lang, 'noClips')}</p> : null}
      <ul class="index">
        {people.map((p) => {
          const history = [...p.appearances].sort((a, b) => a.date.localeCompare(b.date));
          return (
            <li key={p.key}>
              <h3>{p.name}</h3>
              <button type="button" class="link" onClick={() => onFilter({ official: p.key })}>
                {t(lang, 'showClips')} ({p.appearances.length})
              </button>
              <table>
                <caption class="sr-only">{t(lang, 'titlesHeld')}</caption>
                <tbody>
                  {history.map((a) => (
                    <tr key={a.clipId}>
                      <td class="date">{shortDate(a.date, lang)}</td>
                      <td>{a.titles.length ? a.titles.join(', ') : t(lang, 'noTitle')}</td>
                      <td>
                        <ClipLink id={a.clipId} title={a.clipTitle} onOpen={onOpen} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The documents index. */
export function DocumentsView({ lang, documents, onOpen, onFilter }: IndexProps & { documents: DocEntry[] }) {
  return (
    <section class="index-view" aria-label={t(lang, 'documents')}>
      <h2>{t(lang, 'documents')}</h2>
      {documents.length === 0 ? <p class="empty">{t(lang, 'noClips')}</p> : null}
      <ul class="index">
        {documents.map((d) => (
          <li key={d.key}>
            <h3>{d.key}</h3>
            <p>
              {documentInWords(d, lang)} · {t(lang, 'citedBy', d.clips.length)}{' '}
              <button type="button" class="link" onClick={() => onFilter({ document: d.key })}>
                {t(lang, 'showClips')}
              </button>
            </p>
            <ul>
              {d.clips.map((c) => (
                <li key={c.clipId}>
                  <span class="date">{shortDate(c.date, lang)}</span> <ClipLink id={c.clipId} title={c.clipTitle} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
