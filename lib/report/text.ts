/**
 * Page text made fit for a report file: NFC (so Vietnamese letters are one
 * code point each in Word and Excel, whatever the page used) and without the
 * characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF),
 * which would make Word refuse the file. Both file builders only ever see
 * text that went through {@link clean}.
 */
import { splitSentences } from '../library/sentences';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_NOT_XML = new RegExp(NOT_XML.source);

/** `s` without the characters an XML file cannot hold. */
export function xmlChars(s: string): string {
  return HAS_NOT_XML.test(s) ? s.replace(NOT_XML, '') : s;
}

/** `s` in NFC without the characters an XML file cannot hold. */
export function clean(s: string): string {
  return xmlChars(s).normalize('NFC');
}

/** `s` cleaned, with runs of white space (new lines included) made one space. */
export function oneLine(s: string): string {
  return clean(s).replace(/\s+/g, ' ').trim();
}

/**
 * {@link oneLine} remembering its answers: names, titles, sites and document
 * keys repeat across a period's clips, and cleaning each once is what keeps
 * a 2,000-clip report fast. One per report build.
 */
export function oneLineCache(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = oneLine(s);
      seen.set(s, v);
    }
    return v;
  };
}

/** How far the sentence search looks on each side of a mention. */
const REACH = 240;

/**
 * The sentence of `text` around `[start, end)`, found by the library's
 * Vietnamese sentence splitter (which knows "TP.", "PGS.TS.", "2.000") in a
 * window of {@link REACH} characters each side; cut with "…" where the
 * sentence runs past the window. Linear in the window, whatever the text's
 * length.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - REACH);
  const hi = Math.min(text.length, end + REACH);
  const pieces = splitSentences(text.slice(lo, hi));
  const at = start - lo;
  const s = pieces.find((p) => p.start <= at && at < p.end) ?? { start: at, end: end - lo, text: text.slice(start, end) };
  const body = oneLine(s.text);
  return `${s.start === 0 && lo > 0 ? '…' : ''}${body}${s.end >= hi - lo && hi < text.length ? '…' : ''}`;
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order of two strings. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** The host of `url` without "www.", or '' when it is not an address. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
