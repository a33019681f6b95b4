/**
 * A Word (.docx) report: the clips in order, each with its title, source,
 * date, summary, and each kind's section (officials, documents; the kind's
 * name is its plural string in lib/i18n) — what a Ban Dân vận officer pastes
 * into a half-year report. Built with the `docx` library.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { t, type UiLang } from '../i18n/strings';
import { STORED_KIND_LIST } from '../library/stored-kinds';
import type { Clip } from '../library/types';
import { dateInWords } from '../shared/describe';

const LABELS = {
  vi: { source: 'Nguồn', date: 'Ngày đăng', summary: 'Tóm tắt', note: 'Ghi chú', report: 'Tổng hợp bài viết' },
  en: { source: 'Source', date: 'Published', summary: 'Summary', note: 'Note', report: 'Collected articles' },
};

/**
 * Text XML 1.0 can hold: without the characters its `Char` production
 * forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; unpaired
 * surrogates), which would make the .docx not well-formed and unreadable by
 * Word. Every string that goes into the report passes through here.
 */
export function xmlText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

function run(text: string, bold = false): TextRun {
  return new TextRun({ text: xmlText(text), bold });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run(`${label}: `, true), run(value)] });
}

/** The report as .docx bytes. */
export async function toDocx(clips: Clip[], lang: UiLang = 'vi', title?: string): Promise<Uint8Array> {
  const l = LABELS[lang];
  const reportTitle = xmlText(title ?? l.report);
  const children: Paragraph[] = [new Paragraph({ text: reportTitle, heading: HeadingLevel.TITLE })];
  clips.forEach((c, i) => {
    children.push(new Paragraph({ text: xmlText(`${i + 1}. ${c.title}`), heading: HeadingLevel.HEADING_1 }));
    children.push(labelled(l.source, [c.site, c.url].filter(Boolean).join(' — ')));
    if (c.published) children.push(labelled(l.date, dateInWords(c.published.slice(0, 10), lang)));
    if (c.summary.length) {
      children.push(new Paragraph({ text: l.summary, heading: HeadingLevel.HEADING_2 }));
      for (const s of c.summary) children.push(new Paragraph({ text: xmlText(s), bullet: { level: 0 } }));
    }
    // A section per kind that has bullets (lib/library/stored-kinds.ts): officials, documents.
    for (const k of STORED_KIND_LIST) {
      const bullets = k.word?.(c, lang) ?? [];
      if (!bullets.length) continue;
      children.push(new Paragraph({ text: t(lang, k.plural), heading: HeadingLevel.HEADING_2 }));
      for (const [bold, rest] of bullets) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(bold, true), run(rest)] }));
    }
    if (c.note.trim()) children.push(labelled(l.note, c.note.trim()));
  });
  const doc = new Document({ creator: 'Dân vận Lens', title: reportTitle, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
