/**
 * Interface strings in Vietnamese and English, in one table. Components take
 * a `lang` and call {@link t}; `$1`, `$2` are replaced by the arguments.
 * (The settings issue moves this table to public/_locales.)
 */

/** Interface language. */
export type Lang = 'vi' | 'en';

const S = {
  appName: { vi: 'Dân vận Lens', en: 'Dân vận Lens' },
  officials: { vi: 'Cán bộ', en: 'Officials' },
  documents: { vi: 'Văn bản', en: 'Documents' },
  dates: { vi: 'Thời gian', en: 'Dates' },
  closePanel: { vi: 'Đóng bảng', en: 'Close panel' },
  relevanceHint: { vi: 'Mức độ liên quan đến công tác dân vận', en: 'How much this article is about dân vận work' },
  clipArticle: { vi: 'Lưu bài', en: 'Clip article' },
  clipping: { vi: 'Đang lưu…', en: 'Clipping…' },
  clipped: { vi: 'Đã lưu ✓', en: 'Clipped ✓' },
  clipAgain: { vi: 'Lưu lại bản mới', en: 'Clip again' },
  openClip: { vi: 'Xem trong thư viện', en: 'Open in library' },
  annotateThisPage: { vi: 'Chú thích trang này', en: 'Annotate this page' },
  annotating: { vi: 'Đang chú thích trang này…', en: 'Annotating this page…' },
  annotated: { vi: 'Đã chú thích trang này.', en: 'This page is annotated.' },
  cannotAnnotate: { vi: 'Không thể chú thích trang này (trang của trình duyệt hoặc không có quyền).', en: 'This page cannot be annotated (a browser page, or no access).' },
  notArticle: { vi: 'Trang này không phải một bài báo.', en: 'This page is not an article.' },
  pageCounts: { vi: '$1 cán bộ · $2 văn bản · $3 mốc thời gian', en: '$1 officials · $2 documents · $3 dates' },
  autoAnnotate: { vi: 'Tự động chú thích', en: 'Annotate automatically' },
  modeDanVan: { vi: 'Chỉ bài về công tác dân vận', en: 'Dân vận articles only' },
  modeArticles: { vi: 'Mọi bài báo', en: 'Every article' },
  modeClick: { vi: 'Chỉ khi tôi bấm', en: 'Only when I click' },
  summaryLength: { vi: 'Số câu tóm tắt khi lưu bài', en: 'Summary sentences in a new clip' },
  latestClips: { vi: 'Bài đã lưu gần đây', en: 'Latest clips' },
  searchClips: { vi: 'Tìm trong bài đã lưu', en: 'Search clips' },
  openLibrary: { vi: 'Mở thư viện', en: 'Open the library' },
  noClips: { vi: 'Chưa có bài nào được lưu.', en: 'No clips yet.' },
  noResults: { vi: 'Không tìm thấy bài nào.', en: 'No clips found.' },
  library: { vi: 'Thư viện', en: 'Library' },
  people: { vi: 'Cán bộ', en: 'People' },
  clipsCount: { vi: '$1 bài', en: '$1 clips' },
  allSites: { vi: 'Mọi trang', en: 'All sites' },
  allTags: { vi: 'Mọi nhãn', en: 'All tags' },
  allLangs: { vi: 'Mọi ngôn ngữ', en: 'All languages' },
  site: { vi: 'Trang', en: 'Site' },
  tag: { vi: 'Nhãn', en: 'Tag' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  official: { vi: 'Cán bộ', en: 'Official' },
  document: { vi: 'Văn bản', en: 'Document' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  dateOf: { vi: 'Theo ngày', en: 'Date' },
  publishedDate: { vi: 'ngày đăng', en: 'published' },
  clippedDate: { vi: 'ngày lưu', en: 'clipped' },
  sortBy: { vi: 'Sắp xếp', en: 'Sort by' },
  sortClipped: { vi: 'Mới lưu', en: 'Clipped' },
  sortPublished: { vi: 'Ngày đăng', en: 'Published' },
  sortTitle: { vi: 'Tiêu đề', en: 'Title' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  select: { vi: 'Chọn', en: 'Select' },
  selectedCount: { vi: 'Đã chọn $1', en: '$1 selected' },
  delete: { vi: 'Xóa', en: 'Delete' },
  addTag: { vi: 'Gắn nhãn', en: 'Add tag' },
  tagName: { vi: 'Tên nhãn', en: 'Tag name' },
  deletedCount: { vi: 'Đã xóa $1 bài.', en: 'Deleted $1 clips.' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  back: { vi: 'Quay lại danh sách', en: 'Back to the list' },
  source: { vi: 'Nguồn', en: 'Source' },
  published: { vi: 'Ngày đăng', en: 'Published' },
  clippedAt: { vi: 'Ngày lưu', en: 'Clipped' },
  author: { vi: 'Tác giả', en: 'Author' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  editSummary: { vi: 'Sửa tóm tắt', en: 'Edit summary' },
  note: { vi: 'Ghi chú', en: 'Note' },
  tags: { vi: 'Nhãn', en: 'Tags' },
  tagsHint: { vi: 'Các nhãn, cách nhau bằng dấu phẩy', en: 'Tags, separated by commas' },
  save: { vi: 'Lưu', en: 'Save' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  quotes: { vi: 'Trích dẫn', en: 'Quotes' },
  periods: { vi: 'Giai đoạn', en: 'Periods' },
  text: { vi: 'Nội dung bài', en: 'Article text' },
  titlesHeld: { vi: 'Chức danh theo thời gian', en: 'Titles over time' },
  citedBy: { vi: 'Được trích trong $1 bài', en: 'Cited in $1 clips' },
  noTitle: { vi: '(không có chức danh)', en: '(no title given)' },
  showClips: { vi: 'Xem các bài', en: 'Show clips' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  addQuote: { vi: 'Thêm trích dẫn vào bài đã lưu', en: 'Add quote to clip' },
  errQuota: { vi: 'Không đủ dung lượng để lưu. Hãy giải phóng ổ đĩa hoặc xóa bớt bài cũ rồi thử lại.', en: 'Not enough storage space to save to the library. Free some disk space or delete old clips, then try again.' },
  errClosed: { vi: 'Không mở được cơ sở dữ liệu thư viện. Hãy tải lại trang rồi thử lại.', en: 'The library database could not be reached. Reload the page and try again.' },
  errTooLarge: { vi: 'Bài quá dài để lưu (giới hạn 2 triệu ký tự).', en: 'This article is too long to clip (the limit is 2 million characters).' },
  errNotFound: { vi: 'Bài này không còn trong thư viện.', en: 'This clip is no longer in the library.' },
  errNoArticle: { vi: 'Không tìm thấy nội dung bài báo trên trang này.', en: 'No article text was found on this page.' },
  errUnknown: { vi: 'Không lưu được: $1', en: 'Could not save: $1' },
  exportButton: { vi: 'Xuất', en: 'Export' },
  exportTitle: { vi: 'Xuất bài đã lưu', en: 'Export clips' },
  scope: { vi: 'Phạm vi', en: 'Which clips' },
  scopeAll: { vi: 'Tất cả ($1)', en: 'All ($1)' },
  scopeFilter: { vi: 'Danh sách đang lọc ($1)', en: 'The current list ($1)' },
  scopeSelection: { vi: 'Các bài đã chọn ($1)', en: 'The selection ($1)' },
  format: { vi: 'Định dạng', en: 'Format' },
  fmtJson: { vi: 'JSON — sao lưu đầy đủ, nhập lại được', en: 'JSON — full backup, re-importable' },
  fmtMarkdownZip: { vi: 'Markdown — mỗi bài một tệp (zip)', en: 'Markdown — one file per clip (zip)' },
  fmtMarkdown: { vi: 'Markdown — một tài liệu', en: 'Markdown — one document' },
  fmtCsv: { vi: 'CSV cho Excel — bài, cán bộ, văn bản (zip)', en: 'CSV for spreadsheets — clips, officials, documents (zip)' },
  fmtDocx: { vi: 'Word (.docx) — báo cáo', en: 'Word (.docx) — report' },
  fmtCsl: { vi: 'CSL-JSON — Zotero', en: 'CSL-JSON — Zotero' },
  fmtRis: { vi: 'RIS — phần mềm quản lý tài liệu', en: 'RIS — reference managers' },
  exporting: { vi: 'Đang xuất $1/$2…', en: 'Exporting $1 of $2…' },
  exported: { vi: 'Đã xuất $1 bài vào $2.', en: 'Exported $1 clips to $2.' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  importButton: { vi: 'Nhập từ tệp JSON', en: 'Import a JSON file' },
  importTitle: { vi: 'Nhập bài từ tệp', en: 'Import clips' },
  importPreview: { vi: '$1 bài trong tệp: $2 mới, $3 cập nhật, $4 xung đột (giữ cả hai ghi chú), $5 không đổi.', en: '$1 clips in the file: $2 new, $3 update saved clips, $4 conflict (both notes kept), $5 unchanged.' },
  importConfirm: { vi: 'Nhập', en: 'Import' },
  importing: { vi: 'Đang nhập…', en: 'Importing…' },
  imported: { vi: 'Đã nhập: $1 mới, $2 cập nhật.', en: 'Imported: $1 new, $2 updated.' },
  importFailed: { vi: 'Không nhập được, thư viện giữ nguyên: $1', en: 'Nothing was imported; the library is unchanged: $1' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A string's key. */
export type StringKey = keyof typeof S;

/** Every string, for the tests that check both languages are complete. */
export const STRINGS: Record<StringKey, Record<Lang, string>> = S;

/** The string `key` in `lang`, with `$1`, `$2`… replaced by `args`. */
export function t(lang: Lang, key: StringKey, ...args: (string | number)[]): string {
  return S[key][lang].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

/** The interface language for a browser language tag ("vi-VN" → vi, anything else → en). */
export function uiLang(tag: string | null | undefined): Lang {
  return /^vi\b/i.test(tag ?? '') ? 'vi' : 'en';
}

/** The sentence for a library error code. */
export function errorText(lang: Lang, code: string, detail = ''): string {
  const key: StringKey =
    code === 'quota' ? 'errQuota' : code === 'closed' ? 'errClosed' : code === 'too-large' ? 'errTooLarge' : code === 'not-found' ? 'errNotFound' : code === 'no-article' ? 'errNoArticle' : 'errUnknown';
  return t(lang, key, detail);
}
