/**
 * Search terms for the library. A clip is indexed under the words of its
 * title, summary, text, note, tags, site, author and entities, each folded to
 * ASCII ("dân vận" → "dan", "van"); words that carry diacritics are also
 * indexed exactly, prefixed with "=" ("=dân"), so that "dan van kheo" finds
 * "Dân vận khéo" and exact matches can rank first. Symbols stay whole as well
 * as in parts: "290-QĐ/TW" is "290-qd/tw", "290", "qd", "tw".
 */
import { WORD } from '../engine/text/chars';
import { exactKey, foldKey } from '../engine/text/normalize';
import type { KindField } from '../shared/kinds';
import { STORED_KIND_LIST } from './stored-kinds';
import type { Clip } from './types';

/** Longest term kept (longer strings are not words anyone searches for). */
const MAX_TERM = 40;
/** At most this many distinct terms per clip: a 10 MB text stays indexable. */
const MAX_TERMS = 30_000;

// Latin letters with their marks and digits (chars.ts): much faster than \p{L} classes on long texts.
const TOKEN = new RegExp(`[${WORD}]+(?:[-/.][${WORD}]+)*`, 'g');
const PART = new RegExp(`[${WORD}]+`, 'g');

/** The words of `text` as they are written (NFC), compounds whole and in parts. */
function words(text: string, parts: boolean): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    const w = m[0];
    out.push(w);
    if (parts && /[-/.]/.test(w)) for (const p of w.matchAll(PART)) out.push(p[0]);
  }
  return out;
}

/** Add the folded term of `w`, and its exact term when it has diacritics. */
function addTerms(set: Set<string>, w: string): void {
  if (w.length > MAX_TERM || set.size >= MAX_TERMS) return;
  const folded = foldKey(w);
  set.add(folded);
  const exact = exactKey(w);
  if (exact !== folded) set.add(`=${exact}`);
}

/** The search terms of a clip: what its `terms` index holds. */
export function clipTerms(clip: Pick<Clip, 'title' | 'summary' | 'text' | 'note' | 'tags' | 'site' | 'author' | KindField | 'quotes'>): string[] {
  const set = new Set<string>();
  const seen = new Set<string>();
  const fields = [
    clip.title,
    clip.summary.join(' '),
    clip.note,
    clip.tags.join(' '),
    clip.site ?? '',
    clip.author ?? '',
    ...STORED_KIND_LIST.flatMap((k) => k.terms(clip) ?? []),
    clip.quotes.map((q) => `${q.text} ${q.comment ?? ''}`).join(' '),
    clip.text,
  ];
  // Each distinct word is folded once: a text repeats most of its words.
  for (const f of fields) {
    for (const w of words(f, true)) {
      if (seen.has(w)) continue;
      seen.add(w);
      addTerms(set, w);
    }
  }
  return [...set];
}

/** One word of a query: its folded term, and its exact term when typed with diacritics. */
export interface QueryTerm {
  fold: string;
  exact: string | null;
}

/** The terms of a search query ("dan van kheo", "Hoà", "290-QĐ/TW"). */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  for (const w of words(query, false)) {
    if (w.length > MAX_TERM) continue;
    const fold = foldKey(w);
    if (seen.has(fold)) continue;
    seen.add(fold);
    const exact = exactKey(w);
    out.push({ fold, exact: exact !== fold ? `=${exact}` : null });
  }
  return out;
}

/** The key a title sorts by: folded, so "Đà Nẵng" sorts with "Da". */
export function titleSortKey(title: string): string {
  return foldKey(title.normalize('NFC')).replace(/^[^a-z0-9]+/, '');
}
