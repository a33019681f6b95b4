/**
 * Documents named by their own title instead of a number:
 * - a quoted title straight after the type word: Đề án “Tăng cường vai trò …”;
 * - a type word inside a sentence followed by its subject in lower case: "ban hành Kế hoạch tổ chức đại hội
 *   đoàn các cấp, …", "phê duyệt Đề án tổng thể … giai đoạn 2021 - 2030", the legal texts' "Ban hành kèm theo
 *   Quyết định này Quy định về …" and "Quy định về … ban hành kèm theo Quyết định số …".
 * The title runs to the end of its clause (see TITLE_END). A sentence that opens with the type word, a plural
 * ("các Kế hoạch"), or a first word that makes it generic ("Kế hoạch của Hội …", "Quy định này", "Đề án nhân
 * sự") is left alone. Spans are in normalised text; each reading looks at most MAX_TITLE characters ahead of
 * its type word, so the work is linear in the text.
 */
import { LOWER, WORD } from '../text/chars';
import { DOC_WORDS } from '../vocab/documents';
import type { RawDocument } from './documents';

const TYPE_WORD = `(?<![${WORD}/])(Quy định|Đề án|Kế hoạch|Hướng dẫn|Chỉ thị|Nghị quyết|Kết luận)`;
/** Đề án “…”: the title in quotes, on one line, at most 240 characters. */
const QUOTED = new RegExp(`${TYPE_WORD}[ \\t]+(?:“[^“”\\n]{3,240}”|"[^"\\n]{3,240}")`, 'g');
/** A type word whose subject starts in lower case: "Quy định về …", "Kế hoạch tổ chức …", "Đề án tổng thể …". */
const SUBJECT = new RegExp(`${TYPE_WORD}[ \\t]+(?=[${LOWER}])`, 'g');
/**
 * First words after a type word that make it no title: a number or a pointer ("số", "này", "đó"), "của" (whose
 * plan: generic), a verb or a preposition ("được", "đến"), "chi tiết" (a decree's own title: "Nghị định … Quy định
 * chi tiết …"), a year, "nhân sự", "gắn với" (linked to), "đại hội" (a congress's resolution, named elsewhere).
 */
const NOT_A_SUBJECT = new RegExp(
  `^(?:số|của|này|đó|trên|các|những|nói|kèm|được|đã|sẽ|và|ban|chi\\s+tiết|đến|quan\\s+trọng|liên\\s+tịch|năm|cụ\\s+thể|mới|trước|sau|cũng|vừa|đề\\s+ra|là|có|gồm|tại|cho|với|phải|đang|nhân\\s+sự|hành\\s+động|phối\\s+hợp|thì|mà|đều|nêu|trên|thuộc|gắn|đại\\s+hội)(?![${WORD}])`,
);
/** Words before a type word that make it plural or indefinite: "các Kế hoạch …", "một số Đề án …". */
const PLURAL_BEFORE = /(?:các|những|một\s+số|nhiều|mỗi|từng)\s+$/;
/** The decision a titled document is attached to, just before it. */
const ATTACHED_BEFORE = /kèm\s+theo\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+định|[Tt]hông\s+tư|[Nn]ghị\s+quyết|[Cc]hỉ\s+thị)\s+này\s+$/;
/**
 * Where a title ends, read in its window: a sentence or clause mark, a line break, a bracket (except one naming
 * the phase: "(giai đoạn II)"), "ban hành kèm theo", a comma before a clause ("…, cụ thể như sau"), "và" before
 * another item ("… và nội dung …"), its date or a verb, or the end of its period ("… giai đoạn 2021-2025").
 */
const TITLE_END = new RegExp(
  [
    '[.;:!?\\n]',
    '\\((?!\\s*(?:giai\\s+đoạn|đợt|phần)\\s)',
    '\\s(?:được\\s+)?ban\\s+hành\\s+kèm\\s+theo\\s',
    `,\\s*(?:cụ\\s+thể|nhằm|góp\\s+phần|đồng\\s+thời|trong\\s+đó|theo\\s+đó|với|để|tạo|và|được|đã|sẽ|qua|từ|ngày|do|của|trong|tại)(?![${WORD}])`,
    `\\s+và\\s+(?:nội\\s+dung|các|những|việc|Kế\\s+hoạch|Đề\\s+án|Quy\\s+định|Hướng\\s+dẫn|Nghị\\s+quyết|Chỉ\\s+thị|Kết\\s+luận)(?![${WORD}])`,
    `\\s+(?:ngày\\s+\\d|do|được|đã|sẽ|đang|nhằm|cũng|vẫn|còn|phải|cần|chưa|không|đều|là)(?![${WORD}])`,
    `(?<=giai\\s+đoạn\\s+\\d{4}\\s*[-–]\\s*\\d{4})(?!\\s*\\(\\s*giai\\s+đoạn)`,
    '(?<=\\(\\s*giai\\s+đoạn\\s+[IVX\\d]+\\s*\\))',
  ].join('|'),
);
/** The longest title read (characters). */
const MAX_TITLE = 300;
/** A sentence starts before `at`: nothing, or a full stop, a line break, a bullet. */
const SENTENCE_START = /(?:^\s*|[.!?\n]\s*|^\s*[-–+•*]\s*|\n\s*[-–+•*]\s*)$/;

/** Titled documents in `text` (normalised), unranked: {@link findDocuments} resolves overlaps. */
export function findTitledDocuments(text: string): RawDocument[] {
  const out: RawDocument[] = [];
  if (!/Quy định|Đề án|Kế hoạch|Hướng dẫn|Chỉ thị|Nghị quyết|Kết luận/.test(text)) return out;
  for (const m of text.matchAll(QUOTED)) out.push(titled(text, m.index, m.index + m[0].length, m[1] ?? ''));
  for (const m of text.matchAll(SUBJECT)) {
    const start = m.index;
    const from = start + m[0].length;
    const window = text.slice(from, from + MAX_TITLE);
    if (NOT_A_SUBJECT.test(window)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const attached = ATTACHED_BEFORE.test(before);
    // A title starts inside a sentence ("… ban hành Kế hoạch tổ chức …"); a sentence opening "Kế hoạch đề ra …" speaks of one.
    if (!attached && (SENTENCE_START.test(before) || PLURAL_BEFORE.test(before))) continue;
    // "Quyết định số 218-QĐ/TW “Quy định về việc …”": a quoted title after a symbol is that document's own.
    if (/[“"]\s*$/.test(before)) continue;
    const stop = TITLE_END.exec(window);
    // Cut off by the window, the title is not read.
    if (!stop) continue;
    // ("… của Ban Dân tộc tỉnh Kon Tum", "… thể thức văn bản của Đoàn": whose the subject is belongs to the title.)
    let end = from + stop.index;
    while (end > from && /[\s,]/.test(text[end - 1] ?? '')) end--;
    // At least two words of subject.
    if (!/\s/.test(text.slice(from, end).trim())) continue;
    out.push(titled(text, start, end, m[1] ?? ''));
  }
  return out;
}

function titled(text: string, start: number, end: number, word: string): RawDocument {
  return {
    start,
    end,
    key: null,
    kind: DOC_WORDS[word.toLowerCase()] ?? 'QĐi',
    number: null,
    issuer: null,
    status: 'named',
    name: text.slice(start, end).replace(/\s+/g, ' '),
    date: null,
  };
}
