/**
 * Command line: `npm run -s extract -- FILE [FILE…] [--article-date YYYY-MM-DD] [--format json|table] [--url URL]`.
 *
 * `.txt` files are read as text; `.html`/`.htm` (also `.gz`) go through the
 * page reader first, and offsets then point into `article.text`. Prints one
 * JSON object per line per file. Bad files get a one-line message on stderr
 * and a non-zero exit, after the good files are printed.
 */
import { extractFile, readInput } from './read-file';
import { formatTable } from './table';

interface Args {
  files: string[];
  articleDate: string | null;
  format: 'json' | 'table';
  url: string | null;
}

const USAGE =
  'usage: npm run -s extract -- FILE [FILE…] [--article-date YYYY-MM-DD] [--format json|table] [--url URL]';

/** Parse argv (without node and the script). Throws a usage message on bad input. */
export function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], articleDate: null, format: 'json', url: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--article-date') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}/.test(v)) throw new Error(`--article-date takes YYYY-MM-DD, got "${v}"`);
      args.articleDate = v;
    } else if (a === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'table') throw new Error(`--format takes json or table, got "${v}"`);
      args.format = v;
    } else if (a === '--url') args.url = value();
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error(USAGE);
  return args;
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of args.files) {
    try {
      const out = extractFile(file, readInput(file), args);
      process.stdout.write(args.format === 'table' ? formatTable(out) : `${JSON.stringify(out)}\n`);
    } catch (e) {
      failed++;
      process.stderr.write(`extract: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
