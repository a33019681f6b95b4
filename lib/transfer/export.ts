/**
 * One entry point for every export format: clips in, a named file out
 * (bytes and MIME type), for the library page to download.
 */
import { strToU8, zipSync } from 'fflate';
import type { UiLang } from '../i18n/strings';
import type { Clip } from '../library/types';
import { toCslJson, toRis } from './citations';
import { toCsv } from './csv';
import { toDocx } from './docx';
import { toJson } from './json';
import { toMarkdownDocument, toMarkdownZip } from './markdown';

/** The export formats. */
export const FORMATS = ['json', 'markdown-zip', 'markdown', 'csv', 'docx', 'csl-json', 'ris'] as const;
/** One export format. */
export type ExportFormat = (typeof FORMATS)[number];

/** A file to download. */
export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** The file of `clips` in `format`; `stamp` (YYYY-MM-DD) names it. */
export async function exportClips(clips: Clip[], format: ExportFormat, lang: UiLang = 'vi', stamp = new Date().toISOString().slice(0, 10)): Promise<ExportFile> {
  const base = `dan-van-lens-${stamp}`;
  switch (format) {
    case 'json':
      return { name: `${base}.json`, mime: 'application/json', bytes: strToU8(toJson(clips)) };
    case 'markdown-zip':
      return { name: `${base}-markdown.zip`, mime: 'application/zip', bytes: toMarkdownZip(clips) };
    case 'markdown':
      return { name: `${base}.md`, mime: 'text/markdown', bytes: strToU8(toMarkdownDocument(clips)) };
    case 'csv': {
      const files = Object.fromEntries(Object.entries(toCsv(clips)).map(([n, text]) => [n, strToU8(text)]));
      return { name: `${base}-csv.zip`, mime: 'application/zip', bytes: zipSync(files) };
    }
    case 'docx':
      return { name: `${base}.docx`, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await toDocx(clips, lang) };
    case 'csl-json':
      return { name: `${base}.csl.json`, mime: 'application/vnd.citationstyles.csl+json', bytes: strToU8(JSON.stringify(toCslJson(clips), null, 1)) };
    case 'ris':
      return { name: `${base}.ris`, mime: 'application/x-research-info-systems', bytes: strToU8(toRis(clips)) };
  }
}
