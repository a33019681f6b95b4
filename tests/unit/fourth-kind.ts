/**
 * A fourth kind of entity for tests/unit/kinds-coverage.test.ts: places
 * ("xã Đồng Tâm", "huyện Yên Thế"), with the three things a new kind brings —
 * a finder (standing in for the engine's), a stored-kinds entry, and its
 * strings — and nothing else. The test puts the entry into a copy of the
 * registry and checks that storage and exports carry places without their
 * code naming them.
 */
import type { Extraction, Span } from '@/lib/engine/extract/types';
import type { StringKey, UiLang } from '@/lib/i18n/strings';
import type { StoredKind } from '@/lib/library/stored-kinds';
import type { Anchor } from '@/lib/library/types';
import type { Kind, KindField } from '@/lib/shared/kinds';

/** A place found in a text. */
export interface FoundPlace extends Span {
  name: string;
}

/** A place as a clip saves it. */
export interface ClipPlace {
  name: string;
  key: string;
  anchors: Anchor[];
}

/** The finder: a unit's word ("xã", "Phường", "bản"…) and the capitalised words of its name after it ("Huyện ủy" is not a place). */
export function findPlaces(text: string): FoundPlace[] {
  const out: FoundPlace[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:[Xx]ã|[Pp]hường|[Hh]uyện|[Tt]ỉnh|[Tt]hôn|[Bb]ản) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*/gu)) {
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** An extraction with places, as the engine would return once it had the finder. */
export type WithPlaces = Extraction & { places: FoundPlace[] };

/** The strings of the kind, as its lines in public/_locales would give them. */
export const PLACE_STRINGS: Record<string, Record<UiLang, string>> = { place: { vi: 'Địa danh', en: 'Place' }, places: { vi: 'Địa danh', en: 'Places' } };

const placesOf = (c: object): ClipPlace[] => (c as { places?: ClipPlace[] }).places ?? [];

/** The stored kind of places. */
export const PLACE_KIND: StoredKind = {
  id: 'place' as Kind,
  field: 'places' as KindField,
  label: 'place' as StringKey,
  plural: 'places' as StringKey,
  save: (x, anchor) => {
    const byKey = new Map<string, ClipPlace>();
    for (const p of (x as WithPlaces).places ?? []) {
      const key = p.name.toLowerCase();
      const saved = byKey.get(key) ?? { name: p.name, key, anchors: [] };
      byKey.set(key, saved);
      saved.anchors.push(anchor(p));
    }
    return [...byKey.values()];
  },
  schema: ({ z, entity, anchor }) => z.strictObject({ name: entity, key: entity, anchors: z.array(anchor) }),
  limits: (clip, c) =>
    c.list<ClipPlace>('places', (clip as { places?: unknown }).places, (p, path) => {
      c.text(`${path}.name`, p?.name, 'entity');
      c.text(`${path}.key`, p?.key, 'entity');
      c.list<Anchor>(`${path}.anchors`, p?.anchors, c.anchor);
    }),
  filterKeys: (clip) => [...new Set(placesOf(clip).map((p) => p.key))],
  terms: (clip) => placesOf(clip).map((p) => p.name).join(' '),
  summaryHint: () => null,
  csv: { column: (clip) => placesOf(clip).map((p) => p.name).join('; '), fields: ['place', 'mentions'], rows: (clip) => placesOf(clip).map((p) => [p.name, p.anchors.length]) },
  yaml: (clip) => placesOf(clip).map((p) => p.name),
  word: (clip) => placesOf(clip).map((p): [string, string] => [p.name, ` — ${p.anchors.length}×`]),
  view: (clip) => placesOf(clip).map((p) => ({ key: p.key, link: { text: p.name, filter: p.key }, text: '' })),
  table: (x) => ((x as WithPlaces).places ?? []).map((p) => `  ${p.name.padEnd(28)} [${p.start}–${p.end}]`),
};
