/**
 * Command line: `npm run -s extract -- FILE [FILE…] [--article-date YYYY-MM-DD] [--format json|table] [--url URL]`.
 *
 * `.txt` files are read as text; `.html`/`.htm` (also `.gz`) go through the
 * page reader first, and offsets then point into `article.text`. Prints one
 * JSON object per line per file. Bad files get a one-line message on stderr
 * and a non-zero exit, after the good files are printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extract } from '../engine';
import type { Extraction } from '../extract/types';
import { readArticle, type PageArticle } from '../page/article';
import { checkDocument, checkHtml } from '../page/limits';
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

/** Read one file as text; throws with a short reason for anything that is not usable text. */
export function readInput(file: string): { text: string; html: boolean } {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    throw new Error('no such file');
  }
  if (st.isDirectory()) throw new Error('is a directory');
  let buf: Buffer = readFileSync(file);
  let name = file.toLowerCase();
  if (name.endsWith('.gz')) {
    try {
      buf = gunzipSync(buf);
    } catch {
      throw new Error('not a valid gzip file');
    }
    name = name.slice(0, -3);
  }
  if (buf.length === 0) throw new Error('empty file');
  if (buf.includes(0)) throw new Error('binary file (contains NUL bytes)');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad / text.length > 0.01) throw new Error('not UTF-8 text');
  if (!text.trim()) throw new Error('empty file');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, html: /\.html?$/.test(name) || /^\s*<(!doctype|html)/i.test(text) };
}

/** Run the engine on one file's contents. */
export function extractFile(file: string, input: { text: string; html: boolean }, args: Pick<Args, 'articleDate' | 'url'>) {
  let article: PageArticle | null = null;
  let text = input.text;
  if (input.html) {
    // The same limits as the extension's reading: a page built to stall Readability is refused at once.
    checkHtml(input.text);
    const { document } = parseHTML(input.text);
    checkDocument(document as unknown as Document);
    article = readArticle(document as unknown as Document, args.url);
    text = article.text;
  }
  const articleDate = args.articleDate ?? (article?.published ? article.published.slice(0, 10) : null);
  const result: Extraction = extract(text, { articleDate });
  return { file, ...(article ? { article } : {}), ...result };
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
