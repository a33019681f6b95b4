/**
 * More ways the press writes officials, documents and dates, beyond the
 * shared tricky sentences: one sentence each (our own), with what a reader
 * would expect.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/engine';
import { distinctEntities } from '@/lib/engine/extract/distinct';

type Want = { o?: string[][]; d?: string[]; dt?: string[] };
const CASES: [string, Want][] = [
  ['Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn Ánh, Trần Thị Bích.', { o: [['Nguyễn Văn Ánh', 'Phó Bí thư Tỉnh ủy'], ['Trần Thị Bích', 'Phó Bí thư Tỉnh ủy']] }],
  ['Thượng tướng Lê Minh Khang, Thứ trưởng Bộ Công an, dự lễ.', { o: [['Lê Minh Khang', 'Thượng tướng', 'Thứ trưởng Bộ Công an']] }],
  ['Đồng chí Nguyễn Văn An (Bí thư Huyện ủy) phát biểu chỉ đạo.', { o: [['Nguyễn Văn An', 'Bí thư Huyện ủy']] }],
  ['PGS.TS Nguyễn Văn Bình, Giám đốc Học viện Chính trị khu vực II, trình bày tham luận.', { o: [['Nguyễn Văn Bình', 'Giám đốc Học viện Chính trị khu vực II']] }],
  ['Ông Y Biêr Niê, Phó Chủ tịch UBND huyện Krông Pắc, cho biết.', { o: [['Y Biêr Niê', 'Phó Chủ tịch UBND huyện Krông Pắc']] }],
  ['Ông Nguyễn Văn Tám, chủ tịch UBND xã Hòa Bình, cho biết bà con rất phấn khởi.', { o: [['Nguyễn Văn Tám', 'chủ tịch UBND xã Hòa Bình']] }],
  ['Chủ tịch nước Võ Văn Quang và Tổng Bí thư Tô Văn Bảy dự lễ kỷ niệm.', { o: [['Võ Văn Quang', 'Chủ tịch nước'], ['Tô Văn Bảy', 'Tổng Bí thư']] }],
  ['Nguyên Bí thư Tỉnh ủy Trần Văn Chín về thăm quê.', { o: [['Trần Văn Chín', 'Nguyên Bí thư Tỉnh ủy']] }],
  ['Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng làm việc với tỉnh.', { o: [['Vũ Chiến Thắng', 'Thứ trưởng Bộ Nội vụ']] }],
  ['Theo Phó Chủ tịch Thường trực UBND tỉnh Huỳnh Thị Út, tỉnh đã giải ngân 90% vốn.', { o: [['Huỳnh Thị Út', 'Phó Chủ tịch Thường trực UBND tỉnh']] }],
  [
    'Tiếp đoàn có đồng chí Hoàng Văn Nam, Tỉnh ủy viên, Bí thư Huyện ủy Tam Nông; đồng chí Lê Thị Mai, Chủ tịch UBND huyện.',
    { o: [['Hoàng Văn Nam', 'Tỉnh ủy viên', 'Bí thư Huyện ủy Tam Nông'], ['Lê Thị Mai', 'Chủ tịch UBND huyện']] },
  ],
  ['Tại buổi lễ, Trung tá Đinh Công Sơn, Chính trị viên Đồn Biên phòng Bờ Y, trao quà.', { o: [['Đinh Công Sơn', 'Trung tá', 'Chính trị viên Đồn Biên phòng Bờ Y']] }],
  ['Thay mặt lãnh đạo tỉnh, đồng chí Bí thư Tỉnh ủy Lê Quốc Phong tặng hoa chúc mừng.', { o: [['Lê Quốc Phong', 'Bí thư Tỉnh ủy']] }],
  ['Bà Hoàng Thị Thu Hà - Chủ tịch Hội LHPN tỉnh cho biết.', { o: [['Hoàng Thị Thu Hà', 'Chủ tịch Hội LHPN tỉnh']] }],
  // A term written straight after the post stays in it ("nhiệm kỳ 2023 - 2028", "nhiệm kỳ VII"); after a comma it does not.
  [
    'Ông Đặng Văn Phúc được bầu giữ chức Chủ tịch Hội Nông dân huyện nhiệm kỳ 2023 - 2028; Hòa thượng Thích Minh Đạo, Phó Chủ tịch Hội đồng Trị sự nhiệm kỳ VII; bà Lê Thu Hằng, Chủ tịch Hội LHPN xã, nhiệm kỳ 2021 - 2026.',
    {
      o: [
        ['Đặng Văn Phúc', 'Chủ tịch Hội Nông dân huyện nhiệm kỳ 2023 - 2028'],
        ['Thích Minh Đạo', 'Hòa thượng', 'Phó Chủ tịch Hội đồng Trị sự nhiệm kỳ VII'],
        ['Lê Thu Hằng', 'Chủ tịch Hội LHPN xã'],
      ],
    },
  ],
  // A counted office before ", gồm:" and a list at semicolons: every item holds it, the first with titles of its own,
  // the last after "và ông".
  [
    'Bảy Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, gồm: Ông Lê Văn Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; bà Võ Thị Ngọc; ông Nguyễn Văn Khải và ông Phạm Tuấn Tú.',
    {
      o: [
        ['Lê Văn Tuân', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
        ['Võ Thị Ngọc', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
        ['Nguyễn Văn Khải', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
        ['Phạm Tuấn Tú', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
      ],
    },
  ],
  // After a plural honorific, a list's last name the vocabulary lacks; the office by a predicate goes to all.
  [
    'Các bà Nguyễn Thị Hoa, Lê Thị Lụa và Sầm Chúc Mảy được bầu giữ chức Phó Chủ tịch Hội LHPN tỉnh.',
    { o: [['Nguyễn Thị Hoa', 'Phó Chủ tịch Hội LHPN tỉnh'], ['Lê Thị Lụa', 'Phó Chủ tịch Hội LHPN tỉnh'], ['Sầm Chúc Mảy', 'Phó Chủ tịch Hội LHPN tỉnh']] },
  ],
  // "Đại diện" a body after a comma; "Phó phòng"; a body's name with "và" and no comma.
  [
    'Tham dự có bà Trần Thị Mến, Đại diện Trung tâm ACDC; ông Lê Quế Hòa, Phó phòng Lao động Thương binh và xã hội; bà Vũ Thu Hà, Phó phòng Nội vụ.',
    { o: [['Trần Thị Mến', 'Đại diện Trung tâm ACDC'], ['Lê Quế Hòa', 'Phó phòng Lao động Thương binh và xã hội'], ['Vũ Thu Hà', 'Phó phòng Nội vụ']] },
  ],
  // After "xã", two capitalised words are the commune, not a person ("Châu Đình" though "Châu" is a family name).
  ['Đồng chí Trần Nhật Tâm – Phó Bí thư Đảng ủy, Chủ tịch UBND xã Châu Đình tiếp thu ý kiến.', { o: [['Trần Nhật Tâm', 'Phó Bí thư Đảng ủy', 'Chủ tịch UBND xã Châu Đình']] }],
  // A monk's abbacy right after the name with no comma; a nun's rank after a title and a colon.
  [
    'Tiếp đoàn có Đại đức Thích Huệ Minh trụ trì chùa Linh Sơn. – Trưởng Ban Văn hóa: Sư cô Thích Nữ Diệu Hạnh phối hợp trang trí lễ đài.',
    { o: [['Thích Huệ Minh', 'Đại đức', 'trụ trì chùa Linh Sơn'], ['Thích Nữ Diệu Hạnh', 'Trưởng Ban Văn hóa', 'Sư cô']] },
  ],
  // Lower-case words of a body's name spelled by the abbreviation in brackets after them.
  [
    'Linh mục Trần Văn Mạnh, Quyền Chủ tịch - Tổng thư ký Ủy ban đoàn kết công giáo (ĐKCG) Việt Nam, phát biểu.',
    { o: [['Trần Văn Mạnh', 'Linh mục', 'Quyền Chủ tịch', 'Tổng thư ký Ủy ban đoàn kết công giáo (ĐKCG) Việt Nam']] },
  ],
  // A body's lower-case name words ("nạn nhân chất độc da cam đioxin", "nông thôn mới") before the place.
  [
    'Ông Trịnh Văn Bảy, Chủ tịch Hội Nạn nhân chất độc da cam đioxin phường Quang Trung, và ông Lê Văn Hà, Trưởng Ban chỉ đạo xây dựng nông thôn mới xã Hoằng Sơn, cùng dự.',
    { o: [['Trịnh Văn Bảy', 'Chủ tịch Hội Nạn nhân chất độc da cam đioxin phường Quang Trung'], ['Lê Văn Hà', 'Trưởng Ban chỉ đạo xây dựng nông thôn mới xã Hoằng Sơn']] },
  ],
  // A baptismal name after a title is the name's; "Tổng Đại diện", "Chánh Trị Sự"; a capitalised body holding a family name.
  [
    'Tiếp đoàn có Quản xứ Giuse Nguyễn Văn Thành và Tổng Đại diện Antôn Phan Văn Tụ. Chánh Trị Sự Hà Vũ Bằng, Chủ tịch Hội Đồng Liên Tôn Việt Nam tại Hoa Kỳ phát biểu.',
    { o: [['Giuse Nguyễn Văn Thành', 'Quản xứ'], ['Antôn Phan Văn Tụ', 'Tổng Đại diện'], ['Hà Vũ Bằng', 'Chánh Trị Sự', 'Chủ tịch Hội Đồng Liên Tôn Việt Nam tại Hoa Kỳ']] },
  ],
  // Two posts joined by a slash are one title; a dash before "làm"; a numbered delegation.
  [
    'Đoàn do ông Bí thư Tỉnh ủy Đinh Văn Hoàn-làm trưởng đoàn. Đồng chí Nguyễn Hồng Vân - Bí thư Đảng ủy/Chủ tịch HĐND phường làm trưởng đoàn 1 đến thăm.',
    { o: [['Đinh Văn Hoàn', 'Bí thư Tỉnh ủy', 'trưởng đoàn'], ['Nguyễn Hồng Vân', 'Bí thư Đảng ủy/Chủ tịch HĐND phường', 'trưởng đoàn 1']] },
  ],
  // Lunar dates by the year's cyclical name: the text's year when the name is its own, else unknown (and not inferred);
  // a figure year written after the name wins.
  [
    'Ngày 27/08/2015 (âm lịch 14 tháng 7 Ất Mùi), Hội Thánh công bố chương trình đại lễ trong 2 ngày 15 và 16 tháng 8 năm Ất Mùi, kỷ niệm ngày sinh Đức Hộ Pháp 25/11 Kỷ Sửu và lễ giỗ 18/5 Kỷ Mão 1939.',
    {
      dt: [
        'Ngày 27/08/2015=2015-08-27',
        '14 tháng 7 Ất Mùi=2015-07-14',
        '15=2015-08-15',
        '16 tháng 8 năm Ất Mùi=2015-08-16',
        '25/11 Kỷ Sửu=--11-25',
        '18/5 Kỷ Mão 1939=1939-05-18',
      ],
    },
  ],
  // Days joined by "&"; a date typed with spaced dashes; a lunar date with a space after its slash.
  [
    'Trong 02 ngày 27&28/6/2019 diễn ra đại hội; ngày 15 - 11 - 2017 thành lập chi hội; lễ vía ngày 10/ 7 Kỷ Hợi.',
    { dt: ['ngày 27=2019-06-27', '28/6/2019=2019-06-28', 'ngày 15 - 11 - 2017=2017-11-15', '10/ 7 Kỷ Hợi=2019-07-10'] },
  ],
  // Two baptismal names before the family name; an age with the birth year in brackets before the post; "GM" (Giám mục).
  [
    'Đức Cha Phanxicô Xavie Trần Văn Lộc, 77 tuổi (1932), GM giáo phận Thái Bình nghỉ hưu; Cha Giuse Lê Năng làm tân GM giáo phận Phát Diệm.',
    { o: [['Phanxicô Xavie Trần Văn Lộc', 'GM giáo phận Thái Bình'], ['Giuse Lê Năng', 'tân GM giáo phận Phát Diệm']] },
  ],
  // A day and month with the year after "năm" is one date; the second year of "từ năm … đến …" is a year.
  ['Ngài sinh ngày 24-11 năm 1953, học tiểu chủng viện từ năm 1962 đến 1970.', { dt: ['ngày 24-11 năm 1953=1953-11-24', 'năm 1962=1962', '1970=1970'] }],
  // An author's name on a line of its own, a post on each line under it.
  [
    'CÔNG ĐOÀN TỈNH PHÁT HUY TRUYỀN THỐNG\nNguyễn Hữu Lương\nỦy viên Ban Chấp hành Đảng bộ tỉnh,\nChủ tịch Liên đoàn Lao động tỉnh Yên Bái\nTháng 6 năm 1929, Đông Dương Cộng sản Đảng ra đời.',
    { o: [['Nguyễn Hữu Lương', 'Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Chủ tịch Liên đoàn Lao động tỉnh Yên Bái']] },
  ],
  // "Cô" inside a place's capitalised name is no honorific; "Nữ Giáo Chủ" is a post, not a name; "đồng đạo" an
  // honorific; "thành viên ban tổ chức" a post.
  [
    'Có cửa khẩu phụ Lồ Cô Chin. Bà Nữ Giáo Chủ hướng dẫn 50 vị. Theo lời giới thiệu của đồng đạo Trần Văn Tâm, thành viên ban tổ chức, có 300 khách.',
    { o: [['Trần Văn Tâm', 'thành viên ban tổ chức']] },
  ],
  // Posts given or taken "đối với" a person are that person's: "thôi …, … đối với đồng chí A", "chức danh … đối với ông B".
  [
    'Hội nghị thông báo việc thôi Ủy viên Ủy ban MTTQ tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Âu Văn Thành; hiệp thương cử bổ sung chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện đối với ông Lê Văn Bình.',
    { o: [['Âu Văn Thành', 'Ủy viên Ủy ban MTTQ tỉnh', 'Phó Chủ tịch Ủy ban MTTQ tỉnh'], ['Lê Văn Bình', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện']] },
  ],
  // Two days of one month written out with "tháng": the first day takes the second's month and year.
  [
    'Ngày 16,17 tháng 5 năm 2019, đại hội diễn ra; hội thao tổ chức từ ngày 24 đến ngày 25 tháng 11 năm 2019.',
    { dt: ['Ngày 16=2019-05-16', '17 tháng 5 năm 2019=2019-05-17', 'ngày 24=2019-11-24', 'ngày 25 tháng 11 năm 2019=2019-11-25'] },
  ],
  // Offices by "được tín nhiệm bầu", "tiếp tục đảm nhiệm"; "Trưởng lão Hòa thượng"; sub-committees by their field.
  [
    'Đồng chí Hoàng Minh Hải được tín nhiệm bầu Bí thư đoàn phường Tuần Châu nhiệm kỳ 2022- 2027. Đại hội suy tôn Trưởng lão Hòa thượng Thích Trí Minh; Hòa thượng Thích Thiện Tâm tiếp tục đảm nhiệm Chủ tịch Hội đồng Trị sự GHPGVN nhiệm kỳ IX; Thượng tọa Thích Viên Trừng, Trưởng Tiểu ban Nội dung báo cáo.',
    {
      o: [
        ['Hoàng Minh Hải', 'Bí thư đoàn phường Tuần Châu nhiệm kỳ 2022- 2027'],
        ['Thích Trí Minh', 'Trưởng lão Hòa thượng'],
        ['Thích Thiện Tâm', 'Hòa thượng', 'Chủ tịch Hội đồng Trị sự GHPGVN nhiệm kỳ IX'],
        ['Thích Viên Trừng', 'Thượng tọa', 'Trưởng Tiểu ban Nội dung'],
      ],
    },
  ],
  // After "tỉnh", a province of two words before a name is the province; a name holding a two-word title is no name.
  [
    'Phó Chủ tịch UBND tỉnh Kiên Giang Lê Trung Hà và Phó Chủ tịch Ủy ban Bầu cử thành phố Cao Xuân Liên dự lễ tưởng niệm Đức Huỳnh Giáo Chủ.',
    { o: [['Lê Trung Hà', 'Phó Chủ tịch UBND tỉnh Kiên Giang'], ['Cao Xuân Liên', 'Phó Chủ tịch Ủy ban Bầu cử thành phố']] },
  ],
  ['Anh Nguyễn Văn Hùng (35 tuổi, ở thôn 3) hiến 500 m² đất.', { o: [['Nguyễn Văn Hùng']] }],
  ['Ngày 2/9/1945, nước Việt Nam Dân chủ Cộng hòa ra đời.', { o: [], dt: ['Ngày 2/9/1945=1945-09-02'] }],
  ['Hôm nay (15/8), UBND tỉnh họp; đến tháng Mười Hai năm 2023 hoàn thành.', { dt: ['15/8=2023-08-15', 'tháng Mười Hai năm 2023=2023-12'] }],
  [
    'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.',
    { d: ['18-NQ/TW'], dt: ['ngày 25/10/2017=2017-10-25'] },
  ],
  [
    // A Thông báo (a notice) is outside the rules' list of document types.
    'Theo Hướng dẫn số 25-HD/BTGTW và Thông báo kết luận số 12-TB/TU, Chỉ thị số 18/CT-TTg, Nghị quyết 01/NQ-CP.',
    { d: ['25-HD/BTGTW', '18/CT-TTg', '01/NQ-CP'] },
  ],
  [
    'Quy định 124-QĐ/TW về giám sát; Kết luận số 01-KL/TW ngày 18/5/2021 về tiếp tục thực hiện Chỉ thị 05.',
    { d: ['124-QĐ/TW', '01-KL/TW', '05-CT/TW'], dt: ['ngày 18/5/2021=2021-05-18'] },
  ],
  ['Nhiều hộ dân đã hiến đất theo tinh thần Nghị quyết 3 năm qua.', { d: [] }],
  ['ĐBQH Lò Thị Luyến đề nghị tăng hỗ trợ.', { o: [['Lò Thị Luyến', 'ĐBQH']] }],
  ['Ông Trần Văn Lực, nguyên Bí thư Huyện ủy, chia sẻ kinh nghiệm.', { o: [['Trần Văn Lực', 'nguyên Bí thư Huyện ủy']] }],
  ['Bí thư Chi bộ, Trưởng ấp Phú Hòa Lê Văn Cường cho biết cả ấp đồng thuận.', { o: [['Lê Văn Cường', 'Bí thư Chi bộ', 'Trưởng ấp Phú Hòa']] }],
  [
    'Trung tướng Nguyễn Văn Nam, Chính ủy Quân khu 7 và Thiếu tướng Lê Xuân Thế, Phó Tư lệnh Quân khu trao quà.',
    { o: [['Nguyễn Văn Nam', 'Trung tướng', 'Chính ủy Quân khu 7'], ['Lê Xuân Thế', 'Thiếu tướng', 'Phó Tư lệnh Quân khu']] },
  ],
  // Bodies whose own names run on in lower case, or join two fields with a dash.
  ['Ông Phạm Văn Đức, Viện trưởng Viện Nghiên cứu lập pháp thuộc Ủy ban Thường vụ Quốc hội, trình bày.', { o: [['Phạm Văn Đức', 'Viện trưởng Viện Nghiên cứu lập pháp thuộc Ủy ban Thường vụ Quốc hội']] }],
  ['Bà Trần Thị Hoa, Hiệu trưởng Trường Đại học Sư phạm Huế, phát biểu.', { o: [['Trần Thị Hoa', 'Hiệu trưởng Trường Đại học Sư phạm Huế']] }],
  ['Ông Lê Quang Vinh, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, trao bằng.', { o: [['Lê Quang Vinh', 'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh']] }],
  [
    'Ông Hoàng Văn Sơn, Chủ tịch Hội đồng quản trị Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam, dự lễ.',
    { o: [['Hoàng Văn Sơn', 'Chủ tịch Hội đồng quản trị Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam']] },
  ],
  ['Ông Tạ Quang Huy, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho hay.', { o: [['Tạ Quang Huy', 'Phó Giám đốc Sở Lao động - Thương binh và Xã hội']] }],
  ['Bà Kiều Thị Thu, Phó Trưởng phòng Tổ chức - Cán bộ, Sở Y tế, cho biết.', { o: [['Kiều Thị Thu', 'Phó Trưởng phòng Tổ chức - Cán bộ, Sở Y tế']] }],
  ['Ông Cao Văn Phúc, Phó Giám đốc Công an tỉnh, Thủ trưởng Cơ quan Cảnh sát điều tra, thông tin.', { o: [['Cao Văn Phúc', 'Phó Giám đốc Công an tỉnh', 'Thủ trưởng Cơ quan Cảnh sát điều tra']] }],
  ['Ông Y Thanh Niê Kđăm, Chủ tịch Hội đồng Dân tộc của Quốc hội, dự.', { o: [['Y Thanh Niê Kđăm', 'Chủ tịch Hội đồng Dân tộc của Quốc hội']] }],
  // … but a title does not run on into the verb after it, nor past a place.
  ['Ông Phùng Văn Tám, Bí thư Đảng ủy xã Phú Lộc sản xuất giỏi nhất vùng.', { o: [['Phùng Văn Tám', 'Bí thư Đảng ủy xã Phú Lộc']] }],
  ['Bí thư Tỉnh ủy - Trưởng đoàn ĐBQH tỉnh Lê Văn Cường phát triển ý kiến.', { o: [['Lê Văn Cường', 'Bí thư Tỉnh ủy', 'Trưởng đoàn ĐBQH tỉnh']] }],
  ['Bác Hồ từng dạy: "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong"; bà Hoa cho biết cả thôn đều thuộc lòng.', { o: [['Hoa']] }],
  // Elected or appointed: the office becomes a title (with the term written straight after it, as the rules keep terms in titles).
  ['Theo Quyết định, ông Lê Văn Thành được bầu giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026.', { o: [['Lê Văn Thành', 'Chủ tịch UBND huyện nhiệm kỳ 2021-2026']] }],
  ['Bà Nguyễn Thị Hương được bổ nhiệm làm Phó Giám đốc Sở Nội vụ từ ngày 1/8.', { o: [['Nguyễn Thị Hương', 'Phó Giám đốc Sở Nội vụ']] }],
  [
    'Đồng chí Trần Văn Quý, Phó Bí thư Huyện ủy, được điều động giữ chức vụ Trưởng Ban Dân vận Tỉnh ủy.',
    { o: [['Trần Văn Quý', 'Phó Bí thư Huyện ủy', 'Trưởng Ban Dân vận Tỉnh ủy']] },
  ],
  ['Ông Hà Văn Tuấn tái đắc cử Chủ tịch Hội Nông dân tỉnh; ông Vi Văn Lợi được giao nhiệm vụ phụ trách.', { o: [['Hà Văn Tuấn', 'Chủ tịch Hội Nông dân tỉnh'], ['Vi Văn Lợi']] }],
  [
    'Ông Nguyễn Hữu Phước, 62 tuổi, Trưởng ban công tác Mặt trận khu dân cư số 5, phường Tân Định, cho biết.',
    { o: [['Nguyễn Hữu Phước', 'Trưởng ban công tác Mặt trận khu dân cư số 5, phường Tân Định']] },
  ],
  ['Đại biểu Phạm Văn Hòa (Đồng Tháp) phát biểu; các đại biểu thảo luận sôi nổi.', { o: [['Phạm Văn Hòa', 'Đại biểu']] }],
  // Where the post is, after commas; names of one word with an apostrophe.
  [
    'Chị Hà Thị Liên, Bí thư Chi đoàn thôn Nà Hin, xã Bằng Thành, huyện Pác Nặm, tỉnh Bắc Kạn, cho biết.',
    { o: [['Hà Thị Liên', 'Bí thư Chi đoàn thôn Nà Hin, xã Bằng Thành, huyện Pác Nặm, tỉnh Bắc Kạn']] },
  ],
  ['Về phía Trung ương có đồng chí Nguyễn Văn Em, Vụ trưởng Vụ Địa phương I, Ban Dân vận Trung ương.', { o: [['Nguyễn Văn Em', 'Vụ trưởng Vụ Địa phương I, Ban Dân vận Trung ương']] }],
  ['Bà Y Hòa Niê, Phó Chủ tịch Hội LHPN xã Ea Tu, TP Buôn Ma Thuột, chia sẻ.', { o: [['Y Hòa Niê', 'Phó Chủ tịch Hội LHPN xã Ea Tu, TP Buôn Ma Thuột']] }],
  ['Ông K\'Bảo, Già làng thôn Đạ Nghịt, cho biết cả làng đồng lòng.', { o: [["K'Bảo", 'Già làng thôn Đạ Nghịt']] }],
  // … but a comma before another person, or before what they did, ends the title.
  [
    'Ông Lê Văn Hòa, Chủ tịch UBND xã, ông Trần Văn Phú, Bí thư Đảng ủy xã, Hội Nông dân xã cùng tham gia.',
    { o: [['Lê Văn Hòa', 'Chủ tịch UBND xã'], ['Trần Văn Phú', 'Bí thư Đảng ủy xã']] },
  ],
  // Action programmes, joint regulations and a Thông tri are not among the rules' document types; a joint issuer is.
  [
    'Chương trình hành động số 15-CTr/TU và Quy chế phối hợp số 04-QC/BDV-MTTQ được ký kết; Thông tri 01-TT/TW-MTTQ vẫn còn hiệu lực; Hướng dẫn số 07-HD/BDV-MTTQ.',
    { d: ['07-HD/BDV-MTTQ'] },
  ],
  [
    'Theo Hiến pháp năm 2013 và Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nhân dân là chủ; pháp luật hiện hành quy định rõ.',
    { d: ['Hiến pháp năm 2013', 'Văn kiện Đại hội XIII của Đảng'] },
  ],
  // A three-word name right after a body is one name.
  ['Phó Thủ tướng Chính phủ Trần Lưu Quang làm việc với tỉnh.', { o: [['Trần Lưu Quang', 'Phó Thủ tướng Chính phủ']] }],
  [
    'Hội nghị có sự tham gia của Nhân dân, Mặt trận Tổ quốc. Tập đoàn Hoàng Anh Gia Lai tài trợ. Đường Nguyễn Trãi và cầu Trần Thị Lý được chỉnh trang; Bệnh viện Đa khoa Lê Văn Thịnh, Lăng Chủ tịch Hồ Chí Minh.',
    { o: [], d: [], dt: [] },
  ],
  // A title or a body right after a rank or an honorific is not a one-word given name.
  ['Đoàn đến chúc mừng Tòa Giám mục Giáo phận Kon Tum; cùng các đồng chí Thường trực HĐND xã. Thượng tọa Trưởng ban cảm ơn đoàn.', { o: [] }],
  ['Các cựu binh giữ vững phẩm chất Bộ đội Cụ Hồ; ông Lò Văn Phúc nhắc lại.', { o: [['Lò Văn Phúc']] }],
  // A credit written "Tin ảnh:" with no comma; its first word is not an honorific.
  ['Ông Vũ Đình Khang dự lễ.\nTin ảnh: Anh Thơ', { o: [['Vũ Đình Khang'], ['Anh Thơ']] }],
  // A plural title shared by a semicolon list: each name keeps it, and its own titles are its alone.
  [
    'Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Nguyễn Văn Tình, Chánh Văn phòng Tỉnh ủy; đồng chí Lê Thị Hồng, Phó Chủ tịch UBND tỉnh; Trần Quốc Bảo, Giám đốc Sở Nội vụ.',
    {
      o: [
        ['Nguyễn Văn Tình', 'Ủy viên Trung ương Đảng', 'Chánh Văn phòng Tỉnh ủy'],
        ['Lê Thị Hồng', 'Ủy viên Trung ương Đảng', 'Phó Chủ tịch UBND tỉnh'],
        ['Trần Quốc Bảo', 'Ủy viên Trung ương Đảng', 'Giám đốc Sở Nội vụ'],
      ],
    },
  ],
  // … but one person's rank does not pass to the next attendee.
  [
    'Dự có Thiếu tướng Lê Văn Quân, Phó Tư lệnh Quân khu 5; đồng chí Mai Thị Hòa, Phó Chủ tịch UBND tỉnh.',
    { o: [['Lê Văn Quân', 'Thiếu tướng', 'Phó Tư lệnh Quân khu 5'], ['Mai Thị Hòa', 'Phó Chủ tịch UBND tỉnh']] },
  ],
  // Offices after "giữ chức" go on over commas; the Front's and mass organisations' Party committee is one body.
  [
    'Hội nghị cử bà Hà Thị Nhung, Phó Bí thư Thường trực Đảng ủy MTTQ, các đoàn thể tỉnh giữ chức Chủ tịch, Trưởng ban Dân chủ Ủy ban MTTQ tỉnh khóa X, nhiệm kỳ 2024-2029.',
    { o: [['Hà Thị Nhung', 'Phó Bí thư Thường trực Đảng ủy MTTQ, các đoàn thể tỉnh', 'Chủ tịch', 'Trưởng ban Dân chủ Ủy ban MTTQ tỉnh khóa X']] },
  ],
  // Where a body is, in brackets; "và" and a lower-case word after a place end the title.
  [
    'Ông Lê Văn Tín, Ủy viên Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh, và Giám mục Đinh Văn Hòa - Giám mục Giáo phận Vinh (tỉnh Nghệ An) dự.',
    { o: [['Lê Văn Tín', 'Ủy viên Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh'], ['Đinh Văn Hòa', 'Giám mục', 'Giám mục Giáo phận Vinh (tỉnh Nghệ An)']] },
  ],
  [
    'Đoàn do bà Lò Thị Hạnh - Chủ tịch Ủy ban MTTQ tỉnh và đoàn công tác đến thăm; ông Cao Văn Lộc, Chủ tịch HĐND huyện Tam Nông và đại diện các ban cùng dự.',
    { o: [['Lò Thị Hạnh', 'Chủ tịch Ủy ban MTTQ tỉnh'], ['Cao Văn Lộc', 'Chủ tịch HĐND huyện Tam Nông']] },
  ],
  // Community, religious and military titles; bodies whose names run on in lower case.
  ['Ông Lường Văn Khoa, người uy tín xóm Bản Lầm, xã Tân Lạc, nhận quà.', { o: [['Lường Văn Khoa', 'người uy tín xóm Bản Lầm, xã Tân Lạc']] }],
  [
    'Bà Hà Thị Kim, Phó Ban Trị sự GHPGVN tỉnh, phát biểu; Tướng Phạm Văn Sáu và Nữ tu Lê Thị Hoa cùng dự.',
    { o: [['Hà Thị Kim', 'Phó Ban Trị sự GHPGVN tỉnh'], ['Phạm Văn Sáu', 'Tướng'], ['Lê Thị Hoa', 'Nữ tu']] },
  ],
  [
    'Ông Lý Văn Lực, Bí thư Ban cán sự đảng, Bộ trưởng, dự; ông Đào Văn Tú - Vụ trưởng Vụ Dân tộc thiểu số phát biểu.',
    { o: [['Lý Văn Lực', 'Bí thư Ban cán sự đảng', 'Bộ trưởng'], ['Đào Văn Tú', 'Vụ trưởng Vụ Dân tộc thiểu số']] },
  ],
  [
    'Đại úy Mạc Văn Hà - Đội trưởng Đội Vận động quần chúng, Đồn Biên phòng (ĐBP) Sông Trăng (Bộ đội Biên phòng tỉnh Long An), kể lại.',
    { o: [['Mạc Văn Hà', 'Đại úy', 'Đội trưởng Đội Vận động quần chúng, Đồn Biên phòng (ĐBP) Sông Trăng (Bộ đội Biên phòng tỉnh Long An)']] },
  ],
  // Abbreviations joined by a dash or a dot, right after the name with no comma.
  [
    'Dự có đồng chí Vương Văn Lợi UV-BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đoàn do ông Võ Văn Vy-Phó chủ tịch UB.MTTQVN tỉnh làm trưởng đoàn.',
    { o: [['Vương Văn Lợi', 'UV-BTV Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy'], ['Võ Văn Vy', 'Phó chủ tịch UB.MTTQVN tỉnh', 'trưởng đoàn']] },
  ],
  // The titles, a dash, then the name; a lower-case rank before a name; a rank, a comma, an office, the name.
  [
    'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Bền thăm hỏi Mục sư, Hội trưởng Thái Văn Phúc.',
    { o: [['Nguyễn Văn Bền', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], ['Thái Văn Phúc', 'Mục sư', 'Hội trưởng']] },
  ],
  [
    'Đón đoàn có mục sư Nguyễn Hữu Minh, Hội trưởng Hội Thánh Tin lành Việt Nam (miền Bắc) và các linh mục.',
    { o: [['Nguyễn Hữu Minh', 'mục sư', 'Hội trưởng Hội Thánh Tin lành Việt Nam (miền Bắc)']] },
  ],
  // Ranges of full dates, typed spaces, days of every year, a quarter in the old spelling.
  ['Kỷ niệm 80 năm Ngày truyền thống (12/3/1945-12/3/2025), xã tổ chức lễ.', { dt: ['12/3/1945=1945-03-12', '12/3/2025=2025-03-12'] }],
  ['Kế hoạch ban hành kèm theo Quyết định số 812-QĐ/HU ngày 14/7 /2011 của Huyện ủy.', { d: ['812-QĐ/HU'], dt: ['ngày 14/7 /2011=2011-07-14'] }],
  ['Bộ Chính trị lấy ngày 15/10 hằng năm làm Ngày Dân vận; năm 2023, ngày 15/10 được tổ chức trọng thể.', { dt: ['ngày 15/10=--10-15', 'năm 2023=2023', 'ngày 15/10=2023-10-15'] }],
  ['Trong quí II năm 2016, Ban Dân vận Huyện ủy tổ chức 3 hội nghị.', { dt: [] }],
  ['Trong 2 ngày (27 đến 28/8/2024), tại hội trường tỉnh, hội nghị diễn ra.', { dt: ['27=2024-08-27', '28/8/2024=2024-08-28'] }],
  // Older State symbols with no type code; a law's name ends before the next document; laws named in lower case.
  ['Năm 1960, Thủ tướng ban hành Nghị định số 214/TTg; sau đó là Chỉ thị 07/1997/TTg về biên giới.', { d: ['214/TTg', '07/1997/TTg'] }],
  [
    'Nghị định số 18/2021/NĐ-CP hướng dẫn Luật Tín ngưỡng, tôn giáo thay thế Nghị định 40/2015/NĐ-CP.',
    { d: ['18/2021/NĐ-CP', 'Luật Tín ngưỡng, tôn giáo', '40/2015/NĐ-CP'] },
  ],
  ['Xã lấy ý kiến Dự thảo Luật thực hiện dân chủ ở cơ sở; Luật sư Trần Văn Ánh cho biết Luật quy định rõ.', { d: ['Luật thực hiện dân chủ ở cơ sở'] }],
  // "Thành" alone is no body ("Thành phố" is); titles in lower case and an office given by "làm".
  ['Đoàn do ông Thành Văn Lộc – tỉnh ủy viên, bí thư huyện ủy làm trưởng đoàn đến thăm.', { o: [['Thành Văn Lộc', 'tỉnh ủy viên', 'bí thư huyện ủy', 'trưởng đoàn']] }],
  // A rank before a body's name or an office; a body's region, lower-case field and parent before a dash.
  [
    'Bà gửi lời chúc đến Giám mục Chính tòa Giáo phận Xuân Lộc Đỗ Văn Ngân và Linh mục Chánh xứ Giáo xứ Tân Mai Nguyễn Văn Bình.',
    { o: [['Đỗ Văn Ngân', 'Giám mục Chính tòa Giáo phận Xuân Lộc'], ['Nguyễn Văn Bình', 'Linh mục', 'Chánh xứ Giáo xứ Tân Mai']] },
  ],
  [
    'Ông Hà Văn Liêm – Vụ trưởng Vụ Công tác Tôn giáo thuộc Tây Nam bộ; ông Trần Văn Lâm, Trưởng Ban Dân tộc - tôn giáo Ủy ban MTTQ tỉnh đã đến.',
    { o: [['Hà Văn Liêm', 'Vụ trưởng Vụ Công tác Tôn giáo thuộc Tây Nam bộ'], ['Trần Văn Lâm', 'Trưởng Ban Dân tộc - tôn giáo Ủy ban MTTQ tỉnh']] },
  ],
  [
    'Bà Hồ Thị Hiền - Phó Chủ tịch Hội LHPN tỉnh, Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh - đã được bầu.',
    { o: [['Hồ Thị Hiền', 'Phó Chủ tịch Hội LHPN tỉnh', 'Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh']] },
  ],
  // "tân" (newly elected) in lower case; after "tỉnh" a run that is no province is a name; "là" gives an office.
  [
    'Lãnh đạo tỉnh chúc mừng tân phó Chủ tịch Lê Văn Hào; PCT UBND tỉnh Đinh Huy tặng hoa. Đồng chí Phan Văn Chiến, là thiếu tướng, nguyên Phó Chính ủy Quân khu 9, phát biểu.',
    { o: [['Lê Văn Hào', 'tân phó Chủ tịch'], ['Đinh Huy', 'PCT UBND tỉnh'], ['Phan Văn Chiến', 'thiếu tướng', 'nguyên Phó Chính ủy Quân khu 9']] },
  ],
  // Buddhist names begin with "Thích", after a rank abbreviated with a dot; Sangha titles; part-time posts.
  [
    'Đoàn do TT. Thích Minh Tâm – Phó BTS GHPGVN tỉnh làm trưởng đoàn; TT. Thích Quảng Đức – Trưởng ban Văn hóa BTS GHPGVN tỉnh cùng đến.',
    { o: [['Thích Minh Tâm', 'TT.', 'Phó BTS GHPGVN tỉnh', 'trưởng đoàn'], ['Thích Quảng Đức', 'TT.', 'Trưởng ban Văn hóa BTS GHPGVN tỉnh']] },
  ],
  // "tướng" inside "thủ tướng" is no rank of its own.
  ['Sáng nay, thủ tướng Phạm Văn Lộc thăm tỉnh.', { o: [] }],
  ['Bà Lê Thu Mai là Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam.', { o: [['Lê Thu Mai', 'Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam']] }],
  // An item of a list starts at its separator, even with a family name the vocabulary lacks.
  [
    'Dự có các đồng chí: Võ Thị Minh - Ủy viên Ban Thường vụ Tỉnh ủy; Ngọc Kim Sơn - Trưởng ban Dân vận Tỉnh ủy; Phan Đức Hải - Phó Chủ tịch UBND tỉnh.',
    { o: [['Võ Thị Minh', 'Ủy viên Ban Thường vụ Tỉnh ủy'], ['Ngọc Kim Sơn', 'Trưởng ban Dân vận Tỉnh ủy'], ['Phan Đức Hải', 'Phó Chủ tịch UBND tỉnh']] },
  ],
  // … and a province of before 1997 is still a place.
  ['Ông từng là Phó Chủ tịch UBND tỉnh Hà Tây; PCT UBND tỉnh Hoàng Liên Sơn cùng dự.', { o: [] }],
  // A verb right after a level word ends the title; "kiêm" joins two titles.
  [
    'Bà Nông Thị Hà, Trưởng khối vận huyện báo cáo; ông Lê Văn Thành, Phó Chủ tịch Ủy ban MTTQ tỉnh, kiêm Chủ tịch Hội Khuyến học tỉnh dự.',
    { o: [['Nông Thị Hà', 'Trưởng khối vận huyện'], ['Lê Văn Thành', 'Phó Chủ tịch Ủy ban MTTQ tỉnh', 'Chủ tịch Hội Khuyến học tỉnh']] },
  ],
  // Attendees at commas, each "Name - title - title": each keeps only their own titles.
  [
    'Tham dự Đại hội có các đồng chí: Trần Văn Khải - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội Nông dân tỉnh, Lê Thị Mỹ Hạnh - Tỉnh ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã, Phạm Quốc Bảo - Phó Bí thư Thường trực Đảng ủy, Chủ tịch UBND xã, cùng các đồng chí trong Ban Chấp hành Đảng bộ.',
    {
      o: [
        ['Trần Văn Khải', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Chủ tịch Hội Nông dân tỉnh'],
        ['Lê Thị Mỹ Hạnh', 'Tỉnh ủy viên', 'Bí thư Đảng ủy', 'Chủ tịch HĐND xã'],
        ['Phạm Quốc Bảo', 'Phó Bí thư Thường trực Đảng ủy', 'Chủ tịch UBND xã'],
      ],
    },
  ],
  // Boards of the Buddhist Sangha and committees of a People's Council (lower-case words and a dash inside the body's name); "Q." for quận.
  [
    'Thượng tọa Thích Minh An, Trưởng ban Kiểm soát; Đại đức Thích Minh Bảo, Trưởng ban Hướng dẫn Phật tử; Đại đức Thích Minh Cảnh, Trưởng ban Trị sự GHPGVN Q.Gò Vấp; bà Lê Thị Em, Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh.',
    {
      o: [
        ['Thích Minh An', 'Thượng tọa', 'Trưởng ban Kiểm soát'],
        ['Thích Minh Bảo', 'Đại đức', 'Trưởng ban Hướng dẫn Phật tử'],
        ['Thích Minh Cảnh', 'Đại đức', 'Trưởng ban Trị sự GHPGVN Q.Gò Vấp'],
        ['Lê Thị Em', 'Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh'],
      ],
    },
  ],
  // An office given by "gồm các đồng chí:" before a list; abbreviated titles "CT.HĐND", "Phó BT"; staff ("chuyên viên"); "Pháp chủ"; a Cao Đài church is no person.
  [
    'Phó Chủ tịch gồm các đồng chí: Trần Văn Hải, Lê Văn Thuật, Phan Thị Ánh. Tham dự có ông Lê Xuân Vinh – Bí thư Đảng ủy, CT.HĐND xã, ông Nguyễn Ngọc Huy - Phó BT, Chủ tịch UBND xã; đồng chí Trần Thị Mỹ Hoa, chuyên viên Ban Dân vận Thành ủy. Hòa thượng Thích Minh Nhường, Phó Pháp chủ Giáo hội Phật giáo Việt Nam, đến thăm Hội thánh Cao Đài Chơn Minh.',
    {
      o: [
        ['Trần Văn Hải', 'Phó Chủ tịch'],
        ['Lê Văn Thuật', 'Phó Chủ tịch'],
        ['Phan Thị Ánh', 'Phó Chủ tịch'],
        ['Lê Xuân Vinh', 'Bí thư Đảng ủy', 'CT.HĐND xã'],
        ['Nguyễn Ngọc Huy', 'Phó BT', 'Chủ tịch UBND xã'],
        ['Trần Thị Mỹ Hoa', 'chuyên viên Ban Dân vận Thành ủy'],
        ['Thích Minh Nhường', 'Hòa thượng', 'Phó Pháp chủ Giáo hội Phật giáo Việt Nam'],
      ],
    },
  ],
  ['Tại hội nghị, đ/c Trần Trung Kiên – CT.Hội CCB quận đã thông qua báo cáo.', { o: [['Trần Trung Kiên', 'CT.Hội CCB quận']] }],
  // Offices by "tái cử", "được bầu tái cử giữ chức", "đã tái đắc cử chức vụ"; the Khmer monks' association; UVTT, UVBTVHU; a dash inside a body's name; "Chứng minh", "Chánh Thư ký".
  [
    'Đồng chí Trần Thị Kim Loan tái cử bí thư Tỉnh đoàn Bình Phước. Bà Lê Thị Mộng - Chủ tịch Hội Nông dân tỉnh Bắc Giang khóa IX được bầu tái cử giữ chức Chủ tịch Hội Nông dân tỉnh Bắc Giang khóa X, nhiệm kỳ 2023 - 2028. Ông Dương Văn Bảy đã tái đắc cử chức vụ Chủ tịch Hội. Hòa thượng Thạch Sok Kha, Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh, trụ trì chùa Âng; đồng chí Vũ Mạnh Tài, UVTT, Trưởng ban Dân tộc – Tôn giáo Ủy ban MTTQ Việt Nam thành phố; đồng chí Lê Ánh Dương, UVBTVHU, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Thượng tọa Thích Trí Hải, Chứng minh BTS GHPGVN tỉnh; Đại đức Thích Thiện Tâm, Chánh Thư ký BTS tỉnh.',
    {
      o: [
        ['Trần Thị Kim Loan', 'bí thư Tỉnh đoàn Bình Phước'],
        ['Lê Thị Mộng', 'Chủ tịch Hội Nông dân tỉnh Bắc Giang khóa IX', 'Chủ tịch Hội Nông dân tỉnh Bắc Giang khóa X'],
        ['Dương Văn Bảy', 'Chủ tịch Hội'],
        ['Thạch Sok Kha', 'Hòa thượng', 'Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh', 'trụ trì chùa Âng'],
        ['Vũ Mạnh Tài', 'UVTT', 'Trưởng ban Dân tộc – Tôn giáo Ủy ban MTTQ Việt Nam thành phố'],
        ['Lê Ánh Dương', 'UVBTVHU', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'],
        ['Thích Trí Hải', 'Thượng tọa', 'Chứng minh BTS GHPGVN tỉnh'],
        ['Thích Thiện Tâm', 'Đại đức', 'Chánh Thư ký BTS tỉnh'],
      ],
    },
  ],
  // "Báo cáo" after a title is the next sentence's noun; "T.Ư" for Trung ương; a unit's code "PA02".
  [
    'Trung tướng Nguyễn Văn Phi, Phó chủ tịch Hội CCB Việt Nam Báo cáo tổng kết đã nêu bật kết quả. Ông Nguyễn Xuân Đông, Phó Chủ tịch T.Ư Hội Nông dân Việt Nam, và đồng chí Nguyễn Mạnh Hùng, Bí thư T.Ư Đoàn, dự lễ. Đồng chí Đỗ Văn Kha, Đội trưởng An ninh Phòng PA02 Công an tỉnh, phát biểu.',
    {
      o: [
        ['Nguyễn Văn Phi', 'Trung tướng', 'Phó chủ tịch Hội CCB Việt Nam'],
        ['Nguyễn Xuân Đông', 'Phó Chủ tịch T.Ư Hội Nông dân Việt Nam'],
        ['Nguyễn Mạnh Hùng', 'Bí thư T.Ư Đoàn'],
        ['Đỗ Văn Kha', 'Đội trưởng An ninh Phòng PA02 Công an tỉnh'],
      ],
    },
  ],
  // Titles, a dash, then the name, after the previous person's comma; a rank before the first name of a colon list is that person's alone; "đồng chí A, đồng chí B - title" shares it.
  [
    'Cùng đi với Đoàn có Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy - Hoàng Đình Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh - Nguyễn Thị Thu Trang và lãnh đạo các sở. Dự lễ kỷ niệm có các đồng chí: Trung tướng Nguyễn Văn Sáu, Thứ trưởng Bộ Công an; Đặng Trọng Thắng, Phó Bí thư thường trực Tỉnh ủy; Phạm Văn Xuân, Chủ tịch UBND tỉnh. Đến dự có đồng chí Nguyễn Hồng Lĩnh, đồng chí Lương Quốc Định - Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam.',
    {
      o: [
        ['Hoàng Đình Cường', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy'],
        ['Nguyễn Thị Thu Trang', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
        ['Nguyễn Văn Sáu', 'Trung tướng', 'Thứ trưởng Bộ Công an'],
        ['Đặng Trọng Thắng', 'Phó Bí thư thường trực Tỉnh ủy'],
        ['Phạm Văn Xuân', 'Chủ tịch UBND tỉnh'],
        ['Nguyễn Hồng Lĩnh', 'Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam'],
        ['Lương Quốc Định', 'Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam'],
      ],
    },
  ],
  // Three days of one month: each is a date.
  ['Hội nghị họp các ngày 14, 15 và 16/4/2024 tại tỉnh.', { dt: ['14=2024-04-14', '15=2024-04-15', '16/4/2024=2024-04-16'] }],
  // A title, a comma, an honorific, then the name; an honorific written twice across a colon; an office given to both names of a list, with the body's congress.
  [
    'Bí thư Tỉnh ủy Hà Giang, ông Triệu Tài Vĩnh; Bí thư T.Ư Đoàn, anh Nguyễn Mạnh Dương tới dự. Đến dự Đại hội có đồng chí: Đồng chí Thào Xuân Sáng, Bí thư Đảng đoàn. Ông Nguyễn Công Thành và ông Đào Duy Hải được bầu tái cử giữ chức Phó Chủ tịch Hội Nông dân tỉnh Bắc Ninh lần thứ X, nhiệm kỳ 2023 - 2028.',
    {
      o: [
        ['Triệu Tài Vĩnh', 'Bí thư Tỉnh ủy Hà Giang'],
        ['Nguyễn Mạnh Dương', 'Bí thư T.Ư Đoàn'],
        ['Thào Xuân Sáng', 'Bí thư Đảng đoàn'],
        ['Nguyễn Công Thành', 'Phó Chủ tịch Hội Nông dân tỉnh Bắc Ninh lần thứ X'],
        ['Đào Duy Hải', 'Phó Chủ tịch Hội Nông dân tỉnh Bắc Ninh lần thứ X'],
      ],
    },
  ],
  // A title shared through a colon by a semicolon list whose people have titles of their own before their names.
  [
    'Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch Quốc hội Nguyễn Thị Kim Ngọc; Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương Trương Thị Mỹ. Ông Lê Văn Tám phát biểu.',
    {
      o: [
        ['Nguyễn Thị Kim Ngọc', 'Ủy viên Bộ Chính trị', 'Chủ tịch Quốc hội'],
        ['Trương Thị Mỹ', 'Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng ban Dân vận Trung ương'],
        ['Lê Văn Tám'],
      ],
    },
  ],
  // A place's district in brackets; a conference's secretary; a congress's sub-committee.
  [
    'Bà Nông Thị Hoài Phương, Chủ tịch UBMTTQVN xã Tân Tiến (Bù Đốp), và ông Bùi Kim Thanh, Thư ký Hội nghị, cùng ông Nông Văn Nguyện, Trưởng Tiểu ban văn kiện Đại hội, phát biểu.',
    {
      o: [
        ['Nông Thị Hoài Phương', 'Chủ tịch UBMTTQVN xã Tân Tiến (Bù Đốp)'],
        ['Bùi Kim Thanh', 'Thư ký Hội nghị'],
        ['Nông Văn Nguyện', 'Trưởng Tiểu ban văn kiện Đại hội'],
      ],
    },
  ],
  // "Đại diện" a body after a name's dash is an office, and where it sits ("tại tỉnh …") is part of it; "Tòa Giám mục X" is a body, X no person.
  [
    'Chiều 2/2, Linh mục Phêrô Trần Văn Lộc – Đại diện Tòa Giám mục Phú Cường tại tỉnh Bình Phước, Chánh xứ Giáo xứ Tân Hưng cảm ơn đoàn.',
    { o: [['Phêrô Trần Văn Lộc', 'Linh mục', 'Đại diện Tòa Giám mục Phú Cường tại tỉnh Bình Phước', 'Chánh xứ Giáo xứ Tân Hưng']] },
  ],
  // … but "Đại diện Sở …, bà A" before a name says who spoke for the body, not her post.
  ['Đại diện Sở Nội vụ tỉnh, bà Trần Thị Mai phát biểu tại buổi làm việc.', { o: [['Trần Thị Mai']] }],
  // A counted office given by "là các ông:" to every name of the list, each followed by an address.
  [
    'Được khen có 5 người; trong đó, 3 trưởng ban công tác mặt trận là các ông: Lò Văn Sinh, bản Nà Sản, xã Chiềng Mung (Mai Sơn); Quàng Văn Hặc, bản Co Phường, xã Chiềng Ban; Lường Văn Ơn, bản Mé và bà Lò Thị Én, Chủ tịch Hội LHPN xã Chiềng Mung.',
    {
      o: [
        ['Lò Văn Sinh', 'trưởng ban công tác mặt trận'],
        ['Quàng Văn Hặc', 'trưởng ban công tác mặt trận'],
        ['Lường Văn Ơn', 'trưởng ban công tác mặt trận'],
        ['Lò Thị Én', 'Chủ tịch Hội LHPN xã Chiềng Mung'],
      ],
    },
  ],
  // Army and Party bodies and posts the chain must know: the Central Military Commission, the deputy chief of the general staff.
  [
    'Thượng tướng Lê Văn Quang - Ủy viên Thường vụ Quân ủy Trung ương chủ trì; dự có Trung tướng Đỗ Văn Bình, Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam.',
    {
      o: [
        ['Lê Văn Quang', 'Thượng tướng', 'Ủy viên Thường vụ Quân ủy Trung ương'],
        ['Đỗ Văn Bình', 'Trung tướng', 'Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam'],
      ],
    },
  ],
  // Lower-case words inside a body's name: an honorary post, a parish council, a fund's executive board; "tại thôn …" is a home.
  [
    'Dự có ông Trần Văn Định, Chủ tịch danh dự Hội Khuyến học tỉnh; ông Đinh Văn Lễ - Chủ tịch Hội đồng mục vụ Giáo xứ Bút Đông tại thôn Đông Hà; bà Lê Thị Nga - Trưởng Ban Điều hành Quỹ hỗ trợ nông dân tỉnh cho biết.',
    {
      o: [
        ['Trần Văn Định', 'Chủ tịch danh dự Hội Khuyến học tỉnh'],
        ['Đinh Văn Lễ', 'Chủ tịch Hội đồng mục vụ Giáo xứ Bút Đông'],
        ['Lê Thị Nga', 'Trưởng Ban Điều hành Quỹ hỗ trợ nông dân tỉnh'],
      ],
    },
  ],
  // An office given by "suy cử giữ chức" (the Sangha's word for electing).
  ['Hòa thượng Thích Minh Quang vừa được suy cử giữ chức Quyền Pháp chủ Giáo hội.', { o: [['Thích Minh Quang', 'Hòa thượng', 'Quyền Pháp chủ Giáo hội']] }],
  // A visit to President Hồ Chí Minh at his mausoleum names the person; "Bác Tôn" and a word after "các ông bà" are no one of the article.
  [
    'Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh; các ông bà Nguyên là Chủ tịch Mặt trận tỉnh tặng ảnh "Bác Hồ và Bác Tôn".',
    { o: [['Hồ Chí Minh', 'Chủ tịch']] },
  ],
  // A feast's year names the year of the visits made for it; a US-style timestamp that cannot be day first is month first.
  [
    'Sáng 20/12, đoàn lãnh đạo tỉnh đến thăm Tòa Giám mục nhân dịp lễ Giáng sinh 2024. Cập nhật 12/23/2024 9:15:02 AM',
    { dt: ['Sáng 20/12=2024-12-20', '12/23/2024 9:15:02 AM=2024-12-23'] },
  ],
  // A page-header date on the first line does not date a report whose own half-year names another year.
  ['Thứ Sáu, 05/09/2025\nChiều 28/6, Ủy ban MTTQ huyện tổng kết công tác 6 tháng đầu năm 2023.', { dt: ['Thứ Sáu, 05/09/2025=2025-09-05', 'Chiều 28/6=2023-06-28'] }],
  // Abbreviated monks' ranks before names without "Thích" (Khmer monks); "đồng PCT" after a list of them is each one's.
  [
    'Dự có ĐĐ. Thạch Sa Rinh – Phó Chủ tịch Hội ĐKSSYN tỉnh, TT. Lâm Sóc, TT. Kim Văn Phol – đồng PCT Hội ĐKSSYN huyện.',
    {
      o: [
        ['Thạch Sa Rinh', 'ĐĐ.', 'Phó Chủ tịch Hội ĐKSSYN tỉnh'],
        ['Lâm Sóc', 'TT.', 'đồng PCT Hội ĐKSSYN huyện'],
        ['Kim Văn Phol', 'TT.', 'đồng PCT Hội ĐKSSYN huyện'],
      ],
    },
  ],
  // A State honour is a title; an orphanage ("Cô Nhi viện") and a bloc's Youth Union ("Đoàn Khối") are no person.
  [
    'Đoàn thăm gia đình Anh hùng Lực lượng vũ trang nhân dân Danh Sà Rây và Cô Nhi viện Thánh Tâm; UV BCH Đoàn Khối Khóa V dự.',
    { o: [['Danh Sà Rây', 'Anh hùng Lực lượng vũ trang nhân dân']] },
  ],
  // A baptismal name the vocabulary now knows stays in the name; "Đức Cha" is dropped.
  ['Đức Cha Aloisiô Trần Văn Hòa, Giám mục Giáo phận, chủ sự Thánh lễ.', { o: [['Aloisiô Trần Văn Hòa', 'Giám mục Giáo phận']] }],
  // An item of a list whose family name the vocabulary lacks, then a dash and titles.
  [
    'Dự lễ có các đồng chí: Trần Thị Hoa - Phó Chủ tịch UBND tỉnh; Ka Sô Liêng- Nguyên Phó Bí thư Tỉnh ủy; lãnh đạo các sở.',
    { o: [['Trần Thị Hoa', 'Phó Chủ tịch UBND tỉnh'], ['Ka Sô Liêng', 'Nguyên Phó Bí thư Tỉnh ủy']] },
  ],
  // The same day written in full elsewhere gives a bare day its year; a date glued to "ngày", a spaced dash; "9 tháng của năm" is a period.
  [
    'Sáng 14/9, Đại hội khai mạc; Đại hội diễn ra trong hai ngày 13, 14/9/2024. Ngày 6-12 -1989, Hội ra đời (Công văn số 31 ngày20/11/2016). Kết quả 9 tháng của năm 2022 tăng 3%.',
    { dt: ['Sáng 14/9=2024-09-14', 'ngày 13=2024-09-13', '14/9/2024=2024-09-14', 'Ngày 6-12 -1989=1989-12-06', '20/11/2016=2016-11-20'] },
  ],
  // A verb of the Front's work right after "huyện" ends the title; "phòng, chống" inside a committee's name.
  [
    'Dự có bà Đào Thị Nhung - Chủ tịch Ủy ban MTTQ Việt Nam huyện tuyên truyền tại ấp Phú Lợi; ông Lê Văn Khải, Chủ tịch Hội Nông dân xã hỗ trợ bà con giống lúa.',
    { o: [['Đào Thị Nhung', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'], ['Lê Văn Khải', 'Chủ tịch Hội Nông dân xã']] },
  ],
  [
    'Đồng chí Mạc Văn Lực, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh, về dự và kiểm tra tại xã.',
    { o: [['Mạc Văn Lực', 'Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh']] },
  ],
  // A title written both ways (the lead capitalises it, a later sentence does not) is listed as written, twice.
  [
    'Ông Lâm Văn Thịnh, Phó Bí thư thường trực Tỉnh ủy làm trưởng đoàn. Phát biểu tại lễ, ông Lâm Văn Thịnh, phó Bí thư thường trực tỉnh ủy khẳng định bà con luôn đoàn kết.',
    { o: [['Lâm Văn Thịnh', 'Phó Bí thư thường trực Tỉnh ủy', 'trưởng đoàn', 'phó Bí thư thường trực tỉnh ủy']] },
  ],
  // Offices joined by "tham gia" and "và giữ chức vụ"; "được giới thiệu bầu giữ chức"; a post left "thôi tham gia … đối với".
  [
    'Ông Đỗ Quyết Thắng, Phó Bí thư Tỉnh ủy Hà Giang được giới thiệu bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Giang khóa XII. Hội nghị hiệp thương bầu bổ sung ông Đỗ Quyết Thắng, Phó Bí thư Tỉnh ủy, tham gia Ủy viên Ủy ban MTTQ Việt Nam tỉnh và giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Hội nghị công bố việc cho thôi tham gia Ủy viên Ủy ban MTTQ tỉnh khóa XII đối với ông Phan Văn Hội, do chuyển công tác khác.',
    {
      o: [
        ['Đỗ Quyết Thắng', 'Phó Bí thư Tỉnh ủy Hà Giang', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Giang khóa XII', 'Phó Bí thư Tỉnh ủy', 'Ủy viên Ủy ban MTTQ Việt Nam tỉnh', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
        ['Phan Văn Hội', 'Ủy viên Ủy ban MTTQ tỉnh khóa XII'],
      ],
    },
  ],
  // An emulation council's name with a dash (spaced or not) and a congress's organising board; a district after a Party
  // committee is no person ("Huyện ủy Châu Thành"); "tái trúng cử chức"; "Bà Rịa" is a place, not "bà" and a name.
  [
    'Đồng chí Lê Thị Ánh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương dự. Dự có đồng chí Phạm Quang Hưng, Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh, Trưởng Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ I; đồng chí Lâm Minh Công, Bí thư Huyện ủy Châu Thành cùng các đại biểu.\n* Đồng chí Nguyễn Hoàng Bảo tái trúng cử chức Chủ tịch Hội\nĐoàn đến thăm Ủy ban Đoàn kết Công giáo Việt Nam tỉnh Bà Rịa-Vũng Tàu.',
    {
      o: [
        ['Lê Thị Ánh', 'Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương'],
        ['Phạm Quang Hưng', 'Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh', 'Trưởng Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ I'],
        ['Lâm Minh Công', 'Bí thư Huyện ủy Châu Thành'],
        ['Nguyễn Hoàng Bảo', 'Chủ tịch Hội'],
      ],
    },
  ],
  // A page's timestamp with spaced slashes.
  ['Thứ hai, 24 / 7 / 2017 10:17:39 AM\nĐoàn đến thăm.', { dt: ['Thứ hai, 24 / 7 / 2017 10:17:39 AM=2017-07-24'] }],  // A title ends before "và" and a new group of people ("đoàn công tác", "đại diện lãnh đạo"); "Đoàn Chủ tịch" is the
  // presidium, no title of the speaker's.
  [
    'Các đồng chí: Lê Văn Tám, Trưởng ban Kinh tế Trung ương và đoàn công tác của Trung ương; Vũ Thị Lan, Trưởng ban Tổ chức Tỉnh uỷ và đại diện lãnh đạo Văn phòng Tỉnh ủy đã đến dâng hương. Đi cùng có Đại tá Ngô Văn Hải - Cục trưởng Cục Hậu cần và đại diện các cơ quan. Thay mặt Đoàn Chủ tịch, đồng chí Lý Văn Sáu, Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương đã thông qua Chương trình Đại hội.',
    {
      o: [
        ['Lê Văn Tám', 'Trưởng ban Kinh tế Trung ương'],
        ['Vũ Thị Lan', 'Trưởng ban Tổ chức Tỉnh uỷ'],
        ['Ngô Văn Hải', 'Đại tá', 'Cục trưởng Cục Hậu cần'],
        ['Lý Văn Sáu', 'Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương'],
      ],
    },
  ],
  // The Politburo's assignments: the bodies joined ("tham gia Ban Chấp hành, Ban Thường vụ") are no posts, the office
  // after "và giữ chức" is; the Party committee of the central agencies' bloc; a plural title before a colon shared
  // by a list whose names keep their honorifics.
  [
    'Bộ Chính trị chỉ định đồng chí Đào Văn Bình tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức Phó Bí thư Thường trực Đảng ủy Chính phủ. Bộ Chính trị chỉ định ông Hà Minh Sơn tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy khối các cơ quan Trung ương. Dự lễ có các Ủy viên Trung ương Đảng: ông Trần Văn Khải, Bộ trưởng Bộ Tư pháp; ông Phùng Minh Quân, Bí thư Tỉnh ủy Bắc Kạn. Dự có đồng chí Lương Văn Phúc, Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, Chủ tịch Công đoàn Viên chức tỉnh.',
    {
      o: [
        ['Đào Văn Bình', 'Phó Bí thư Thường trực Đảng ủy Chính phủ'],
        ['Hà Minh Sơn', 'Bí thư Đảng ủy khối các cơ quan Trung ương'],
        ['Trần Văn Khải', 'Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Tư pháp'],
        ['Phùng Minh Quân', 'Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Bắc Kạn'],
        ['Lương Văn Phúc', 'Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh', 'Chủ tịch Công đoàn Viên chức tỉnh'],
      ],
    },
  ],
  // Ranks and posts: a rank then an honour before the name ("Thượng tướng Anh hùng LLVTND"); an ordained pastor; a Cao
  // Đài rank; a rank-equivalent post ("Hàm Vụ trưởng"); a member of a Party committee's standing board ("Thường vụ
  // Huyện ủy", never "Ban Thường vụ"); where a person stands in the photo, in brackets, before the titles.
  [
    'Đón đoàn có Thượng tướng Anh hùng LLVTND Trịnh Văn Quân - Chủ tịch Hội CCB Việt Nam, Thượng tướng Lò Văn Hưng - Phó Chủ tịch Hội. Mục sư nhiệm chức Đinh Quang Bảo là Tổng Thư ký. Thay mặt Hội thánh, Giáo hữu Thượng Tâm Thanh bày tỏ vui mừng. Đồng chí Mai Văn Lâm, Hàm Vụ trưởng – Vụ Dân tộc Ban Dân vận Trung ương phát biểu. Tiếp đoàn có ông Phan Văn Lực - Thường vụ Huyện uỷ, Phó Chủ tịch HĐND huyện. Thay mặt Ban Thường vụ Tỉnh ủy, ông Võ Minh Tâm tặng quà. Ông Châu Văn Lợi (bìa phải), Chủ tịch UBMTTQ Việt Nam huyện Đất Đỏ thăm, tặng quà.',
    {
      o: [
        ['Trịnh Văn Quân', 'Thượng tướng', 'Anh hùng LLVTND', 'Chủ tịch Hội CCB Việt Nam'],
        ['Lò Văn Hưng', 'Thượng tướng', 'Phó Chủ tịch Hội'],
        ['Đinh Quang Bảo', 'Mục sư nhiệm chức', 'Tổng Thư ký'],
        ['Thượng Tâm Thanh', 'Giáo hữu'],
        ['Mai Văn Lâm', 'Hàm Vụ trưởng'],
        ['Phan Văn Lực', 'Thường vụ Huyện uỷ', 'Phó Chủ tịch HĐND huyện'],
        ['Võ Minh Tâm'],
        ['Châu Văn Lợi', 'Chủ tịch UBMTTQ Việt Nam huyện Đất Đỏ'],
      ],
    },
  ],
  // A see in lower case before the bishop's name ("giáo phận Bùi Chu" is a place though "Bùi" is a family name); a post
  // stood for ("ứng cử Đại biểu HĐND") is not held; "do Chủ tịch Hồ Chí Minh": a function word is no part of a named
  // road or school before the title; "nhà báo" is a journalist, not the "nhà" of "nhà thờ".
  [
    'Đồng chí Phan Thanh Bình chúc mừng Giám mục giáo phận Bùi Chu Vũ Văn Khương. Thăm Tòa giám mục Giáo phận Bùi Chu, Phó Chủ tịch nước cho biết năm qua đất nước phát triển. Giới thiệu người ứng cử Đại biểu Hội đồng nhân dân tỉnh là ông Cù Văn Tân - Trưởng Ban Kinh tế HĐND tỉnh. Đó là con đường cách mạng do Chủ tịch Hồ Chí Minh và Đảng ta lựa chọn. Buổi tọa đàm có nhà báo Lương Thị Hạnh tham dự.',
    {
      o: [
        ['Phan Thanh Bình'],
        ['Vũ Văn Khương', 'Giám mục giáo phận Bùi Chu'],
        ['Cù Văn Tân', 'Trưởng Ban Kinh tế HĐND tỉnh'],
        ['Hồ Chí Minh', 'Chủ tịch'],
        ['Lương Thị Hạnh'],
      ],
    },
  ],
  // "được tín nhiệm bầu làm", "tiếp tục làm" give the office; "Anh hùng Lực lượng Vũ trang" is an honour, a title.
  [
    'Thượng tướng Nguyễn Văn Tín, Anh hùng Lực lượng Vũ trang được tín nhiệm bầu làm chủ tịch hội. Đại hội nhất trí suy tôn Đại tướng Võ Văn Kiệt tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.',
    {
      o: [
        ['Nguyễn Văn Tín', 'Thượng tướng', 'Anh hùng Lực lượng Vũ trang', 'chủ tịch hội'],
        ['Võ Văn Kiệt', 'Đại tướng', 'Chủ tịch danh dự Hội Cựu chiến binh Việt Nam'],
      ],
    },
  ],
  // The see: "Tòa (Tổng) Giám mục Huế" is the bishop's office, no rank before a name.
  [
    'Đoàn đến thăm Tòa Tổng Giám mục Huế và Tòa Giám mục Vinh, chúc mừng Tổng Giám mục Nguyễn Văn Khánh.',
    { o: [['Nguyễn Văn Khánh', 'Tổng Giám mục']] },
  ],
  // A lunar year's name after "năm" or "Xuân" is no person, though "Đinh" is a family name.
  [
    'Trước thềm Giáng sinh năm Đinh Dậu, Hòa thượng Thích Minh Tâm đến thăm. Mừng Xuân Giáp Thìn, ông Đinh Tuấn Anh tặng quà.',
    { o: [['Thích Minh Tâm', 'Hòa thượng'], ['Đinh Tuấn Anh']] },
  ],
  // "Lương y", the honoured traditional physician, is a title before the name like a rank.
  [
    'Bà Lê Thị Mận - Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng Lương y Phan Văn Khiêm trao quyết định hỗ trợ nhà ở.',
    { o: [['Lê Thị Mận', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'], ['Phan Văn Khiêm', 'Lương y']] },
  ],
  // The bishops' Justice and Peace Commission ("Hòa bình", peace, in lower case is no province) and the body it belongs
  // to; an apostolic administrator's see.
  [
    'Chúc mừng Giám mục Nguyễn Văn Hòa, Chủ tịch Ủy ban Công lý và Hòa bình thuộc Hội đồng Giám mục Việt Nam, Giám mục Giáo phận Thái Bình. Đón đoàn có Giám mục Lê Văn Khải, Giám quản Tông tòa Giáo phận Vinh.',
    {
      o: [
        ['Nguyễn Văn Hòa', 'Giám mục', 'Chủ tịch Ủy ban Công lý và Hòa bình thuộc Hội đồng Giám mục Việt Nam', 'Giám mục Giáo phận Thái Bình'],
        ['Lê Văn Khải', 'Giám mục', 'Giám quản Tông tòa Giáo phận Vinh'],
      ],
    },
  ],
];

describe('more constructions', () => {
  for (const [text, want] of CASES) {
    it(text.slice(0, 70), () => {
      const r = extract(text);
      if (want.o) expect(r.officials.map((o) => [o.name, ...o.titles])).toEqual(want.o);
      if (want.d) expect(r.documents.map((d) => d.key ?? d.name ?? d.text)).toEqual(want.d);
      if (want.dt) expect(r.dates.map((d) => `${d.text}=${d.iso}`)).toEqual(want.dt);
    });
  }
});

describe('the year of a day-and-month date', () => {
  const CASES: [string, string, string[]][] = [
    // A year earlier in the same sentence names the dates' year, even when another is nearer the article.
    ['Trong 6 tháng đầu năm 2024, từ ngày 1/1 đến ngày 30/6, toàn tỉnh tổ chức 345 cuộc đối thoại.', '2024-11-02', ['ngày 1/1=2024-01-01', 'ngày 30/6=2024-06-30']],
    // … but not a year from the sentence before, nor the first year of a term.
    ['Năm 2023, tỉnh đạt nhiều kết quả. Sáng 14/3, hội nghị tổng kết diễn ra.', '2024-03-15', ['Năm 2023=2023', 'Sáng 14/3=2024-03-14']],
    ['Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028 khai mạc sáng 15/10.', '2024-10-16', ['sáng 15/10=2024-10-15']],
    // A time before the date, two days of one month, a historical date, a month said relatively.
    ['Lúc 14h30 ngày 5/6, đoàn đến xã; vào 9 giờ 15 phút ngày 12/10/2024, hội nghị khai mạc.', '2024-11-22', ['Lúc 14h30 ngày 5/6=2024-06-05 14:30', 'vào 9 giờ 15 phút ngày 12/10/2024=2024-10-12 09:15']],
    ['Từ ngày 15 đến 20/7, các đoàn kiểm tra làm việc; trong các ngày 12, 13/8/2023, lớp tập huấn diễn ra.', '2024-11-22', ['ngày 15=2024-07-15', '20/7=2024-07-20', 'ngày 12=2023-08-12', '13/8/2023=2023-08-13']],
    ['Ngày 19/5/1890 là ngày sinh của Chủ tịch Hồ Chí Minh.', '2024-05-19', ['Ngày 19/5/1890=1890-05-19']],
    // Without an article date: the date's own line, not the time of a header above it.
    ['Ngày đăng 05/04/2019 | 08:15\nNgày 2/4, xã tổ chức hội nghị.', '', ['05/04/2019 | 08:15=2019-04-05 08:15', 'Ngày 2/4=2019-04-02']],
    // … the year an anniversary's range ends in, or a later full date, not the year it counts from or a term's first.
    ['Ngày 4/11, trường kỷ niệm 40 năm thành lập (4/11/1984 - 4/11/2024).', '', ['Ngày 4/11=2024-11-04', '4/11/1984=1984-11-04', '4/11/2024=2024-11-04']],
    ['Đại hội nhiệm kỳ 2012-2017 đã qua. Sáng 29-2, hội nghị bàn giao; từ ngày 1-3-2016 ông nhận nhiệm vụ.', '', ['Sáng 29-2=2016-02-29', 'ngày 1-3-2016=2016-03-01']],
    // A month said relatively counts from the article, not from a year earlier in the sentence.
    ['Trong quý III/2023 và tháng 8 vừa qua, xã tổ chức 12 cuộc đối thoại.', '2024-10-01', ['tháng 8 vừa qua=2024-08']],
    // … and the solar year beside a Buddhist-era one.
    ['Nhân dịp Đại lễ Phật đản Phật lịch 2568 (dương lịch 2024), ngày 20-5, đoàn đến thăm.', '', ['ngày 20-5=2024-05-20']],
    ['Tháng 12 vừa qua, huyện tổng kết; tháng Mười Hai tới sẽ họp. Trong 12 tháng qua có nhiều đổi mới.', '2024-11-22', ['Tháng 12 vừa qua=2023-12', 'tháng Mười Hai tới=2024-12']],
    // Without one, the date nearest the article: a law "from 1/1" in a November article is next year's.
    ['Luật có hiệu lực từ ngày 1/1, các xã cần chuẩn bị ngay.', '2024-11-02', ['ngày 1/1=2025-01-01']],
  ];
  for (const [text, articleDate, want] of CASES) {
    it(text.slice(0, 70), () => {
      const r = extract(text, articleDate ? { articleDate } : {});
      expect(r.dates.map((d) => `${d.text}=${d.iso}${d.time ? ` ${d.time}` : ''}`)).toEqual(want);
    });
  }
});

/** Documents with their fields, as the annotation rules read them: text|kind|number|issuer. */
const DOCUMENT_CASES: [string, string[]][] = [
  // A bare reference's issuer named after it, past the document's own date; a district's committee; "Kế hoạch số" (but not "kế hoạch 3 bước").
  [
    'Hội nghị quán triệt Chỉ thị số 18, ngày 26/10/2022 của BCH Trung ương Đảng và Chỉ thị số 19 ngày 31/10/2022 của Ban Thường vụ Huyện ủy Tây Giang; Kế hoạch số 54 của Ban Thường vụ Thành ủy; cán bộ hướng dẫn 50 học sinh theo kế hoạch 3 bước.',
    ['Chỉ thị số 18|CT|18|TW', 'Chỉ thị số 19|CT|19|HU', 'Kế hoạch số 54|KH|54|TU'],
  ],
  // A project cited by its bare number, with or without "số" ("Đề án 06"), beside one with its symbol.
  [
    'Xã đẩy mạnh thực hiện Đề án 06 của Chính phủ, Đề án số 12-ĐA/TU của Tỉnh ủy và Đề án số 03 của UBND huyện; đề án 500 tỷ đồng chưa triển khai.',
    ['Đề án 06|ĐA|06|', 'Đề án số 12-ĐA/TU|ĐA|12|TU', 'Đề án số 03|ĐA|03|'],
  ],
  // A long issuer code (the Ban Tuyên giáo và Dân vận of a city Party committee).
  ['Thực hiện Hướng dẫn số 13-HD/BTGDVTU ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Thành ủy.', ['Hướng dẫn số 13-HD/BTGDVTU|HD|13|BTGDVTU']],
  // Congresses' resolutions: a province's (issuer TU), a district's (HU), the Front's (no issuer), the Party's (TW).
  [
    'Các đại biểu thông qua Báo cáo thực hiện Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc phường nhiệm kỳ 2024 - 2029, theo tinh thần Nghị quyết Đại hội XVI Đảng bộ tỉnh, Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ huyện Phú Tân lần thứ XII.',
    [
      'Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc phường nhiệm kỳ 2024 - 2029|NQ||',
      'Nghị quyết Đại hội XVI Đảng bộ tỉnh|NQ||TU',
      'Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX|NQ||',
      'Nghị quyết Đại hội XIII của Đảng|NQ||TW',
      'Nghị quyết Đại hội Đảng bộ huyện Phú Tân lần thứ XII|NQ||HU',
    ],
  ],
  // A Party commission as the issuer (centre TW, province TU); a submission (Tờ trình) is no cited document; a law named in lower case.
  [
    'Theo Hướng dẫn số 25 ngày 5/3/2019 của Ban Tổ chức Trung ương và Kế hoạch số 12 của Ban Dân vận Tỉnh ủy; xét Tờ trình số 322/TTr-BDT của Ban Dân tộc; căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân.',
    ['Hướng dẫn số 25|HD|25|TW', 'Kế hoạch số 12|KH|12|TU', 'Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân|Luật||'],
  ],
  // A law named in lower case stops before its date; a congress named with its number leaves its term out.
  [
    'Căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003; Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019-2024.',
    ['Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân|Luật||', 'Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX|NQ||'],
  ],
  // A law's name with a comma before a capitalised word of its subject.
  ['Căn cứ Luật Thi đua, Khen thưởng năm 2022 và Luật Đất đai, Luật Nhà ở.', ['Luật Thi đua, Khen thưởng năm 2022|Luật||', 'Luật Đất đai|Luật||', 'Luật Nhà ở|Luật||']],
  // An amending law is named by the law it amends, with its own year.
  [
    'Căn cứ Luật Thi đua, Khen thưởng năm 2003; Luật Sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013.',
    [
      'Luật Thi đua, Khen thưởng năm 2003|Luật||',
      'Luật Sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013|Luật||',
      // The law named inside the amending one is a mention of its own (the 2003 law, the one version named).
      'Luật Thi đua, Khen thưởng|Luật||',
    ],
  ],
  // English: the issuer after "of the 8th tenure Politburo".
  ['The province continued to implement Directive No. 30 of the 8th tenure Politburo on grassroots democracy.', ['Directive No. 30|CT|30|TW']],
];

describe('documents and their fields', () => {
  for (const [text, want] of DOCUMENT_CASES) {
    it(text.slice(0, 80), () => {
      const r = extract(text);
      expect(r.documents.map((d) => `${d.text}|${d.kind}|${d.number ?? ''}|${d.issuer ?? ''}`)).toEqual(want);
    });
  }
});

// Documents counted once each, as the people and documents indexes list them (text as the fullest mention).
const DISTINCT_DOCUMENT_CASES: [string, string[]][] = [
  // One symbol written with its separators swapped ("60/NQ-TW" for "60-NQ/TW") is one document.
  ['Thực hiện Nghị quyết số 60-NQ/TW của Hội nghị Trung ương 11; theo Nghị quyết số 60/NQ-TW, các xã sắp xếp lại.', ['Nghị quyết số 60-NQ/TW|NQ|60|TW']],
  // An amending law of two laws names both; laws whose subject is written in lower case ("ban hành văn bản …",
  // "sửa đổi, bổ sung …"), and "luật" itself in lower case before a law's known subject.
  [
    'Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Luật ban hành văn bản quy phạm pháp luật; xã phổ biến luật tín ngưỡng tôn giáo cho bà con.',
    [
      'Luật tổ chức chính quyền địa phương|Luật||',
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương|Luật||',
      'Luật Tổ chức Chính phủ|Luật||',
      'Luật ban hành văn bản quy phạm pháp luật|Luật||',
      'luật tín ngưỡng tôn giáo|Luật||',
    ],
  ],
  // The Party Congress numbered in figures is the one numbered in Roman figures (listed by the mention that spells its
  // name); a women's congress written in lower case.
  [
    'Các cấp hội thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ 13 của Đảng, Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu phụ nữ nhiệm kỳ 2021 - 2026.',
    ['Nghị quyết Đại hội XIII của Đảng|NQ||TW', 'Nghị quyết Đại hội đại biểu phụ nữ nhiệm kỳ 2021 - 2026|NQ||'],
  ],
  // A law named inside an amending law is its own document; written without a year it is the one version named.
  [
    'Căn cứ Luật Bảo vệ môi trường năm 2014; Luật Sửa đổi, bổ sung một số điều của Luật Bảo vệ môi trường năm 2020 và Luật Đất đai.',
    [
      'Luật Bảo vệ môi trường năm 2014|Luật||',
      'Luật Sửa đổi, bổ sung một số điều của Luật Bảo vệ môi trường năm 2020|Luật||',
      'Luật Đất đai|Luật||',
    ],
  ],
  // A regulation attached to a decision, named by its subject: before "ban hành kèm theo", or after "kèm theo Quyết định này".
  [
    'Căn cứ Quy định về quản lý hoạt động tôn giáo trên địa bàn huyện Đông Sơn ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 3/5/2021 của UBND huyện.',
    ['Quy định về quản lý hoạt động tôn giáo trên địa bàn huyện Đông Sơn|QĐi||', 'Quyết định số 215/QĐ-UBND|QĐ|215|UBND'],
  ],
  [
    'Điều 1. Ban hành kèm theo Quyết định này Quy định tặng thưởng danh hiệu "Gia đình văn hóa, khu dân cư văn hóa" trên địa bàn tỉnh Hà Nam.',
    ['Quy định tặng thưởng danh hiệu "Gia đình văn hóa, khu dân cư văn hóa" trên địa bàn tỉnh Hà Nam|QĐi||'],
  ],
  // A project or plan named by a quoted title right after its type word; a plan "của" a body is a generic mention.
  [
    'Huyện tiếp tục thực hiện Đề án “Nâng cao chất lượng hoạt động của Tổ hòa giải ở cơ sở” và Kế hoạch của Hội Nông dân huyện về tập huấn.',
    ['Đề án “Nâng cao chất lượng hoạt động của Tổ hòa giải ở cơ sở”|ĐA||'],
  ],
  // A congress's term written straight after its number belongs to the resolution's name; after a comma it does not.
  [
    'Các chỉ tiêu của Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX nhiệm kỳ 2020-2025 đều đạt; bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025.',
    ['Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX nhiệm kỳ 2020-2025|NQ||HU', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII|NQ||TU'],
  ],
  // English: the year of a "Month day, year" before a law dates it and is not its name; an amending law runs through the laws it amends, each also its own.
  [
    'Pursuant to the December 18, 2019 Law on Cadres and Civil Servants; and the May 4, 2021 Law Amending and Supplementing Some Articles of the Law on Cadres and Civil Servants and the Law on Public Employees;',
    [
      'Law on Cadres and Civil Servants|Luật||',
      'Law Amending and Supplementing Some Articles of the Law on Cadres and Civil Servants and the Law on Public Employees|Luật||',
      'Law on Public Employees|Luật||',
    ],
  ],
  // English: a regulation named by a lower-case subject, up to the clause after it.
  [
    'The Government issued Decree No. 71/1998/ND-CP promulgating the Regulation on the exercise of democracy in state agencies, which took effect in October.',
    ['Decree No. 71/1998/ND-CP|NĐ|71|CP', 'Regulation on the exercise of democracy in state agencies|QĐi||'],
  ],
  // A Front's Thông tri is outside the rules' list, though its symbol reads TT like a Thông tư.
  [
    'Thực hiện Thông tri Hướng dẫn số 21/TT-MTTW-BTT ngày 4/9/2023 và Thông tư số 05/2023/TT-BNV, Ủy ban MTTQ huyện đã triển khai.',
    ['Thông tư số 05/2023/TT-BNV|TT|05|BNV'],
  ],
  // The Politburo named before a bare reference, with the Central Committee and its term between.
  [
    'Ngày 5-6-1962, Bộ Chính trị Ban Chấp hành Trung ương Đảng (khóa III) đã ban hành Nghị quyết số 71 về công tác vận động đồng bào các dân tộc.',
    ['Nghị quyết số 71|NQ|71|TW'],
  ],
  // A congress's resolution in lower case is no titled document ("Nghị quyết đại hội đoàn các cấp …"), nor is one
  // "gắn với" a programme; the Party Congress's resolution with "Đại biểu" capitalised.
  [
    'Thành đoàn triển khai Nghị quyết đại hội Đoàn toàn quốc lần thứ XI, Nghị quyết đại hội đoàn các cấp nhiệm kỳ 2017-2022. Đoàn viên học tập Nghị quyết gắn với thực hiện Chương trình hành động thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng, chính sách về thanh niên.',
    ['Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng|NQ||TW'],
  ],
  // A "Văn bản số" with no symbol is a document like a "Công văn số"; a plenum's resolution numbered after "lần thứ".
  [
    'UBND tỉnh đã ban hành Văn bản số 7123 ngày 02/12/2024 giao các sở chủ trì, gắn với nghị quyết Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII).',
    ['Văn bản số 7123|CV|7123|', 'nghị quyết Hội nghị Trung ương lần thứ 11|NQ|11|TW'],
  ],
  // English: later mentions of a bare reference are the document whose issuer an earlier one names.
  [
    'The Secretariat has issued Conclusion 152 by the Politburo on the Front. Conclusion 152 asks localities to review their plans.',
    ['Conclusion 152|KL|152|TW'],
  ],
  // English: a joint resolution whose issuers run long (Ư in a code); its short form is the same document.
  [
    'The Front reviewed Joint Resolution No. 512/2021/NQLT-UBTVQH15-CP-ĐCTUBTƯMTTQVN dated May 2, 2021. Under Resolution No. 512, it supervised grassroots democracy.',
    ['Resolution No. 512/2021/NQLT-UBTVQH15-CP-ĐCTUBTƯMTTQVN|NQLT|512|UBTVQH15-CP-ĐCTUBTƯMTTQVN'],
  ],
  // A plan or project named by its subject inside a sentence, up to the clause after it; one opening a sentence is spoken of.
  [
    'Ban Thường vụ Huyện đoàn ban hành Kế hoạch tổ chức đại hội chi đoàn các thôn, tiến tới Đại hội Đoàn huyện lần thứ XV, cụ thể như sau. Kế hoạch tổ chức hội thi cũng được gửi tới cơ sở.',
    ['Kế hoạch tổ chức đại hội chi đoàn các thôn, tiến tới Đại hội Đoàn huyện lần thứ XV|KH||'],
  ],
  // … up to the end of its period (with the phase in brackets), or before "và" and another item.
  [
    'UBND tỉnh phê duyệt Đề án hỗ trợ sinh kế cho đồng bào vùng biên giới giai đoạn 2022 - 2025 (giai đoạn I) từ nguồn ngân sách tỉnh; Ban Dân tộc trình bày Kế hoạch tổ chức Ngày hội văn hóa các dân tộc tỉnh và nội dung tổng kết năm.',
    [
      'Đề án hỗ trợ sinh kế cho đồng bào vùng biên giới giai đoạn 2022 - 2025 (giai đoạn I)|ĐA||',
      'Kế hoạch tổ chức Ngày hội văn hóa các dân tộc tỉnh|KH||',
    ],
  ],
  // A quoted title after a symbol is that document's own; a decree's "Quy định chi tiết …" is its title, not a regulation.
  [
    'Quyết định số 99-QĐ/TW “Quy định về việc Mặt trận tham gia giám sát cán bộ” và Nghị định số 12/2024/NĐ-CP của Chính phủ Quy định chi tiết một số điều của Luật Đất đai.',
    ['Quyết định số 99-QĐ/TW|QĐ|99|TW', 'Nghị định số 12/2024/NĐ-CP|NĐ|12|CP', 'Luật Đất đai|Luật||'],
  ],
  // Symbols written loosely: a space for the dash ("298 KH/TWĐTN"), a slash between kind and issuers, a dash before the year.
  [
    'Căn cứ Kế hoạch số 145 KH/TWĐTN của Trung ương Đoàn và Nghị quyết Liên tịch số 07/2019/NQLT/CP-UBTUMTTQVN; thực hiện Resolution No. 41-2017 / NQ-CP.',
    [
      'Kế hoạch số 145 KH/TWĐTN|KH|145|TWĐTN',
      'Nghị quyết Liên tịch số 07/2019/NQLT/CP-UBTUMTTQVN|NQLT|07|CP-UBTUMTTQVN',
      'Resolution No. 41-2017 / NQ-CP|NQ|41|CP',
    ],
  ],
  // English: a bare reference in brackets is the ASCII-coded symbol it follows. A Front congress's resolution written with "MTTQVN".
  [
    'The province issued Decision No. 874-QD / TU dated May 4, 2012 (Decision No. 874) to carry out the Politburo’s resolution.',
    ['Decision No. 874-QD / TU|QĐ|874|TU'],
  ],
  ['Mặt trận các cấp thực hiện hiệu quả Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX, góp phần củng cố khối đại đoàn kết.', ['Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX|NQ||']],
  // Attached "kèm theo quyết định này" in lower case; whose the subject is stays in a titled document; "chính thức" ends a law's
  // name; a State symbol with a space before its kind; the ordinance on grassroots democracy named in lower case.
  [
    'Điều 1. Ban hành kèm theo quyết định này Quy định về công tác thi đua của Hội Nông dân tỉnh. Luật Đất đai chính thức có hiệu lực, kèm Nghị định 102/2024 NĐ-CP; xã thực hiện Pháp lệnh dân chủ ở cơ sở.',
    [
      'Quy định về công tác thi đua của Hội Nông dân tỉnh|QĐi||',
      'Luật Đất đai|Luật||',
      'Nghị định 102/2024 NĐ-CP|NĐ|102|CP',
      'Pháp lệnh dân chủ ở cơ sở|PL||',
    ],
  ],
];

describe('distinct documents and their fields', () => {
  for (const [text, want] of DISTINCT_DOCUMENT_CASES) {
    it(text.slice(0, 80), () => {
      const r = distinctEntities(extract(text));
      expect(r.documents.map((d) => `${d.text}|${d.kind}|${d.number ?? ''}|${d.issuer ?? ''}`)).toEqual(want);
    });
  }
});
