import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Dân vận Lens',
    description:
      'Highlights officials, Party and State documents and dates in Vietnamese dân vận news, on your own computer.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
