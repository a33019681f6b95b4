/**
 * The string catalogue: the extension's locale files,
 * `public/_locales/{vi,en}/messages.json`, bundled. Extension pages, the
 * background, the command line and the tests read strings from here. The
 * content script is built with `entrypoints/content/locales.ts` in this
 * module's place (see wxt.config.ts): it gets one language's strings from the
 * background instead of carrying both into every page.
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { fill } from './fill';

/** Interface language. */
export type UiLang = 'vi' | 'en';

/** A string's key. */
export type StringKey = keyof typeof en & keyof typeof vi;

const S = {} as Record<StringKey, Record<UiLang, string>>;
for (const key of Object.keys(en) as StringKey[]) S[key] = { en: en[key].message, vi: vi[key]?.message ?? en[key].message };

/** Every string, for the tests that check both languages are complete. */
export const STRINGS: Record<StringKey, Record<UiLang, string>> = S;
/** The raw locale files, for the tests. */
export const LOCALES = { en, vi } as Record<UiLang, Record<string, { message: string }>>;

/** The string `key` in `lang`, with `$1`, `$2`… replaced by `args`. */
export function lookup(lang: UiLang, key: StringKey, args: string[]): string {
  return fill(S[key][lang], args);
}

/** Every string of one language, with its `$1`, `$2` placeholders (sent to content scripts). */
export function stringsFor(lang: UiLang): Record<string, string> {
  return Object.fromEntries(Object.entries(S).map(([k, v]) => [k, v[lang]]));
}
