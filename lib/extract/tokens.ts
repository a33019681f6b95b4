/**
 * A small tokenizer for normalised Vietnamese text, and a phrase matcher over
 * its tokens. Words are runs of letters and marks (with inner apostrophes, for
 * names such as H'Hen); numbers, newlines and single punctuation marks are
 * tokens of their own.
 */

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

const TOKEN_RE = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|\p{N}+|\n|[^\s]/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Split normalised text into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN_RE.exec(text);
  while (m !== null) {
    const w = m[0];
    const c = w.charCodeAt(0);
    let t: Token['t'];
    if (w === '\n') t = 'nl';
    else if (c >= 48 && c <= 57) t = 'n';
    else if (w.length === 1 && !(/[\p{L}]/u.test(w))) t = /\p{N}/u.test(w) ? 'n' : 'p';
    else t = 'w';
    const cap = t === 'w' && UPPER_START.test(w);
    out.push({ s: m.index, e: m.index + w.length, w, k: w.toLowerCase(), t, cap, upper: cap && w.length > 1 && !HAS_LOWER.test(w) });
    m = TOKEN_RE.exec(text);
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
   * Only consecutive word tokens match.
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
        if (!tj || tj.t !== 'w' || tj.k !== words[j]) {
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
