/**
 * The content script's string catalogue, built in place of
 * lib/i18n/locales.ts (see wxt.config.ts) so pages do not carry both
 * languages' strings: the background sends the reader's language's strings
 * with the page's first reading ({@link useStrings}); until then, the
 * browser's i18n API reads the same locale files.
 */
import type { UiLang, StringKey } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/fill';

export type { UiLang, StringKey };

let table: Record<string, string> | null = null;

/** Has the background sent the strings yet? */
export const haveStrings = (): boolean => table !== null;

/** Use these strings (one language, `$1` placeholders) from now on. */
export function useStrings(strings: Record<string, string>): void {
  table = strings;
}

/** The string `key` in the browser's interface language, with `$1`, `$2`… replaced by `args`. */
export function lookup(_lang: UiLang, key: StringKey, args: string[]): string {
  const s = table?.[key];
  if (s === undefined) return browser.i18n.getMessage(key, args) || key;
  return fill(s, args);
}
