/**
 * A Word (.docx) report: the clips in order, each with its title, source,
 * date, summary, officials and documents — what a Ban Dân vận officer pastes
 * into a half-year report. Built with the `docx` library.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { UiLang } from '../i18n/strings';
import type { Clip } from '../library/types';
import { dateInWords, documentInWords } from '../shared/describe';

const LABELS = {
  vi: { source: 'Nguồn', date: 'Ngày đăng', summary: 'Tóm tắt', officials: 'Cán bộ', documents: 'Văn bản', note: 'Ghi chú', report: 'Tổng hợp bài viết' },
  en: { source: 'Source', date: 'Published', summary: 'Summary', officials: 'Officials', documents: 'Documents', note: 'Note', report: 'Collected articles' },
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
    const officials = c.officials.filter((o) => !o.byline);
    if (officials.length) {
      children.push(new Paragraph({ text: l.officials, heading: HeadingLevel.HEADING_2 }));
      for (const o of officials) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(o.name, true), run(o.titles.length ? ` — ${o.titles.join(', ')}` : '')] }));
    }
    if (c.documents.length) {
      children.push(new Paragraph({ text: l.documents, heading: HeadingLevel.HEADING_2 }));
      for (const d of c.documents) {
        const when = d.date ? `, ${dateInWords(d.date, lang)}` : '';
        children.push(new Paragraph({ bullet: { level: 0 }, children: [run(d.key, true), run(` — ${documentInWords(d, lang)}${when}`)] }));
      }
    }
    if (c.note.trim()) children.push(labelled(l.note, c.note.trim()));
  });
  const doc = new Document({ creator: 'Dân vận Lens', title: reportTitle, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
