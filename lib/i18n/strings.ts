/**
 * Interface strings in Vietnamese and English. The strings live in the
 * extension's locale files, `public/_locales/{vi,en}/messages.json` (the
 * browser reads the manifest's name, description and shortcut from there);
 * this module reads the same files so every view — content script included —
 * can pick the language itself. Components take a `lang` and call {@link t};
 * `$1`, `$2` are replaced by the arguments.
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

/** Interface language. */
export type Lang = 'vi' | 'en';

/** A string's key. */
export type StringKey = keyof typeof en & keyof typeof vi;

const S = {} as Record<StringKey, Record<Lang, string>>;
for (const key of Object.keys(en) as StringKey[]) S[key] = { en: en[key].message, vi: vi[key]?.message ?? en[key].message };

/** Every string, for the tests that check both languages are complete. */
export const STRINGS: Record<StringKey, Record<Lang, string>> = S;
/** The raw locale files, for the tests. */
export const LOCALES = { en, vi } as Record<Lang, Record<string, { message: string }>>;

/** The string `key` in `lang`, with `$1`, `$2`… replaced by `args`. */
export function t(lang: Lang, key: StringKey, ...args: (string | number)[]): string {
  return S[key][lang].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

/** The interface language for a browser language tag ("vi-VN" → vi, anything else → en). */
export function uiLang(tag: string | null | undefined): Lang {
  return /^vi\b/i.test(tag ?? '') ? 'vi' : 'en';
}

/** The sentence for a library error code. */
export function errorText(lang: Lang, code: string, detail = ''): string {
  const key: StringKey =
    code === 'quota' ? 'errQuota' : code === 'closed' ? 'errClosed' : code === 'too-large' ? 'errTooLarge' : code === 'not-found' ? 'errNotFound' : code === 'no-article' ? 'errNoArticle' : 'errUnknown';
  return t(lang, key, detail);
}

/** A size in bytes for people: "850 KB", "12.3 MB" ("12,3 MB" in Vietnamese). */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  const digits = i === 0 || v >= 100 ? 0 : 1;
  return `${v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${units[i]}`;
}
