/**
 * Gold annotations for scoring: what a correct extraction of one passage is,
 * by the rules of the project's annotation guide. Read from `NNN.gold.json`
 * files (beside `NNN.txt`) or from a fixtures file of `sentences`.
 */

/** A person the passage names, with the titles it gives them. */
export interface GoldOfficial {
  name: string;
  titles: string[];
  /** A byline or photo credit: not counted either way. */
  byline?: boolean;
}

/** A cited document: matched by (kind, number, issuer) when it has a number, else by its text. */
export interface GoldDocument {
  text: string;
  kind: string;
  number: string | null;
  issuer: string | null;
}

/** A date: matched by its ISO value; `XXXX-MM-DD` (or `--MM-DD`) accepts any year. */
export interface GoldDate {
  text: string;
  iso: string;
}

/** One passage and its gold entities. */
export interface GoldPassage {
  id: string;
  text: string;
  /** 'vi' or 'en'; detected from the text when the gold file does not say. */
  lang?: string;
  officials: GoldOfficial[];
  documents: GoldDocument[];
  dates: GoldDate[];
  periods?: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/**
 * Check one gold record's shape; returns it typed, or throws naming the
 * passage and the field that is wrong.
 */
export function parseGold(id: string, text: string, raw: unknown): GoldPassage {
  const fail = (field: string, want: string): never => {
    throw new Error(`${id}: ${field} should be ${want}`);
  };
  if (!isObject(raw)) return fail('the gold record', 'an object');
  const list = (key: string): unknown[] => {
    const v = raw[key] ?? [];
    return Array.isArray(v) ? v : fail(key, 'an array');
  };
  const officials = list('officials').map((o, i) => {
    if (!isObject(o) || typeof o.name !== 'string') return fail(`officials[${i}].name`, 'a string');
    const titles = o.titles ?? [];
    if (!Array.isArray(titles) || !titles.every((t) => typeof t === 'string')) return fail(`officials[${i}].titles`, 'an array of strings');
    return { name: o.name, titles: titles as string[], ...(o.byline === true ? { byline: true } : {}) };
  });
  const documents = list('documents').map((d, i) => {
    if (!isObject(d) || typeof d.text !== 'string') return fail(`documents[${i}].text`, 'a string');
    if (typeof d.kind !== 'string') return fail(`documents[${i}].kind`, 'a string');
    if (!isStringOrNull(d.number ?? null)) return fail(`documents[${i}].number`, 'a string or null');
    if (!isStringOrNull(d.issuer ?? null)) return fail(`documents[${i}].issuer`, 'a string or null');
    return { text: d.text, kind: d.kind, number: (d.number as string | null) ?? null, issuer: (d.issuer as string | null) ?? null };
  });
  const dates = list('dates').map((d, i) => {
    if (!isObject(d) || typeof d.iso !== 'string') return fail(`dates[${i}].iso`, 'a string');
    if (!/^(?:\d{4}|XXXX|-)(?:-\d{2}(?:-\d{2})?)?$/.test(d.iso)) return fail(`dates[${i}].iso`, 'YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD');
    return { text: typeof d.text === 'string' ? d.text : '', iso: d.iso };
  });
  const periods = list('periods').map((p, i) => (typeof p === 'string' ? p : fail(`periods[${i}]`, 'a string')));
  const lang = raw.lang;
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') fail('lang', '"vi" or "en"');
  return { id, text, ...(lang ? { lang: lang as string } : {}), officials, documents, dates, periods };
}
