/**
 * The English extractor (compromise), injected by the background only into
 * pages the content script found to be English. It shares the content
 * script's isolated world and hands the extractor over through globals there:
 * compromise's names (run piece by piece) and the rest of the extractor.
 */
import { englishNames, extractEnglish, WARM_UP_STEPS } from '@/lib/engine/english/extract-en';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as {
    __dvlensEnglish?: typeof extractEnglish;
    __dvlensEnglishNames?: typeof englishNames;
    __dvlensEnglishWarmUp?: typeof WARM_UP_STEPS;
  };
  g.__dvlensEnglishWarmUp = WARM_UP_STEPS;
  g.__dvlensEnglishNames = englishNames;
  g.__dvlensEnglish = extractEnglish;
});
