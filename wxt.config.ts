import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { SITE_MATCHES } from './lib/shared/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @preact/preset-vite is typed against Vite 8, WXT 0.20 against its own Vite: same plugin API at run time.
  vite: () => ({
    plugins: preact() as unknown as NonNullable<WxtViteConfig['plugins']>,
  }),
  hooks: {
    // The content script asks the browser for its strings instead of bundling both languages.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), browserCatalog()];
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and the shortcut's name in the reader's language: public/_locales/{en,vi}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: annotate or clip the page the reader acts on; storage: settings;
    // contextMenus: "Clip article" and "Add quote to clip"; unlimitedStorage: a library that outgrows the default quota.
    // offscreen (Chrome): pages are read, and the English extractor runs, in an offscreen document's workers, not in the page.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      'clip-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandClip__' },
    },
    // The same sites the content script runs on: needed to inject the English extractor there (Firefox, or when the offscreen document fails).
    host_permissions: SITE_MATCHES,
    // Sites the reader adds in the options page: asked for one by one, at the moment they are added.
    optional_host_permissions: ['*://*/*'],
    // Firefox: a stable add-on id (storage and updates are tied to it) and the statement that nothing is collected.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'], browser_specific_settings: { gecko: { id: 'dan-van-lens@dvlens.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
});

/** A Vite plugin, as WXT's own Vite types it. */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

/** Build `entrypoints/content/locales.ts` wherever `lib/i18n/locales.ts` is imported. */
function browserCatalog(): Plugin {
  const bundled = resolve(__dirname, 'lib/i18n/locales.ts');
  const browserSide = resolve(__dirname, 'entrypoints/content/locales.ts');
  return {
    name: 'dvlens-browser-catalog',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === browserSide) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r?.id === bundled ? browserSide : null;
    },
  };
}
