/**
 * The annotation rules where they differ from what the engine used to
 * report, one invented sentence each: bare years after "năm" are dates, ISO
 * values carry no time of day, a bare reference's issuer only where the text
 * names it, the kind of a symbol without a type code, a law's year, credits.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { distinctEntities } from '@/lib/engine/extract/distinct';

const docs = (text: string) => extract(text).documents.map((d) => `${d.text}|${d.kind}|${d.number ?? ''}|${d.issuer ?? ''}`);

describe('dates by the rules', () => {
  it('a bare year after "năm" is a date; a year inside a period is the period\'s', () => {
    const r = extract('Trong năm 2023, xã hoàn thành 6 tháng đầu năm 2024 và đầu năm 2025 theo Hiến pháp năm 2013.');
    expect(r.dates.map((d) => `${d.text}=${d.iso}`)).toEqual(['năm 2023=2023', 'năm 2013=2013']);
    expect(r.periods.map((p) => p.text)).toEqual(['6 tháng đầu năm 2024', 'đầu năm 2025']);
  });

  it('the time of day is kept apart from the ISO value, and a dateline\'s time does not reach the next line', () => {
    const r = extract('Thứ Hai, 18/11/2024 - 07:45\nChiều 17/11, đoàn công tác đến thăm xã.');
    expect(r.dates.map((d) => [d.text, d.iso, d.time ?? null])).toEqual([
      ['Thứ Hai, 18/11/2024 - 07:45', '2024-11-18', '07:45'],
      ['Chiều 17/11', '2024-11-17', null],
    ]);
  });

  it('the year in the name of an old text does not date the events, a later year of the report does', () => {
    const r = extract('Theo tinh thần Thư chung năm 1980, sáng 22/12, đoàn đã thăm giáo xứ nhân dịp Giáng sinh năm 2019.');
    expect(r.dates.map((d) => `${d.text}=${d.iso}`)).toEqual(['năm 1980=1980', 'sáng 22/12=2019-12-22', 'năm 2019=2019']);
  });
});

describe('documents by the rules', () => {
  it('a bare reference takes an issuer only where the text names it', () => {
    expect(docs('Huyện ủy sơ kết Chỉ thị số 05 và Kết luận 120 của Bộ Chính trị; Ban Bí thư ban hành Quy định 11.')).toEqual([
      'Chỉ thị số 05|CT|05|',
      'Kết luận 120|KL|120|TW',
      'Quy định 11|QĐi|11|TW',
    ]);
  });

  it('a symbol without a type code takes its kind from the word before it; a law keeps its kind before its number', () => {
    expect(docs('Thực hiện Chỉ thị 02/1999/TTg và Luật Đất đai số 31/2024/QH15, Nghị quyết số 43/2022/QH15.')).toEqual([
      'Chỉ thị 02/1999/TTg|CT|02|TTg',
      'Luật Đất đai số 31/2024/QH15|Luật|31|QH15',
      'Nghị quyết số 43/2022/QH15|NQ|43|QH15',
    ]);
  });

  it('a named law or ordinance keeps its year; two versions are two documents', () => {
    expect(docs('Pháp lệnh Dân số năm 2003 được thay bằng Luật Dân số năm 2025; Luật Dân số đã sửa đổi.')).toEqual([
      'Pháp lệnh Dân số năm 2003|PL||',
      'Luật Dân số năm 2025|Luật||',
      'Luật Dân số|Luật||',
    ]);
  });

  it('the command line lists each document and date once, with every mention', () => {
    const r = distinctEntities(extract('Ngày 5/3, Chỉ thị 05-CT/TW được quán triệt; ngày 5/3 cũng sơ kết Chỉ thị 05-CT/TW.'));
    expect(r.documents.map((d) => [d.key, d.mentions.length])).toEqual([['05-CT/TW', 2]]);
    expect(r.dates.map((d) => [d.iso, d.mentions.length])).toEqual([['--03-05', 2]]);
  });
});

describe('people by the rules', () => {
  it('a credit inside a line is a person without titles; an agency is not', () => {
    const r = extract('Đồng chí Lục Văn Pàng (thứ hai từ trái) trao quà cho hộ nghèo. Ảnh: Hoàng Yến\nQuang cảnh hội nghị. (Ảnh: TTXVN)');
    expect(r.officials.map((o) => [o.name, o.byline ?? false])).toEqual([
      ['Lục Văn Pàng', false],
      ['Hoàng Yến', true],
    ]);
  });

  it('names and titles are spelled as the text writes them', () => {
    const r = extract('Bà Rơ Châm H’Yim, Phó Chủ tịch UBND huyện Krông Pa, cho biết.');
    expect(r.officials.map((o) => [o.name, ...o.titles])).toEqual([['Rơ Châm H’Yim', 'Phó Chủ tịch UBND huyện Krông Pa']]);
  });
});
