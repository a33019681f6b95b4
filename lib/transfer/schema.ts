/**
 * The JSON export format, version 1, as a zod schema: the single source of
 * truth for what an export holds and what an import accepts. Documented for
 * people in lib/transfer/README.md.
 */
import { z } from 'zod';
import { LIMITS, limitInWords, urlProblem } from '../library/limits';
import { type SchemaParts, STORED_KIND_LIST } from '../library/stored-kinds';

/** The `format` field of every export. */
export const FORMAT = 'dan-van-lens-library';
/** The export version this build writes; it reads this one and every older one. */
export const EXPORT_VERSION = 1;

/** A string of at most `limit` characters (lib/library/limits.ts: the same limits the library saves with). */
const upTo = (limit: number) => z.string().max(limit, `at most ${limitInWords(limit)} characters`);
const long = upTo(LIMITS.long);
const entity = upTo(LIMITS.entity);
const short = upTo(LIMITS.short);
const code = upTo(LIMITS.code);
const iso = code.regex(/^(\d{4}|--)(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO 8601 date');
const isoOrNull = iso.nullable();
const anchor = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: entity,
  prefix: short,
  suffix: short,
});
/** A web address the URL parser reads, http(s) only, as a clip's key. */
const webAddress = z.string().superRefine((url, ctx) => {
  const problem = urlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** What each kind's entity schema is built from. */
const parts: SchemaParts = { z: { strictObject: z.strictObject, array: z.array, boolean: z.boolean }, entity, code, isoOrNull, anchor };

/** One clip in an export. */
export const clipSchema = z.strictObject({
  // Any number: kept when it is a valid id free in the library (lib/library/limits.ts), else a new one is given.
  id: z.number().optional(),
  url: webAddress,
  title: upTo(LIMITS.title),
  site: short.nullable(),
  published: isoOrNull,
  author: short.nullable(),
  lang: code,
  clippedAt: iso,
  updatedAt: iso,
  text: long,
  summary: z.array(long),
  summaryEdited: z.boolean().optional(),
  // One list per kind (lib/library/stored-kinds.ts): officials, documents, dates.
  ...Object.fromEntries(STORED_KIND_LIST.map((k) => [k.field, z.array(k.schema(parts))])),
  periods: z.array(z.strictObject({ kind: code, iso: code.nullable(), anchor })),
  relevance: z.number(),
  note: long,
  tags: z.array(short),
  quotes: z.array(z.strictObject({ text: long, prefix: short, suffix: short, addedAt: iso, comment: long.optional() })),
});

/** The whole file. */
export const exportSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  clips: z.array(z.unknown()),
});
