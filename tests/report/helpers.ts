/**
 * A small library of invented clips for the report tests: invented
 * Vietnamese articles (invented people, real document forms) run through
 * the engine and the clip builder as the content script does, with the
 * published dates on the edges of the first half of 2024, sites, tags, an
 * undated clip, an NFD clip, and page text that would be dangerous as a
 * formula or markup.
 */
import { extract } from '@/lib/engine';
import { buildClip } from '@/lib/library/clip';
import type { Clip } from '@/lib/library/types';
import { danVanScore } from '@/lib/reader/relevance';

/** A clip of invented `text`, as if read from a page at `url`. */
export function inventedClip(url: string, title: string, text: string, published: string | null, over: Partial<Clip> = {}): Clip {
  const extraction = extract(text, { articleDate: published });
  const clip = buildClip({
    article: { title, text, published, author: null, site: over.site ?? 'Báo Bắc Giang', canonicalUrl: url, lang: extraction.lang },
    extraction,
    relevance: danVanScore(text),
    url,
    now: '2024-07-20T01:00:00.000Z',
  });
  return { ...clip, ...over };
}

const VAN = 'Nguyễn Thị Hồng Vân';

/** The invented library, in clip order; the comments say where each falls for the first half of 2024. */
export function inventedLibrary(): Clip[] {
  return [
    // First day of the half-year.
    inventedClip(
      'https://baobacgiang.example.vn/yen-the-ra-mat-mo-hinh-dan-van-kheo.html',
      'Yên Thế ra mắt mô hình "Dân vận khéo" hiến đất làm đường',
      `Sáng 1/1/2024, tại xã Tân Sỏi, đồng chí ${VAN}, Trưởng Ban Dân vận Huyện ủy Yên Thế, dự lễ ra mắt mô hình "Dân vận khéo" về hiến đất làm đường giao thông nông thôn.\n\nMô hình thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về quy chế dân chủ ở cơ sở. Đến ngày 15/3/2024, xã sẽ hoàn thành 2 km đường bê tông do Nhân dân hiến đất.`,
      '2024-01-01',
      { site: 'Báo Bắc Giang', tags: ['dân vận khéo'], note: 'Đưa vào mục mô hình tiêu biểu.' },
    ),
    // Last day of the half-year, late in the evening (local time as the page wrote it).
    inventedClip(
      'https://baobacgiang.example.vn/yen-the-so-ket-6-thang.html',
      'Huyện ủy Yên Thế sơ kết công tác dân vận 6 tháng đầu năm 2024',
      `Chiều 28/6, đồng chí ${VAN}, Phó Bí thư Thường trực Huyện ủy Yên Thế, chủ trì hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.\n\nHội nghị quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI và Quyết định số 23-QĐ/TW. Ông Lò Văn Pấng, Chủ tịch Ủy ban MTTQ Việt Nam huyện Yên Thế, báo cáo kết quả vận động Nhân dân.`,
      '2024-06-30T21:40:00+07:00',
      { site: 'Báo Bắc Giang', tags: ['MTTQ', 'Dân vận khéo'] },
    ),
    inventedClip(
      'https://tinhuy.example.vn/ban-dan-van-ke-hoach-15.html',
      'Ban Dân vận Tỉnh ủy ban hành kế hoạch thực hiện quy chế dân chủ',
      `Ngày 8/3/2024, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 15-KH/BDVTU về thực hiện dân chủ ở cơ sở theo Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ.\n\nĐồng chí Hà Thị Mai, Trưởng Ban Dân vận Tỉnh ủy, yêu cầu các huyện báo cáo trước ngày 30/4/2024.`,
      '2024-03-10',
      { site: 'Cổng TTĐT Tỉnh ủy', tags: [] },
    ),
    // The day after: outside.
    inventedClip(
      'https://baobacgiang.example.vn/yen-the-thang-7.html',
      'Yên Thế triển khai nhiệm vụ 6 tháng cuối năm',
      `Ngày 1/7/2024, đồng chí ${VAN}, Bí thư Huyện ủy Yên Thế, giao nhiệm vụ cho các xã.`,
      '2024-07-01T00:05:00+07:00',
      { site: 'Báo Bắc Giang' },
    ),
    // The day before: outside.
    inventedClip(
      'https://baobacgiang.example.vn/tong-ket-2023.html',
      'Tổng kết công tác dân vận năm 2023',
      `Ngày 30/12/2023, đồng chí ${VAN}, Trưởng Ban Dân vận Huyện ủy Yên Thế, tổng kết công tác năm 2023.`,
      '2023-12-31T23:59:00+07:00',
      { site: 'Báo Bắc Giang' },
    ),
    // No published date: listed apart.
    inventedClip(
      'https://mattran.example.vn/doi-thoai-cu-tri.html',
      'Mặt trận huyện đối thoại với cử tri',
      'Ông Lò Văn Pấng, Chủ tịch Ủy ban MTTQ Việt Nam huyện Yên Thế, đối thoại với cử tri xã Đồng Tâm.',
      null,
      { site: 'Báo Đại đoàn kết' },
    ),
    // NFD text, and page text that would be a formula or markup.
    (() => {
      const c = inventedClip(
        'https://baobacgiang.example.vn/=cmd.html',
        '=HYPERLINK("http://evil.example","Xem") <b>Hòa giải</b> ở cơ sở',
        'Ngày 5/5/2024, bà Đặng Thị Thu Hòa, Chủ tịch Hội Liên hiệp Phụ nữ xã Đồng Tâm, tổ chức tập huấn hòa giải ở cơ sở. <script>alert(1)</script>',
        '2024-05-05',
        { site: '@Báo Bắc Giang', note: '+84 912 345 678; -chú ý-', tags: ['-âm'] },
      );
      return { ...c, title: c.title.normalize('NFD'), summary: ['-Hòa giải <i>ở cơ sở</i> =1+1 @Đồng Tâm.'.normalize('NFD')], summaryEdited: true, officials: c.officials.map((o) => ({ ...o, name: o.name.normalize('NFD'), titles: o.titles.map((t) => t.normalize('NFD')) })) };
    })(),
  ];
}
