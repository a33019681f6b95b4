/**
 * The content script runs compromise (the English extractor's slow step) a
 * few sentences at a time and the rest once: that must give what one call on
 * the whole article gives, at the same offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { englishNames, extractEnglish, NAME_PIECE, sentencePieces } from '@/lib/engine/english/extract-en';
import { analyzePage } from '@/lib/reader/article';
import { normalizeText } from '@/lib/engine/text/normalize';

const PAGES = join(__dirname, '../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<string, { url: string }>;

/** The English fixture article's body, as the reader extracts it. */
function englishBody(): string {
  const html = readFileSync(join(PAGES, 'english-edition.html'), 'utf8');
  return analyzePage(parseHTML(html).document as unknown as Document, expected['english-edition.html']?.url ?? null).article.text;
}

/** Each entity as the text it covers, so two results can be compared whatever their order. */
function summary(text: string, r: ReturnType<typeof extractEnglish>) {
  return {
    officials: r.officials.map((o) => ({ key: o.key, titles: [...o.titles].sort(), mentions: o.mentions.map((m) => `${m.start}:${text.slice(m.start, m.end)}`) })).sort((a, b) => a.key.localeCompare(b.key)),
    documents: r.documents.map((d) => `${d.start}:${text.slice(d.start, d.end)}:${d.key}`),
    dates: r.dates.map((d) => `${d.start}:${text.slice(d.start, d.end)}:${d.iso}`),
  };
}

describe('English extraction in pieces', () => {
  it('cuts at line breaks or sentence ends, covering the text exactly once, each piece within the size', () => {
    const text = normalizeText(englishBody()).text;
    const pieces = sentencePieces(text, 300);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(300);
    // Where the text has line breaks or sentence ends, pieces end on them.
    for (const p of pieces.slice(0, -1)) expect(p.endsWith('\n') || p.endsWith('.')).toBe(true);
  });

  it('gives the same entities at the same offsets when the names are found piece by piece as in one call', () => {
    const text = englishBody();
    const options = { articleDate: '2024-06-21' };
    const norm = normalizeText(text);
    const whole = extractEnglish(norm, options);
    // As the content script does it: compromise piece by piece (yielding between), the rest once.
    const names = sentencePieces(norm.text, NAME_PIECE).flatMap((piece) => englishNames(piece));
    const pieces = extractEnglish(normalizeText(text), options, names);
    expect(whole.officials.length).toBeGreaterThan(1);
    // A later mention by given name is found across pieces too.
    expect(whole.officials.some((o) => o.mentions.length > 1)).toBe(true);
    expect(summary(text, pieces)).toEqual(summary(text, whole));
  });
});
