/**
 * The report's own words — headings, table headers, the period in words — in
 * the language the reader chose for the report (which may differ from the
 * interface's). The interface around the report speaks through lib/i18n.
 */
import type { UiLang } from '../i18n/strings';
import type { Period } from './period';

/** Every label of the report, in one language. */
export interface ReportLabels {
  /** The document type line ("BÁO CÁO"). */
  docType: string;
  /** The default subject line; `$1` is the period in words. */
  subject: string;
  /** The national line(s) of a Party body's document, right of the heading block. */
  national: string;
  /** Where the reader fills what the library cannot know. */
  blank: string;
  /** The place-and-date line; `$1` the place. */
  placeDate: string;
  /** The number-and-symbol line. */
  number: string;
  counts: string;
  /** `$1` articles, `$2` sites, `$3` officials, `$4` documents. */
  countsLine: string;
  /** `$1` clips without a published date. */
  undatedLine: string;
  activities: string;
  undated: string;
  officials: string;
  documents: string;
  timeline: string;
  clips: string;
  overview: string;
  untagged: string;
  unknownSite: string;
  none: string;
  /** Item lines. */
  itemOfficials: string;
  itemDocuments: string;
  itemNote: string;
  itemSource: string;
  /** Table headers. */
  no: string;
  name: string;
  titles: string;
  articles: string;
  first: string;
  last: string;
  document: string;
  kindIssuer: string;
  docDate: string;
  citing: string;
  firstCited: string;
  lastCited: string;
  date: string;
  what: string;
  source: string;
  published: string;
  title: string;
  site: string;
  group: string;
  summary: string;
  tags: string;
  note: string;
  url: string;
  period: string;
  /** The overview sheet's two headers. */
  field: string;
  value: string;
  /** Recipients' block ("Nơi nhận"). */
  recipients: string;
  /** Signature block's role line. */
  signer: string;
  page: string;
  /** Excel sheet names (≤ 31 characters, none of `[]:*?/\`). */
  sheetOverview: string;
  sheetClips: string;
  sheetOfficials: string;
  sheetDocuments: string;
  sheetTimeline: string;
}

const VI: ReportLabels = {
  docType: 'BÁO CÁO',
  subject: 'Tình hình công tác dân vận qua báo chí $1',
  national: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  blank: '…',
  placeDate: '$1, ngày … tháng … năm …',
  number: 'Số: …-BC/…',
  counts: 'Số liệu chung',
  countsLine: '$1 bài viết, $2 trang tin, $3 cán bộ được nêu tên, $4 văn bản được dẫn.',
  undatedLine: '$1 bài chưa rõ ngày đăng được liệt kê riêng ở cuối báo cáo.',
  activities: 'Các hoạt động trong kỳ',
  undated: 'Bài chưa rõ ngày đăng',
  officials: 'Phụ lục 1. Cán bộ được nêu tên',
  documents: 'Phụ lục 2. Văn bản được dẫn',
  timeline: 'Phụ lục 3. Các mốc thời gian',
  clips: 'Danh sách bài viết',
  overview: 'Tổng quan',
  untagged: 'Chưa gắn thẻ',
  unknownSite: 'Không rõ nguồn',
  none: 'Không có.',
  itemOfficials: 'Cán bộ',
  itemDocuments: 'Văn bản',
  itemNote: 'Ghi chú',
  itemSource: 'Nguồn',
  no: 'STT',
  name: 'Họ và tên',
  titles: 'Chức vụ nêu trong kỳ',
  articles: 'Số bài',
  first: 'Lần đầu',
  last: 'Lần cuối',
  document: 'Số, ký hiệu hoặc tên văn bản',
  kindIssuer: 'Loại văn bản, cơ quan ban hành',
  docDate: 'Ngày văn bản',
  citing: 'Số bài dẫn',
  firstCited: 'Dẫn lần đầu',
  lastCited: 'Dẫn lần cuối',
  date: 'Ngày',
  what: 'Sự kiện',
  source: 'Nguồn',
  published: 'Ngày đăng',
  title: 'Tiêu đề',
  site: 'Trang tin',
  group: 'Nhóm',
  summary: 'Tóm tắt',
  tags: 'Thẻ',
  note: 'Ghi chú',
  url: 'Đường dẫn',
  period: 'Kỳ báo cáo',
  field: 'Nội dung',
  value: 'Số liệu',
  recipients: 'Nơi nhận:',
  signer: 'T/M …',
  page: 'Trang',
  sheetOverview: 'Tổng quan',
  sheetClips: 'Bài viết',
  sheetOfficials: 'Cán bộ',
  sheetDocuments: 'Văn bản',
  sheetTimeline: 'Mốc thời gian',
};

const EN: ReportLabels = {
  docType: 'REPORT',
  subject: 'Mass mobilisation work in the press, $1',
  national: 'COMMUNIST PARTY OF VIETNAM',
  blank: '…',
  placeDate: '$1, … (date)',
  number: 'No.: …-BC/…',
  counts: 'In figures',
  countsLine: '$1 articles, $2 sites, $3 officials named, $4 documents cited.',
  undatedLine: '$1 clips without a published date are listed apart at the end.',
  activities: 'Activities in the period',
  undated: 'Clips without a published date',
  officials: 'Appendix 1. Officials named',
  documents: 'Appendix 2. Documents cited',
  timeline: 'Appendix 3. Timeline',
  clips: 'Articles',
  overview: 'Overview',
  untagged: 'Untagged',
  unknownSite: 'Unknown source',
  none: 'None.',
  itemOfficials: 'Officials',
  itemDocuments: 'Documents',
  itemNote: 'Note',
  itemSource: 'Source',
  no: 'No.',
  name: 'Name',
  titles: 'Titles in the period',
  articles: 'Articles',
  first: 'First',
  last: 'Last',
  document: 'Number and symbol, or name',
  kindIssuer: 'Kind and issuer',
  docDate: 'Document date',
  citing: 'Articles citing it',
  firstCited: 'First cited',
  lastCited: 'Last cited',
  date: 'Date',
  what: 'Event',
  source: 'Source',
  published: 'Published',
  title: 'Title',
  site: 'Site',
  group: 'Group',
  summary: 'Summary',
  tags: 'Tags',
  note: 'Note',
  url: 'Link',
  period: 'Period',
  field: 'Item',
  value: 'Value',
  recipients: 'Recipients:',
  signer: 'On behalf of …',
  page: 'Page',
  sheetOverview: 'Overview',
  sheetClips: 'Articles',
  sheetOfficials: 'Officials',
  sheetDocuments: 'Documents',
  sheetTimeline: 'Timeline',
};

/** The report's labels in `lang`. */
export const REPORT_LABELS: Record<UiLang, ReportLabels> = { vi: VI, en: EN };

/** `template` with `$1`, `$2`… replaced by `args`. */
export function fillLabel(template: string, ...args: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (m, i: string) => (args[Number(i) - 1] === undefined ? m : String(args[Number(i) - 1])));
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day in short words: "5/9/2024" (vi), "5 September 2024" (en). */
export function shortDay(day: string, lang: UiLang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A month in words: "Tháng 3 năm 2024", "March 2024". */
export function monthInWords(month: string, lang: UiLang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return lang === 'vi' ? `Tháng ${m} năm ${y}` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** A period in words: "6 tháng đầu năm 2024", "quý III năm 2024", "từ ngày 1/3/2024 đến ngày 15/5/2024". */
export function periodInWords(p: Period, lang: UiLang): string {
  const y = p.from.slice(0, 4);
  if (lang === 'vi') {
    if (p.kind === 'h1') return `6 tháng đầu năm ${y}`;
    if (p.kind === 'h2') return `6 tháng cuối năm ${y}`;
    if (p.kind === 'year') return `năm ${y}`;
    if (p.kind === 'range') return `từ ngày ${shortDay(p.from, lang)} đến ngày ${shortDay(p.to, lang)}`;
    return `quý ${ROMAN[Number(p.kind[1]) - 1]} năm ${y}`;
  }
  if (p.kind === 'h1') return `the first half of ${y}`;
  if (p.kind === 'h2') return `the second half of ${y}`;
  if (p.kind === 'year') return y;
  if (p.kind === 'range') return `${shortDay(p.from, lang)} – ${shortDay(p.to, lang)}`;
  return `Q${p.kind[1]} ${y}`;
}
