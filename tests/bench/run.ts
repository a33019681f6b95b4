/**
 * `npm run bench`: prints every figure beside its same-run reference and its
 * budget. `--strict` exits 1 when a budget is missed. `--only=public,fixtures`
 * runs only those sections (engine, scaling, page, limits, extractors, library, report, team, fixtures,
 * public), e.g. `npx tsx tests/bench/run.ts --only=fixtures,public` for the
 * extraction figures without Chromium.
 */
import { benchEngine, type Figure } from './engine';
import { benchExtractors } from './extractors';
import { benchFixturePages } from './fixture-pages';
import { benchLibrary } from './library';
import { benchLimits } from './limits';
import { benchPage } from './page';
import { benchPublic } from './public';
import { benchReport } from './report';
import { benchScaling } from './scaling';
import { benchTeam } from './team';

async function main() {
  const all: [string, string, () => Promise<Figure[]>][] = [
    ['engine', 'Entity engine', benchEngine],
    ['scaling', 'Entity engine on hostile shapes: time for 8× the input (CPU)', benchScaling],
    ['page', 'In the page (Chromium)', benchPage],
    ['limits', 'Reading at the limits: the deepest and largest pages read (Chromium, offscreen worker)', benchLimits],
    ['extractors', 'Article extractors on our fixture pages (Chromium)', benchExtractors],
    ['library', 'The library at 10,000 clips (Chromium)', benchLibrary],
    ['report', 'The period report at 2,000 clips of one half-year (Chromium)', benchReport],
    ['team', 'The team library: 2,000 clips replicated from a local CouchDB-compatible server (Chromium)', benchTeam],
    ['fixtures', 'Our Vietnamese fixture pages: body and metadata (Node, linkedom)', benchFixturePages],
    ['public', 'Public benchmarks: article typing, body and metadata (Node, linkedom)', benchPublic],
  ];
  // --only=report,engine (or DVLENS_BENCH_ONLY=report,engine) runs those sections.
  const only = (process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? process.env.DVLENS_BENCH_ONLY)?.toLowerCase().split(',');
  const sections = all.filter(([id]) => !only || only.includes(id)).map(([, title, run]) => [title, run] as const);
  let missed = 0;
  for (const [title, run] of sections) {
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
