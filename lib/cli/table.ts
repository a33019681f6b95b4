/** Human-readable rendering of one file's extraction, for `--format table`. */
import type { Extraction } from '../engine/extract/types';

/** Render one file's results as aligned text sections. */
export function formatTable(r: Extraction & { file: string }): string {
  const lines: string[] = [`== ${r.file}  (${r.lang})`];
  lines.push(`Officials (${r.officials.length})`);
  for (const o of r.officials) {
    const role = o.byline ? 'byline' : o.titles.join('; ') || '—';
    lines.push(`  ${o.name.padEnd(28)} ${role}  [${o.mentions.length}×]`);
  }
  lines.push(`Documents (${r.documents.length})`);
  for (const d of r.documents) lines.push(`  ${(d.key ?? d.name ?? d.text).padEnd(28)} ${d.text}${d.date ? `  (${d.date})` : ''}`);
  lines.push(`Dates (${r.dates.length})`);
  for (const d of r.dates) lines.push(`  ${d.iso.padEnd(28)} ${d.text}${d.inferred ? '  (year inferred)' : ''}`);
  lines.push(`Periods (${r.periods.length})`);
  for (const p of r.periods) lines.push(`  ${(p.iso ?? '').padEnd(28)} ${p.text}`);
  return `${lines.join('\n')}\n\n`;
}
