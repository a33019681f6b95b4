/**
 * The content script runs the English extractor a few paragraphs at a time
 * (compromise is slow): the pieces put back together must give what one call
 * on the whole article gives, at the same offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractEnglish } from '@/lib/engine/english/extract-en';
import { joinPieces, paragraphPieces } from '@/lib/engine/english/chunks';
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
  it('cuts at paragraph breaks, covering the text exactly once', () => {
    const text = englishBody();
    const pieces = paragraphPieces(text, 300);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces.slice(1)) expect(p.text.startsWith('\n\n')).toBe(true);
  });

  it('gives the same entities at the same offsets as one call on the whole article', () => {
    const text = englishBody();
    const options = { articleDate: '2024-06-21' };
    const whole = extractEnglish(normalizeText(text), options);
    const pieces = joinPieces(paragraphPieces(text, 300).map((p) => ({ start: p.start, result: extractEnglish(normalizeText(p.text), options) })));
    expect(whole.officials.length).toBeGreaterThan(1);
    expect(summary(text, pieces)).toEqual(summary(text, whole));
  });
});
