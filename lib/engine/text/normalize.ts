/**
 * Text normalisation with an offset map back to the original string.
 *
 * The engine works on a cleaned copy of the text (NFC, look-alike letters,
 * spaces, dashes, zero-width characters removed, new-style tone placement) and
 * reports offsets into the *original* string, so highlights land on the page's
 * real characters even when the page is NFD or full of no-break spaces.
 */

/** A cleaned text plus, for each of its UTF-16 units, where it came from. */
export interface NormalizedText {
  /** The original string as given. */
  readonly original: string;
  /** NFC, cleaned, case and tone placement as written (titles are reported from this). */
  readonly clean: string;
  /** `clean` with old-style tone placement moved to the new style (hoà → hòa). Same length. */
  readonly text: string;
  /** `starts[i]` is the original index where `clean[i]` begins. */
  readonly starts: Uint32Array;
  /** `ends[i]` is the original index just after the source of `clean[i]`. */
  readonly ends: Uint32Array;
}

const CHAR_MAP: Record<string, string> = {
  '\u00D0': 'Đ',
  '\u0189': 'Đ',
  '\u00F0': 'đ',
  '\u2044': '/',
  '\u2215': '/',
  '\t': ' ',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u205F': ' ',
  '\u3000': ' ',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\r': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
};

function mapChar(ch: string): string {
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const c = ch.charCodeAt(0);
  if (c >= 0x2000 && c <= 0x200a) return ' ';
  if (c >= 0x2010 && c <= 0x2015) return '-';
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) return '';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return ch;
}

const UTF16 = new TextDecoder('utf-16le');

/** `to` (a larger array) with `from` copied into its start. */
function widened<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
const NEEDS_WORK = /[^\u0000-\u007f]|\t|\r/;

/**
 * Normalise `original` for matching. Every unit of the result maps back to a
 * range of the original (see {@link toOriginal}).
 */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  if (!NEEDS_WORK.test(original)) {
    const starts = new Uint32Array(n);
    const ends = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { original, clean: original, text: original, starts, ends };
  }
  // (Plain locals, no closures over them: this loop runs over every character of every page.)
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    const combiningNext = next >= 0x300 && next <= 0x36f;
    // Fast path: plain ASCII, or a precomposed Latin letter with no combining mark after it.
    if (!combiningNext && ((c < 0x80 && c !== 9 && c !== 13) || (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd0 && c !== 0xf0 && c !== 0x189))) {
      // The output never runs ahead of the input here, so no capacity check is needed.
      out[len] = c;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    // A segment: one code point plus the combining marks that follow it.
    let j = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (j < n) {
      const m = original.charCodeAt(j);
      if (m < 0x300 || m > 0x36f) break;
      j++;
    }
    const seg = original.slice(i, j);
    let piece = j - i === 1 ? mapChar(seg) : seg.normalize('NFC');
    if (j - i > 1 && piece.length === 1) piece = mapChar(piece);
    for (let k = 0; k < piece.length; k++) {
      if (len === cap) {
        cap *= 2;
        out = widened(out, new Uint16Array(cap));
        starts = widened(starts, new Uint32Array(cap));
        ends = widened(ends, new Uint32Array(cap));
      }
      out[len] = piece.charCodeAt(k);
      starts[len] = i;
      ends[len] = j;
      len++;
    }
    i = j;
    // Keep room for the rest of the input on the fast path.
    while (cap - len < n - i + 16) {
      cap *= 2;
      out = widened(out, new Uint16Array(cap));
      starts = widened(starts, new Uint32Array(cap));
      ends = widened(ends, new Uint32Array(cap));
    }
  }
  const clean = UTF16.decode(out.subarray(0, len));
  return { original, clean, text: newStyleTones(clean), starts: starts.slice(0, len), ends: ends.slice(0, len) };
}

/** Map a `[start, end)` range of the normalised text back to the original string. */
export function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] ?? 0) : norm.original.length;
    return { start: at, end: at };
  }
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? norm.original.length };
}

// ---------------------------------------------------------------------------
// Tone placement and comparison keys

const TONES = '\u0300\u0301\u0303\u0309\u0323';
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

function toneOf(ch: string): { base: string; tone: string } {
  const d = ch.normalize('NFD');
  let tone = '';
  let base = '';
  for (const c of d) {
    if (TONES.includes(c)) tone = c;
    else base += c;
  }
  return { base: base.normalize('NFC'), tone };
}

/**
 * Move the tone mark of word-final open `oa`, `oe`, `uy` from the second vowel
 * to the first (hoà → hòa, khoẻ → khỏe, uỷ → ủy), as the guide prescribes for
 * matching. `quý` keeps its mark (qu + y). Length-preserving.
 */
export function newStyleTones(s: string): string {
  // Fast reject: the pattern needs o/u followed by a toned a/e/y.
  if (!/[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/.test(s)) return s;
  return s.replace(
    /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/g,
    (whole, v1: string, v2: string, offset: number, str: string) => {
      const lower1 = v1.toLowerCase();
      const lower2 = toneOf(v2).base.toLowerCase();
      if (lower1 === 'o' && lower2 !== 'a' && lower2 !== 'e') return whole;
      if (lower1 === 'u' && lower2 !== 'y') return whole;
      const prev = offset > 0 ? (str[offset - 1] ?? '') : '';
      if (lower1 === 'u' && (prev === 'q' || prev === 'Q')) return whole;
      // "gìa"-like or a vowel before: only swap in the simple open syllable.
      if (prev && /[aeiouyâăêôơưAEIOUYÂĂÊÔƠƯ]/.test(prev)) return whole;
      const { base, tone } = toneOf(v2);
      return (v1 + tone).normalize('NFC') + base;
    },
  );
}

const toneCache = new Map<string, string>();
const foldCache = new Map<string, string>();

function perChar(s: string, cache: Map<string, string>, f: (c: string) => string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c.charCodeAt(0) < 0x80) {
      out += c.toLowerCase();
      continue;
    }
    let m = cache.get(c);
    if (m === undefined) {
      m = f(c);
      if (m.length !== 1) m = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      cache.set(c, m);
    }
    out += m;
  }
  return out;
}

/** Exact comparison key: new-style tones, lower case. Same length as the input. */
export function exactKey(s: string): string {
  const t = newStyleTones(s.normalize('NFC'));
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i] ?? '';
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** Tone-insensitive key: drops the five tone marks (also repairs misplaced ones), lower case. */
export function toneKey(s: string): string {
  return perChar(s.normalize('NFC'), toneCache, (c) => c.normalize('NFD').replace(TONE_RE, '').normalize('NFC').toLowerCase());
}

/** ASCII fold: every mark dropped, đ → d, lower case ("Đồng Tháp" → "dong thap"). */
export function foldKey(s: string): string {
  return perChar(s.normalize('NFC'), foldCache, (c) => {
    if (c === 'đ' || c === 'Đ') return 'd';
    return c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  });
}
