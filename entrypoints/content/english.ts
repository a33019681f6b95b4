/**
 * The English extractor in the page, where the background could not run it
 * (Firefox: no offscreen documents): `english.js` is injected into this
 * frame on first need. Its slow step, compromise's names, runs a few
 * sentences at a time with the main thread handed back in between; the rest
 * runs once over the whole text — the same algorithm as the worker and the
 * command line (lib/engine/english/extract-en.ts).
 */
import { NAME_PIECE, sentencePieces } from '@/lib/engine/english/sentence-pieces';
import type { EnglishExtractor } from '@/lib/engine/extract/extract';
import { normalizeText } from '@/lib/engine/text/normalize';
import type { InPageEnglish } from '@/lib/live/session';
import type { PageArticle } from '@/lib/reader/article';
import type { BackgroundCalls } from '@/lib/shared/messages';

type Globals = {
  __dvlensEnglish?: EnglishExtractor;
  __dvlensEnglishNames?: (piece: string) => string[];
  __dvlensEnglishWarmUp?: (() => void)[];
};
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The English extractor injected into this frame: compromise's names (slow, by piece) and the rest (fast, once). */
interface InjectedEnglish {
  extract: EnglishExtractor;
  names: (piece: string) => string[];
}

/** The English extractor (compromise), injected into this frame by the background on first need. */
async function loadEnglish(call: (name: 'need-english', request: BackgroundCalls['need-english']['request']) => Promise<unknown>): Promise<InjectedEnglish> {
  const g = globalThis as unknown as Globals;
  if (!g.__dvlensEnglish) await call('need-english', {}).catch(() => false);
  if (!g.__dvlensEnglish || !g.__dvlensEnglishNames) throw new Error('The English extractor could not be loaded.');
  return { extract: g.__dvlensEnglish, names: g.__dvlensEnglishNames };
}

/**
 * The entities of an English article, by the English extractor: compromise's
 * names piece by piece with the main thread handed back in between, then the
 * rest once. Returns the extraction, and the total and longest main-thread stretch.
 */
export async function englishInPage(
  call: (name: 'need-english', request: BackgroundCalls['need-english']['request']) => Promise<unknown>,
  article: PageArticle,
): Promise<InPageEnglish> {
  const english = await loadEnglish(call);
  const options = { articleDate: article.published?.slice(0, 10) ?? null };
  let ms = 0;
  let slice = 0;
  const timed = <T>(fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    const took = performance.now() - t0;
    ms += took;
    slice = Math.max(slice, took);
    return out;
  };
  // compromise sets itself up on first use: one step per task.
  const g = globalThis as unknown as Globals;
  const warm = g.__dvlensEnglishWarmUp ?? [];
  g.__dvlensEnglishWarmUp = [];
  for (const step of warm) {
    timed(step);
    await pause();
  }
  const norm = timed(() => normalizeText(article.text));
  const names: string[] = [];
  for (const piece of sentencePieces(norm.text, NAME_PIECE)) {
    names.push(...timed(() => english.names(piece)));
    await pause();
  }
  const extraction = timed(() => english.extract(norm, options, names));
  return { extraction: { lang: 'en', ...extraction }, ms, slice };
}
