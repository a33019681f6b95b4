/**
 * The vocabulary of official titles, as the press writes them. A title starts
 * with a HEAD ("Phó Bí thư", "Trưởng ban", "Thiếu tướng", "Hòa thượng") and
 * continues over organisation words, places and capitalised names of bodies
 * ("Thường trực Tỉnh ủy Lâm Đồng", "Ban Dân vận Trung ương"). Lower-case words
 * may continue a title only when they are in CONTINUATIONS, so a title stops at
 * the verb that follows it ("… Tỉnh ủy chủ trì"). All entries are exact keys
 * (lower case, new-style tones); multi-word entries are matched longest first.
 */

/** Modifiers that may precede a head: "nguyên Bộ trưởng", "Quyền Chủ tịch", "tân Chủ tịch" (newly elected). */
export const HEAD_MODIFIERS = ['nguyên', 'quyền', 'phó', 'tổng', 'thường trực', 'tân', 'đồng', 'hàm'];

/** Titles that stand before a name with no comma and whose name may be any capitalised run. */
export const PREFIX_TITLES: ReadonlySet<string> = new Set([
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'đô đốc', 'chuẩn đô đốc', 'hòa thượng', 'thượng tọa',
  'đại đức', 'ni sư', 'ni trưởng', 'linh mục', 'giám mục', 'tổng giám mục', 'hồng y', 'mục sư', 'già làng',
  'tướng', 'nữ tu', 'sư cô', 'trưởng lão hòa thượng', 'trưởng lão', 'mục sư nhiệm chức', 'giáo hữu', 'lễ sanh', 'lương y',
]);

/** Titles on their own (ranks, religious and community titles stand before the name). */
export const HEADS: readonly string[] = [
  // Party
  'tổng bí thư', 'bí thư', 'ủy viên', 'tỉnh ủy viên', 'thành ủy viên', 'huyện ủy viên', 'quận ủy viên',
  'thị ủy viên', 'đảng ủy viên', 'thường trực ban bí thư', 'trưởng ban', 'trưởng', 'chủ nhiệm', 'chánh văn phòng',
  'trưởng khối vận', 'tổ trưởng', 'trưởng phòng', 'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng khóm',
  'trưởng buôn', 'trưởng đoàn', 'đoàn trưởng', 'phó ban', 'đội trưởng', 'hội trưởng',
  // State
  'chủ tịch nước', 'chủ tịch quốc hội', 'chủ tịch', 'thủ tướng', 'thủ trưởng', 'bộ trưởng', 'thứ trưởng', 'giám đốc',
  'tổng giám đốc', 'cục trưởng', 'vụ trưởng', 'viện trưởng', 'tổng cục trưởng', 'hiệu trưởng', 'chánh án',
  'chánh thanh tra', 'thanh tra viên', 'kiểm sát viên', 'đại biểu quốc hội', 'đại biểu', 'đại sứ', 'tổng thư ký', 'thư ký',
  'tổng biên tập', 'chỉ huy trưởng', 'chính trị viên', 'chính ủy', 'tư lệnh', 'đbqh', 'đại biểu hđnd',
  // ranks and religious titles before a name (PREFIX_TITLES), and others
  ...PREFIX_TITLES,
  // religious and community
  'phó bts', 'trưởng bts', 'người uy tín', 'người có uy tín', 'quản nhiệm', 'chánh xứ', 'quản xứ', 'trụ trì',
  'pháp chủ', 'chuyên viên', 'chứng minh', 'chánh thư ký', 'giáo thọ', 'tổng đại diện', 'cha sở', 'quản hạt', 'chánh trị sự',
  'phó phòng', 'thành viên', 'giám quản', 'giáo chủ', 'nữ giáo chủ', 'gm', // "GM giáo phận Thái Bình" (Giám mục)
  // the army's staff: "Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam"
  'tổng tham mưu trưởng', 'tham mưu trưởng',
  // the State's honours, titles by the rules: "Anh hùng Lực lượng vũ trang nhân dân Sơn Cang"
  'anh hùng lực lượng vũ trang nhân dân', 'anh hùng lực lượng vũ trang', 'anh hùng llvtnd', 'anh hùng lao động',
  // "Thường vụ Huyện ủy": a member of the standing board (not after "Ban", see the parser's titleHead)
  'thường vụ',
  // abbreviations kept as written (Ủy viên Ban Thường vụ Tỉnh ủy, Tỉnh ủy viên, Phó Bí thư, …)
  'uvtvtu', 'uvbtvtu', 'uvbtv', 'uv', 'uvbch', 'uvtv', 'tvtu', 'tvhu', 'tvqu', 'tvtư', 'tuv', 'huv', 'quv', 'pbt', 'pct',
  'ct', 'bt', // "CT.HĐND xã", "Phó BT"
  'uvbtvhu', 'uvbtvqu', 'uvbtvđu', 'uvtvhu', 'uvtt', 'uvttu',

];

/** Heads of a post in a unit of a larger body: a comma before the parent body does not end the title ("Phó Vụ trưởng Vụ X, Bộ Y"). */
export const SUB_UNIT_HEADS: ReadonlySet<string> = new Set(['trưởng phòng', 'đội trưởng', 'vụ trưởng', 'chánh văn phòng', 'trưởng khoa', 'trưởng bộ môn']);

/** Words (lower case) that may continue a title after its head. */
export const CONTINUATIONS: readonly string[] = [
  'ban', 'bộ', 'sở', 'cục', 'vụ', 'viện', 'phòng', 'hội', 'đoàn', 'khối', 'tổ', 'chi bộ', 'đảng bộ', 'đảng ủy',
  'đảng', 'ủy ban', 'ban chấp hành', 'ban thường vụ', 'thường vụ', 'thường trực',
  'phó', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy',
  'thị ủy', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu', 'ấp', 'thôn',
  'bản', 'buôn', 'làng', 'khóm', 'xóm', 'khu phố', 'tổ dân phố', 'khu dân cư', 'khu', 'cơ sở', 'cấp', 'trung ương',
  // the Central Military Commission, a parish's pastoral council, a fund's executive board, an honorary post
  'quân ủy', 'quân ủy trung ương', 'đảng ủy quân sự', 'mục vụ', 'hội đồng mục vụ', 'điều hành', 'ban điều hành', 'quỹ', 'hỗ trợ',
  'hỗ trợ nông dân', 'danh dự',
  'nhân dân', 'hội đồng nhân dân', 'ủy ban nhân dân', 'dân vận', 'khối vận', 'tuyên giáo', 'tuyên giáo và dân vận',
  'tổ chức', 'kiểm tra', 'nội chính', 'kinh tế', 'đối ngoại', 'chính sách', 'chiến lược', 'bộ chính trị',
  'chính trị', 'mặt trận', 'mặt trận tổ quốc', 'tổ quốc', 'việt nam', 'công tác mặt trận', 'công tác', 'dân tộc',
  'tôn giáo', 'thanh niên', 'phụ nữ', 'nông dân', 'cựu chiến binh', 'liên hiệp', 'liên đoàn', 'lao động',
  'công đoàn', 'chữ thập đỏ', 'người cao tuổi', 'khuyến học', 'sinh viên', 'doanh nhân', 'doanh nghiệp',
  'cộng sản', 'hồ chí minh', 'quân khu', 'quân đoàn', 'quân chủng', 'binh chủng', 'quân đội', 'quân sự',
  'bộ đội biên phòng', 'biên phòng', 'bộ chỉ huy', 'chỉ huy', 'công an', 'cảnh sát', 'tổng cục', 'lực lượng vũ trang',
  'vũ trang', 'hải quân', 'phòng không', 'không quân', 'văn phòng', 'quốc hội', 'chính phủ', 'nhà nước',
  'văn hóa', 'xã hội', 'giáo dục', 'đào tạo', 'y tế', 'nội vụ', 'tư pháp', 'tài chính', 'ngân hàng', 'kế hoạch',
  'đầu tư', 'tài nguyên', 'môi trường', 'nông nghiệp', 'phát triển nông thôn', 'nông thôn', 'công thương',
  'xây dựng', 'giao thông', 'vận tải', 'khoa học', 'công nghệ', 'thông tin', 'truyền thông', 'thể thao', 'du lịch',
  'thương binh', 'ngoại giao', 'thanh tra', 'kiểm sát', 'tòa án', 'kiểm toán', 'hội đồng', 'trị sự', 'giáo hội',
  'phật giáo', 'công giáo', 'tin lành', 'cao đài', 'hòa hảo', 'giáo phận', 'giáo xứ', 'họ đạo', 'chi hội',
  'thường trực hội đồng', 'báo', 'tạp chí', 'đài', 'phát thanh', 'truyền hình', 'học viện', 'trường', 'đại học',
  'trung tâm', 'khu vực', 'miền', 'miền nam', 'miền bắc', 'miền trung', 'tây nguyên', 'nam bộ', 'bắc bộ',
  'dự khuyết', 'chuyên trách', 'không chuyên trách', 'kiêm', 'đồng thời', 'phụ trách', 'thứ nhất', 'tổng', 'đặc biệt',
  'hợp tác xã', 'ban quản lý', 'quản lý', 'ban chỉ đạo', 'chỉ đạo', 'ban đại diện', 'đại diện', 'tổ tự quản',
  'tự quản', 'an ninh', 'trật tự', 'cơ động', 'đồn', 'trạm', 'đội', 'tiểu đoàn', 'trung đoàn', 'sư đoàn', 'lữ đoàn',
  'dân quân', 'tự vệ', 'quốc phòng', 'toàn dân', 'đại đoàn kết', 'bảo vệ', 'quyền', 'trẻ em', 'người khuyết tật',
  'nạn nhân', 'chất độc da cam', 'da cam', 'dioxin', 'đioxin', 'điôxin', 'nông thôn mới', 'liên tôn', 'thương binh và xã hội', 'nhân sự', 'nội dung', 'tuyên truyền', 'lễ tân', 'hậu cần', 'khánh tiết', 'bầu cử', 'bảo trợ', 'người mù', 'luật gia', 'cựu thanh niên xung phong', 'thanh niên xung phong',
  'hội viên', 'tổng hội', 'liên minh', 'hiệp hội', 'ủy ban kiểm tra', 'cơ quan', 'cơ quan thường trực',
  'tổng công ty', 'công ty', 'tập đoàn', 'ngân hàng chính sách', 'bảo hiểm xã hội', 'kho bạc', 'thuế', 'hải quan',
  'dân chủ', 'quy chế dân chủ', 'cơ quan nhà nước', 'dân số', 'gia đình', 'lãnh đạo', 'chủ chốt', 'ủy ban mặt trận tổ quốc',
  'chùa', 'tịnh xá', 'thiền viện', 'nhà thờ', 'chính tòa', 'tổng giáo phận', 'giáo hạt', 'giáo họ', 'hội thánh', 'ban trị sự', 'đoàn thể', 'các đoàn thể', 'các cơ quan', 'viên chức',
  // the bishops' Justice and Peace Commission, an apostolic administrator's see ("Giám quản Tông tòa Giáo phận …")
  'công lý', 'hòa bình', 'tông tòa',
  'quần chúng', 'hội quần chúng', 'các hội quần chúng', 'bác ái', 'bác ái xã hội', 'ban cán sự đảng', 'ban cán sự',
  'đơn vị tỉnh', 'đơn vị thành phố', 'tiểu ban', 'văn kiện', 'văn kiện đại hội', 'hội nghị',
  // the Buddhist Sangha's boards ("Ban Hướng dẫn Phật tử", "Ban Kiểm soát", "Ban Hoằng pháp")
  'kiểm soát', 'hướng dẫn', 'phật tử', 'hướng dẫn phật tử', 'hoằng pháp', 'nghi lễ', 'tăng sự', 'ni giới', 'phật học',
  // the People's Councils' committees ("Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội")
  'ngân sách', 'kinh tế - ngân sách', 'văn hóa - xã hội', 'kinh tế - xã hội', 'dân tộc - tôn giáo', 'dân chủ - pháp luật',
  // the Khmer monks' association ("Hội Đoàn kết Sư sãi yêu nước")
  'sư sãi', 'yêu nước', 'sư sãi yêu nước',
  // one body's name with a comma in it
  'văn hóa , thể thao và du lịch', 'lao động , thương binh và xã hội', 'tín ngưỡng , tôn giáo', 'phòng , chống', 'tham nhũng',
  // the emulation councils and congresses ("Hội đồng Thi đua - Khen thưởng", "Ban Tổ chức Đại hội Thi đua yêu nước")
  'thi đua', 'khen thưởng', 'thi đua - khen thưởng', 'đại hội',
];

/**
 * Lower-case words inside the proper name of a body. Vietnamese capitalises
 * only the first word of a body's own name ("Viện Nghiên cứu lập pháp",
 * "Ngân hàng Thương mại cổ phần Ngoại thương"), so once a capitalised word has
 * started that name, these words continue the title; elsewhere they do not
 * ("… Tỉnh ủy phát triển …" is a verb, not part of the title).
 */
export const ORG_NAME_WORDS: readonly string[] = [
  'nghiên cứu', 'lập pháp', 'quốc gia', 'địa phương', 'sư phạm', 'cổ phần', 'đa khoa', 'quản trị', 'thương mại', 'ngoại thương',
  'cán bộ', 'điều tra', 'hành chính', 'pháp luật', 'pháp chế', 'phát triển', 'bách khoa', 'y dược', 'kỹ thuật',
  'nông lâm', 'thủy sản', 'lâm nghiệp', 'thủy lợi', 'công nghiệp', 'dịch vụ', 'xuất nhập khẩu',
  'trách nhiệm hữu hạn', 'hữu hạn', 'một thành viên', 'khu công nghiệp', 'quân y', 'nhân văn', 'tự nhiên',
  'điện lực', 'cấp nước', 'đô thị', 'vệ sinh', 'dự phòng', 'kiểm soát bệnh tật', 'sản xuất', 'kinh doanh',
  'bảo hiểm', 'chứng khoán', 'tín dụng', 'hàng hải', 'hàng không', 'đường sắt', 'bưu điện', 'viễn thông',
  'thông tấn', 'xã hội chủ nghĩa', 'thể dục', 'mỹ thuật', 'âm nhạc', 'sân khấu', 'điện ảnh', 'nghệ thuật',
  'dân gian', 'lịch sử', 'ngoại ngữ', 'tin học', 'luật', 'kế toán', 'kiểm định',
  'đăng kiểm', 'quy hoạch', 'kiến trúc', 'đo đạc', 'bản đồ', 'khí tượng', 'thủy văn', 'phòng chống', 'thiên tai',
  'cứu hộ', 'cứu nạn', 'phòng cháy', 'chữa cháy', 'hình sự', 'hành chính công',
  'xúc tiến', 'thương mại và du lịch', 'khuyến nông', 'khuyến công', 'giống', 'cây trồng', 'vật nuôi',
  'thú y', 'bảo vệ thực vật', 'chăn nuôi', 'trồng trọt', 'quản lý thị trường', 'thị trường', 'nước sạch',
  'vệ sinh môi trường', 'giảm nghèo', 'bền vững', 'an sinh', 'phúc lợi', 'việc làm',
  'dạy nghề', 'giáo dục nghề nghiệp', 'nghề nghiệp', 'thường xuyên', 'phổ thông', 'trung học', 'dân tộc nội trú',
  'nội trú', 'chuyên', 'năng khiếu', 'chất lượng cao', 'công lập', 'tư thục', 'quốc tế', 'cộng đồng',
  'nhân đạo', 'từ thiện', 'hữu nghị', 'đoàn kết', 'hợp tác', 'tương trợ', 'xuất bản', 'phát hành',
  'quân đội nhân dân', 'thời báo', 'điện tử', 'thông tin điện tử', 'cổng thông tin', 'tổng hợp', 'chuyên ngành',
  'lý luận', 'bồi dưỡng', 'tham mưu',
  'tác chiến', 'công binh', 'thông tin liên lạc', 'pháo binh', 'thiết giáp', 'đặc công', 'tăng thiết giáp',
  'vận động', 'thiểu số',
];
