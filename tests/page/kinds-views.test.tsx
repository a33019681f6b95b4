/**
 * The clip view draws each kind's section from the kinds registry: with a
 * fourth kind (places, tests/unit/fourth-kind.ts) in a copy of the registry,
 * it shows a section of places whose links narrow the list by place, after
 * the officials, documents and dates it showed before — with no change to
 * the view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ClipView } from '@/components/library/ClipView';
import { extract } from '@/lib/engine';
import type { KindFilters } from '@/lib/library/catalog';
import { buildClip } from '@/lib/library/clip';
import { ROOT } from '../helpers/shared';
import { findPlaces } from '../unit/fourth-kind';

vi.mock('@/lib/library/stored-kinds', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/library/stored-kinds')>();
  const { PLACE_KIND } = await import('../unit/fourth-kind');
  return { ...real, STORED_KINDS: { ...real.STORED_KINDS, place: PLACE_KIND }, STORED_KIND_LIST: [...real.STORED_KIND_LIST, PLACE_KIND], FILTER_KIND_LIST: [...real.FILTER_KIND_LIST, PLACE_KIND] };
});
vi.mock('@/lib/i18n/locales', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/i18n/locales')>();
  const { PLACE_STRINGS } = await import('../unit/fourth-kind');
  return { ...real, lookup: (lang: 'vi' | 'en', key: string, args: string[]) => PLACE_STRINGS[key]?.[lang] ?? real.lookup(lang, key as never, args) };
});

const text = readFileSync(join(ROOT, 'tests/fixtures/articles/04-phuong-doi-thoai.txt'), 'utf8');
const clip = {
  ...buildClip({
    article: { title: text.slice(0, text.indexOf('\n')), text, published: '2024-05-20', author: null, site: 'Báo Tỉnh', canonicalUrl: null, lang: 'vi' },
    extraction: { ...extract(text), places: findPlaces(text) } as ReturnType<typeof extract>,
    relevance: 1,
    url: 'https://baotinh.example.vn/04-phuong-doi-thoai.html',
  }),
  id: 4,
};

describe('the clip view and the kinds registry', () => {
  it('shows a section per kind, in the registry order, whose links narrow the list by that kind', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const filters: KindFilters[] = [];
    const noop = () => {};
    await act(() => {
      render(<ClipView lang="vi" clip={clip} status="" onSave={noop} onDelete={noop} onBack={noop} onFilter={(f) => filters.push(f)} />, root);
    });
    const headings = Array.from(root.querySelectorAll('section > h3')).map((h) => h.textContent);
    expect(headings.slice(headings.indexOf('Cán bộ'), headings.indexOf('Địa danh') + 1)).toEqual(['Cán bộ', 'Văn bản', 'Thời gian', 'Địa danh']);
    const section = (name: string) => Array.from(root.querySelectorAll('section')).find((s) => s.querySelector('h3')?.textContent === name) as HTMLElement;
    // An official's line: the name as a link, then the titles.
    const official = clip.officials.find((o) => o.titles.length) ?? clip.officials[0];
    const line = Array.from(section('Cán bộ').querySelectorAll('li')).find((li) => li.querySelector('button')?.textContent === official?.name);
    expect(line?.textContent).toBe(`${official?.name} — ${official?.titles.join(', ')}`);
    line?.querySelector('button')?.click();
    // Dates once each, in time order, with the ISO date as code.
    const isos = Array.from(section('Thời gian').querySelectorAll('code')).map((c) => c.textContent);
    expect(isos).toEqual([...new Set(clip.dates.map((d) => d.iso))].sort());
    // The fourth kind: a place, once for its two spellings, its link narrows by place.
    const places = Array.from(section('Địa danh').querySelectorAll('li button'));
    expect(places.map((b) => b.textContent)).toEqual(['Phường Tân Định']);
    (places[0] as HTMLButtonElement).click();
    expect(filters).toEqual([{ official: official?.key }, { place: 'phường tân định' }]);
    render(null, root);
  });
});
