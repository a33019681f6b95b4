/**
 * The scorer (npm run score) on a small gold set of our own
 * (tests/fixtures/score: invented passages, one gold file deliberately wrong),
 * as a user runs it, and its matching rules one by one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/engine/extract/types';
import { parseGold } from '@/lib/score/gold';
import { scorePassage } from '@/lib/score/match';
import { prf } from '@/lib/score/report';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/shared';

const DIR = join(ROOT, 'tests/fixtures/score');

const score = (...args: string[]) => runCli('score-cli.ts', ...args);

describe('npm run score', () => {
  it('scores a folder of NNN.txt + NNN.gold.json per kind and language', async () => {
    const { stdout, stderr, code } = await score(DIR, '--json');
    expect(code).toBe(0);
    // 004.txt has no gold beside it: said, and skipped.
    expect(stderr).toMatch(/004\.txt: no 004\.gold\.json beside it, skipped/);
    const out = JSON.parse(stdout);
    expect(out.vi.passages).toBe(2);
    expect(out.en.passages).toBe(1);
    expect(out.all.passages).toBe(3);
    // 003's gold lists a person and a title the text does not have, and a year inside a period as a date.
    expect(out.vi.officials).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(out.vi.titles).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(out.vi.documents).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(out.vi.dates).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(out.vi.periods).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(out.en.officials).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(out.en.documents).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(out.en.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(out.vi.officials.f1).toBeCloseTo((2 * 1 * 0.75) / 1.75, 5);
  });

  it('--show lists every miss and extra under its passage, then the table', async () => {
    const { stdout, code } = await score(DIR, '--show');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^003 \(vi\)$/m);
    expect(stdout).toMatch(/^ {2}- officials Hà Thị Yên \(Trưởng thôn\)$/m);
    expect(stdout).toMatch(/- titles {4}Ma Văn Tú: Bí thư Chi bộ/);
    expect(stdout).toMatch(/- dates {5}năm 2025 → 2025/);
    expect(stdout).not.toMatch(/^001 /m);
    expect(stdout).toMatch(/^vi \(2 passages\)$/m);
    expect(stdout).toMatch(/^ {2}officials {3}1\.000 {2}0\.750 {2}0\.857/m);
  });

  it('reads a fixtures file of sentences as well', async () => {
    const { stdout, code } = await score(join(ROOT, 'tests/fixtures/real-constructions.json'), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.vi.passages).toBe(44);
    expect(out.en.passages).toBe(16);
  });

  it('says what is wrong with its arguments and with a gold file', async () => {
    expect((await score()).code).toBe(2);
    expect((await score(DIR, '--bogus')).stderr).toMatch(/unknown option --bogus/);
    const missing = await score(join(DIR, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file or folder/);
    expect(() => parseGold('x', '', { officials: [{ name: 1 }] })).toThrow('x: officials[0].name should be a string');
    expect(() => parseGold('x', '', { dates: [{ iso: '5/6/2024' }] })).toThrow(/dates\[0\]\.iso should be YYYY/);
  });
});

const found = (x: Partial<Extraction>): Extraction => ({ lang: 'vi', officials: [], documents: [], dates: [], periods: [], ...x });
const person = (name: string, titles: string[] = [], byline = false) => ({ name, key: name.toLowerCase(), titles, mentions: [], ...(byline ? { byline } : {}) });
const docRef = (text: string, kind: string, number: string | null, issuer: string | null) => ({
  text, kind, number, issuer, key: null, date: null, status: 'symbol' as const, start: 0, end: 0,
});

describe('matching by the annotation rules', () => {
  it('names: tone-insensitive per syllable, strict on the other marks', () => {
    const gold = parseGold('n', '', { officials: [{ name: 'Nguyễn Văn Hoà', titles: [] }, { name: 'Trần Thị Ân', titles: [] }] });
    const s = scorePassage(gold, found({ officials: [person('Nguyên Văn Hòa'), person('Tran Thi An')] }), 'vi');
    expect(s.counts.officials).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('bylines count neither way; titles are compared per matched person, punctuation trimmed', () => {
    const gold = parseGold('b', '', {
      officials: [{ name: 'Minh Tâm', titles: [], byline: true }, { name: 'Lò Văn Páo', titles: ['Bí thư Đảng ủy xã', 'Chủ tịch UBND xã'] }],
    });
    const s = scorePassage(gold, found({ officials: [person('Lò Văn Páo', ['Bí thư Đảng ủy xã,', 'Trưởng bản']), person('Thu Hà', [], true)] }), 'vi');
    expect(s.counts.officials).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.titles).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('documents: by (kind, number, issuer) when gold has a number, else by text', () => {
    const gold = parseGold('d', '', {
      documents: [
        { text: 'Chỉ thị 05', kind: 'CT', number: '05', issuer: null },
        { text: 'Luật Đất đai năm 2013', kind: 'Luật', number: null, issuer: null },
      ],
    });
    const s = scorePassage(
      gold,
      found({ documents: [docRef('Chỉ thị số 05', 'CT', '05', 'TW'), docRef('Luật Đất đai năm 2013', 'Luật', null, null)] }),
      'vi',
    );
    // The issuer TW is not in the text, so "Chỉ thị 05" with TW is a different entry, even with the same text.
    expect(s.counts.documents).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('dates: by ISO value, an unknown year in gold accepting any year, but not the other way round', () => {
    const gold = parseGold('t', '', { dates: [{ text: '5/6', iso: 'XXXX-06-05' }, { text: '7/8/2024', iso: '2024-08-07' }, { text: 'năm 2019', iso: '2019' }] });
    const date = (iso: string) => ({ text: iso, iso, start: 0, end: 0 });
    const s = scorePassage(gold, found({ dates: [date('2023-06-05'), date('--08-07'), date('2019'), date('2019')] }), 'vi');
    expect(s.counts.dates).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('precision and recall of nothing found where nothing was to find are 1', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
  });
});
