/**
 * The heading block of a Vietnamese administrative document (Nghị định
 * 30/2020/NĐ-CP, and Hướng dẫn 36-HD/VPTW for Party bodies): the body above
 * the issuing body, the issuing body, the place. The library cannot know
 * them; the reader types them once and they are remembered in
 * `browser.storage.local` under {@link REPORT_HEADING_KEY}.
 */

/** What the reader fills in the heading block. */
export interface ReportHeading {
  /** The body above ("TỈNH ỦY BẮC GIANG"), or empty. */
  parent: string;
  /** The issuing body ("BAN DÂN VẬN"), or empty. */
  body: string;
  /** The place of the place-and-date line ("Bắc Giang"), or empty. */
  place: string;
}

/** The storage key of the remembered heading. */
export const REPORT_HEADING_KEY = 'reportHeading';

/** Longest value kept (a body's name is a line). */
const MAX = 200;

/** An empty heading. */
export const EMPTY_HEADING: ReportHeading = { parent: '', body: '', place: '' };

/** A heading from what storage holds: each field a trimmed single line (NFC), anything else empty. */
export function readHeading(raw: unknown): ReportHeading {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const line = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX) : '');
  return { parent: line(r.parent), body: line(r.body), place: line(r.place) };
}
