/**
 * The sixty-year cycle's stems and branches, by which a lunar year is named ("năm Ất Mùi", "Xuân Đinh Dậu"):
 * dates read a lunar date's year by them, and a name reader knows "Đinh Dậu" for a year, not a person. Exact keys.
 */
export const STEMS: readonly string[] = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
/** The twelve branches. */
export const BRANCHES: readonly string[] = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
