/**
 * The English extractor in the page, where the background could not run it
 * (Firefox: no offscreen documents): `english.js` is injected into this
 * frame on first need and run a few paragraphs at a time, the main thread
 * handed back in between.
 */
import { joinPieces, paragraphPieces } from '@/lib/engine/english/chunks';
import type { EnglishExtractor } from '@/lib/engine/extract/extract';
import type { Extraction } from '@/lib/engine/extract/types';
import type { BackgroundCalls } from '@/lib/shared/messages';
import type { PageArticle } from '@/lib/reader/article';
import type { InPageEnglish } from '@/lib/live/session';
import { normalizeText } from '@/lib/engine/text/normalize';

type Globals = { __dvlensEnglish?: EnglishExtractor; __dvlensEnglishWarmUp?: (() => void)[] };
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The English extractor (compromise), injected into this frame by the background on first need. */
async function loadEnglish(call: (name: 'need-english', request: BackgroundCalls['need-english']['request']) => Promise<unknown>): Promise<EnglishExtractor> {
  const g = globalThis as unknown as Globals;
  if (!g.__dvlensEnglish) await call('need-english', {}).catch(() => false);
  if (!g.__dvlensEnglish) throw new Error('The English extractor could not be loaded.');
  return g.__dvlensEnglish;
}

/**
 * The entities of an English article, by the English extractor, a few
 * paragraphs at a time with the main thread handed back in between.
 * Returns the extraction, and the total and longest main-thread stretch.
 */
export async function englishInPage(
  call: (name: 'need-english', request: BackgroundCalls['need-english']['request']) => Promise<unknown>,
  article: PageArticle,
): Promise<InPageEnglish> {
  const english = await loadEnglish(call);
  const options = { articleDate: article.published?.slice(0, 10) ?? null };
  const parts: { start: number; result: Omit<Extraction, 'lang'> }[] = [];
  let ms = 0;
  let slice = 0;
  // compromise sets itself up on first use: one step per task.
  const g = globalThis as unknown as Globals;
  const warm = g.__dvlensEnglishWarmUp ?? [];
  g.__dvlensEnglishWarmUp = [];
  for (const step of warm) {
    const w0 = performance.now();
    step();
    const took = performance.now() - w0;
    ms += took;
    slice = Math.max(slice, took);
    await pause();
  }
  for (const piece of paragraphPieces(article.text, 600)) {
    const t0 = performance.now();
    parts.push({ start: piece.start, result: english(normalizeText(piece.text), options) });
    const took = performance.now() - t0;
    ms += took;
    slice = Math.max(slice, took);
    await pause();
  }
  return { extraction: { lang: 'en', ...joinPieces(parts) }, ms, slice };
}
