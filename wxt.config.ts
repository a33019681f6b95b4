import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { SITE_MATCHES } from './lib/page/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @preact/preset-vite is typed against Vite 8, WXT 0.20 against its own Vite: same plugin API at run time.
  vite: () => ({
    plugins: preact() as unknown as NonNullable<WxtViteConfig['plugins']>,
  }),
  manifest: {
    name: 'Dân vận Lens',
    description:
      'Highlights officials, Party and State documents and dates in Vietnamese dân vận news, on your own computer.',
    // activeTab + scripting: annotate or clip the page the reader acts on; storage: settings;
    // contextMenus: "Clip article" and "Add quote to clip"; unlimitedStorage: a library that outgrows the default quota.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'clip-article': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Clip the current article' },
    },
    // The same sites the content script runs on: needed to inject the English extractor there.
    host_permissions: SITE_MATCHES,
  },
});
