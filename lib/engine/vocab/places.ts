/**
 * Place names that look like personal names (many start with a family name:
 * Lâm Đồng, Hà Tĩnh, Cao Bằng). Matched longest first before any name is
 * read. Provinces and centrally-run cities before and after the 2025 merger,
 * regions, the provinces of 1976–1997, and the countries the press mentions most. Exact keys.
 */
const PROVINCES =
  'an giang|bà rịa - vũng tàu|bà rịa|vũng tàu|bạc liêu|bắc giang|bắc kạn|bắc ninh|bến tre|bình dương|bình định|' +
  'bình phước|bình thuận|cà mau|cao bằng|cần thơ|đà nẵng|đắk lắk|đắk nông|điện biên|đồng nai|đồng tháp|gia lai|' +
  'hà giang|hà nam|hà nội|hà tĩnh|hải dương|hải phòng|hậu giang|hòa bình|hưng yên|khánh hòa|kiên giang|kon tum|' +
  'lai châu|lâm đồng|lạng sơn|lào cai|long an|nam định|nghệ an|ninh bình|ninh thuận|phú thọ|phú yên|quảng bình|' +
  'quảng nam|quảng ngãi|quảng ninh|quảng trị|sóc trăng|sơn la|tây ninh|thái bình|thái nguyên|thanh hóa|' +
  'thừa thiên huế|thừa thiên - huế|huế|tiền giang|trà vinh|tuyên quang|vĩnh long|vĩnh phúc|yên bái|' +
  'hồ chí minh|sài gòn|việt nam|lào|campuchia|trung quốc|hoa kỳ|nhật bản|hàn quốc|thái lan|' +
  'tây nguyên|tây bắc|đông bắc|nam bộ|bắc bộ|trung bộ|tây nam bộ|đông nam bộ|đồng bằng sông cửu long|' +
  'trường sa|hoàng sa|côn đảo|phú quốc|cửu long|hồng|mê kông|mekong|' +
  // provinces of 1976–1997, in historical articles (several start with a family name: Hà, Hoàng, Cao)
  'hà tây|hà bắc|hà sơn bình|hà nam ninh|hà tuyên|hoàng liên sơn|cao lạng|vĩnh phú|hải hưng|nghệ tĩnh|' +
  'bình trị thiên|nghĩa bình|phú khánh|thuận hải|minh hải|sông bé|quảng nam - đà nẵng|gia lai - kon tum|bắc thái';

/** Exact-key place names, each a list of syllables. */
export const PLACES: readonly string[][] = PROVINCES.split('|').map((p) => p.split(/\s+/));

/**
 * Lower-case words after which a capitalised run is a place, street, school
 * or organisation, not a person ("huyện Phú Lương", "số 8 Nguyễn Du",
 * "Trường THPT Lê Quý Đôn", "tư tưởng Hồ Chí Minh").
 */
export const PLACE_CUES: ReadonlySet<string> = new Set(
  // Two-word cues are matched as pairs ("tư tưởng", "nhà thờ"): split at '|', so "nhà báo Nguyễn Văn A" (a
  // journalist) is not cut by the "nhà" of "nhà thờ".
  (
    'tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|tp|tp.|ấp|thôn|bản|buôn|làng|sóc|khóm|xóm|khu phố|' +
    'đường|phố|ngõ|hẻm|kiệt|số|đại lộ|cầu|chợ|sông|núi|đèo|vịnh|đảo|biển|hồ|trường|thpt|thcs|thpt.|' +
    'tiểu học|mầm non|đại học|học viện|bệnh viện|công ty|tập đoàn|tư tưởng|phong cách|đạo đức|tấm gương|gương|' +
    'lăng|quảng trường|di tích|đền|chùa|nhà thờ|giáo xứ|giáo phận|tên|mang|miền|vùng|tại|ở|về|đến|từ'
  ).split('|'),
);
