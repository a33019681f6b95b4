/**
 * How much a text is about dân vận: weighted keyword hits per 1,000 words,
 * folded to ASCII so "dan van" and "Dân vận" count alike. 0 = none; the
 * content script annotates automatically from {@link DAN_VAN_THRESHOLD} up.
 */
import { foldKey } from '../engine/text/normalize';

const TERMS: [string, number][] = [
  ['dan van kheo', 3],
  ['ban dan van', 3],
  ['cong tac dan van', 3],
  ['dan van', 2],
  ['khoi van', 2],
  ['mat tran to quoc', 2],
  ['quy che dan chu', 2],
  ['dan chu o co so', 2],
  ['to dan van', 2],
  ['van dong quan chung', 2],
  ['dai doan ket', 1],
  ['mttq', 1],
  ['doi thoai voi nhan dan', 1],
  ['tiep dan', 1],
  ['mass mobilisation', 3],
  ['mass mobilization', 3],
  ['fatherland front', 2],
  ['grassroots democracy', 2],
];

/** Score from which a page counts as a dân vận article. */
export const DAN_VAN_THRESHOLD = 2;

/** The dân vận relevance score of `text` (weighted hits per 1,000 words, capped at 100). */
export function danVanScore(text: string): number {
  const folded = foldKey(text);
  const words = Math.max(1, folded.split(/\s+/).length);
  let hits = 0;
  for (const [term, w] of TERMS) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      hits += w;
      at = folded.indexOf(term, at + term.length);
    }
  }
  return Math.min(100, Math.round((hits * 1000 * 10) / words) / 10);
}
