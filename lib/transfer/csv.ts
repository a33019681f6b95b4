/**
 * CSV for spreadsheets: three tables — clips, officials (one row per official
 * per clip, with titles) and documents (one row per document per clip).
 * papaparse writes RFC 4180 quoting and neutralises cells that begin with
 * `=`, `+`, `-`, `@`, tab or carriage return (its `escapeFormulae`), so a
 * spreadsheet never runs page text as a formula. Each file starts with a
 * UTF-8 byte-order mark so Excel shows Vietnamese correctly.
 */
import Papa from 'papaparse';
import type { Clip } from '../library/types';
import { documentInWords } from '../page/describe';

const BOM = '\uFEFF';
/** Cells a spreadsheet would run as a formula. (papaparse's own default pattern misses multi-line cells.) */
const FORMULA = /^[=+\-@\t\r]/;

function csv(fields: string[], rows: (string | number | null)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows.map((r) => r.map((v) => (v === null ? '' : String(v)))) }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

/** The three CSV files of `clips`, by file name. */
export function toCsv(clips: Clip[]): Record<string, string> {
  return {
    'clips.csv': csv(
      ['url', 'title', 'site', 'published', 'author', 'lang', 'clipped_at', 'relevance', 'tags', 'note', 'summary', 'officials', 'documents'],
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
        c.officials.filter((o) => !o.byline).map((o) => o.name).join('; '),
        c.documents.map((d) => d.key).join('; '),
      ]),
    ),
    'officials.csv': csv(
      ['name', 'titles', 'mentions', 'clip_title', 'published', 'url'],
      clips.flatMap((c) => c.officials.filter((o) => !o.byline).map((o) => [o.name, o.titles.join('; '), o.anchors.length, c.title, c.published, c.url])),
    ),
    'documents.csv': csv(
      ['document', 'kind_and_issuer', 'document_date', 'mentions', 'clip_title', 'published', 'url'],
      clips.flatMap((c) => c.documents.map((d) => [d.key, documentInWords(d, 'vi'), d.date, d.anchors.length, c.title, c.published, c.url])),
    ),
  };
}
