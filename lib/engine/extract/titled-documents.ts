/**
 * Documents named by their own title instead of a number, in the two forms
 * where the title is certain:
 * - a quoted title straight after the type word: Đề án “Tăng cường vai trò …”;
 * - a regulation, plan or project attached to a decision, the legal texts'
 *   "Ban hành kèm theo Quyết định này Quy định về …" and "Quy định về …
 *   ban hành kèm theo Quyết định số …".
 * A capitalised type word followed by a subject elsewhere ("Kế hoạch của Hội
 * …", "Đề án nhân sự …") is a generic mention by the rules and left alone.
 * Spans are in normalised text; each form is matched from its type word with a
 * bounded look-ahead, so the work is linear in the text.
 */
import { LOWER, WORD } from '../text/chars';
import type { RawDocument } from './documents';

/** The type words a titled document is introduced by, and their kind codes. */
const TITLED_KINDS: Readonly<Record<string, string>> = {
  'Quy định': 'QĐi',
  'Đề án': 'ĐA',
  'Kế hoạch': 'KH',
  'Hướng dẫn': 'HD',
  'Chỉ thị': 'CT',
  'Nghị quyết': 'NQ',
  'Kết luận': 'KL',
};
const TYPE_WORD = `(?<![${WORD}/])(Quy định|Đề án|Kế hoạch|Hướng dẫn|Chỉ thị|Nghị quyết|Kết luận)`;
/** Đề án “…”: the title in quotes, on one line, at most 240 characters. */
const QUOTED = new RegExp(`${TYPE_WORD}[ \\t]+(?:“[^“”\\n]{3,240}”|"[^"\\n]{3,240}")`, 'g');
/** A type word whose subject starts in lower case: "Quy định về …", "Quy định khen thưởng …". */
const SUBJECT = new RegExp(
  `${TYPE_WORD}[ \\t]+(?!(?:số|của|này|đó|trên|các|những|nói|kèm|được|đã|sẽ|và|ban)(?![${WORD}]))(?=[${LOWER}])`,
  'g',
);
/** The decision a titled document is attached to, just before it. */
const ATTACHED_BEFORE = /kèm\s+theo\s+(?:Quyết\s+định|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Chỉ\s+thị)\s+này\s+$/;
/** … and just after its title. */
const ATTACHED_AFTER = /\s(?:được\s+)?ban\s+hành\s+kèm\s+theo\s/;
/** Where a title ends: a sentence or clause mark, a bracket, a line break. */
const TITLE_END = /[.;:!?()\n]/;
/** The longest title read (characters). */
const MAX_TITLE = 300;

/** Titled documents in `text` (normalised), unranked: {@link findDocuments} resolves overlaps. */
export function findTitledDocuments(text: string): RawDocument[] {
  const out: RawDocument[] = [];
  if (!/Quy định|Đề án|Kế hoạch|Hướng dẫn|Chỉ thị|Nghị quyết|Kết luận/.test(text)) return out;
  for (const m of text.matchAll(QUOTED)) out.push(titled(text, m.index, m.index + m[0].length, m[1] ?? ''));
  for (const m of text.matchAll(SUBJECT)) {
    const start = m.index;
    const from = start + m[0].length;
    const window = text.slice(from, from + MAX_TITLE);
    const stop = window.search(TITLE_END);
    // "Quy định về … ban hành kèm theo Quyết định số …": the title ends before "ban hành".
    const after = ATTACHED_AFTER.exec(window);
    const attachedAfter = after !== null && (stop < 0 || after.index < stop);
    const attachedBefore = ATTACHED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    // Attached before, the title runs to the end of its sentence; cut off by the window, it is not read.
    if (!attachedAfter && (!attachedBefore || stop < 0)) continue;
    let end = from + (attachedAfter && after ? after.index : stop);
    while (end > from && /[\s,]/.test(text[end - 1] ?? '')) end--;
    if (end - from < 6) continue;
    out.push(titled(text, start, end, m[1] ?? ''));
  }
  return out;
}

function titled(text: string, start: number, end: number, word: string): RawDocument {
  return {
    start,
    end,
    key: null,
    kind: TITLED_KINDS[word] ?? 'QĐi',
    number: null,
    issuer: null,
    status: 'named',
    name: text.slice(start, end).replace(/\s+/g, ' '),
    date: null,
  };
}
