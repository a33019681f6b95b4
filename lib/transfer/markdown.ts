/**
 * Markdown: one file per clip (YAML front matter with the metadata and
 * entities, then summary, note, quotes and the article text), zipped, or one
 * combined document. Page and reader text is escaped so it cannot turn into
 * Markdown markup or HTML.
 */
import { strToU8, zipSync } from 'fflate';
import { stringify } from 'yaml';
import type { Clip } from '../library/types';
import { STORED_KIND_LIST } from '../library/stored-kinds';
import { safeStem, uniqueNames } from './filenames';

/** Escape text so Markdown shows it as written (no emphasis, links, headings or HTML). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    .replace(/^(\s*)([-=]{1,})(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
    .replace(/&/g, '&amp;');
}

function frontMatter(c: Clip): string {
  const data = {
    title: c.title,
    url: c.url,
    site: c.site,
    published: c.published,
    author: c.author,
    lang: c.lang,
    clipped: c.clippedAt,
    tags: c.tags,
    relevance: c.relevance,
    // Each kind's entities (lib/library/stored-kinds.ts): officials, documents, dates.
    ...Object.fromEntries(STORED_KIND_LIST.flatMap((k) => (k.yaml ? [[k.field, k.yaml(c)]] : []))),
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

function body(c: Clip, level = 1): string {
  const h = '#'.repeat(level);
  const parts = [`${h} ${escapeMarkdown(c.title)}`, ''];
  if (c.summary.length) parts.push(`${h}# Tóm tắt`, '', ...c.summary.map((s) => `- ${escapeMarkdown(s)}`), '');
  if (c.note.trim()) parts.push(`${h}# Ghi chú`, '', ...c.note.split(/\n/).map(escapeMarkdown), '');
  if (c.quotes.length) {
    parts.push(`${h}# Trích dẫn`, '');
    for (const q of c.quotes) parts.push(`> ${escapeMarkdown(q.text)}`, ...(q.comment ? ['', escapeMarkdown(q.comment)] : []), '');
  }
  parts.push(`${h}# Nội dung`, '', ...c.text.split(/\n{2,}/).flatMap((p) => [escapeMarkdown(p.replace(/\n/g, ' ')), '']));
  parts.push(`Nguồn: <${c.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  return parts.join('\n');
}

/** One clip as a Markdown file (front matter + body). */
export function clipMarkdown(c: Clip): string {
  return `${frontMatter(c)}\n${body(c)}`;
}

/** A zip with one Markdown file per clip, named from the date and title. */
export function toMarkdownZip(clips: Clip[]): Uint8Array {
  const name = uniqueNames();
  const files: Record<string, Uint8Array> = {};
  for (const c of clips) {
    const date = (c.published ?? c.clippedAt).slice(0, 10);
    files[name(safeStem(`${date} ${c.title}`), '.md')] = strToU8(clipMarkdown(c));
  }
  return zipSync(files, { level: 6 });
}

/** One Markdown document with every clip, each under its own heading. */
export function toMarkdownDocument(clips: Clip[], title = 'Dân vận Lens'): string {
  return [`# ${escapeMarkdown(title)}`, '', ...clips.map((c) => body(c, 2))].join('\n');
}
