/**
 * Cheap language detection (vi / en / other) and legacy-encoding detection,
 * fast enough to run on every page: one pass over the first 4,000 characters.
 */

/** Detected language of a text. */
export type TextLang = 'vi' | 'en' | 'other';

/** Letters only Vietnamese uses among Latin scripts (precomposed or as combining tone marks). */
function isVietnameseMark(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) || // ạ ả ấ … ỹ
    c === 0x0103 || c === 0x0102 || c === 0x0111 || c === 0x0110 || c === 0x01a1 || c === 0x01a0 ||
    c === 0x01b0 || c === 0x01af || c === 0x00e2 || c === 0x00c2 || c === 0x00ea || c === 0x00ca ||
    c === 0x00f4 || c === 0x00d4 || c === 0x0300 || c === 0x0301 || c === 0x0303 || c === 0x0309 || c === 0x0323
  );
}

const EN_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'for', 'that', 'with', 'on', 'was', 'said', 'by', 'as', 'at', 'from']);

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Guess the language of `text`. */
export function detectLang(text: string): TextLang {
  const n = Math.min(text.length, 4000);
  let words = 0;
  let vi = 0;
  let en = 0;
  let wordStart = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isLetterCode(c)) {
      if (wordStart < 0) wordStart = i;
      if (c > 0xff && isVietnameseMark(c)) vi++;
      else if (c >= 0xc2 && c <= 0xf4 && isVietnameseMark(c)) vi++;
      continue;
    }
    if (wordStart >= 0) {
      words++;
      const len = i - wordStart;
      if (len <= 4 && EN_WORDS.has(text.slice(wordStart, i).toLowerCase())) en++;
      wordStart = -1;
    }
  }
  if (words < 3) return 'other';
  // English prose with Vietnamese names in it ("Its Tòa Thánh Châu Minh (the Châu Minh Holy See) is located …"):
  // its function words outnumber what Vietnamese text ever has of them.
  if (en / words > 0.12) return 'en';
  if (vi / words > 0.12) return 'vi';
  if (en / words > 0.08) return 'en';
  return 'other';
}

/** The Latin-1 symbols a legacy font's letters show as (the `sym` test below). */
const LEGACY_SYMBOL = /[\u00a2-\u00bf\u00d7\u00f7]/;

/**
 * True when the text looks like Vietnamese in a legacy TCVN3/VNI font
 * rendered as Latin-1 ("Uû ban nh©n d©n"): skip it rather than highlight garbage.
 */
export function isLegacyEncoding(text: string): boolean {
  const n = Math.min(text.length, 4000);
  // No Latin-1 symbol at all (the usual case): nothing to count.
  if (!LEGACY_SYMBOL.test(text.length > n ? text.slice(0, n) : text)) return false;
  let hits = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const sym = (c >= 0xa2 && c <= 0xbf) || c === 0xd7 || c === 0xf7;
    if (!sym) {
      if (isLetterCode(c)) letters++;
      continue;
    }
    if (isLetterCode(text.charCodeAt(i - 1)) || isLetterCode(text.charCodeAt(i + 1))) hits++;
  }
  return hits >= 3 && hits / Math.max(1, letters / 5) > 0.03;
}
