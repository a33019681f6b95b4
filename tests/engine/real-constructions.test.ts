/**
 * Every passage of tests/fixtures/real-constructions.json (invented passages
 * written for this project, each mirroring a construction seen in real
 * articles) is one test, scored by the annotation rules (lib/score): the
 * engine must find exactly the gold officials with their titles, documents,
 * dates and periods. Passages the engine does not read right yet are listed
 * in KNOWN_MISSES and run as `it.fails`: they fail loudly the day the engine
 * gets them right, so the list only shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { distinctEntities } from '@/lib/engine/extract/distinct';
import { parseGold } from '@/lib/score/gold';
import { scorePassage } from '@/lib/score/match';
import { detectLang } from '@/lib/engine/text/lang';
import { ROOT } from '../helpers/shared';

const { sentences } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/real-constructions.json'), 'utf8')) as {
  sentences: { text: string; note: string }[];
};

/** Passage numbers (1-based) whose construction is not read right yet, with what is missing. */
const KNOWN_MISSES: Record<number, string> = {};

describe('real constructions', () => {
  it('has the whole set (44 Vietnamese, 16 English)', () => {
    expect(sentences.length).toBe(60);
  });
  sentences.forEach((s, i) => {
    const n = i + 1;
    const miss = KNOWN_MISSES[n];
    const test = miss ? it.fails : it;
    test(`#${n} ${s.note.slice(0, 70)}${miss ? ` (not yet: ${miss})` : ''}`, () => {
      const gold = parseGold(`#${n}`, s.text, s);
      const score = scorePassage(gold, distinctEntities(extract(s.text)), detectLang(s.text));
      expect(score.differences).toEqual([]);
    });
  });
});
