/**
 * The English-page extractor (English editions of Vietnamese outlets). People
 * come from compromise plus a pass for Vietnamese names written without
 * diacritics (compromise misses "… Mass Mobilisation Truong Thi Mai"); titles
 * are attached from the capitalised chain before the name or the comma phrase
 * after it. Names keep their written order: family name first.
 *
 * Imported only for English pages, so compromise stays out of the Vietnamese bundle.
 */
import nlp from 'compromise';
import { findDocuments } from '../extract/documents';
import type { RawDate } from '../extract/dates';
import { toDateRefs, toDocumentRef } from '../extract/extract';
import type { DocumentRef, ExtractOptions, Extraction, Official } from '../extract/types';
import { foldKey, type NormalizedText, toOriginal } from '../text/normalize';
import { dropOverlaps } from '../text/spans';
import { SURNAMES } from '../vocab/names';
import { PLACES } from '../vocab/places';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MY = new RegExp(`\\b${MON}\\s+(\\d{4})\\b`, 'g');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

/** Words a title starts with ("Deputy Prime Minister", "Head of the …"). */
const TITLE_WORDS = 'Head Secretary Chairman Chairwoman Chair President Vice Deputy Member Minister Prime Director General Permanent Standing Politburo Commander Colonel Lieutenant Major Senior Chief Most Venerable Ambassador Editor Governor Mayor Party'.split(' ');
/** …of which these may lead a title but are not where the chain before a name is cut ("Party Central Committee's"). */
const NOT_CHAIN_START = new Set(['Most', 'Editor', 'Party']);
const HEAD = new RegExp(`^(?:${TITLE_WORDS.join('|')})\\b`);
const CHAIN_START = new RegExp(`\\b(?:${TITLE_WORDS.filter((w) => !NOT_CHAIN_START.has(w)).join('|')})\\b`);
const SURNAME_ASCII = new Set([...SURNAMES].map((s) => foldKey(s)));
const PLACES_ASCII = new Set(PLACES.map((p) => foldKey(p.join(' '))));
const VI_NAME = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g;
const TITLE_CHAIN = /((?:(?:[A-Z][\w'’-]*|of|the|for|and|on|in|member|'s|’s)\s+)*)$/;

function monthOf(s: string): number {
  const k = s.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3))) + 1;
}

/** English dates ("July 13, 2024", "13 July 2024", "July 2024", "13/7/2024"). */
function findEnglishDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(MDY)) {
    const y = m[3] ? Number(m[3]) : null;
    out.push({ start: m.index, end: m.index + m[0].length, year: y, month: monthOf(m[1] ?? ''), day: Number(m[2]), time: null, explicitYear: y !== null });
  }
  for (const m of text.matchAll(DMY)) {
    const y = m[3] ? Number(m[3]) : null;
    out.push({ start: m.index, end: m.index + m[0].length, year: y, month: monthOf(m[2] ?? ''), day: Number(m[1]), time: null, explicitYear: y !== null });
  }
  for (const m of text.matchAll(MY)) {
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[2]), month: monthOf(m[1] ?? ''), day: null, time: null, explicitYear: true });
  }
  for (const m of text.matchAll(NUMERIC)) {
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), time: null, explicitYear: true });
  }
  return dropOverlaps(out.filter((d) => d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= 31))));
}

/** Canonical Vietnamese spelling of ASCII document codes: QD → QĐ, ND → NĐ. */
function vietnameseCodes(s: string | null): string | null {
  if (!s) return s;
  return s.replace(/(^|[-/])(QD|ND|DA|DU|DUK)(?=$|[-/])/g, (_m, pre: string, code: string) => pre + code.replace('D', 'Đ').replace(/^Q[ĐD]/, 'QĐ'));
}

/** Titles before a name: "Politburo member and Head of the … Mobilisation". */
function titlesBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 200), start);
  const chainText = TITLE_CHAIN.exec(before)?.[1];
  if (!chainText) return [];
  let chain = chainText.trim();
  const h = chain.search(CHAIN_START);
  if (h < 0) return [];
  chain = chain.slice(h);
  return chain
    .split(/\s+and\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => HEAD.test(s));
}

/** Titles after a name: ", Secretary of the Provincial Party Committee," */
function titlesAfter(text: string, end: number): string[] {
  const phrase = /^,\s+([^,.;()]{3,160})/.exec(text.slice(end, end + 200))?.[1];
  if (!phrase) return [];
  const t = phrase.trim();
  if (!HEAD.test(t) && !/^(?:member|head|secretary|chairman|chairwoman|deputy|vice|director)\b/i.test(t)) return [];
  return [t.replace(/^(?:the|a)\s+/i, '')];
}

/** Extract from an English text (normalised). */
export function extractEnglish(norm: NormalizedText, options: ExtractOptions): Omit<Extraction, 'lang'> {
  const text = norm.text;
  const people = new Map<string, { name: string; spans: { start: number; end: number }[]; titles: string[] }>();
  const spans: { start: number; end: number }[] = [];
  const doc = nlp(text);
  for (const p of doc.people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    const raw = p.text.replace(/[\s,.;:]+$/, '');
    if (raw.split(/\s+/).length < 2) continue;
    spans.push({ start: p.offset.start, end: p.offset.start + raw.length });
  }
  for (const m of text.matchAll(VI_NAME)) {
    // Try each capitalised word as the start: "Mass Mobilisation Truong Thi Mai".
    const words = [...m[0].matchAll(/[A-Z][a-z]+/g)];
    const at = words.findIndex((w) => SURNAME_ASCII.has(w[0].toLowerCase()));
    const first = words[at];
    const last = words[words.length - 1];
    if (at < 0 || !first || !last || words.length - at < 2) continue;
    spans.push({ start: m.index + (first.index ?? 0), end: m.index + (last.index ?? 0) + last[0].length });
  }
  for (const s of dropOverlaps(spans)) {
    const name = text.slice(s.start, s.end);
    if (/\b(?:Party|Committee|Province|City|Vietnam|Front|Street|School|Ho Chi Minh)\b/.test(name)) continue;
    if (PLACES_ASCII.has(foldKey(name))) continue;
    const key = name.toLowerCase();
    const entry = people.get(key) ?? { name, spans: [], titles: [] };
    entry.spans.push(s);
    for (const t of [...titlesBefore(text, s.start), ...titlesAfter(text, s.end)]) {
      if (!entry.titles.includes(t)) entry.titles.push(t);
    }
    people.set(key, entry);
  }
  const officials: Official[] = [...people.values()].map((p) => ({
    name: p.name,
    key: p.name.toLowerCase(),
    titles: p.titles,
    mentions: p.spans.map((s) => toOriginal(norm, s.start, s.end)),
  }));

  // English editions write ASCII codes (QD, ND): report them in Vietnamese spelling.
  const documents: DocumentRef[] = findDocuments(text).map((d) => ({
    ...toDocumentRef(norm, d, undefined),
    key: vietnameseCodes(d.key),
    kind: vietnameseCodes(d.kind) ?? d.kind,
    issuer: vietnameseCodes(d.issuer),
  }));

  const raw = findEnglishDates(text).filter((d) => !documents.some((x) => d.start < x.end && x.start < d.end));
  const years = raw.filter((d) => d.year !== null).map((d) => ({ at: d.start, year: d.year as number }));
  const dates = toDateRefs(norm, raw, years, options.articleDate ?? null);
  return { officials, documents, dates, periods: [] };
}

/**
 * compromise sets itself up on first use (tokeniser, lexicon and pre-tagger,
 * the post-tagger's rules, the people matcher), ~45 ms in all in Node. Run
 * one step at a time, with the main thread handed back in between, before
 * the first real call. The post-tagger's rules (~26 ms in Node, 40–50 ms in
 * a cold page) are compiled in one go and cannot be split further.
 */
export const WARM_UP_STEPS: (() => void)[] = [
  () => nlp.tokenize('Mr. An met voters.'),
  () => nlp.tokenize('Mr. An met voters.').compute('preTagger'),
  () => nlp('Mr. An met voters.'),
  () => nlp('Mr. Nguyen Van An met voters on June 5.').people().json({ offset: true }),
];
