/**
 * How large each field of a clip may be, and which ids and addresses a
 * clip may carry. One table for the library's own saves (db.ts) and for the
 * import (lib/transfer/schema.ts), so the library never holds a clip its own
 * export would refuse. The limits are far above anything a real article or a
 * reader's note reaches, and far below what freezes a page: a note of 100
 * million characters took ~13 s to import and crashed the renderer when the
 * clip was opened.
 */
import { type LimitCheck, STORED_KIND_LIST } from './stored-kinds';
import type { Anchor, Clip } from './types';

/** Longest article text a clip may hold (characters). */
export const MAX_TEXT = 2_000_000;

/**
 * The largest id a clip keeps from an import (2^31 − 1). Ids above it are
 * given a new one: IndexedDB's key generator follows the largest id ever
 * stored and never goes back, not even when the store is cleared, so one
 * clip with id 2^53 − 1 made every later clip fail ("Maximum key generator
 * value reached") for good.
 */
export const MAX_CLIP_ID = 2 ** 31 - 1;

/** Is `id` one a clip may keep: a whole number from 1 to {@link MAX_CLIP_ID}? */
export function isClipId(id: unknown): id is number {
  return typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= MAX_CLIP_ID;
}

/** The most characters each kind of string field may hold. */
export const LIMITS = {
  /** The article text, a summary sentence, a quote and the reader's note and comments. */
  long: MAX_TEXT,
  /** The page address (URL). */
  url: 8_192,
  /** The headline. */
  title: 10_000,
  /** An entity's name, key, title, kind, issuer or document name; the text of a mention. */
  entity: 10_000,
  /** Site name, author, a tag as written, an anchor's context. */
  short: 2_000,
  /** Language tag, ISO dates, a period's kind. */
  code: 100,
} as const;

/** A field over its limit: where it is (as the import names it, "officials[2].titles[0]"), its length, its limit. */
export interface LongField {
  path: string;
  length: number;
  limit: number;
}

/**
 * The first string field of `clip` over its limit, or null. Fields that are
 * missing or not strings are left to the schema (import) or the builder.
 */
export function longField(clip: Clip): LongField | null {
  const found: LongField[] = [];
  const check = (path: string, value: unknown, limit: number) => {
    if (!found.length && typeof value === 'string' && value.length > limit) found.push({ path, length: value.length, limit });
  };
  const list = <T>(path: string, items: unknown, each: (item: T, path: string) => void) => {
    if (!Array.isArray(items)) return;
    for (let i = 0; i < items.length && !found.length; i++) each(items[i] as T, `${path}[${i}]`);
  };
  const anchor = (a: Anchor | undefined, path: string) => {
    check(`${path}.exact`, a?.exact, LIMITS.entity);
    check(`${path}.prefix`, a?.prefix, LIMITS.short);
    check(`${path}.suffix`, a?.suffix, LIMITS.short);
  };
  const c = clip as Partial<Clip>;
  check('url', c.url, LIMITS.url);
  check('title', c.title, LIMITS.title);
  check('site', c.site, LIMITS.short);
  check('published', c.published, LIMITS.code);
  check('author', c.author, LIMITS.short);
  check('lang', c.lang, LIMITS.code);
  check('clippedAt', c.clippedAt, LIMITS.code);
  check('updatedAt', c.updatedAt, LIMITS.code);
  check('text', c.text, LIMITS.long);
  list<string>('summary', c.summary, (s, p) => check(p, s, LIMITS.long));
  const kinds: LimitCheck = { text: (path, value, limit) => check(path, value, LIMITS[limit]), list, anchor };
  for (const k of STORED_KIND_LIST) k.limits(c, kinds);
  list<Clip['periods'][number]>('periods', c.periods, (d, p) => {
    check(`${p}.kind`, d?.kind, LIMITS.code);
    check(`${p}.iso`, d?.iso, LIMITS.code);
    anchor(d?.anchor, `${p}.anchor`);
  });
  check('note', c.note, LIMITS.long);
  list<string>('tags', c.tags, (t, p) => check(p, t, LIMITS.short));
  list<Clip['quotes'][number]>('quotes', c.quotes, (q, p) => {
    check(`${p}.text`, q?.text, LIMITS.long);
    check(`${p}.prefix`, q?.prefix, LIMITS.short);
    check(`${p}.suffix`, q?.suffix, LIMITS.short);
    check(`${p}.addedAt`, q?.addedAt, LIMITS.code);
    check(`${p}.comment`, q?.comment, LIMITS.long);
  });
  return found[0] ?? null;
}

/** "2 million", "10,000": a limit in words for a message. */
export function limitInWords(n: number): string {
  return n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000} million` : n.toLocaleString('en-US');
}

/**
 * Why `url` cannot be a clip's address, or null when it can: it must parse
 * with the URL parser (WHATWG), be http: or https: with a host, and hold no
 * control characters or spaces. (`https://[`, `https://%zz` and `https:///`
 * do not parse; a NUL parses, percent-encoded, but is not in any real
 * address; `file:`, `javascript:` and `data:` are not web pages.)
 */
export function urlProblem(url: string): string | null {
  if (url.length > LIMITS.url) return `at most ${limitInWords(LIMITS.url)} characters`;
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/.test(url)) {
    return 'a web address without spaces or control characters';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'a web address (http:// or https://) that can be read: this one does not parse';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `a web address (http:// or https://), not ${parsed.protocol}`;
  if (!parsed.hostname) return 'a web address with a site name';
  return null;
}
