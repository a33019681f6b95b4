import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { lookup } from '@/lib/i18n/locales';
import { highlightName, isKind, KIND_IDS, KINDS, perKind } from '@/lib/shared/kinds';
import { colorCheck, DEFAULT_SETTINGS, highlightCss } from '@/lib/shared/settings';

const article = readFileSync(new URL('../fixtures/articles/01-tinh-giao-ban.txt', import.meta.url), 'utf8');

describe('the registry of entity kinds', () => {
  it('names every kind in both languages, with a readable default colour', () => {
    for (const k of KIND_IDS) {
      const def = KINDS[k];
      expect(def.id).toBe(k);
      for (const lang of ['vi', 'en'] as const) {
        for (const key of [def.label, def.plural]) expect(lookup(lang, key, []), `${k} ${key} ${lang}`).not.toBe(key);
      }
      expect(colorCheck(def.color).ok, k).toBe(true);
    }
    expect(isKind('official')).toBe(true);
    expect(isKind('period')).toBe(false);
  });

  it('gives the settings their defaults and the stylesheet one rule per kind', () => {
    expect(DEFAULT_SETTINGS.kinds).toEqual(perKind(() => true));
    expect(DEFAULT_SETTINGS.colors).toEqual(perKind((k) => KINDS[k].color));
    const css = highlightCss(DEFAULT_SETTINGS.colors);
    for (const k of KIND_IDS) {
      expect(css).toContain(`::highlight(${highlightName(k)})`);
      expect(css).toContain(`dvlens-mark[data-kind="${k}"]`);
    }
  });

  it("reads each kind's mentions, counts and panel order from a real extraction", () => {
    const x = extract(article, { articleDate: '2024-06-21' });
    for (const k of KIND_IDS) {
      const def = KINDS[k];
      const entities = x[def.field];
      expect(def.count(x)).toBe(entities.length);
      expect(def.count(x), k).toBeGreaterThan(0);
      const mentions = def.mentions(x, 'vi');
      // Every mention is a span of the text, and its card is of its kind.
      for (const m of mentions) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(article.slice(m.start, m.end).trim()).not.toBe('');
        expect(m.card().kind).toBe(k);
      }
      // One panel entry per distinct entity, every one of them mentioned.
      const order = def.panelOrder(x);
      const keys = new Set(mentions.map((m) => m.entity));
      expect(new Set(order)).toEqual(keys);
    }
    // Officials: every mention of one person shares one entity key.
    const o = x.officials.find((p) => p.mentions.length > 1);
    if (o) expect(new Set(KINDS.official.mentions({ ...x, officials: [o] }, 'vi').map((m) => m.entity)).size).toBe(1);
    // Dates in the panel: in time order.
    const isos = KINDS.date.panelOrder(x).map((k) => k.slice(2).replace(/^--/, '0000-'));
    expect(isos).toEqual([...isos].sort());
  });
});
