/** Human-readable rendering of one file's extraction, for `--format table`. */
import type { Extraction } from '../engine/extract/types';
import { t } from '../i18n/strings';
import { STORED_KIND_LIST } from '../library/stored-kinds';

/** Render one file's results as aligned text sections. */
export function formatTable(r: Extraction & { file: string }): string {
  const lines: string[] = [`== ${r.file}  (${r.lang})`];
  // A section per kind (lib/library/stored-kinds.ts), headed by its English name: Officials, Documents, Dates.
  for (const k of STORED_KIND_LIST) {
    const rows = k.table(r);
    lines.push(`${t('en', k.plural)} (${rows.length})`, ...rows);
  }
  lines.push(`Periods (${r.periods.length})`);
  for (const p of r.periods) lines.push(`  ${(p.iso ?? '').padEnd(28)} ${p.text}`);
  return `${lines.join('\n')}\n\n`;
}
