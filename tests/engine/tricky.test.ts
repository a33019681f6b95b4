/**
 * Every sentence of tests/fixtures/tricky-sentences.json (written for this
 * project) is one test: the engine must return exactly the listed entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { exactKey, normalizeText } from '@/lib/engine/text/normalize';
import { ROOT } from '../helpers/shared';

interface Sentence {
  text: string;
  officials: { name: string; titles: string[] }[];
  documents: { key?: string; text?: string; date?: string }[];
  dates: { text: string; iso: string }[];
  periods?: string[];
  note?: string;
}

const { sentences } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/tricky-sentences.json'), 'utf8')) as {
  sentences: Sentence[];
};
/** Compare as a reader would: NFC, plain spaces, either tone placement, any case. */
const same = (s: string) => exactKey(normalizeText(s).text);

describe('tricky sentences', () => {
  it('has the whole set', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(33);
  });

  for (const s of sentences) {
    it(s.note ? `${s.text.slice(0, 60)} — ${s.note}` : s.text.slice(0, 80), () => {
      const r = extract(s.text);
      expect(r.officials.map((o) => ({ name: same(o.name), titles: o.titles.map(same) }))).toEqual(
        s.officials.map((o) => ({ name: same(o.name), titles: o.titles.map(same) })),
      );
      expect(
        r.documents.map((d) => {
          const want = s.documents.find((w) => (w.key ? w.key === d.key : w.text && same(w.text) === same(d.text)));
          return { id: d.key ?? same(d.text), ...(want?.date ? { date: d.date } : {}) };
        }),
      ).toEqual(s.documents.map((d) => ({ id: d.key ?? same(d.text ?? ''), ...(d.date ? { date: d.date } : {}) })));
      // The shared sentences write a time of day into the ISO value; the engine keeps it apart.
      expect(r.dates.map((d) => ({ text: same(d.text), iso: d.time ? `${d.iso}T${d.time}` : d.iso }))).toEqual(
        s.dates.map((d) => ({ text: same(d.text), iso: d.iso })),
      );
      expect(r.periods.map((p) => same(p.text)).sort()).toEqual((s.periods ?? []).map(same).sort());
      // Every reported span slices to its text in the original string.
      for (const d of [...r.documents, ...r.dates, ...r.periods]) expect(s.text.slice(d.start, d.end)).toBe(d.text);
      // Each mention of a full name slices to that name (NFD, no-break spaces and all).
      for (const o of r.officials) {
        for (const m of o.mentions) {
          const slice = same(s.text.slice(m.start, m.end));
          expect(same(o.name).endsWith(slice)).toBe(true);
        }
      }
    });
  }
});
