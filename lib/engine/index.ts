/**
 * The whole engine with the English extractor registered: for Node (the
 * command line, tests, benchmarks). The content script imports
 * lib/engine/extract/extract.ts and loads the English part only on English pages.
 */
import { extractEnglish } from './english/extract-en';
import { extract, useEnglishExtractor } from './extract/extract';

useEnglishExtractor(extractEnglish);

export { extract };
export type * from './extract/types';
