/**
 * Reading one input file of the command line (`.txt`, `.html`, `.gz`) and
 * running the engine on it, the way `npm run extract` does. Shared by the
 * extract and score commands so both read a file exactly alike.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extract } from '../engine';
import { distinctEntities } from '../engine/extract/distinct';
import type { Extraction } from '../engine/extract/types';
import { readArticle, type PageArticle } from '../reader/article';
import { checkDocument, checkHtml } from '../reader/limits';

/** What the engine needs besides the file: the article's date and its URL. */
export interface ExtractFileOptions {
  articleDate: string | null;
  url: string | null;
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
export function extractFile(file: string, input: { text: string; html: boolean }, args: ExtractFileOptions) {
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
  // One entry per distinct document and date, with every mention's span.
  return { file, ...(article ? { article } : {}), ...distinctEntities(result) };
}
