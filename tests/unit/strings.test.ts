import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, STRINGS } from '@/lib/i18n/locales';
import { errorText, t, uiLang } from '@/lib/i18n/strings';
import { ROOT } from '../helpers/shared';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('interface strings', () => {
  it('has every string in both languages, with the same placeholders', () => {
    for (const [key, s] of Object.entries(STRINGS)) {
      expect(s.vi.trim(), key).not.toBe('');
      expect(s.en.trim(), key).not.toBe('');
      expect(s.vi.match(/\$\d/g)?.sort() ?? [], key).toEqual(s.en.match(/\$\d/g)?.sort() ?? []);
    }
  });

  it('has the same keys in public/_locales/vi and public/_locales/en, and valid message names', () => {
    expect(Object.keys(LOCALES.vi).sort()).toEqual(Object.keys(LOCALES.en).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, m] of Object.entries(LOCALES[lang])) {
        // The browsers accept ASCII letters, digits, _ and @ in message names.
        expect(key, `${lang}/${key}`).toMatch(/^[A-Za-z0-9_@]+$/);
        // A "$name$" pair would be read as a named placeholder by the browser.
        expect(m.message, `${lang}/${key}`).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
      }
    }
  });

  it('uses every string somewhere in the extension or its manifest', () => {
    const code = [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints')), ...sources(join(ROOT, 'lib'))].join('\n');
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(STRINGS).filter((k) => !new RegExp(`['"]${k}['"]`).test(code) && !manifest.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });

  it('fills placeholders and follows the browser language', () => {
    expect(t('en', 'pageCounts', 4, 3, 2)).toBe('4 officials · 3 documents · 2 dates');
    expect(t('vi', 'deletedCount', 2)).toBe('Đã xóa 2 bài.');
    expect(uiLang('vi-VN')).toBe('vi');
    expect(uiLang('vi')).toBe('vi');
    expect(uiLang('en-GB')).toBe('en');
    expect(uiLang(undefined)).toBe('en');
    expect(errorText('en', 'quota')).toMatch(/storage space/);
    expect(errorText('vi', 'weird', 'x')).toBe('Không lưu được: x');
  });
});
