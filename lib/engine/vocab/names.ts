/**
 * Vietnamese personal-name vocabulary: family names (Kinh and ethnic
 * minority) and the Ê Đê / Gia Rai prefixes. Entries are exact keys (lower case,
 * new-style tone placement).
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý hà lâm mai trương đinh đoàn lương ' +
    'trịnh đào cao phùng tô lưu tạ tống kiều chu châu quách thái tăng vương lại la triệu mạc thân từ tôn lã lữ ' +
    'nghiêm âu diệp giang hứa kim nông ninh phí quan vi đàm hầu khổng khuất doãn bạch bế cù lục khúc ' +
    'thạch danh sơn lò lường sầm cầm giàng sùng thào vàng mùa điểu ksor siu rah kpă liêng ' +
    'mã nhữ ưng đậu đới lạc lăng khương trình tiêu nhan chế bàn hán ung tiết mẫn viên thổ chau néang ' +
    'lạc'
  ).split(' '),
);

/** Middle names that all but prove a personal name ("Thị" especially). */
export const MIDDLE_NAMES: ReadonlySet<string> = new Set(
  'thị văn đức hữu quốc minh thanh ngọc xuân công đình quang trọng thế duy anh hồng kim tuấn tiến bá khắc'.split(' '),
);

/**
 * Capitalised phrases that are never a person even though they start with a
 * family name: an ideology/city, historic dynasties used as place names.
 */
export const NOT_PERSON: ReadonlySet<string> = new Set(['hồ chí minh', 'hà nội', 'lâm đồng', 'cao bằng']);

/** How the names of religions and bodies that look like a person's begin: "Cao Đài Chơn Lý" is a church, "Đoàn Khối …" a bloc's Youth Union. */
export const NOT_PERSON_STARTS: readonly string[] = ['cao đài', 'đoàn khối'];

/** Catholic baptismal names, written before the family name and part of the name ("Giuse Trần Đình Phúc"). */
export const BAPTISMAL_NAMES: ReadonlySet<string> = new Set(
  (
    'giuse phaolô phêrô maria gioan antôn đaminh giacôbê anrê têrêsa micae phanxicô tôma luca matthêu mátthêu gioakim ' +
    'augustinô inhaxiô batôlômêô lôrensô simon anna martinô phêrô giuse-maria têphanô philípphê stêphanô vinhsơn ' +
    'gabriel raphael giacôbê emmanuel anphongsô mátthia tađêô marcô máccô catarina agnès rosa lucia cêcilia ' +
    'alôisiô aloisiô đôminicô carôlô laurensô giêrônimô barnaba matthêô phêrô-maria xavie xaviê'
  ).split(' '),
);

/**
 * Words that begin a personal name without being a family name: the Ê Đê and Gia Rai prefixes ("Y Khâm
 * Niê", "H'Hen Niê") and the "Thích" of Buddhist monks' and nuns' names ("Thích Minh Tâm").
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['y', "h'", 'thích']);

/** Abbreviated Buddhist ranks written with a dot before a monk's name: "HT. Thích …" (Hòa thượng), "TT." (Thượng tọa), "ĐĐ." (Đại đức), "NS." (Ni sư). */
export const MONASTIC_ABBREVIATIONS: ReadonlySet<string> = new Set(['ht', 'tt', 'đđ', 'ns', 'nt']);
