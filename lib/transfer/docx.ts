/**
 * A Word (.docx) report: the clips in order, each with its title, source,
 * date, summary, officials and documents — what a Ban Dân vận officer pastes
 * into a half-year report. Built with the `docx` library.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Lang } from '../i18n/strings';
import type { Clip } from '../library/types';
import { dateInWords, documentInWords } from '../page/describe';

const LABELS = {
  vi: { source: 'Nguồn', date: 'Ngày đăng', summary: 'Tóm tắt', officials: 'Cán bộ', documents: 'Văn bản', note: 'Ghi chú', report: 'Tổng hợp bài viết' },
  en: { source: 'Source', date: 'Published', summary: 'Summary', officials: 'Officials', documents: 'Documents', note: 'Note', report: 'Collected articles' },
};

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** The report as .docx bytes. */
export async function toDocx(clips: Clip[], lang: Lang = 'vi', title?: string): Promise<Uint8Array> {
  const l = LABELS[lang];
  const children: Paragraph[] = [new Paragraph({ text: title ?? l.report, heading: HeadingLevel.TITLE })];
  clips.forEach((c, i) => {
    children.push(new Paragraph({ text: `${i + 1}. ${c.title}`, heading: HeadingLevel.HEADING_1 }));
    children.push(labelled(l.source, [c.site, c.url].filter(Boolean).join(' — ')));
    if (c.published) children.push(labelled(l.date, dateInWords(c.published.slice(0, 10), lang)));
    if (c.summary.length) {
      children.push(new Paragraph({ text: l.summary, heading: HeadingLevel.HEADING_2 }));
      for (const s of c.summary) children.push(new Paragraph({ text: s, bullet: { level: 0 } }));
    }
    const officials = c.officials.filter((o) => !o.byline);
    if (officials.length) {
      children.push(new Paragraph({ text: l.officials, heading: HeadingLevel.HEADING_2 }));
      for (const o of officials) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: o.name, bold: true }), new TextRun(o.titles.length ? ` — ${o.titles.join(', ')}` : '')] }));
    }
    if (c.documents.length) {
      children.push(new Paragraph({ text: l.documents, heading: HeadingLevel.HEADING_2 }));
      for (const d of c.documents) {
        const when = d.date ? `, ${dateInWords(d.date, lang)}` : '';
        children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: d.key, bold: true }), new TextRun(` — ${documentInWords(d, lang)}${when}`)] }));
      }
    }
    if (c.note.trim()) children.push(labelled(l.note, c.note.trim()));
  });
  const doc = new Document({ creator: 'Dân vận Lens', title: title ?? l.report, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
