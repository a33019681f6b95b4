/**
 * A sentence splitter for Vietnamese news text. It splits after `.`, `!`,
 * `?` and `…` when a capital, digit or opening quote follows, and at
 * paragraph breaks; it does not split after abbreviations ("TP.", "PGS.TS.",
 * "Th.S", "ThS.", "Q.", "v.v." before a lower-case word), inside numbers
 * ("2.000", "1.5"), or inside a quotation.
 */
import { LOWER, UPPER } from '../engine/text/chars';

/** A sentence: `[start, end)` in the text, and the sentence itself. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Words (case-insensitive, without the final dot) after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'tp', 'tt', 'tx', 'q', 'p', 'h', 'x', 'ts', 'ths', 'th.s', 'pgs', 'gs', 'pgs.ts', 'gs.ts', 'bs', 'bs.ckii', 'bs.cki', 'ks', 'cn',
    'ncs', 'lg', 'ls', 'nsnd', 'nsưt', 'nnưt', 'ttưt', 'st', 'đc', 'đ/c', 'sđd', 'tr', 'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'e.g', 'i.e',
    'tp.hcm', 'ubnd', 'ths.bs', 'ts.bs', 'pgs.ts.bs', 'gs.tskh', 'tskh', 'đh', 'cđ', 'thpt', 'thcs', 'tw', 'kts', 'ctv', 'pv', 'btv',
  ],
);

const OPENERS = '"“‘\'(«[';
const CLOSERS = '"”’\')»]';
const STARTS = new RegExp(`^[${UPPER}0-9${OPENERS.replace(/[[\]']/g, '\\$&')}\\-–—•]`);
const LOWER_RE = new RegExp(`^[${LOWER}]`);
const WORD_BEFORE = /([\p{L}\p{N}./]+)$/u;

/** Split `text` into sentences, keeping offsets. Empty and whitespace-only pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  let straightOpen = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
    quoteDepth = 0;
    straightOpen = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (c === '“') quoteDepth++;
    else if (c === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (c === '"') straightOpen = !straightOpen;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Swallow runs of end punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && /[.!?…]/.test(text[j] as string)) j++;
    let closedQuote = false;
    while (j < text.length && CLOSERS.includes(text[j] as string)) {
      if (text[j] === '”') quoteDepth = Math.max(0, quoteDepth - 1);
      if (text[j] === '"') straightOpen = !straightOpen;
      closedQuote = true;
      j++;
    }
    if (j < text.length && !/\s/.test(text[j] as string)) continue; // "2.000", "Th.S", "TP.HCM"
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k] as string)) k++;
    if (k < text.length && text[k] === '\n') {
      // End of a line that is not a paragraph break: treat as a boundary.
      push(j);
      i = j - 1;
      continue;
    }
    const next = text.slice(k, k + 2);
    if (k >= text.length) break;
    if (!STARTS.test(next)) continue;
    if ((quoteDepth > 0 || straightOpen) && !closedQuote) continue;
    if (c === '.' && j === i + 1) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, i - 24), i))?.[1]?.toLowerCase() ?? '';
      const bare = w.replace(/^[.]+/, '');
      if (ABBREVIATIONS.has(bare)) continue;
      // A single capital letter ("Nguyễn V. Anh") is an initial.
      if (/^\p{Lu}$/u.test(w.slice(-1)) && w.length === 1) continue;
    }
    if (LOWER_RE.test(next)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
