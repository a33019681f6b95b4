/**
 * Party and State documents: symbols (290-QĐ/TW, 30/2020/NĐ-CP, 1234/QĐ-UBND),
 * lists sharing one suffix (217, 218-QĐ/TW), bare references (Kết luận 57,
 * NQ 25) resolved where certain, and named ones (Nghị quyết Trung ương 4 khóa
 * XII, Luật Thực hiện dân chủ ở cơ sở). Spans are in normalised text.
 */
import { LETTER, LOWER, UPPER, WORD } from '../text/chars';
import { trimSpanEnd } from '../text/spans';
import { matchAround, matchIn, windowsAround } from '../text/windows';
import { DOC_WORDS, WELL_KNOWN } from '../vocab/documents';
import { findTitledDocuments } from './titled-documents';

/** A document reference in normalised coordinates. */
export interface RawDocument {
  start: number;
  end: number;
  /** Canonical symbol ("290-QĐ/TW"), or null for an unresolved bare reference or a named document. */
  key: string | null;
  kind: string;
  number: string | null;
  issuer: string | null;
  /** "symbol" written in full, "resolved" bare reference, "partial" bare reference, "named". */
  status: 'symbol' | 'resolved' | 'partial' | 'named';
  /** The canonical name for named documents ("Luật Thực hiện dân chủ ở cơ sở"). */
  name: string | null;
  date: string | null;
}

/** Case-insensitive on each word's first letter only ("Nghị quyết Liên tịch"), so symbols stay case-sensitive. */
function ci(words: string): string {
  return words
    .split(' ')
    .map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`)
    .join('\\s+');
}
const DOC_WORD = `(?:${[
  'nghị quyết', 'nghị định', 'quyết định', 'quy định', 'chỉ thị', 'kết luận', 'quy chế', 'hướng dẫn', 'thông báo',
  'thông tri', 'thông tư', 'kế hoạch', 'chương trình hành động', 'chương trình phối hợp', 'quy chế phối hợp',
  'nghị quyết liên tịch', 'thông tư liên tịch', 'kế hoạch liên tịch', 'chương trình', 'đề án', 'công văn', 'báo cáo', 'tờ trình', 'luật',
  'pháp lệnh', 'văn bản', 'resolution', 'decision', 'directive', 'conclusion', 'regulation', 'decree', 'circular', 'plan',
]
  .map(ci)
  .join('|')})`;
const B = `(?<![${WORD}/])`;
const TYPE = '(QĐi|QyĐ|TTr|CTr|[A-ZĐ]{1,4})';
const ISSUER = '((?:T[WƯ]|[A-ZĐƯ]{1,8}(?:TW|TƯ)?)(?:-[A-ZĐ]{2,8})*)';
const NUM_INTRO = `(?:(${DOC_WORD})\\s+)?(?:(?:[Ss]ố|No\\.?)\\s*)?`;

/** Party symbol core: 290-QĐ/TW (the words before it are read backwards, see {@link intro}). */
/** Type codes a Party symbol may join to its number with a space instead of a dash: "Kế hoạch số 298 KH/TWĐTN". */
const SPACED_TYPES = '(?:NQ|QĐ|QĐi|CT|KL|KH|HD|ĐA)';
const PARTY = new RegExp(
  `${B}(\\d{1,4})\\s?(?:-|/(?=[A-ZĐ][A-Za-zĐ]{0,4}/)|(?<=\\d) (?=${SPACED_TYPES}\\s?/))\\s?${TYPE}\\s?/\\s?${ISSUER}(?![${WORD}])`,
  'g',
);
/** What may stand before a symbol: [word] [số] [217, 218 và ] — matched backwards from the number. */
const INTRO_BACK = new RegExp(`${B}${NUM_INTRO}((?:\\d{1,4}\\s*(?:,|và|;)\\s*(?:số\\s+)?)*)$`);

/** Where "Nghị định số " before a State symbol starts (no lists for State documents). */
function introStart(text: string, at: number): number {
  const i = intro(text, at);
  return i.list ? at : i.start;
}

/** The document word and listed numbers before index `at`. */
function intro(text: string, at: number): { start: number; word: string | undefined; list: string } {
  const from = Math.max(0, at - 120);
  const m = INTRO_BACK.exec(text.slice(from, at));
  if (!m || m[0].length === 0) return { start: at, word: undefined, list: '' };
  return { start: from + (m.index ?? 0), word: m[1], list: m[2] ?? '' };
}
/** State normative: 30/2020/NĐ-CP, 10/2022/QH15, 15/2020/QĐ-TTg */
const STATE_NORM = new RegExp(
  `${B}(\\d{1,5})\\s?[/-]\\s?((?:19|20)\\d{2})(?:\\s?/\\s?|\\s(?=[A-ZĐ][A-Za-zĐđ]{0,5}-))(QH\\d{1,2}|UBTVQH\\d{1,2}|[A-ZĐ][A-Za-zĐđ]{0,5}(?:[-/][A-ZĐƯ][A-Za-zĐđƯ0-9]{0,13})(?:-[A-ZĐƯ][A-Za-zĐđƯ0-9]{0,13})*|TTg|CP)(?![${WORD}])`,
  'g',
);
/** State administrative: 1234/QĐ-UBND, 678/BTL-CT */
const STATE_ADMIN = new RegExp(
  `${B}(\\d{1,5})\\s?/\\s?([A-ZĐ][A-Za-zĐđ]{0,5})-([A-ZĐ][A-Za-zĐđ0-9]{0,9}(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,9})*)(?![${WORD}/])`,
  'g',
);
/** Older State symbols with an issuer and no type code: "Nghị định số 100/TTg", "Chỉ thị 01/1998/TTg"; the word gives the kind. */
const STATE_NO_TYPE = new RegExp(
  `${B}(${DOC_WORD})\\s+(?:[Ss]ố\\s*)?(\\d{1,5})\\s?/\\s?(?:((?:19|20)\\d{2})\\s?/\\s?)?(TTg|CP|HĐBT|HĐCP)(?![${WORD}/-])`,
  'g',
);
const STATE_NO_TYPE_TRIGGER = /\/\s?(?:TTg|CP|HĐBT|HĐCP)(?![A-Za-z/-])/g;
/** Bare: Kết luận 57, NQ 25, Quyết định số 290, Văn bản số 7123 */
const BARE = new RegExp(
  `${B}(${['nghị quyết', 'quyết định', 'quy định', 'chỉ thị', 'kết luận', 'nghị định', 'quy chế', 'kế hoạch', 'hướng dẫn', 'thông tư', 'công văn', 'văn bản', 'đề án', 'resolution', 'decision', 'directive', 'conclusion', 'decree', 'plan'].map(ci).join('|')}|NQ|QĐ|CT|KL)\\s+(?:số\\s+|No\\.\\s*|No\\s+)?(\\d{1,4})(?![0-9/]|\\s?-\\s?[${UPPER}]|[.,][0-9])`,
  'g',
);
const NOT_A_NUMBER_AFTER = new RegExp(
  `^\\s+(?:năm|tháng|ngày(?!\\s+\\d{1,2}\\s*(?:[/-]\\s*\\d|tháng))|tuần|giờ|hộ|người|xã|phường|huyện|tỉnh|lần|đồng|triệu|tỷ|nghìn|ngàn|km|ha|m|%|đề án|nội dung|điểm|nhóm|chương|điều|mục|khoản|cấp|đơn vị|tổ chức|cơ quan|chi bộ|đảng viên|văn bản|nghị quyết|chỉ thị|kết luận|quyết định)(?![${LETTER}])`,
  'i',
);

const NAMED_NQ_TW = new RegExp(
  `${B}Nghị\\s+quyết\\s+(?:Hội\\s+nghị\\s+)?(?:lần\\s+thứ\\s+[${LETTER}]+\\s+)?(?:Ban\\s+Chấp\\s+hành\\s+)?(?:Trung\\s+ương|TW|TƯ)\\s?(?:lần\\s+thứ\\s+)?(\\d{1,2})(?:\\s*(\\(\\s*)?(?:khóa|khoá)\\s+([IVXL]+)(\\s*\\))?)?(?![${WORD}])`,
  'gi',
);
/** The Party's national Congress, up to its number: "Đại hội Đảng toàn quốc lần thứ", "Đại hội đại biểu toàn quốc lần thứ". */
const PARTY_CONGRESS = 'Đại\\s+hội\\s+(?:Đảng\\s+toàn\\s+quốc\\s+)?(?:[Đđ]ại\\s+biểu\\s+toàn\\s+quốc\\s+)?(?:lần\\s+thứ\\s+)?';
const NAMED_DAI_HOI = new RegExp(
  `${B}Nghị\\s+quyết\\s+${PARTY_CONGRESS}([IVXL]+|\\d{1,2}|[${LOWER}]+)(?:\\s+của\\s+Đảng)?(?![${WORD}])`,
  'g',
);
/** "Hiến pháp năm 2013", "Hiến pháp 1992". */
const NAMED_CONSTITUTION = new RegExp(`${B}Hiến\\s+pháp\\s+(?:năm\\s+)?((?:19|20)\\d{2})(?![${WORD}])`, 'g');
/** "Văn kiện Đại hội XIII", "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng". */
const NAMED_VAN_KIEN = new RegExp(
  `${B}[Vv]ăn\\s+kiện\\s+${PARTY_CONGRESS}([IVXL]+)(?:\\s+của\\s+Đảng)?(?![${WORD}])`,
  'g',
);
/** "Nghị quyết Đại hội (đại biểu) Đảng bộ tỉnh Lâm Đồng lần thứ XI" */
/** The administrative levels a local Party organisation or Front committee is named by ("Đảng bộ tỉnh", "Mặt trận … phường"). */
const LOCAL_LEVEL = 'tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|xã|phường|thị\\s+trấn';
/**
 * A congress's term written straight after its name is part of the resolution's name ("… lần thứ XXIV nhiệm kỳ
 * 2015-2020"); after a comma it is an aside ("… lần thứ IX, nhiệm kỳ 2019-2024").
 */
const TERM_IN_NAME = '(?:\\s+nhiệm\\s+kỳ\\s+\\d{4}\\s*[-–]\\s*\\d{4})?';
const NAMED_DAI_HOI_LOCAL = new RegExp(
  `${B}Nghị\\s+quyết\\s+Đại\\s+hội\\s+(?:đại\\s+biểu\\s+)?Đảng\\s+bộ\\s+(${LOCAL_LEVEL}|khối|quân\\s+đội|công\\s+an)(?:\\s+[${UPPER}][${LOWER}]*)*\\s+lần\\s+thứ\\s+([IVXL]+)${TERM_IN_NAME}(?![${WORD}])`,
  'g',
);
/** A local Party organisation after a congress's number: "Nghị quyết Đại hội XVI Đảng bộ tỉnh (Thanh Hóa)". */
const LOCAL_PARTY_AFTER = new RegExp(`^\\s+Đảng\\s+bộ\\s+(${LOCAL_LEVEL})((?:\\s+[${UPPER}][${LOWER}]*){0,3})${TERM_IN_NAME}(?![${WORD}])`);
/** A Front or mass organisation's congress: "Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc phường nhiệm kỳ 2024 - 2029". */
const NAMED_DAI_HOI_BODY = new RegExp(
  `${B}Nghị\\s+quyết\\s+Đại\\s+hội\\s+(?:đại\\s+biểu\\s+)?(?:toàn\\s+quốc\\s+)?` +
    `(?:Mặt\\s+trận\\s+Tổ\\s+quốc|MTTQVN|MTTQ|Hội\\s+Nông\\s+dân|Hội\\s+Liên\\s+hiệp\\s+Phụ\\s+nữ|Hội\\s+LHPN|[Pp]hụ\\s+nữ|[Nn]ông\\s+dân|[Cc]ựu\\s+chiến\\s+binh|Hội\\s+Cựu\\s+chiến\\s+binh|Hội\\s+CCB|Đoàn\\s+TNCS\\s+Hồ\\s+Chí\\s+Minh|Đoàn\\s+Thanh\\s+niên|Công\\s+đoàn|Liên\\s+đoàn\\s+Lao\\s+động|Hội\\s+Chữ\\s+thập\\s+đỏ)` +
    `(?:\\s+Việt\\s+Nam)?(?:\\s+(?:${LOCAL_LEVEL}))?((?:\\s+[${UPPER}][${LOWER}]*){0,3})` +
    `(?:\\s+(?:lần\\s+thứ|khóa|khoá)\\s+[IVXL]+)?${TERM_IN_NAME}(?![${WORD}])`,
  'g',
);
/** A congress's number in Roman figures (1–39): 13 → XIII. */
function toRoman(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10));
  return tens + (['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '');
}

/** The issuer code of a local Party organisation by its level: TU for a province or city, HU for a district, QU for an urban district, else ĐU. */
function localPartyIssuer(level: string): string {
  const l = level.toLowerCase().replace(/\s+/g, ' ');
  if (l === 'tỉnh' || l === 'thành phố') return 'TU';
  if (l === 'quận') return 'QU';
  if (l === 'huyện' || l === 'thị xã') return 'HU';
  return 'ĐU';
}
const LOWER_WORD = new RegExp(`^[${LOWER}]+$`);
const LAW_TOKEN = new RegExp(`[${LETTER}]+|,\\s*|\\s+|.`, 'y');
const LOWER_START = new RegExp(`^[${LOWER}\\u0300-\\u036F]+`);
/** A capitalised word and a lower-case one after a comma in a law's name, then its end: "…, Khen thưởng" before punctuation or a stop. */
const CAPITAL_PAIR = new RegExp(`^([${UPPER}][${LOWER}]*)\\s+([${LOWER}]+)(?=[\\s.,;:)]|$)`);
const ALL_LETTERS = new RegExp(`^[${LETTER}]+$`);
const NEXT_WORD = new RegExp(`^\\s+([${LETTER}]+)`);
const NGHI_QUYET = /[Nn]ghị\s+quyết/g;
const BARE_TRIGGER =
  /[Nn]ghị\s+quyết|[Qq]uyết\s+định|[Qq]uy\s+định|[Cc]hỉ\s+thị|[Kk]ết\s+luận|[Nn]ghị\s+định|[Qq]uy\s+chế|[Kk]ế\s+hoạch|[Hh]ướng\s+dẫn|[Tt]hông\s+tư|[Cc]ông\s+văn|[Vv]ăn\s+bản|[Đđ]ề\s+án|NQ|QĐ|CT|KL|[Rr]esolution|[Dd]ecision|[Dd]irective|[Cc]onclusion|[Dd]ecree|[Pp]lan/g;
/**
 * Subjects a law's name may start with in lower case ("Luật tín ngưỡng, tôn giáo", "Luật thực hiện dân chủ ở cơ sở");
 * elsewhere a capital is needed, so "Luật sư", "Luật quy định" are not laws.
 */
const LAW_SUBJECT =
  'tín\\s+ngưỡng|thực\\s+hiện\\s+dân\\s+chủ|mặt\\s+trận|đất\\s+đai|bầu\\s+cử|cán\\s+bộ|công\\s+chức|viên\\s+chức|thanh\\s+niên|' +
  'người\\s+cao\\s+tuổi|bình\\s+đẳng\\s+giới|trẻ\\s+em|phòng,?\\s+chống|hôn\\s+nhân|giáo\\s+dục|công\\s+đoàn|dân\\s+quân|' +
  'nghĩa\\s+vụ\\s+quân\\s+sự|quốc\\s+phòng|biên\\s+giới|biên\\s+phòng|báo\\s+chí|tiếp\\s+cận\\s+thông\\s+tin|khiếu\\s+nại|tố\\s+cáo|' +
  'tổ\\s+chức|hòa\\s+giải|trưng\\s+cầu|thi\\s+đua|di\\s+sản|bảo\\s+vệ\\s+môi\\s+trường|hợp\\s+tác\\s+xã|tiếp\\s+công\\s+dân|phổ\\s+biến,?\\s+giáo\\s+dục|' +
  'ban\\s+hành\\s+văn\\s+bản|sửa\\s+đổi,?\\s+bổ\\s+sung';
// ("Pháp lệnh dân chủ ở cơ sở": the 1998–2007 ordinance, named by its subject in lower case.)
/** Subjects that name one law even after "luật" in lower case ("phổ biến luật tín ngưỡng tôn giáo"). */
const LOWER_LAW_SUBJECT = 'tín\\s+ngưỡng|đất\\s+đai|bầu\\s+cử|mặt\\s+trận|thực\\s+hiện\\s+dân\\s+chủ|bình\\s+đẳng\\s+giới|người\\s+cao\\s+tuổi|khiếu\\s+nại|tố\\s+cáo|hòa\\s+giải|thi\\s+đua';
const LAW_START = new RegExp(
  `(?<![${LETTER}])(Luật|Bộ luật|Pháp lệnh|luật(?=\\s+(?:${LOWER_LAW_SUBJECT})(?![${LETTER}])))\\s+(?=[${UPPER}]|(?:${LAW_SUBJECT})(?![${LETTER}])|(?<=Pháp lệnh\\s+)(?:thực\\s+hiện\\s+)?dân\\s+chủ\\s)`,
  'g',
);
/** A document word inside a law's name run starts another document: "Luật Tín ngưỡng, tôn giáo thay thế Nghị định …". */
const OTHER_DOC_AHEAD = new RegExp(`^(?:Luật|Nghị\\s+(?:quyết|định)|Quyết\\s+định|Chỉ\\s+thị|Thông\\s+tư|Hiến\\s+pháp|Pháp\\s+lệnh)(?![${LETTER}])`);
/** The year of a named law's version, right after its name: "Luật Mặt trận Tổ quốc Việt Nam năm 2015". */
const LAW_YEAR = /^\s+năm\s+(?:19|20)\d\d(?!\d)/;
const LAW_STOP = new Set(
  ('số năm có được đã đang sẽ là của cho để theo với trong tại từ đến khi này đó mới vào thì mà nhằm về như cũng do bị ' +
    'đi nay các những được sửa đổi bổ sung triển khai tiếp tục và thay ngày tháng rất vì nên đều cần phải').split(' '),
);

function canonParty(num: string, type: string, issuer: string): string {
  const iss = issuer.toUpperCase() === 'TƯ' ? 'TW' : issuer.replace(/TƯ$/, 'TW');
  return `${num}-${type}/${iss}`;
}

/** Find every document reference in `text` (normalised). */
export function findDocuments(text: string): RawDocument[] {
  const out: RawDocument[] = [];
  const nqWindows = windowsAround(text, NGHI_QUYET, 2, 140);
  for (const m of matchAround(text, /\d\s?(?:-\s?[A-ZĐ]|\/[A-ZĐ][A-Za-zĐ]{0,4}\/)|\d (?:NQ|QĐi?|CT|KL|KH|HD|ĐA)\s?\//g, PARTY, 4, 30)) {
    if (m.index === undefined) continue;
    const num = m[1] ?? '';
    const type = m[2] ?? '';
    const issuer = m[3] ?? '';
    const symbolStart = m.index;
    const symEnd = m.index + m[0].length;
    const before = intro(text, m.index);
    const word = before.word;
    const list = before.list;
    if (list && word) {
      // "Quyết định 217, 218-QĐ/TW": each listed number is a document of its own.
      const listStart = symbolStart - list.length;
      const re = /\d{1,4}/g;
      for (const n of list.matchAll(re)) {
        // The first listed number carries the document word: "Quyết định 217".
        const s = n.index === 0 ? before.start : listStart + (n.index ?? 0);
        out.push(doc(s, listStart + (n.index ?? 0) + n[0].length, canonParty(n[0], type, issuer), type, n[0], issuer, 'symbol'));
      }
      out.push(doc(symbolStart, symEnd, canonParty(num, type, issuer), type, num, issuer, 'symbol'));
    } else {
      // Without a document word the listed numbers are not read as documents.
      const start = list ? symbolStart : before.start;
      out.push(doc(start, symEnd, canonParty(num, type, issuer), type, num, issuer, 'symbol'));
    }
  }
  for (const m of matchAround(text, /\d\s?[/-]\s?(?:19|20)\d\d(?:\s?\/|\s[A-ZĐ][A-Za-zĐđ]{0,5}-)/g, STATE_NORM, 6, 40)) {
    if (m.index === undefined) continue;
    const num = m[1] ?? '';
    const year = m[2] ?? '';
    // "NQLT/CP-UBTUMTTQVN": a slash between the kind and the issuers reads like the dash.
    const suffix = (m[3] ?? '').replace(/^([A-ZĐ][A-Za-zĐđ]{0,5})\//, '$1-');
    const start = introStart(text, m.index);
    const dash = suffix.indexOf('-');
    const assembly = suffix.startsWith('QH') || suffix.startsWith('UBTVQH');
    // A symbol without a type code (National Assembly's, or older ones: "Chỉ thị 01/1998/TTg"): the word before it says the kind.
    const typeWord = (intro(text, m.index).word ?? '').toLowerCase().replace(/\s+/g, ' ');
    const kind = assembly ? assemblyKind(text.slice(start, m.index)) : dash < 0 ? (DOC_WORDS[typeWord] ?? 'CV') : suffix.slice(0, dash);
    const issuer = assembly || dash < 0 ? suffix : suffix.slice(dash + 1);
    out.push(doc(start, m.index + m[0].length, `${num}/${year}/${suffix}`, kind, num, issuer, 'symbol'));
  }
  for (const m of matchAround(text, /\d\s?\/\s?[A-ZĐ]/g, STATE_ADMIN, 6, 40)) {
    if (m.index === undefined) continue;
    const num = m[1] ?? '';
    const first = m[2] ?? '';
    const rest = m[3] ?? '';
    // English editions write ASCII codes: "1719/QD-TTg" is a Quyết định.
    const known = isKnownType(first) || isKnownType(vietnameseCode(first));
    out.push(
      doc(introStart(text, m.index), m.index + m[0].length, `${num}/${first}-${rest}`, known ? first : 'CV', num, known ? rest : `${first}-${rest}`, 'symbol'),
    );
  }
  for (const m of matchAround(text, STATE_NO_TYPE_TRIGGER, STATE_NO_TYPE, 48, 4)) {
    if (m.index === undefined) continue;
    const kind = DOC_WORDS[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    if (!kind) continue;
    const num = m[2] ?? '';
    const issuer = m[4] ?? '';
    const key = m[3] ? `${num}/${m[3]}/${issuer}` : `${num}/${issuer}`;
    out.push(doc(m.index, m.index + m[0].length, key, kind, num, issuer, 'symbol'));
  }
  for (const m of matchIn(text, nqWindows, NAMED_NQ_TW)) {
    if (m.index === undefined) continue;
    const n = m[1] ?? '';
    let end = m.index + m[0].length;
    // An opening bracket without its closing one: stop before it.
    if (m[2] && !m[4]) end = m.index + m[0].indexOf('(');
    const khoa = m[3] ? ` khóa ${m[3]}` : '';
    const name = `Nghị quyết Trung ương ${n}${m[2] && !m[4] ? '' : khoa}`;
    out.push({ ...doc(m.index, trimSpanEnd(text, m.index, end, /\s/), null, 'NQ', n, 'TW', 'named'), name });
  }
  for (const m of matchIn(text, nqWindows, NAMED_DAI_HOI)) {
    if (m.index === undefined) continue;
    const term = m[1] ?? '';
    if (LOWER_WORD.test(term) && !/^(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)/.test(term)) continue;
    const end = m.index + m[0].length;
    // "Nghị quyết Đại hội XVI Đảng bộ tỉnh": a province's congress, not the Party's.
    const local = LOCAL_PARTY_AFTER.exec(text.slice(end, end + 60));
    if (local) {
      const to = end + local[0].length;
      out.push({ ...doc(m.index, to, null, 'NQ', null, localPartyIssuer(local[1] ?? ''), 'named'), name: text.slice(m.index, to).replace(/\s+/g, ' ') });
      continue;
    }
    // ("lần thứ 13" and "XIII" name one congress.)
    const roman = /^\d+$/.test(term) ? toRoman(Number(term)) : term;
    out.push({ ...doc(m.index, end, null, 'NQ', null, 'TW', 'named'), name: `Nghị quyết Đại hội ${roman} của Đảng` });
  }
  for (const m of matchIn(text, nqWindows, NAMED_DAI_HOI_LOCAL)) {
    if (m.index === undefined) continue;
    const level = (m[1] ?? '').replace(/\s+/g, ' ');
    const issuer = /^(?:khối|quân đội|công an)$/.test(level) ? null : localPartyIssuer(level);
    out.push({ ...doc(m.index, m.index + m[0].length, null, 'NQ', null, issuer, 'named'), name: m[0].replace(/\s+/g, ' ') });
  }
  for (const m of matchIn(text, nqWindows, NAMED_DAI_HOI_BODY)) {
    if (m.index === undefined) continue;
    const span = trimSpanEnd(text, m.index, m.index + m[0].length, /[\s,]/);
    out.push({ ...doc(m.index, span, null, 'NQ', null, null, 'named'), name: text.slice(m.index, span).replace(/\s+/g, ' ') });
  }
  if (text.includes('Hiến')) {
    for (const m of text.matchAll(NAMED_CONSTITUTION)) {
      if (m.index === undefined) continue;
      out.push({ ...doc(m.index, m.index + m[0].length, null, 'HP', null, null, 'named'), name: `Hiến pháp năm ${m[1]}` });
    }
  }
  if (/[Vv]ăn kiện/.test(text)) {
    for (const m of text.matchAll(NAMED_VAN_KIEN)) {
      if (m.index === undefined) continue;
      out.push({ ...doc(m.index, m.index + m[0].length, null, 'VK', null, 'TW', 'named'), name: `Văn kiện Đại hội ${m[1]} của Đảng` });
    }
  }
  findLaws(text, out);
  out.push(...findTitledDocuments(text));
  // Papers that are not documents in the rules' sense (a submission, minutes, an invitation, a certificate):
  // found, so their numbers are not read as anything else, then left out.
  const kept = withAmendedLaws(out, resolveOverlaps(text, out)).filter((d) => !isNotDocument(text, d));
  resolveBare(text, kept);
  yearlessAsDated(kept, (name) => /^(.+)\s+năm\s+\d{4}$/.exec(name)?.[1]);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A law named without its year where the text names exactly one version of it is that version (a shorter
 * mention of the same law): "Luật Thi đua, Khen thưởng" beside "… năm 2003", "the Law on X" beside "the 2022
 * Law on X"; with two versions named it stays as written. `baseOf` gives a dated name's yearless form, or null.
 */
export function yearlessAsDated(docs: RawDocument[], baseOf: (name: string) => string | null | undefined): void {
  const versions = new Map<string, Set<string>>();
  for (const d of docs) {
    const base = d.status === 'named' && (d.kind === 'Luật' || d.kind === 'PL' || d.kind === 'HP') ? baseOf(d.name ?? '') : null;
    if (base) versions.set(base, (versions.get(base) ?? new Set()).add(d.name ?? ''));
  }
  if (versions.size === 0) return;
  for (const d of docs) {
    const v = d.status === 'named' ? versions.get(d.name ?? '') : undefined;
    if (v?.size === 1) d.name = [...v][0] ?? d.name;
  }
}

/** An amending law's name: "Luật Sửa đổi, bổ sung …", "the 2019 Law Amending and Supplementing …". */
const AMENDING_NAME = /^(?:\d{4}\s+)?(?:Luật\s+[Ss]ửa\s+đổi|Law\s+(?:on\s+)?Amending)/i;

/**
 * The laws named inside an amending law's name are documents of their own (the rules' nested names):
 * `kept` (without overlaps) gets back every law of `all` that lies inside a kept amending law.
 */
export function withAmendedLaws(all: readonly RawDocument[], kept: RawDocument[]): RawDocument[] {
  const amending = kept.filter((d) => d.status === 'named' && AMENDING_NAME.test(d.name ?? ''));
  if (amending.length === 0) return kept;
  const have = new Set(kept);
  const inner = all.filter(
    (d) => !have.has(d) && (d.kind === 'Luật' || d.kind === 'PL') && d.status === 'named' && !AMENDING_NAME.test(d.name ?? '') &&
      amending.some((a) => a.start < d.start && d.end <= a.end),
  );
  if (inner.length === 0) return kept;
  // "Luật Sửa đổi … của Luật Thi đua, Khen thưởng năm 2013": the year is the amending law's, not the inner one's.
  const own = inner.map((d) => {
    const year = amending.some((a) => a.end === d.end) ? /\s+năm\s+\d{4}$/.exec(d.name ?? '') : null;
    if (!year) return d;
    const name = (d.name ?? '').slice(0, -year[0].length);
    return { ...d, name, end: d.start + (d.end - d.start) - year[0].length };
  });
  return [...kept, ...own].sort((a, b) => a.start - b.start);
}

/**
 * Type words outside the rules' list whose symbols look like a counted kind: a Thông tri (a Front's circular
 * notice, "Thông tri Triệu tập số 38/TT-MTTW-BTT") reads TT like a Thông tư.
 */
const NOT_DOCUMENT_WORD = new RegExp(`^[Tt]hông\\s+tri(?![${LETTER}])`);
/** … and a Thông tri's own name between the word and the number ("Thông tri Triệu tập số …"). */
const NOT_DOCUMENT_BEFORE = new RegExp(`[Tt]hông\\s+tri(?:\\s+[${UPPER}][${LOWER}]*(?:\\s+[${LOWER}]+)?)?\\s+$`);

function isNotDocument(text: string, d: RawDocument): boolean {
  return (
    NOT_DOCUMENT_KINDS.has(d.kind) ||
    NOT_DOCUMENT_WORD.test(text.slice(d.start, d.start + 12)) ||
    // "Thông tri Hướng dẫn số 21/TT-…": the Thông tri's own name may hold a type word.
    NOT_DOCUMENT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))
  );
}

/**
 * Kinds of paper that are not cited documents: Tờ trình, biên bản, giấy mời, giấy chứng nhận/xác nhận/ủy quyền/phép;
 * and the types outside the rules' list of documents (Thông báo, Chương trình, Quy chế, Báo cáo, Điều lệ).
 */
const NOT_DOCUMENT_KINDS: ReadonlySet<string> = new Set([
  'TTr', 'BB', 'GM', 'GCN', 'GXN', 'GUQ', 'GP', 'GNP', 'UQ',
  'TB', 'TBKL', 'CTr', 'CTrHĐ', 'QC', 'QCPH', 'QyC', 'BC', 'ĐL',
]);

/** The kind of a National Assembly document from the words before its number: Luật, PL or NQ (the default). */
function assemblyKind(before: string): string {
  if (/luật/i.test(before)) return 'Luật';
  if (/pháp lệnh/i.test(before)) return 'PL';
  return 'NQ';
}

/** The Vietnamese spelling of an ASCII type code: QD → QĐ, QDNS → QĐNS, ND → NĐ, DA → ĐA. */
export function vietnameseCode(code: string): string {
  if (code.startsWith('QD')) return `QĐ${code.slice(2)}`;
  if (code === 'ND') return 'NĐ';
  if (code === 'DA') return 'ĐA';
  return code;
}

function isKnownType(t: string): boolean {
  return /^(NQ|QĐ|QĐi|QyĐ|CT|KL|QC|HD|TB|TT|TTr|BC|KH|CTr|ĐA|PA|CV|BB|GM|NĐ|TTg|QyC|CĐ|GCN|GXN|HĐ|UQ|GP|GUQ|GNP|PC|PB|BL)$/.test(
    t,
  );
}

/** A document reading of the text's span [start, end). */
export function doc(
  start: number,
  end: number,
  key: string | null,
  kind: string,
  number: string | null,
  issuer: string | null,
  status: RawDocument['status'],
): RawDocument {
  return { start, end, key, kind, number, issuer, status, name: null, date: null };
}

/** Named laws: "Luật Thực hiện dân chủ ở cơ sở"; merged with a following "số 10/2022/QH15". */
/** The end of a law's name whose words start at `from` (after "Luật"), and how many words it has. */
function readLawName(text: string, from: number): { end: number; words: number } {
  let pos = from;
  let end = pos;
  let words = 0;
  const wordRe = LAW_TOKEN;
  while (pos < text.length && words < 12) {
    wordRe.lastIndex = pos;
    const w = wordRe.exec(text);
    if (!w) break;
    const t = w[0];
    if (/^\s+$/.test(t)) {
      if (t.includes('\n')) break;
      pos += t.length;
      continue;
    }
    if (/^,\s*$/.test(t)) {
      // "Luật Tín ngưỡng, tôn giáo": a comma continues only into a lower-case non-stop word.
      const after = text.slice(pos + t.length, pos + t.length + 40);
      const next = LOWER_START.exec(after);
      // "Luật Thi đua, Khen thưởng": a capitalised pair of a subject's words (not another document, not a place and a lower-case verb).
      const capital = CAPITAL_PAIR.exec(after);
      const ok = next ? !LAW_STOP.has(next[0]) : !!capital && !OTHER_DOC_AHEAD.test(after) && !LAW_STOP.has((capital[2] ?? '').toLowerCase());
      if (!ok || words < 1) break;
      pos += t.length;
      continue;
    }
    if (!ALL_LETTERS.test(t)) break;
    if (t === 'và') {
      // "… đại biểu Quốc hội và đại biểu Hội đồng nhân dân" continues; "và Luật Nhà ở", "và các …" do not.
      const next = NEXT_WORD.exec(text.slice(pos + t.length));
      const nw = next?.[1] ?? '';
      if (!nw || LAW_STOP.has(nw.toLowerCase()) || /^(Luật|Bộ|Nghị|Quyết|Chỉ|Pháp|Hiến)$/.test(nw)) break;
      pos += t.length;
      continue;
    }
    // "Luật Tín ngưỡng, Tôn giáo chính thức có hiệu lực": "chính thức" (officially), in lower case, ends the name.
    if (words > 0 && t === 'chính' && /^\s+thức(?![a-zà-ỹđ])/.test(text.slice(pos + t.length, pos + t.length + 8))) break;
    // "số" ends the name before a number ("… số 10/2022/QH15"), not in a word of it ("Luật Dân số").
    const stop = LAW_STOP.has(t.toLowerCase()) && !(t === 'số' && !/^\s*\d/.test(text.slice(pos + t.length, pos + t.length + 3)));
    if (words > 0 && (stop || OTHER_DOC_AHEAD.test(text.slice(pos, pos + 16)))) break;
    pos += t.length;
    end = pos;
    words++;
  }
  return { end, words };
}

/** "Luật Sửa đổi, bổ sung một số điều của Luật …": an amending law, named by the law it amends. */
const AMENDING = /^\s*[Ss]ửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+[Đđ]iều\s+(?:của|các)\s+(?:các\s+)?(?=Luật\s)/;

/** "và Luật " between two amended laws, up to the second one's name. */
const AND_LAW = /^,?\s+và\s+Luật\s+/;

function findLaws(text: string, out: RawDocument[]): void {
  if (!text.includes('Luật') && !text.includes('luật') && !text.includes('Pháp lệnh')) return;
  for (const m of matchAround(text, /[Ll]uật|Pháp lệnh/g, LAW_START, 8, 28)) {
    if (m.index === undefined) continue;
    const amending = m[1] === 'Luật' || m[1] === 'luật' ? AMENDING.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
    // An amending law's name runs to the end of the amended law's name (which is a document of its own too).
    const from = amending ? m.index + m[0].length + amending[0].length + 'Luật'.length : m.index + m[0].length;
    let { end, words } = readLawName(text, from);
    if (amending && words === 0) ({ end, words } = readLawName(text, m.index + m[0].length));
    if (words === 0) continue;
    // "… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": an amending law of two laws names both.
    for (let guard = 0; amending && guard < 3; guard++) {
      const and = AND_LAW.exec(text.slice(end, end + 12));
      const next = and ? readLawName(text, end + and[0].length) : null;
      if (!next || next.words === 0) break;
      end = next.end;
    }
    // The year of the version is part of the law's name: the 1999 and the 2015 law are two documents.
    const year = LAW_YEAR.exec(text.slice(end, end + 12));
    if (year) end += year[0].length;
    const name = text.slice(m.index, end).replace(/\s+/g, ' ');
    out.push({ ...doc(m.index, end, null, m[1] === 'Pháp lệnh' ? 'PL' : 'Luật', null, null, 'named'), name });
  }
}

/** Symbols win over named/bare readings they overlap; a law followed by its number merges into one. */
function resolveOverlaps(text: string, docs: RawDocument[]): RawDocument[] {
  const rank = (d: RawDocument) => (d.status === 'symbol' ? 0 : d.status === 'named' ? 1 : 2);
  const sorted = [...docs].sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const kept: RawDocument[] = [];
  // Every kept reading starts at or before `d` (they come in order of start), so the first one `d` overlaps
  // is the first whose end passes `d`'s start: found in a max-tree over the kept readings' ends, in log time.
  let size = 1;
  while (size < sorted.length) size *= 2;
  const ends = new Float64Array(2 * size).fill(Number.NEGATIVE_INFINITY);
  const setEnd = (i: number, end: number) => {
    let j = i + size;
    ends[j] = end;
    for (j >>= 1; j >= 1; j >>= 1) ends[j] = Math.max(ends[2 * j] ?? 0, ends[2 * j + 1] ?? 0);
  };
  for (const d of sorted) {
    // (An empty reading, which no rule makes, would overlap only readings starting strictly before it.)
    let at = d.start < d.end ? -1 : kept.findIndex((k) => d.start < k.end && k.start < d.end);
    if ((ends[1] ?? 0) > d.start && d.start < d.end) {
      let j = 1;
      while (j < size) j = (ends[2 * j] ?? 0) > d.start ? 2 * j : 2 * j + 1;
      at = j - size;
    }
    const clash = kept[at];
    if (!clash) {
      setEnd(kept.length, d.end);
      kept.push(d);
      continue;
    }
    if (rank(d) < rank(clash)) {
      kept[at] = d;
      setEnd(at, d.end);
    }
  }
  // Merge "Luật X số 10/2022/QH15" and "Luật X 10/2022/QH15".
  const merged: RawDocument[] = [];
  for (const d of kept.sort((a, b) => a.start - b.start)) {
    const prev = merged[merged.length - 1];
    const adjacent = prev && /^\s{0,3}$/.test(text.slice(prev.end, d.start)) && /^(?:[Ss]ố|\d)/.test(text.slice(d.start, d.end));
    if (prev && adjacent && (prev.kind === 'Luật' || prev.kind === 'PL') && prev.status === 'named' && d.status === 'symbol') {
      merged[merged.length - 1] = { ...d, kind: prev.kind, start: prev.start, name: prev.name };
      continue;
    }
    merged.push(d);
  }
  return merged;
}

/** Document words that are bare references only with "số" / "No." before the number. */
const NEEDS_SO: ReadonlySet<string> = new Set(['kế hoạch', 'hướng dẫn', 'thông tư', 'công văn', 'plan']);

/** Bare references ("NQ 25"): resolved from the same text, or from the table of well-known documents. */
function resolveBare(text: string, docs: RawDocument[]): void {
  const bare: RawDocument[] = [];
  for (const m of matchAround(text, BARE_TRIGGER, BARE, 2, 24)) {
    const at = m.index;
    if (at === undefined) continue;
    const end = at + m[0].length;
    if (docs.some((d) => at < d.end && d.start < end)) continue;
    if (NOT_A_NUMBER_AFTER.test(text.slice(end, end + 16))) continue;
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "hướng dẫn 50 học sinh", "kế hoạch 3 bước" are verbs and plans in general: these words need "số".
    if (NEEDS_SO.has(word) && !/\s(?:[Ss]ố|No\.?)\s/.test(m[0])) continue;
    const kind = DOC_WORDS[word] ?? (m[1] ?? '').toUpperCase();
    const num = m[2] ?? '';
    const same = docs.filter((d) => d.status === 'symbol' && d.number !== null && Number(d.number) === Number(num) && sameKind(d.kind, kind));
    const keys = new Set(same.map((d) => d.key));
    let key: string | null = null;
    let issuer: string | null = null;
    let status: RawDocument['status'] = 'partial';
    if (keys.size === 1 && same[0]) {
      key = same[0].key;
      issuer = same[0].issuer;
      status = 'resolved';
    } else if (keys.size === 0) {
      const known = WELL_KNOWN[`${kind === 'QĐi' ? 'QĐ' : kind} ${num}`];
      if (known) {
        // The symbol is known, but its issuer counts only where the text names it.
        key = known;
        status = 'resolved';
      }
    }
    if (keys.size !== 1) issuer = issuerNamedAfter(text.slice(end, end + 90)) ?? issuerNamedBefore(text.slice(Math.max(0, at - 90), at));
    bare.push(doc(at, end, key, kind, num, issuer, status));
  }
  sameIssuerForAll(bare);
  docs.push(...bare);
}

/**
 * "Conclusion 118 by the Politburo … Conclusion 118 adjusts …": the later mentions of one bare reference are
 * the same document, so they take the issuer one of them names (when they name only one).
 */
export function sameIssuerForAll(bare: RawDocument[]): void {
  const issuers = new Map<string, Set<string>>();
  for (const d of bare) {
    if (d.issuer === null || d.key !== null) continue;
    const k = `${sameKindCode(d.kind)}|${Number(d.number)}`;
    issuers.set(k, (issuers.get(k) ?? new Set()).add(d.issuer));
  }
  if (issuers.size === 0) return;
  for (const d of bare) {
    const named = d.issuer === null && d.key === null ? issuers.get(`${sameKindCode(d.kind)}|${Number(d.number)}`) : undefined;
    if (named?.size === 1) d.issuer = [...named][0] ?? null;
  }
}

/**
 * What may stand between a bare reference and "của …": a comma, and the
 * document's own date ("Chỉ thị số 18, ngày 26/10/2022 của BCH Trung ương").
 */
const OWN_DATE = String.raw`(?:,\s*)?(?:(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}\s*|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*)?(?:,\s*)?`;
/** The Party's commissions and offices, which issue documents at the centre and in a province: "Ban Tổ chức Trung ương", "Ban Dân vận Tỉnh ủy". */
const CENTRAL_ORGANS = String.raw`(?:Ban\s+(?:Tổ\s+chức|Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?|Dân\s+vận|Kinh\s+tế|Nội\s+chính|Đối\s+ngoại)|Ủy\s+ban\s+Kiểm\s+tra|Văn\s+phòng)`;
/** A Party committee's standing or executive committee before its name: "Ban Thường vụ Tỉnh ủy", "BCH Huyện ủy". */
const COMMITTEE_OF = String.raw`(?:Ban\s+Thường\s+vụ|BTV|Ban\s+Chấp\s+hành|BCH)`;
/** Central Party bodies and a province's or district's Party committee named as a bare reference's issuer. */
const ISSUER_AFTER_TW = new RegExp(
  String.raw`^\s*${OWN_DATE}(?:của|do)\s+(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|(?:Ban\s+Chấp\s+hành|BCH)\s+(?:Trung\s+ương|TW)|Trung\s+ương|${CENTRAL_ORGANS}\s+(?:Trung\s+ương|TW))`,
  'i',
);
const ISSUER_AFTER_TU = new RegExp(
  String.raw`^\s*${OWN_DATE}(?:của|do)\s+(?:${COMMITTEE_OF}\s+|${CENTRAL_ORGANS}\s+)?(?:Tỉnh|Thành)\s+ủy`,
  'i',
);
/** A district's Party committee (Huyện ủy → HU, Quận ủy → QU). */
const ISSUER_AFTER_DISTRICT = new RegExp(String.raw`^\s*${OWN_DATE}(?:của|do)\s+(?:${COMMITTEE_OF}\s+)?(Huyện|Quận)\s+ủy`, 'i');

const ISSUER_BEFORE_TW =
  /(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?)(?:\s+(?:Ban\s+Chấp\s+hành\s+Trung\s+ương|BCH\s+TW|Trung\s+ương)(?:\s+Đảng)?)?(?:\s*\(\s*(?:khóa|khoá)\s+[IVXL]+\s*\))?\s+(?:đã\s+)?(?:ban\s+hành|ra)\s+$/i;

/** A central Party body named as the issuer just before a bare reference ("Bộ Chính trị ban hành …"). English names: lib/engine/english/documents-en.ts. */
function issuerNamedBefore(before: string): string | null {
  return ISSUER_BEFORE_TW.test(before) ? 'TW' : null;
}

/** The issuer a bare reference's next words name: TW for central Party bodies, TU for a province's (or city's) Party committee, HU / QU for a district's, else null. */
function issuerNamedAfter(after: string): string | null {
  if (ISSUER_AFTER_TW.test(after)) return 'TW';
  if (ISSUER_AFTER_TU.test(after)) return 'TU';
  const district = ISSUER_AFTER_DISTRICT.exec(after);
  if (district) return district[1]?.toLowerCase() === 'quận' ? 'QU' : 'HU';
  return null;
}

/** The kind code two spellings of one document type share: Quy định QĐi and QyĐ are read with QĐ, a joint NQLT with NQ. */
function sameKindCode(code: string): string {
  // English editions write ASCII codes: "1115-QD/TU" is a Quyết định.
  const k = vietnameseCode(code);
  if (k === 'QĐi' || k === 'QyĐ') return 'QĐ';
  return k.length > 2 && k.endsWith('LT') ? k.slice(0, -2) : k;
}

function sameKind(a: string, b: string): boolean {
  return sameKindCode(a) === sameKindCode(b);
}
