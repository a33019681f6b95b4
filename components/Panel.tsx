/**
 * The compact in-page panel: the article's officials with their titles, its
 * documents, and its dates in time order. Clicking an entry scrolls to its
 * first mention; toggles hide a kind of highlight. Props only.
 */
import { errorText, type UiLang, t } from '@/lib/i18n/strings';
import { KIND_IDS, KINDS, type Kind } from '@/lib/shared/kinds';
import type { PanelItem } from '@/lib/live/highlight';
import type { ClipState } from '@/lib/live/session';


/** Props of {@link Panel}. */
export interface PanelProps {
  items: PanelItem[];
  visible: Record<Kind, boolean>;
  relevance: number;
  lang: UiLang;
  clip: ClipState;
  onClip: () => void;
  onOpenClip: () => void;
  onToggle: (kind: Kind) => void;
  onSelect: (item: PanelItem) => void;
  onFocusItem: (item: PanelItem | null) => void;
  onClose: () => void;
}

/**
 * `f` for the reader's own events only: a script's synthetic `click()` or
 * `dispatchEvent` (`isTrusted` false) does nothing. Every action of the
 * panel goes through it.
 */
export function trusted<E extends Event>(f: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) f(e);
  };
}

/** The panel. */
export function Panel({ items, visible, relevance, lang, clip, onClip, onOpenClip, onToggle, onSelect, onFocusItem, onClose }: PanelProps) {
  return (
    <section class="panel" aria-label="Dân vận Lens">
      <header>
        <strong>Dân vận Lens</strong>
        <span class="score" title={t(lang, 'relevanceHint')}>{relevance.toFixed(1)}</span>
        <button type="button" class="close" aria-label={t(lang, 'closePanel')} onClick={trusted(onClose)}>
          ×
        </button>
      </header>
      <div class="toggles">
        {KIND_IDS.map((k) => (
          <label key={k} class={`toggle ${k}`}>
            <input type="checkbox" checked={visible[k]} onChange={trusted(() => onToggle(k))} /> {t(lang, KINDS[k].plural)} ({items.filter((i) => i.kind === k).length})
          </label>
        ))}
      </div>
      {KIND_IDS.map((k) => {
        const list = items.filter((i) => i.kind === k);
        if (list.length === 0) return null;
        return (
          <div key={k} class={`group ${k}`}>
            <h3>{t(lang, KINDS[k].plural)}</h3>
            <ul>
              {list.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    onClick={trusted(() => onSelect(i))}
                    onFocus={trusted(() => onFocusItem(i))}
                    onBlur={trusted(() => onFocusItem(null))}
                  >
                    <span class="heading">{i.heading}</span>
                    {i.detail ? <span class="detail">{i.detail}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <footer>
        <ClipControl lang={lang} clip={clip} onClip={onClip} onOpenClip={onOpenClip} />
      </footer>
    </section>
  );
}

/** The clip button: "Clip article", "Clipping…", "Clipped ✓" (clicking again re-clips), with the error when saving failed. */
export function ClipControl({ lang, clip, onClip, onOpenClip }: Pick<PanelProps, 'lang' | 'clip' | 'onClip' | 'onOpenClip'>) {
  const label = clip.status === 'saving' ? t(lang, 'clipping') : clip.status === 'saved' ? t(lang, 'clipped') : t(lang, 'clipArticle');
  return (
    <div class="clip-row">
      <button
        type="button"
        class={`clip ${clip.status}`}
        disabled={clip.status === 'saving'}
        title={clip.status === 'saved' ? t(lang, 'clipAgain') : undefined}
        onClick={trusted(onClip)}
      >
        {label}
      </button>
      {/* Always laid out, shown only once saved: the panel's box is the same clipped or not,
          so a page probing where our UI is (elementFromPoint) learns nothing of the library. */}
      <button type="button" class="link" style={clip.status === 'saved' ? undefined : { visibility: 'hidden' }} onClick={trusted(onOpenClip)}>
        {t(lang, 'openClip')}
      </button>
      {clip.status === 'error' && clip.error ? (
        <p class="error" role="alert">
          {errorText(lang, clip.error.code, clip.error.message)}
        </p>
      ) : null}
    </div>
  );
}

/** Styles for the panel inside its shadow root. */
export const PANEL_CSS = `
.panel { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; width: 300px; max-height: 70vh; overflow: auto;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fff;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 8px 10px; }
.panel header { display: flex; align-items: center; gap: 8px; }
.panel header strong { flex: 1; }
.score { font-size: 11px; padding: 1px 6px; border-radius: 8px; background: #eef; }
.close { border: 0; background: none; font-size: 18px; cursor: pointer; color: inherit; }
.toggles { display: flex; gap: 8px; flex-wrap: wrap; margin: 6px 0; font-size: 12px; }
.group h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 8px 0 2px; }
.group ul { list-style: none; margin: 0; padding: 0; }
.group button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 3px 4px; border-radius: 4px;
  cursor: pointer; color: inherit; font: inherit; }
.group button:hover, .group button:focus-visible { background: #f2f2f5; outline: 2px solid #3a8ee6; outline-offset: -2px; }
${KIND_IDS.map((k) => `.group.${k} .heading { border-bottom: 3px solid var(--dvlens-${k}, ${KINDS[k].color}); }`).join('\n')}
.detail { display: block; color: #555; font-size: 12px; }
footer { margin-top: 8px; }
.clip-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.clip { flex: 1; padding: 6px; border-radius: 6px; border: 1px solid #2f6fb3; background: #2f6fb3; color: #fff; font: inherit; cursor: pointer; }
.clip.saved { background: #fff; color: #1d5a96; }
.clip:focus-visible, .link:focus-visible, .close:focus-visible { outline: 2px solid #3a8ee6; outline-offset: 2px; }
.link { border: 0; background: none; color: #1d5a96; text-decoration: underline; cursor: pointer; font: inherit; }
.error { flex-basis: 100%; margin: 4px 0 0; color: #b00020; font-size: 12px; }
@media (prefers-color-scheme: dark) { .panel { color: #eee; background: #2a2a2e; } .detail, .group h3 { color: #aaa; }
  .group button:hover, .group button:focus-visible { background: #3a3a40; } .score { background: #3a3a55; }
  .clip.saved { background: #2a2a2e; color: #9cc8ff; } .link { color: #9cc8ff; } .error { color: #ff8a80; } }
`;
