import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/library/sentences';
import { summarize } from '@/lib/library/summary';
import { fixtureClip } from './helpers';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('Vietnamese sentence splitter', () => {
  it('does not split after TP., PGS.TS., Th.S, ThS. or inside 2.000', () => {
    const t =
      'PGS.TS. Lã Văn Quyền, Giảng viên Học viện, phát biểu tại TP. Hải Phòng. Ths. Mạc Thị Duyên cho biết có 2.000 hộ tham gia. Th.S Đinh Văn Lực và ThS. Hứa Thị Yến cùng dự.';
    expect(texts(t)).toEqual([
      'PGS.TS. Lã Văn Quyền, Giảng viên Học viện, phát biểu tại TP. Hải Phòng.',
      'Ths. Mạc Thị Duyên cho biết có 2.000 hộ tham gia.',
      'Th.S Đinh Văn Lực và ThS. Hứa Thị Yến cùng dự.',
    ]);
  });

  it('keeps a quotation whole and splits after its closing mark', () => {
    const t = 'Ông Tài nói: “Dân vận khéo thì việc gì cũng xong. Dân tin thì làm được.” Hội nghị kết thúc lúc 11 giờ.';
    expect(texts(t)).toEqual(['Ông Tài nói: “Dân vận khéo thì việc gì cũng xong. Dân tin thì làm được.”', 'Hội nghị kết thúc lúc 11 giờ.']);
  });

  it('splits at paragraph breaks and ellipses, keeps offsets', () => {
    const t = 'Mở đầu bài viết\n\nNgày 5/9, xã tổ chức họp… Sau đó, bà Lụa phát biểu! Có gì mới?';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['Mở đầu bài viết', 'Ngày 5/9, xã tổ chức họp…', 'Sau đó, bà Lụa phát biểu!', 'Có gì mới?']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split before a lower-case word (v.v. and the like)', () => {
    expect(texts('Các lĩnh vực văn hóa, xã hội, v.v. đều có chuyển biến. Năm nay tốt hơn.')).toHaveLength(2);
  });
});

describe('extractive summary', () => {
  it('picks the lead and the sentences with documents and officials, in text order', () => {
    const c = fixtureClip('01-tinh-giao-ban');
    expect(c.summary).toHaveLength(3);
    expect(c.summary[0]).toMatch(/^Sáng 16\/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị/);
    expect(c.summary.some((s) => s.includes('25-NQ/TW'))).toBe(true);
    // Every summary sentence is a sentence of the text, in order.
    let at = 0;
    for (const s of c.summary) {
      const i = c.text.indexOf(s, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + s.length;
    }
  });

  it('leaves out attendance lists, captions and bylines', () => {
    for (const name of ['03-huyen-dan-van-kheo', '04-phuong-doi-thoai', '06-tinh-mat-tran']) {
      const c = fixtureClip(name);
      expect(c.summary.length).toBe(3);
      for (const s of c.summary) expect(s).not.toMatch(/^(Tham dự|Dự hội nghị|Ảnh:)/);
      for (const s of c.summary) expect(s).toMatch(/[.!?…"”]$/);
    }
  });

  it('honours the length setting and short texts', () => {
    const text = fixtureClip('02-trung-uong-hoi-nghi').text;
    expect(summarize(text, 1)).toHaveLength(1);
    expect(summarize(text, 5).length).toBeGreaterThan(3);
    expect(summarize('Một câu ngắn thôi nhưng đủ sáu chữ.', 3)).toEqual(['Một câu ngắn thôi nhưng đủ sáu chữ.']);
    expect(summarize('', 3)).toEqual([]);
  });
});
