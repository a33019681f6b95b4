import { describe, expect, it } from 'vitest';
import { exactKey, foldKey, newStyleTones, normalizeText, toneKey, toOriginal } from '@/lib/engine/text/normalize';
import { detectLang, isLegacyEncoding } from '@/lib/engine/text/lang';

describe('normalizeText', () => {
  it('maps NFD, no-break spaces and zero-width characters back to original offsets', () => {
    const original = 'Đồng\u00a0chí\u200b Nguyễn Thị Hoà'.normalize('NFD');
    const n = normalizeText(original);
    expect(n.clean).toBe('Đồng chí Nguyễn Thị Hoà');
    expect(n.text).toBe('Đồng chí Nguyễn Thị Hòa');
    const at = n.text.indexOf('Nguyễn');
    const span = toOriginal(n, at, n.text.length);
    expect(original.slice(span.start, span.end).normalize('NFC')).toBe('Nguyễn Thị Hoà');
  });

  it('replaces look-alike letters, dashes, slashes and full-width forms', () => {
    expect(normalizeText('290\u2013QÐ\u2215TƯ').text).toBe('290-QĐ/TƯ');
    expect(normalizeText('ＡＢＣ１２').text).toBe('ABC12');
    expect(normalizeText('a\u00adb\ufeffc').text).toBe('abc');
  });

  it('moves old-style tones only in open oa/oe/uy syllables', () => {
    expect(newStyleTones('hoà khoẻ Uỷ ban thuỷ')).toBe('hòa khỏe Ủy ban thủy');
    expect(newStyleTones('quý hoàn hoài thuyền khuya')).toBe('quý hoàn hoài thuyền khuya');
  });
});

describe('comparison keys', () => {
  it('are length-preserving', () => {
    for (const s of ['Tỉnh uỷ Đồng Tháp', 'lựơng', 'Hoà bình', 'ĐẢNG']) {
      expect(exactKey(s)).toHaveLength(s.length);
      expect(toneKey(s)).toHaveLength(s.length);
      expect(foldKey(s)).toHaveLength(s.length);
    }
  });
  it('equate tone placements, repair misplaced marks, and fold to ASCII', () => {
    expect(exactKey('Hoà')).toBe(exactKey('hòa'));
    expect(toneKey('lựơng')).toBe(toneKey('lượng'));
    expect(foldKey('Dân vận khéo')).toBe('dan van kheo');
    expect(foldKey('Đồng Tháp')).toBe('dong thap');
  });
});

describe('language', () => {
  it('tells Vietnamese, English and other text apart', () => {
    expect(detectLang('Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận.')).toBe('vi');
    expect(detectLang('The commission said the resolution was implemented in all provinces.')).toBe('en');
    expect(detectLang('Der Ausschuss hat die Sitzung eröffnet und berät heute.')).toBe('other');
  });
  it('detects legacy TCVN3 text', () => {
    expect(isLegacyEncoding('Uû ban nh©n d©n tØnh §ång Th¸p tæ chøc héi nghÞ d©n vËn')).toBe(true);
    expect(isLegacyEncoding('Ủy ban nhân dân tỉnh Đồng Tháp tổ chức hội nghị')).toBe(false);
  });
});
