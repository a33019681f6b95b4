/**
 * The English extractor (compromise), injected by the background only into
 * pages the content script found to be English. It shares the content
 * script's isolated world and hands the extractor over through a global there.
 */
import { extractEnglish, WARM_UP_STEPS } from '@/lib/engine/english/extract-en';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { __dvlensEnglish?: typeof extractEnglish; __dvlensEnglishWarmUp?: typeof WARM_UP_STEPS };
  g.__dvlensEnglishWarmUp = WARM_UP_STEPS;
  g.__dvlensEnglish = extractEnglish;
});
