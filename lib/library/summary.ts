/**
 * An extractive summary: the few sentences of the article that best stand
 * for it, in their original order. Each sentence is scored on what this text
 * offers: where it sits (news leads carry the gist), which officials and
 * documents it mentions, and how central it is (its overlap with the words
 * of the whole article — a centroid score, linear in the text's length).
 */
import type { Span } from '../engine/extract/types';
import { foldKey } from '../engine/text/normalize';
import { type Sentence, splitSentences } from './sentences';

/** What the summariser needs besides the text: each kind's mentions, and what a sentence gains per mention (lib/library/stored-kinds.ts). */
export type SummaryHints = { spans: Span[]; weight: number }[];

/** Short function words that say nothing about the topic (folded). */
const STOP = new Set(
  'va la cua cac nhung cho voi trong tai da duoc mot co nay de khi thi tu den ve theo nhu cung ra vao con se dang do hon nhieu rat o tren duoi sau truoc lai boi vi nen ma hay hoac cung nam ngay thang the and the of to in a for on is was with by as at that from'.split(
    ' ',
  ),
);

/** Lines that are not article sentences: captions, credits, sources, bylines. */
const NOT_PROSE = /^(?:ảnh|ảnh:|nguồn|video|clip|xem thêm|tin liên quan|photo|source)\b|\((?:ảnh|ảnh:)[^)]*\)$/i;

/** Sentences that list who attended ("Dự hội nghị có…", "Tham dự có…"). */
const ATTENDANCE = /^(?:cùng |đến |về )?(?:tham )?dự (?:hội nghị|buổi|lễ|chương trình|có)|^tham dự\b|^attending\b/i;

function terms(s: string): string[] {
  const words = foldKey(s).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!STOP.has(w) && w.length > 1) out.push(w);
    const n = words[i + 1];
    if (n !== undefined && !(STOP.has(w) && STOP.has(n))) out.push(`${w} ${n}`);
  }
  return out;
}

function count(list: Span[] | undefined, s: Sentence): number {
  if (!list) return 0;
  let n = 0;
  for (const m of list) if (m.start >= s.start && m.end <= s.end) n++;
  return n;
}

/**
 * The `n` best sentences of `text` (3 by default), in text order. Returns
 * fewer when the text has fewer usable sentences.
 */
export function summarize(text: string, n = 3, hints: SummaryHints = []): string[] {
  const sentences = splitSentences(text).filter((s) => {
    const words = s.text.split(/\s+/).length;
    // Prose ends with punctuation; headlines, datelines and bylines do not.
    return words >= 6 && words <= 80 && /[.!?…"”)]$/.test(s.text) && !NOT_PROSE.test(s.text);
  });
  if (sentences.length <= n) return sentences.map((s) => s.text);
  // Centroid of the article: how often each term occurs, in how many sentences.
  const df = new Map<string, number>();
  const sentTerms = sentences.map((s) => new Set(terms(s.text)));
  for (const set of sentTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const central = sentTerms.map((set) => {
    let c = 0;
    for (const t of set) {
      const d = df.get(t) ?? 1;
      if (d > 1) c += Math.log(1 + d);
    }
    return c / Math.sqrt(Math.max(4, set.size));
  });
  const maxCentral = Math.max(1e-9, ...central);
  const scored = sentences.map((s, i) => {
    // The lead carries the gist of a news story; later sentences matter less and less.
    const position = i === 0 ? 1.2 : i < 3 ? 0.6 : 0.5 / (1 + 0.1 * i);
    // Lists of who attended say little about what happened.
    const attendance = ATTENDANCE.test(s.text) ? 0.8 : 0;
    // Added in this order (centrality, position, each kind's mentions, attendance): the scores, and so the ties, stay what they were.
    let score = (central[i] as number) / maxCentral + position;
    for (const h of hints) score += Math.min(2, count(h.spans, s)) * h.weight;
    score -= attendance;
    return { s, score };
  });
  const max = Math.max(...scored.map((x) => x.score));
  // Prefer distinct sentences: skip one that repeats a chosen sentence's terms.
  const chosen: { s: Sentence; set: Set<string> }[] = [];
  for (const x of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= n) break;
    const set = sentTerms[sentences.indexOf(x.s)] as Set<string>;
    const redundant = chosen.some((c) => {
      let shared = 0;
      for (const t of set) if (c.set.has(t)) shared++;
      return shared / Math.max(1, Math.min(set.size, c.set.size)) > 0.7;
    });
    if (!redundant || x.score > max * 0.98) chosen.push({ s: x.s, set });
  }
  return chosen.sort((a, b) => a.s.start - b.s.start).map((c) => c.s.text);
}
