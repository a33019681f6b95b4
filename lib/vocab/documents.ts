/**
 * Party and State document vocabulary: type codes with their names in words,
 * issuer codes, the words that introduce a document, and the well-known
 * dân vận documents that bare references ("NQ 25") resolve to.
 */

/** Type code → Vietnamese and English names (Nghị định 30/2020/NĐ-CP, Quy định 66-QĐ/TW). */
export const DOC_KINDS: Record<string, { vi: string; en: string }> = {
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  QĐi: { vi: 'Quy định', en: 'Regulation' },
  QyĐ: { vi: 'Quy định', en: 'Regulation' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  QC: { vi: 'Quy chế', en: 'Statute' },
  HD: { vi: 'Hướng dẫn', en: 'Guideline' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  TT: { vi: 'Thông tư', en: 'Circular' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  ĐA: { vi: 'Đề án', en: 'Project' },
  PA: { vi: 'Phương án', en: 'Scheme' },
  CV: { vi: 'Công văn', en: 'Official letter' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
  NĐ: { vi: 'Nghị định', en: 'Decree' },
  L: { vi: 'Luật', en: 'Law' },
  PL: { vi: 'Pháp lệnh', en: 'Ordinance' },
  QH: { vi: 'Luật/Nghị quyết của Quốc hội', en: 'Law/Resolution of the National Assembly' },
  LUAT: { vi: 'Luật', en: 'Law' },
  NAMED: { vi: 'Văn kiện', en: 'Named document' },
};

/** Issuer code → who issues it, in words. */
export const ISSUERS: Record<string, { vi: string; en: string }> = {
  TW: { vi: 'Bộ Chính trị/Ban Bí thư/Trung ương', en: 'Politburo/Secretariat/Central Committee' },
  TU: { vi: 'Tỉnh ủy/Thành ủy', en: 'Provincial/City Party Committee' },
  HU: { vi: 'Huyện ủy', en: 'District Party Committee' },
  QU: { vi: 'Quận ủy', en: 'Urban District Party Committee' },
  TX: { vi: 'Thị ủy', en: 'Town Party Committee' },
  ĐU: { vi: 'Đảng ủy', en: 'Party Committee' },
  ĐUK: { vi: 'Đảng ủy Khối', en: 'Party Committee of the Bloc' },
  BDVTW: { vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilisation Commission' },
  BTGTW: { vi: 'Ban Tuyên giáo Trung ương', en: 'Central Propaganda Commission' },
  BTCTW: { vi: 'Ban Tổ chức Trung ương', en: 'Central Organisation Commission' },
  VPTW: { vi: 'Văn phòng Trung ương Đảng', en: 'Party Central Office' },
  QUTW: { vi: 'Quân ủy Trung ương', en: 'Central Military Commission' },
  TWĐTN: { vi: 'Trung ương Đoàn', en: 'Youth Union Central Committee' },
  CP: { vi: 'Chính phủ', en: 'Government' },
  TTg: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  UBND: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  HĐND: { vi: 'Hội đồng nhân dân', en: "People's Council" },
  UBTVQH: { vi: 'Ủy ban Thường vụ Quốc hội', en: 'National Assembly Standing Committee' },
  MTTQ: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  BNV: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  BCA: { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
  BQP: { vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence' },
  BGDĐT: { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' },
  BTC: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
};

/** The document word before a number → the type code it stands for. Exact keys. */
export const DOC_WORDS: Record<string, string> = {
  'nghị quyết': 'NQ',
  nq: 'NQ',
  'quyết định': 'QĐ',
  qđ: 'QĐ',
  'quy định': 'QĐ',
  'chỉ thị': 'CT',
  ct: 'CT',
  'kết luận': 'KL',
  kl: 'KL',
  'quy chế': 'QC',
  'hướng dẫn': 'HD',
  'thông báo': 'TB',
  'thông tri': 'TT',
  'thông tư': 'TT',
  'kế hoạch': 'KH',
  'chương trình': 'CTr',
  'đề án': 'ĐA',
  'công văn': 'CV',
  'nghị định': 'NĐ',
  'báo cáo': 'BC',
  'tờ trình': 'TTr',
  'luật': 'L',
  'pháp lệnh': 'PL',
  'văn bản': 'CV',
  'chỉ thị số': 'CT',
  'resolution': 'NQ',
  'decision': 'QĐ',
  'directive': 'CT',
  'conclusion': 'KL',
  'regulation': 'QĐ',
  'decree': 'NĐ',
  'circular': 'TT',
  'plan': 'KH',
};

/**
 * Well-known Central documents on mass mobilisation, so a bare reference such
 * as "NQ 25" or "Chỉ thị 49" resolves with certainty. Key: type + number.
 */
export const WELL_KNOWN: Record<string, string> = {
  'NQ 25': '25-NQ/TW',
  'NQ 43': '43-NQ/TW',
  'QĐ 290': '290-QĐ/TW',
  'QĐ 23': '23-QĐ/TW',
  'QĐ 217': '217-QĐ/TW',
  'QĐ 218': '218-QĐ/TW',
  'KL 120': '120-KL/TW',
  'KL 114': '114-KL/TW',
  'CT 49': '49-CT/TW',
  'CT 05': '05-CT/TW',
  'CT 5': '05-CT/TW',
};
