/**
 * Command line: `npm run score -- DIR|FIXTURES.json … [--show] [--json]`.
 *
 * Scores the engine against gold annotations: a folder of `NNN.txt` +
 * `NNN.gold.json` pairs (each text read exactly as `npm run extract` reads
 * it), or a fixtures file of `sentences` with their entities inline. Prints
 * precision, recall and F1 per kind, per language and overall; `--show` adds
 * every miss (-) and extra (+), `--json` prints the figures as JSON instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extract } from '../engine';
import { distinctEntities } from '../engine/extract/distinct';
import type { Extraction } from '../engine/extract/types';
import { type GoldPassage, parseGold } from '../score/gold';
import { type PassageScore, scorePassage } from '../score/match';
import { formatDifferences, formatScores, scoresAsJson } from '../score/report';
import { detectLang } from '../engine/text/lang';
import { extractFile, readInput } from './read-file';

const USAGE = 'usage: npm run score -- DIR|FIXTURES.json [more …] [--show] [--json]';

interface Case {
  gold: GoldPassage;
  run: () => Pick<Extraction, 'officials' | 'documents' | 'dates' | 'periods'>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** The passages of a folder: every `NNN.txt` that has an `NNN.gold.json` beside it. */
function folderCases(dir: string): Case[] {
  const names = readdirSync(dir).sort();
  const texts = names.filter((n) => n.endsWith('.txt'));
  const cases: Case[] = [];
  for (const name of texts) {
    const id = name.slice(0, -4);
    const goldName = `${id}.gold.json`;
    if (!names.includes(goldName)) {
      process.stderr.write(`score: ${join(dir, name)}: no ${goldName} beside it, skipped\n`);
      continue;
    }
    const file = join(dir, name);
    const input = readInput(file);
    const gold = parseGold(id, input.text, readJson(join(dir, goldName)));
    cases.push({ gold, run: () => extractFile(file, input, { articleDate: null, url: null }) });
  }
  if (cases.length === 0) throw new Error(`${dir}: no NNN.txt + NNN.gold.json pairs`);
  return cases;
}

/** The passages of a fixtures file: `{ sentences: [{ text, officials, documents, dates, periods }] }`. */
function fixtureCases(path: string): Case[] {
  const raw = readJson(path) as { sentences?: unknown };
  if (!Array.isArray(raw.sentences)) throw new Error(`${path}: expected an object with a "sentences" array`);
  return raw.sentences.map((s, i) => {
    const id = `${basename(path)}#${i + 1}`;
    const text = (s as { text?: unknown }).text;
    if (typeof text !== 'string') throw new Error(`${id}: text should be a string`);
    const gold = parseGold(id, text, s);
    return { gold, run: () => distinctEntities(extract(text)) };
  });
}

function main(argv: string[]): number {
  const show = argv.includes('--show');
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--show' && a !== '--json');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (unknown || paths.length === 0) {
    process.stderr.write(`score: ${unknown ? `unknown option ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const scores: PassageScore[] = [];
  try {
    for (const path of paths) {
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        throw new Error(`${path}: no such file or folder`);
      }
      for (const c of isDir ? folderCases(path) : fixtureCases(path)) {
        const found = c.run();
        const lang = c.gold.lang ?? (detectLang(c.gold.text) === 'en' ? 'en' : 'vi');
        scores.push(scorePassage(c.gold, found, lang));
      }
    }
  } catch (e) {
    process.stderr.write(`score: ${(e as Error).message}\n`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify(scoresAsJson(scores), null, 1)}\n`);
  else process.stdout.write((show ? formatDifferences(scores) : '') + formatScores(scores));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
