/**
 * A small tokenizer for normalised Vietnamese text, and a phrase matcher over
 * its tokens. Words are runs of letters and marks (with inner apostrophes, for
 * names such as H'Hen); numbers, newlines and single punctuation marks are
 * tokens of their own.
 */
import { isSpaceCode } from '../text/chars';

/** One token of the normalised text. */
export interface Token {
  /** Start offset in the normalised text. */
  s: number;
  /** End offset. */
  e: number;
  /** The token as written. */
  w: string;
  /** Lower-case form (the exact key, since the text already has new-style tones). */
  k: string;
  /** w = word, n = number, p = punctuation, nl = line break. */
  t: 'w' | 'n' | 'p' | 'nl';
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms, ALL-CAPS bylines). */
  upper: boolean;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;
const OTHER_NUMBER = /\p{N}/u;

/** Letter or combining mark; fast for Latin and Vietnamese, exact for the rest. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  return OTHER_LETTER.test(String.fromCharCode(c));
}

/**
 * True when every unit of `text[from, to)` is one that `toLowerCase` leaves as it is and that starts no
 * upper-case letter: a–z, the apostrophe, Latin-1's lower-case letters, Vietnamese lower-case letters and
 * combining marks. (False only means "not known": the caller then lower-cases.)
 */
function isLowerRun(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || c === 39) continue;
      return false;
    }
    if ((c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) continue;
    if (c >= 0x1ea0 && c <= 0x1ef9) {
      if (c & 1) continue;
      return false;
    }
    if (c === 0x103 || c === 0x111 || c === 0x129 || c === 0x169 || c === 0x1a1 || c === 0x1b0) continue;
    return false;
  }
  return true;
}

/** Split normalised text into tokens (a hand-written scanner: this runs on every page). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      out.push({ s: i, e: i + 1, w: '\n', k: '\n', t: 'nl', cap: false, upper: false });
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 48 || d > 57) break;
        j++;
      }
      const w = text.slice(i, j);
      out.push({ s: i, e: j, w, k: w, t: 'n', cap: false, upper: false });
      i = j;
      continue;
    }
    if (isWordCode(c) && !(c >= 0x300 && c <= 0x36f)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          j++;
          continue;
        }
        // An inner apostrophe joins names such as H'Hen.
        if (d === 39 && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      const w = text.slice(i, j);
      // Most words are in lower case already: no second string for them.
      const k = isLowerRun(text, i, j) ? w : w.toLowerCase();
      const cap = k.charCodeAt(0) !== c;
      out.push({ s: i, e: j, w, k, t: 'w', cap, upper: cap && j - i > 1 && w === w.toUpperCase() });
      i = j;
      continue;
    }
    // One character (a whole surrogate pair) of punctuation, or a number in another script.
    const j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    const w = text.slice(i, j);
    out.push({ s: i, e: j, w, k: w, t: OTHER_NUMBER.test(w) ? 'n' : 'p', cap: false, upper: false });
    i = j;
  }
  return out;
}

/** Longest-first phrase lookup over token keys. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  /** Build from phrases written as space-separated exact keys. */
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.split(/\s+/).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * The index just after the longest phrase starting at token `i`, or -1.
   * Consecutive word tokens match, and punctuation written in the phrase
   * (a comma inside "văn hóa , thể thao và du lịch").
   */
  match(toks: readonly Token[], i: number): number {
    const t = toks[i];
    if (!t || t.t !== 'w') return -1;
    const list = this.byFirst.get(t.k);
    if (!list) return -1;
    for (const words of list) {
      let ok = true;
      for (let j = 1; j < words.length; j++) {
        const tj = toks[i + j];
        if (!tj || (tj.t !== 'w' && tj.t !== 'p') || tj.k !== words[j]) {
          ok = false;
          break;
        }
      }
      if (ok) return i + words.length;
    }
    return -1;
  }

  /** True when `key` starts some phrase. */
  has(key: string): boolean {
    return this.byFirst.has(key);
  }
}
