/**
 * Generated clips for the library benchmark: the fixture articles run through
 * the engine once, then varied (address, site, dates, tags, notes, extra
 * paragraphs of generated Vietnamese prose, an extra official) into as many
 * clips of realistic size (3–6 KB of text) as asked for. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../lib/engine';
import { buildClip } from '../../lib/library/clip';
import type { Clip } from '../../lib/library/types';
import { danVanScore } from '../../lib/reader/relevance';
import { ROOT } from '../helpers/shared';
import { random } from '../helpers/random';

const ARTICLES = ['01-tinh-giao-ban', '02-trung-uong-hoi-nghi', '03-huyen-dan-van-kheo', '04-phuong-doi-thoai', '05-tinh-van-ban-nha-nuoc', '06-tinh-mat-tran', '07-quan-doi-ton-giao', '08-english-edition'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Hà'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Đức', 'Ngọc', 'Quang', 'Hữu', 'Kim', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hải', 'Hạnh', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quý', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tú', 'Vinh', 'Yến'];
const TITLES = ['Phó Bí thư Huyện ủy', 'Trưởng Ban Dân vận Huyện ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam xã', 'Bí thư Đảng ủy xã', 'Phó Chủ tịch UBND tỉnh'];
const PLACES = ['Tân Lập', 'Hòa Bình', 'Phú Thọ', 'Đồng Tâm', 'Yên Thế', 'Sơn Động', 'Quảng Hòa', 'Lục Ngạn', 'Thạch An', 'Cẩm Khê'];
const SITES = ['Báo Tỉnh', 'Báo Nhân Dân', 'Tạp chí Dân vận', 'Báo Đại đoàn kết', 'Cổng TTĐT Tỉnh ủy', 'Báo Quân đội', 'Việt Nam News', 'Báo Biên phòng'];
const TAGS = ['báo cáo 6 tháng', 'dân vận khéo', 'quy chế dân chủ', 'tôn giáo', 'dân tộc', 'MTTQ', 'tiếp dân', 'nông thôn mới', 'giao ban', 'khối vận'];
const WORDS =
  'cán bộ đảng viên nhân dân vận động tuyên truyền mô hình điển hình tiên tiến phong trào thi đua xây dựng nông thôn mới đô thị văn minh giảm nghèo bền vững an sinh xã hội đồng bào dân tộc thiểu số tôn giáo tín ngưỡng khối đại đoàn kết toàn dân tộc đối thoại tiếp xúc cử tri kiến nghị phản ánh giải quyết kịp thời hiệu quả thiết thực chuyển đổi số cải cách hành chính hòa giải cơ sở an ninh trật tự bảo vệ môi trường hiến đất làm đường giao thông sinh kế hộ gia đình hợp tác xã doanh nghiệp'.split(
    ' ',
  );

/** `n` generated clips. */
export function generateClips(n: number): Clip[] {
  const bases = ARTICLES.map((name) => {
    const raw = readFileSync(join(ROOT, 'tests/fixtures/articles', `${name}.txt`), 'utf8');
    const [title = '', ...rest] = raw.split('\n\n');
    const text = rest.join('\n\n');
    const extraction = extract(text);
    return buildClip({
      article: { title, text, published: null, author: null, site: null, canonicalUrl: null, lang: extraction.lang },
      extraction,
      relevance: danVanScore(text),
      url: `https://example.vn/${name}`,
      now: '2026-01-01T00:00:00.000Z',
    });
  });
  const rnd = random(42);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)] as T;
  const out: Clip[] = [];
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length] as Clip;
    const place = pick(PLACES);
    const person = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const title = pick(TITLES);
    const paragraphs: string[] = [];
    const extra = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < extra; p++) {
      const words = Array.from({ length: 60 + Math.floor(rnd() * 60) }, () => pick(WORDS));
      paragraphs.push(`Tại xã ${place}, đồng chí ${person}, ${title} cho biết ${words.join(' ')}.`);
    }
    const text = `${base.text}\n\n${paragraphs.join('\n\n')}`;
    const published = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 2600) * 86400000).toISOString().slice(0, 10);
    const clipped = new Date(Date.UTC(2024, 0, 1) + i * 3600000).toISOString();
    const at = base.text.length + 2 + 'Tại xã '.length + place.length + ', đồng chí '.length;
    out.push({
      ...base,
      url: `https://${pick(['baotinh', 'dangcongsan', 'danvan', 'tinhuy'])}.example.vn/bai-${i}.html`,
      title: `${base.title} (${place}, ${i})`,
      site: pick(SITES),
      published,
      clippedAt: clipped,
      updatedAt: clipped,
      text,
      officials: [
        ...base.officials,
        { name: person, key: person.toLowerCase(), titles: [title], anchors: [{ start: at, end: at + person.length, exact: person, prefix: '', suffix: '' }] },
      ],
      tags: rnd() < 0.4 ? [pick(TAGS)] : [],
      note: rnd() < 0.2 ? `Ghi chú về ${place}: ${pick(WORDS)} ${pick(WORDS)}` : '',
    });
  }
  return out;
}
