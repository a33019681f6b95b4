/**
 * Regenerate the golden files — only on purpose, after checking every
 * official, title, document and date of the diff by hand:
 *
 *   npm run golden:update            # fixture articles
 *   npm run golden:update -- --seeds # also the shared seed articles
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extract } from '../../lib/engine';
import { ROOT, sharedDir } from '../helpers/shared';

function write(srcDir: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(srcDir).filter((n) => n.endsWith('.txt')).sort()) {
    const result = extract(readFileSync(join(srcDir, f), 'utf8'));
    writeFileSync(join(outDir, `${basename(f, '.txt')}.json`), `${JSON.stringify(result, null, 1)}\n`);
    console.log('wrote', join(outDir, `${basename(f, '.txt')}.json`));
  }
}

write(join(ROOT, 'tests/fixtures/articles'), join(ROOT, 'tests/golden/articles'));
if (process.argv.includes('--seeds')) {
  const shared = sharedDir();
  if (!shared) throw new Error('no ../shared folder: cannot regenerate the seed goldens');
  write(join(shared, 'seeds'), join(ROOT, 'tests/golden/seeds'));
}
