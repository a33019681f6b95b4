import { describe, expect, it } from 'vitest';
import { norm, trimBody } from '@/lib/reader/trim';

const STORY: [string, string, string, string] = [
  'Sáng 21/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.',
  'Theo báo cáo, các cấp ủy đã quán triệt và thực hiện nghiêm Quy định số 124-QĐ/TW về dân vận, xây dựng 312 mô hình "Dân vận khéo" trên các lĩnh vực.',
  'Kết quả nổi bật',
  'Phát biểu chỉ đạo, đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục đối thoại với Nhân dân.',
];

describe('trimming a news body', () => {
  it('keeps the story and drops what leads and trails it, keeping the byline and source as metadata', () => {
    const related = ['Tỉnh ủy gặp mặt người có uy tín trong đồng bào dân tộc thiểu số', 'Mặt trận Tổ quốc tỉnh giám sát việc thực hiện quy chế dân chủ'];
    const blocks = [
      'Chính trị',
      'Thứ Sáu, 21/6/2024 - 10:15',
      'Sơ kết công tác dân vận 6 tháng đầu năm 2024',
      STORY[0],
      'Đồng chí Hoàng Thị Lan phát biểu tại hội nghị. Ảnh: Minh Phong',
      STORY[1],
      'Quảng cáo',
      STORY[2],
      STORY[3],
      'Minh Phong (Nguồn: QBTV.vn)',
      'Chia sẻ bài viết',
      'Tin liên quan',
      ...related,
      'Từ khóa: dân vận, Dân vận khéo, quy chế dân chủ',
      'Số lượt người xem: 1.234',
      '© Bản quyền thuộc về Báo Tỉnh. Giấy phép số 123/GP-BTTTT',
    ];
    const out = trimBody(blocks, 'Sơ kết công tác dân vận 6 tháng đầu năm 2024', new Set(related.map(norm)));
    expect(out.blocks).toEqual(STORY);
    expect(out.byline).toBe('Minh Phong');
    expect(out.source).toBe('QBTV.vn');
  });

  it('reads "Nguồn:" lines and two-author bylines', () => {
    expect(trimBody([...STORY, 'Thanh Thy - Hoàng Anh', 'Nguồn: Báo Nhân Dân']).byline).toBe('Thanh Thy - Hoàng Anh');
    expect(trimBody([...STORY, 'Thanh Thy', 'Nguồn: Báo Nhân Dân']).source).toBe('Báo Nhân Dân');
  });

  it('keeps a short list of facts after the story (no links), and leaves bodies without a long paragraph alone', () => {
    const facts = ['Hà Nội: 12 mô hình', 'Huế: 8 mô hình', 'Cần Thơ: 5 mô hình'];
    expect(trimBody([...STORY, ...facts]).blocks).toEqual([...STORY, ...facts]);
    const short = ['Tin vắn', 'Hội nghị diễn ra ngày 5/7'];
    expect(trimBody(short).blocks).toEqual(short);
  });

  it('drops repeated captions and English boilerplate the same way', () => {
    const story = ['The committee met on Monday to review the first half of the year and agreed on three priorities for mobilising residents in border districts.'];
    const out = trimBody(
      ['Politics', 'By Jane Doe', ...story, 'Residents attend a meeting in Ha Giang. (AP Photo/John Smith)', 'Residents attend a meeting in Ha Giang. (AP Photo/John Smith)', 'READ MORE: Province holds dialogue with farmers', 'Share this article', 'You may also like'],
      null,
    );
    expect(out.blocks).toEqual(story);
  });

  it('ends a related list at the first sentence of the story that follows it', () => {
    const story = ['The committee met on Monday to review the first half of the year and agreed on three priorities for mobilising residents in border districts.'];
    const after = 'Officials said the plan would be reviewed in December.';
    const teasers = ['Province holds dialogue with farmers', 'New rules for village meetings'];
    const out = trimBody([...story, "DON'T MISS", ...teasers, after, 'Tell us what YOU think...', '(Reporting by Jane Doe; Editing by John Roe)', 'This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out if you wish.'], null, new Set(teasers.map(norm)));
    expect(out.blocks).toEqual([...story, after]);
  });
});
