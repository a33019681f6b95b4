/**
 * CSV for spreadsheets: the clips, and a table per kind that has one
 * (lib/library/stored-kinds.ts) — officials (one row per official per clip,
 * with titles) and documents (one row per document per clip).
 * papaparse writes RFC 4180 quoting and, through its `escapeFormulae`,
 * prefixes with `'` every text cell a spreadsheet could run as a formula
 * (see {@link FORMULA}); numbers the export writes itself (relevance, counts)
 * stay numbers. Each file starts with a UTF-8 byte-order mark so Excel shows
 * Vietnamese correctly.
 */
import Papa from 'papaparse';
import type { Clip } from '../library/types';
import { STORED_KIND_LIST } from '../library/stored-kinds';

const BOM = '\uFEFF';
/**
 * Text cells a spreadsheet could run as a formula or a DDE command: starting
 * with a tab, CR or LF, or with `= + - @ |` or their fullwidth forms
 * `＝ ＋ － ＠ ｜` after any white space or invisible characters (spaces,
 * NBSP, U+200B–U+200F, U+2060, U+FEFF…), which spreadsheets skip. (papaparse's
 * own default pattern misses multi-line cells.)
 */
const FORMULA = /^[\t\r\n]|^[\s\u00a0\u180e\u200b-\u200f\u2060\ufeff]*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c]/;

function csv(fields: string[], rows: (string | number | null)[][]): string {
  // Numbers go to papaparse as numbers: it never prefixes them ("-5" stays a number).
  return BOM + Papa.unparse({ fields, data: rows.map((r) => r.map((v) => (v === null ? '' : v))) }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

/** The kinds with CSV tables (lib/library/stored-kinds.ts): officials and documents. */
const TABLES = STORED_KIND_LIST.flatMap((k) => (k.csv ? [{ field: k.field, csv: k.csv }] : []));

/** The CSV files of `clips`, by file name: the clips, then one table per kind that has one. */
export function toCsv(clips: Clip[]): Record<string, string> {
  const files: Record<string, string> = {
    'clips.csv': csv(
      ['url', 'title', 'site', 'published', 'author', 'lang', 'clipped_at', 'relevance', 'tags', 'note', 'summary', ...TABLES.map((k) => k.field)],
      clips.map((c) => [
        c.url,
        c.title,
        c.site,
        c.published,
        c.author,
        c.lang,
        c.clippedAt,
        c.relevance,
        c.tags.join('; '),
        c.note,
        c.summary.join(' '),
        ...TABLES.map((k) => k.csv.column(c)),
      ]),
    ),
  };
  // One row per entity per clip, with the clip it is in.
  for (const k of TABLES) {
    files[`${k.field}.csv`] = csv(
      [...k.csv.fields, 'clip_title', 'published', 'url'],
      clips.flatMap((c) => k.csv.rows(c).map((row) => [...row, c.title, c.published, c.url])),
    );
  }
  return files;
}
