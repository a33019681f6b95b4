/**
 * Adding passage scores up and printing them: precision, recall and F1 per
 * kind, per language and overall, and every difference on request.
 */
import { type Counts, type PassageScore, SCORED_KINDS, type ScoredKind } from './match';

/** Precision, recall and F1 of some counts (1 when there was nothing to find and nothing was found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Sum of the counts per kind over some passages. */
export function total(scores: readonly PassageScore[]): Record<ScoredKind, Counts> {
  const sum = Object.fromEntries(SCORED_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredKind, Counts>;
  for (const s of scores) {
    for (const k of SCORED_KINDS) {
      sum[k].tp += s.counts[k].tp;
      sum[k].fp += s.counts[k].fp;
      sum[k].fn += s.counts[k].fn;
    }
  }
  return sum;
}

/** The groups a table has: each language present, then all passages. */
export function groups(scores: readonly PassageScore[]): { name: string; scores: PassageScore[] }[] {
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  const out = langs.map((lang) => ({ name: lang, scores: scores.filter((s) => s.lang === lang) }));
  if (langs.length > 1) out.push({ name: 'all', scores: [...scores] });
  return out;
}

const f3 = (x: number) => x.toFixed(3);

/** The score table as text: one block per group, one line per kind. */
export function formatScores(scores: readonly PassageScore[]): string {
  const lines: string[] = [];
  for (const g of groups(scores)) {
    lines.push(`${g.name} (${g.scores.length} passages)`);
    lines.push('  kind          P      R      F1     tp   fp   fn');
    const sum = total(g.scores);
    for (const k of SCORED_KINDS) {
      const c = sum[k];
      const { p, r, f1 } = prf(c);
      lines.push(`  ${k.padEnd(10)}  ${f3(p)}  ${f3(r)}  ${f3(f1)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Every miss and extra, passage by passage. */
export function formatDifferences(scores: readonly PassageScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    if (s.differences.length === 0) continue;
    lines.push(`${s.id} (${s.lang})`);
    for (const d of s.differences) lines.push(`  ${d.type === 'miss' ? '-' : '+'} ${d.kind.padEnd(9)} ${d.what}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The scores as one JSON-ready object: per group and kind, counts and P/R/F1. */
export function scoresAsJson(scores: readonly PassageScore[]) {
  return Object.fromEntries(
    groups(scores).map((g) => {
      const sum = total(g.scores);
      return [g.name, { passages: g.scores.length, ...Object.fromEntries(SCORED_KINDS.map((k) => [k, { ...sum[k], ...prf(sum[k]) }])) }];
    }),
  );
}
