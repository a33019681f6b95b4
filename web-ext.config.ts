import { defineWebExtConfig } from 'wxt';

// Never open a browser from `wxt` dev mode: our machines are headless.
export default defineWebExtConfig({ disabled: true });
