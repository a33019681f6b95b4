/**
 * The English extractor (compromise), injected by the background only into
 * pages the content script found to be English. It shares the content
 * script's isolated world and hands the extractor over through a global there.
 */
import { extractEnglish } from '@/lib/english/extract-en';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __dvlensEnglish?: typeof extractEnglish }).__dvlensEnglish = extractEnglish;
});
