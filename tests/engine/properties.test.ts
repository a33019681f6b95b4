/**
 * Properties of the engine on generated input: offsets always slice to the
 * reported text; NFD, no-break spaces and old-style tones change nothing;
 * arbitrary Unicode never throws; pathological input finishes quickly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { exactKey, normalizeText } from '@/lib/engine/text/normalize';
import { ROOT } from '../helpers/shared';

const article = readFileSync(join(ROOT, 'tests/fixtures/articles/01-tinh-giao-ban.txt'), 'utf8');
const sentences = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/tricky-sentences.json'), 'utf8')) as { sentences: { text: string }[] }).sentences.map(
  (s) => s.text,
);
const summary = (r: ReturnType<typeof extract>) => ({
  officials: r.officials.map((o) => [o.key, o.titles.map((t) => exactKey(normalizeText(t).text)).join('|'), o.mentions.length]),
  documents: r.documents.map((d) => d.key ?? d.name ?? ''),
  dates: r.dates.map((d) => d.iso),
  periods: r.periods.map((p) => p.iso),
});
const oldTones = (s: string) =>
  s.replace(/ò/g, 'ò').replace(/([Hh])òa/g, '$1oà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/khóa/g, 'khoá');

describe('engine properties', () => {
  it('offsets slice to the reported text, for any piece of real text with noise around it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences, article), fc.string(), fc.string(), (core, pre, post) => {
        const text = `${pre} ${core} ${post}`;
        const r = extract(text);
        for (const d of [...r.documents, ...r.dates, ...r.periods]) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.text);
        }
        for (const o of r.officials) for (const m of o.mentions) expect(m.end).toBeGreaterThan(m.start);
      }),
      { numRuns: 150 },
    );
  });

  it('NFD, no-break spaces and old-style tone placement give the same entities', () => {
    const variants = [
      article.normalize('NFD'),
      article.replace(/ /g, '\u00a0'),
      oldTones(article),
      article.replace(/-/g, '\u2013').replace(/QĐ/g, 'QÐ'),
    ];
    const base = summary(extract(article));
    expect(base.officials.length).toBeGreaterThan(2);
    for (const v of variants) expect(summary(extract(v))).toEqual(base);
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        expect(() => extract(s)).not.toThrow();
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        expect(() => extract(s)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('finishes pathological 100 KB inputs quickly (no exponential backtracking)', () => {
    const inputs = [
      'Nguyễn '.repeat(15_000),
      'Nguyễn Văn, '.repeat(9_000),
      ','.repeat(100_000),
      '1/'.repeat(50_000),
      '12-'.repeat(33_000),
      'Quyết định 1, '.repeat(7_000),
      'ông '.repeat(25_000),
      'Phó Bí thư Tỉnh ủy '.repeat(5_000),
      'tháng 1 năm '.repeat(8_000),
      `${'9'.repeat(50_000)}/${'8'.repeat(50_000)}`,
      'Luật Đất đai và '.repeat(6_000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      extract(s);
      // A generous ceiling that only catastrophic backtracking can break; speed itself is measured by npm run bench.
      expect(performance.now() - t0, s.slice(0, 30)).toBeLessThan(5_000);
    }
  });
});
