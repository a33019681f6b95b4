/**
 * The JSON export format, version 1, as a zod schema: the single source of
 * truth for what an export holds and what an import accepts. Documented for
 * people in lib/transfer/README.md.
 */
import { z } from 'zod';
import { MAX_TEXT } from '../library/db';

/** The `format` field of every export. */
export const FORMAT = 'dan-van-lens-library';
/** The export version this build writes; it reads this one and every older one. */
export const EXPORT_VERSION = 1;

const text = z.string();
const iso = z.string().regex(/^(\d{4}|--)(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO 8601 date');
const isoOrNull = iso.nullable();
const anchor = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: text,
  prefix: text,
  suffix: text,
});

/** One clip in an export. */
export const clipSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  url: z.string().regex(/^(https?|file):\/\/\S+$/, 'a web address (http:// or https://)'),
  title: text,
  site: text.nullable(),
  published: isoOrNull,
  author: text.nullable(),
  lang: text,
  clippedAt: iso,
  updatedAt: iso,
  text: z.string().max(MAX_TEXT, `at most ${MAX_TEXT / 1e6} million characters`),
  summary: z.array(text),
  summaryEdited: z.boolean().optional(),
  officials: z.array(
    z.strictObject({ name: text, key: text, titles: z.array(text), byline: z.boolean().optional(), anchors: z.array(anchor) }),
  ),
  documents: z.array(
    z.strictObject({
      key: text,
      symbol: z.boolean(),
      kind: text,
      issuer: text.nullable(),
      date: isoOrNull,
      name: text.optional(),
      anchors: z.array(anchor),
    }),
  ),
  dates: z.array(z.strictObject({ iso: text, inferred: z.boolean().optional(), anchor })),
  periods: z.array(z.strictObject({ kind: text, iso: text.nullable(), anchor })),
  relevance: z.number(),
  note: text,
  tags: z.array(text),
  quotes: z.array(z.strictObject({ text, prefix: text, suffix: text, addedAt: iso, comment: text.optional() })),
});

/** The whole file. */
export const exportSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  clips: z.array(z.unknown()),
});
