/**
 * `npm run bench`: prints every figure beside its same-run reference and its
 * budget. `--strict` exits 1 when a budget is missed.
 */
import { benchEngine, type Figure } from './engine';
import { benchExtractors } from './extractors';
import { benchFixturePages } from './fixture-pages';
import { benchLibrary } from './library';
import { benchPage } from './page';
import { benchPublic } from './public';
import { benchReport } from './report';

async function main() {
  const sections: [string, () => Promise<Figure[]>][] = [
    ['Entity engine', benchEngine],
    ['In the page (Chromium)', benchPage],
    ['Article extractors on our fixture pages (Chromium)', benchExtractors],
    ['The library at 10,000 clips (Chromium)', benchLibrary],
    ['The period report at 2,000 clips of one half-year (Chromium)', benchReport],
    ['Our Vietnamese fixture pages: body and metadata (Node, linkedom)', benchFixturePages],
    ['Public benchmarks: article typing, body and metadata (Node, linkedom)', benchPublic],
  ];
  let missed = 0;
  // DVLENS_BENCH_ONLY=report runs the sections whose title contains that word.
  const only = process.env.DVLENS_BENCH_ONLY?.toLowerCase();
  for (const [title, run] of sections) {
    if (only && !title.toLowerCase().includes(only)) continue;
    console.log(`\n## ${title}`);
    for (const f of await run()) {
      if (!f.ok) missed++;
      console.log(`- ${f.name}: ${f.value}${f.reference ? ` | ${f.reference}` : ''}${f.ratio ? ` | ratio ${f.ratio}` : ''} | goal ${f.goal} ${f.ok ? 'OK' : 'MISSED'}`);
    }
  }
  console.log(`\n${missed === 0 ? 'All budgets met.' : `${missed} budget(s) missed.`}`);
  if (missed > 0 && process.argv.includes('--strict')) process.exitCode = 1;
}

void main();
