/**
 * The options page: annotation mode, highlight kinds and colours (checked for
 * contrast), summary length, extra sites, and the library's storage with
 * backup, import and "erase everything". Props only; the glue in
 * entrypoints/options writes storage and asks the browser for permissions.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatBytes, type UiLang, type StringKey, t } from '@/lib/i18n/strings';
import { KIND_IDS, KINDS, type Kind } from '@/lib/shared/kinds';
import type { AnnotateMode } from '@/lib/shared/settings';
import { colorCheck, highlightColor, PAGE_STYLES, PRESET_COLORS, type Settings } from '@/lib/shared/settings';
import { ImportFileButton, SummaryLengthSelect } from './Controls';

/** A line of feedback: errors are announced as alerts. */
export interface Notice {
  text: string;
  error: boolean;
}

/** Props of {@link OptionsView}. */
export interface OptionsViewProps {
  lang: UiLang;
  settings: Settings;
  /** Save a change (the glue writes it to storage). */
  onChange: (patch: Partial<Settings>) => void;
  /** Add a site typed by the reader; the glue asks the browser for access first. */
  onAddSite: (input: string) => void;
  onRemoveSite: (host: string) => void;
  /** Clips in the library and bytes used (null while counting or when the browser does not say). */
  storage: { clips: number; bytes: number | null } | null;
  onBackup: () => void;
  onImport: (file: File) => void;
  onErase: () => void;
  /** True while a backup, import or erase runs. */
  busy: boolean;
  notice: Notice | null;
  /** Feedback about the extra sites, shown next to them. */
  siteNotice: Notice | null;
  /** The team library's section (components/TeamSection.tsx), before the storage section. */
  team?: ComponentChildren;
}

const MODES: [AnnotateMode, StringKey][] = [
  ['dan-van', 'modeDanVan'],
  ['articles', 'modeArticles'],
  ['click', 'modeClick'],
];

function Feedback({ notice }: { notice: Notice | null }) {
  if (!notice?.text) return null;
  return notice.error ? (
    <p class="error" role="alert">
      {notice.text}
    </p>
  ) : (
    <p class="notice" role="status">
      {notice.text}
    </p>
  );
}

/** One kind's switch, colour and preview on a light and a dark page. */
function KindRow({ kind, lang, settings, onChange }: { kind: Kind; lang: UiLang; settings: Settings; onChange: OptionsViewProps['onChange'] }) {
  // The colour being chosen: applied only once it reads well on both page styles.
  const [draft, setDraft] = useState(settings.colors[kind]);
  useEffect(() => setDraft(settings.colors[kind]), [settings.colors[kind]]);
  const check = colorCheck(draft);
  const name = t(lang, KINDS[kind].plural);
  const id = `color-${kind}`;
  const pick = (c: string) => {
    setDraft(c);
    if (colorCheck(c).ok) onChange({ colors: { ...settings.colors, [kind]: c } });
  };
  const fmt = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });
  return (
    <div class="kind-row" data-kind={kind}>
      <label class="kind-switch">
        <input type="checkbox" checked={settings.kinds[kind]} onChange={(e) => onChange({ kinds: { ...settings.kinds, [kind]: (e.currentTarget as HTMLInputElement).checked } })} /> {name}
      </label>
      <label class="kind-color" for={id}>
        {t(lang, 'color')}
      </label>
      <input
        id={id}
        type="color"
        value={draft}
        list="preset-colors"
        aria-label={`${t(lang, 'color')}: ${name}`}
        aria-invalid={check.ok ? undefined : 'true'}
        aria-describedby={`${id}-check`}
        onInput={(e) => pick((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="previews" aria-hidden="true">
        {(['light', 'dark'] as const).map((s) => (
          <span key={s} class="preview" style={{ background: `rgb(${PAGE_STYLES[s].background.join(',')})`, color: `rgb(${PAGE_STYLES[s].text.join(',')})` }}>
            {t(lang, s === 'light' ? 'lightPage' : 'darkPage')}: <mark style={{ background: highlightColor(draft), color: 'inherit' }}>{name}</mark>
          </span>
        ))}
      </div>
      <p id={`${id}-check`} class={check.ok ? 'hint' : 'error'} role={check.ok ? undefined : 'alert'}>
        {check.ok ? t(lang, 'colorContrast', fmt(check.light.text), fmt(check.dark.text)) : t(lang, 'colorUnreadable')}
      </p>
    </div>
  );
}

/** The "erase everything" confirmation, with a backup offered first. */
function EraseDialog({ lang, clips, busy, onBackup, onErase, onClose }: { lang: UiLang; clips: number; busy: boolean; onBackup: () => void; onErase: () => void; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  // Layout effect: the focus moves in the same task that shows the dialog, not
  // after the next paint (a background tab may not paint for a while).
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <div
      class="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="erase-title"
      aria-describedby="erase-warning"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="box">
        <h2 id="erase-title">{t(lang, 'eraseTitle')}</h2>
        <p id="erase-warning">{t(lang, 'eraseWarning', clips)}</p>
        <div class="actions">
          <button type="button" ref={first} class="primary" disabled={busy || clips === 0} onClick={onBackup}>
            {t(lang, 'eraseBackupFirst')}
          </button>
          <button type="button" class="danger" disabled={busy} onClick={onErase}>
            {t(lang, 'eraseConfirm')}
          </button>
          <button type="button" disabled={busy} onClick={onClose}>
            {t(lang, 'cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The whole options page. */
export function OptionsView(p: OptionsViewProps) {
  const { lang, settings, onChange } = p;
  const [site, setSite] = useState('');
  const [erasing, setErasing] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const closeErase = () => {
    setErasing(false);
    eraseButton.current?.focus();
  };
  return (
    <>
      <header class="top">
        <h1>
          {t(lang, 'appName')} — {t(lang, 'optionsTitle')}
        </h1>
      </header>
      <main class="options">
        <Feedback notice={p.notice} />
        <section aria-labelledby="opt-mode">
          <h2 id="opt-mode">{t(lang, 'optAnnotation')}</h2>
          <fieldset>
            <legend>{t(lang, 'autoAnnotate')}</legend>
            {MODES.map(([m, key]) => (
              <label key={m}>
                <input type="radio" name="mode" value={m} checked={settings.mode === m} onChange={() => onChange({ mode: m })} /> {t(lang, key)}
              </label>
            ))}
          </fieldset>
        </section>

        <section aria-labelledby="opt-kinds">
          <h2 id="opt-kinds">{t(lang, 'optHighlights')}</h2>
          <p class="hint">{t(lang, 'optHighlightsHint')}</p>
          <datalist id="preset-colors">
            {PRESET_COLORS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {KIND_IDS.map((k) => (
            <KindRow key={k} kind={k} lang={lang} settings={settings} onChange={onChange} />
          ))}
        </section>

        <section aria-labelledby="opt-clips">
          <h2 id="opt-clips">{t(lang, 'optClips')}</h2>
          <SummaryLengthSelect lang={lang} value={settings.summaryLength} onChange={(n) => onChange({ summaryLength: n })} />
        </section>

        <section aria-labelledby="opt-sites">
          <h2 id="opt-sites">{t(lang, 'optSites')}</h2>
          <p class="hint">{t(lang, 'sitesBuiltIn')}</p>
          {settings.sites.length ? (
            <ul class="sites">
              {settings.sites.map((h) => (
                <li key={h}>
                  <span>{h}</span>{' '}
                  <button type="button" class="link" onClick={() => p.onRemoveSite(h)}>
                    {t(lang, 'siteRemove', h)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">{t(lang, 'noExtraSites')}</p>
          )}
          <form
            class="site-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!site.trim()) return;
              p.onAddSite(site);
              setSite('');
            }}
          >
            <input type="text" aria-label={t(lang, 'siteInput')} placeholder={t(lang, 'siteInput')} value={site} onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">{t(lang, 'siteAdd')}</button>
          </form>
          <Feedback notice={p.siteNotice} />
        </section>

        {p.team}

        <section aria-labelledby="opt-storage">
          <h2 id="opt-storage">{t(lang, 'optStorage')}</h2>
          <p class="storage">{p.storage ? t(lang, 'storageUsed', p.storage.clips, p.storage.bytes === null ? '—' : formatBytes(lang, p.storage.bytes)) : t(lang, 'loading')}</p>
          <div class="actions">
            <button type="button" disabled={p.busy || !p.storage?.clips} onClick={p.onBackup}>
              {t(lang, 'backup')}
            </button>
            <ImportFileButton lang={lang} disabled={p.busy} onFile={p.onImport} />
            <button type="button" class="danger" ref={eraseButton} onClick={() => setErasing(true)}>
              {t(lang, 'eraseAll')}
            </button>
          </div>
        </section>
      </main>
      {erasing ? (
        <EraseDialog
          lang={lang}
          clips={p.storage?.clips ?? 0}
          busy={p.busy}
          onBackup={p.onBackup}
          onErase={() => {
            p.onErase();
            closeErase();
          }}
          onClose={closeErase}
        />
      ) : null}
    </>
  );
}
