/**
 * Character classes for the engine's regexes, as explicit ranges. The engine
 * works on NFC Latin/Vietnamese text, and Unicode property classes (\p{L})
 * cost about 2 ms each to compile on first use in a page: with thirty regexes
 * that was most of the content script's start-up.
 */

function evenOdd(from: number, to: number, odd: boolean): string {
  let s = '';
  for (let c = from + (odd ? 1 : 0); c <= to; c += 2) s += String.fromCharCode(c);
  return s;
}

/** Letters and combining marks of Latin scripts (Vietnamese included). Use inside [...]. */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
/** Letters, marks and digits. Use inside [...]. */
export const WORD = `0-9${LETTER}`;
/** Upper-case Latin letters, Vietnamese included. Use inside [...]. */
export const UPPER = `A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0102\\u0110\\u0128\\u0168\\u01A0\\u01AF${evenOdd(0x1ea0, 0x1ef8, false)}`;
/** Lower-case Latin letters, Vietnamese included. Use inside [...]. */
export const LOWER = `a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0103\\u0111\\u0129\\u0169\\u01A1\\u01B0${evenOdd(0x1ea0, 0x1ef9, true)}`;
/** Not preceded by a word character. */
export const WORD_START = `(?<![${WORD}])`;
/** Not followed by a word character. */
export const WORD_END = `(?![${WORD}])`;

/** White space as the engine and the page mapping see it (line breaks and zero-width space included). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x0b || c === 0x0c || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x85 || c === 0xfeff
  );
}

/** Could `c` be white space to `\s` or `trim()`? (A superset, for the fast paths below.) */
function maybeSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}

/** True when the only white space in `s` is single spaces (" " between other characters, or at an end). */
function singleSpacesOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && maybeSpaceCode(s.charCodeAt(i + 1)) : maybeSpaceCode(c)) return false;
  }
  return true;
}

/** `s.replace(/\s+/g, ' ')`: every run of white space as one space; no regex when there is nothing to fold. */
export function foldSpaces(s: string): string {
  return singleSpacesOnly(s) ? s : s.replace(/\s+/g, ' ');
}

/**
 * True when `s` is printable ASCII, Latin (U+00A1–U+02FF but the soft hyphen) or precomposed Vietnamese
 * (U+1E00–U+1EFF), with single spaces only between words: such text is NFC, holds no invisible or other
 * white space, and has nothing to trim.
 */
export function isTidyLatin(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return false;
      continue;
    }
    if ((c > 32 && c < 0x7f) || (c >= 0xa1 && c <= 0x2ff && c !== 0xad) || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return false;
  }
  return true;
}
