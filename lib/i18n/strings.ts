/**
 * Interface strings in Vietnamese and English. The strings live in the
 * extension's locale files, `public/_locales/{vi,en}/messages.json` (the
 * browser reads the manifest's name, description and shortcut from there);
 * `./catalog` reads the same files so every view can pick the language
 * itself. Components take a `lang` and call {@link t}; `$1`, `$2` are
 * replaced by the arguments.
 */
import { type UiLang, lookup, type StringKey } from './locales';

export type { UiLang, StringKey };

/** The string `key` in `lang`, with `$1`, `$2`… replaced by `args`. */
export function t(lang: UiLang, key: StringKey, ...args: (string | number)[]): string {
  return lookup(lang, key, args.map(String));
}

/** The interface language for a browser language tag ("vi-VN" → vi, anything else → en). */
export function uiLang(tag: string | null | undefined): UiLang {
  return /^vi\b/i.test(tag ?? '') ? 'vi' : 'en';
}

/** The sentences for a page not read (lib/shared/messages.ts `ReadProblem`). */
const PAGE_PROBLEMS: Record<string, StringKey> = { 'page-too-large': 'errPageTooLarge', 'page-too-deep': 'errPageTooDeep', 'page-too-slow': 'errPageTooSlow' };

/** The sentence for a library error code. */
export function errorText(lang: UiLang, code: string, detail = ''): string {
  const key: StringKey =
    code === 'quota' ? 'errQuota' : code === 'closed' ? 'errClosed' : code === 'too-large' ? 'errTooLarge' : code === 'not-found' ? 'errNotFound' : code === 'no-article' ? 'errNoArticle' : PAGE_PROBLEMS[code] ?? 'errUnknown';
  return t(lang, key, detail);
}

/** A size in bytes for people: "850 KB", "12.3 MB" ("12,3 MB" in Vietnamese). */
export function formatBytes(lang: UiLang, bytes: number): string {
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
