/**
 * `npm run bench`: prints every figure beside its same-run reference and its
 * budget. `--strict` exits 1 when a budget is missed.
 */
import { benchEngine, type Figure } from './engine';
import { benchExtractors } from './extractors';
import { benchFixturePages } from './fixture-pages';
import { benchLibrary } from './library';
import { benchLimits } from './limits';
import { benchPage } from './page';
import { benchPublic } from './public';

async function main() {
  const sections: [string, () => Promise<Figure[]>][] = [
    ['Entity engine', benchEngine],
    ['In the page (Chromium)', benchPage],
    ['Reading at the limits: the deepest and largest pages read (Chromium, offscreen worker)', benchLimits],
    ['Article extractors on our fixture pages (Chromium)', benchExtractors],
    ['The library at 10,000 clips (Chromium)', benchLibrary],
    ['Our Vietnamese fixture pages: body and metadata (Node, linkedom)', benchFixturePages],
    ['Public benchmarks: article typing, body and metadata (Node, linkedom)', benchPublic],
  ];
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
