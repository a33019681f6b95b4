/**
 * CSL-JSON and RIS for Zotero and other reference managers. Vietnamese names
 * keep their order: a name that starts with a Vietnamese family name is
 * split after that first syllable ("Nguyễn" + "Văn An"), never on the last
 * syllable, and marked for static ordering; other bylines (pen names such as
 * "Minh Châu") are kept whole as a literal.
 */
import type { Clip } from '../library/types';
import { SURNAMES } from '../engine/vocab/names';

/** A CSL-JSON name. */
export type CslName = { family: string; given: string; 'static-ordering'?: boolean } | { literal: string };

const FAMILY = new Set([...SURNAMES].map((s) => s.normalize('NFC').toLowerCase()));

/** A byline as a CSL name. */
export function cslName(name: string): CslName {
  const n = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const [first, ...rest] = n.split(' ');
  if (first && rest.length >= 1 && FAMILY.has(first.toLowerCase()) && n.split(' ').length >= 2) {
    return { family: first, given: rest.join(' '), 'static-ordering': true };
  }
  return { literal: n };
}

function dateParts(iso: string | null): { 'date-parts': number[][] } | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!m) return undefined;
  return { 'date-parts': [[m[1], m[2], m[3]].filter((x): x is string => !!x).map(Number)] };
}

/** The clips as CSL-JSON items (an array, as Zotero imports it). */
export function toCslJson(clips: Clip[]): Record<string, unknown>[] {
  return clips.map((c, i) => {
    const issued = dateParts(c.published);
    const accessed = dateParts(c.clippedAt);
    return {
      id: `dvlens-${c.id ?? i + 1}`,
      type: 'article-newspaper',
      title: c.title,
      ...(c.site ? { 'container-title': c.site } : {}),
      URL: c.url,
      ...(issued ? { issued } : {}),
      ...(accessed ? { accessed } : {}),
      ...(c.author ? { author: c.author.split(/\s*[,;]\s*|\s+(?:và|and)\s+/).filter(Boolean).map(cslName) } : {}),
      language: c.lang,
      ...(c.summary.length ? { abstract: c.summary.join(' ') } : {}),
      ...(c.note ? { note: c.note } : {}),
      ...(c.tags.length ? { keyword: c.tags.join(', ') } : {}),
    };
  });
}

/**
 * One RIS field line. RIS has no escaping, so every line break inside a value
 * becomes a space: CR, LF, vertical tab, form feed, NEL (U+0085) and the
 * Unicode line and paragraph separators (U+2028, U+2029), which some readers
 * also split records on.
 */
const field = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g, ' ')}`;

/** The clips as an RIS file (one NEWS record each). */
export function toRis(clips: Clip[]): string {
  const lines: string[] = [];
  for (const c of clips) {
    lines.push(field('TY', 'NEWS'), field('TI', c.title));
    if (c.site) lines.push(field('T2', c.site));
    if (c.author) {
      for (const a of c.author.split(/\s*[,;]\s*|\s+(?:và|and)\s+/).filter(Boolean)) {
        const n = cslName(a);
        // "Family, Given": readers split on the comma, so the name keeps its Vietnamese order.
        lines.push(field('AU', 'literal' in n ? n.literal : `${n.family}, ${n.given}`));
      }
    }
    if (c.published) {
      lines.push(field('PY', c.published.slice(0, 4)));
      lines.push(field('DA', c.published.slice(0, 10).replace(/-/g, '/')));
    }
    lines.push(field('UR', c.url), field('Y2', c.clippedAt.slice(0, 10).replace(/-/g, '/')), field('LA', c.lang));
    if (c.summary.length) lines.push(field('AB', c.summary.join(' ')));
    if (c.note) lines.push(field('N1', c.note));
    for (const t of c.tags) lines.push(field('KW', t));
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}
