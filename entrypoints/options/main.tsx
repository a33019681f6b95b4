/**
 * The options page's glue: settings in `browser.storage.local` (other pages
 * and open tabs follow through `storage.onChanged`), the browser's permission
 * for each extra site asked for at the moment it is added, and the library's
 * backup, import and erase.
 */
import { render } from 'preact';
import { type Notice, OptionsView } from '@/components/OptionsView';
import { ImportDialog } from '@/components/library/TransferDialogs';
import { errorText, t, uiLang } from '@/lib/i18n/strings';
import { Library, LibraryDb } from '@/lib/library/db';
import { builtInSite } from '@/lib/shared/sites';
import { REPORT_HEADING_KEY } from '@/lib/report/heading';
import { parseSite, readSettings, SETTING_KEYS, type Settings, sitePatterns } from '@/lib/shared/settings';
import { exportClips, importFlow } from '@/lib/pages/transfer-client';
import '../library/style.css';
import { teamLibrary } from './team';
import { TEAM_KEY } from '@/lib/team/state';
import './style.css';

const lang = uiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = `${t(lang, 'appName')} — ${t(lang, 'optionsTitle')}`;
const lib = new Library(new LibraryDb());
const root = document.getElementById('app');
const team = teamLibrary(lib, lang, () => draw());

let raw: Record<string, unknown> = {};
let settings: Settings = readSettings({});
let storage: { clips: number; bytes: number | null } | null = null;
let busy = false;
let notice: Notice | null = null;
let siteNotice: Notice | null = null;
/** The import, as on the library page: preview, then write on confirmation. */
const imports = importFlow(lib, lang, (_state, outcome) => {
  if (!outcome) return draw();
  notice = outcome;
  void refreshStorage();
});

function draw() {
  if (!root) return;
  render(
    <>
      <OptionsView
        lang={lang}
        settings={settings}
        onChange={change}
        onAddSite={addSite}
        onRemoveSite={(h) => void removeSite(h)}
        storage={storage}
        onBackup={() => void backup()}
        onImport={(f) => void imports.choose(f)}
        onErase={() => void erase()}
        busy={busy || imports.state.busy}
        notice={notice}
        siteNotice={siteNotice}
        team={team()}
      />
      {imports.state.pending ? (
        <ImportDialog lang={lang} preview={imports.state.pending.preview} busy={imports.state.busy} onConfirm={() => void imports.confirm()} onClose={imports.cancel} />
      ) : null}
    </>,
    root,
  );
}

/** Save a change; the content scripts in open tabs and the other pages pick it up from storage. */
function change(patch: Partial<Settings>) {
  settings = { ...settings, ...patch };
  void browser.storage.local.set(patch);
  draw();
}

/** Add a site: ask the browser for access now (this runs in the click), keep it only when given. */
function addSite(input: string) {
  const host = parseSite(input);
  if (!host) {
    siteNotice = { text: t(lang, 'siteInvalid', input.trim()), error: true };
    return draw();
  }
  if (builtInSite(host) || settings.sites.includes(host)) {
    siteNotice = { text: t(lang, 'siteBuiltIn', host), error: false };
    return draw();
  }
  browser.permissions.request({ origins: sitePatterns(host) }).then(
    (granted) => {
      if (granted) {
        change({ sites: [...settings.sites, host] });
        siteNotice = { text: t(lang, 'siteAdded', host), error: false };
      } else {
        siteNotice = { text: t(lang, 'siteDenied', host), error: true };
      }
      draw();
    },
    () => {
      siteNotice = { text: t(lang, 'siteDenied', host), error: true };
      draw();
    },
  );
}

/** Stop annotating a site and give its permission back. */
async function removeSite(host: string) {
  change({ sites: settings.sites.filter((h) => h !== host) });
  siteNotice = null;
  await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
}

/** How many clips and how many bytes the extension's storage holds. */
async function refreshStorage() {
  const [clips, estimate] = await Promise.all([lib.count().catch(() => 0), navigator.storage?.estimate?.().catch(() => null)]);
  storage = { clips, bytes: estimate?.usage ?? null };
  draw();
}

/** The whole library as a JSON backup (the format import reads back without loss). */
async function backup() {
  busy = true;
  draw();
  try {
    const file = await exportClips(lib, null, 'json', lang);
    notice = { text: t(lang, 'backupSaved', file.name), error: false };
  } catch (e) {
    notice = { text: errorText(lang, 'unknown', (e as Error).message), error: true };
  } finally {
    busy = false;
    draw();
  }
}

/** Erase the library and the settings (the extra sites' permissions are given back). */
async function erase() {
  busy = true;
  draw();
  try {
    await lib.eraseAll();
    const sites = settings.sites.flatMap(sitePatterns);
    await browser.storage.local.remove([...SETTING_KEYS, 'panelOpen', REPORT_HEADING_KEY, TEAM_KEY]);
    if (sites.length) await browser.permissions.remove({ origins: sites }).catch(() => false);
    notice = { text: t(lang, 'erased'), error: false };
  } catch (e) {
    notice = { text: errorText(lang, (e as { code?: string }).code ?? 'unknown', (e as Error).message), error: true };
  } finally {
    busy = false;
    await refreshStorage();
  }
}

// Settings changed elsewhere (the popup, another options tab) show here too.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !SETTING_KEYS.some((k) => k in changes)) return;
  for (const [key, c] of Object.entries(changes)) {
    if (c.newValue === undefined) delete raw[key];
    else raw[key] = c.newValue;
  }
  settings = readSettings(raw);
  draw();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void refreshStorage();
});

draw();
void browser.storage.local.get([...SETTING_KEYS]).then((s) => {
  raw = s;
  settings = readSettings(raw);
  draw();
});
void refreshStorage();
