/**
 * The report as a Word file (.docx, with the `docx` library the plain Word
 * export already uses): A4, Times New Roman 14 (13 in tables), the margins
 * of Nghị định 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right
 * 15 mm), the page number centred in the top margin from the second page,
 * the heading block of an administrative document, real headings (Word's
 * navigation pane and mammoth see them) and real tables with a repeated
 * header row. Page text only ever goes in as text runs, which `docx`
 * escapes; links are made only of http(s) addresses.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { dateInWords } from '../shared/describe';
import type { Report, ReportItem } from './build';
import { fillLabel, REPORT_LABELS, shortDay } from './labels';

/** Progress of a file being built: `done` of `total` steps. */
export type Progress = (done: number, total: number) => void;

const FONT = 'Times New Roman';
/** Half-points: 14 pt for text, 13 pt in tables. */
const SIZE = 28;
const TABLE_SIZE = 26;
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Millimetres in twips, rounded (docx's own converter rounds down: A4 would come out a twip short of Word's 11906 × 16838). */
const mm = (x: number) => Math.round((x * 1440) / 25.4);
/** A4 in millimetres. */
const A4 = { width: 210, height: 297 };
/** The width of the text, in twips. */
const TEXT_WIDTH = mm(A4.width - MARGINS_MM.left - MARGINS_MM.right);

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, ...o });
const para = (children: ParagraphChild[], o: { center?: boolean; after?: number } = {}) =>
  new Paragraph({ children, alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, spacing: { after: o.after ?? 80 } });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, keepNext: true });
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** A link to `url` when it is a web address, its text otherwise. */
function link(url: string, size?: number): ParagraphChild {
  const text = run(url, { size });
  return isWebLink(url) ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink', size })] }) : text;
}

/** A table cell: its lines as paragraphs of the table styles (no run properties: fewer XML elements per cell, which is what the time of a large table goes to). */
function cell(text: string | ParagraphChild[], o: { head?: boolean; center?: boolean } = {}): TableCell {
  const style = o.head ? 'TableHead' : 'TableText';
  const alignment = o.head || o.center ? AlignmentType.CENTER : undefined;
  const children = typeof text === 'string' ? text.split('\n').map((l) => new Paragraph({ text: l, style, alignment })) : [new Paragraph({ children: text, style })];
  return new TableCell({ children });
}

/** A table with a header row repeated on every page; `shares` are the columns' relative widths. */
function table(headers: string[], shares: number[], rows: (string | ParagraphChild[])[][], center: boolean[] = []): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, { head: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { center: center[i] })) })),
    ],
  });
}

/** The heading block: bodies and number on the left, the national line and place-and-date on the right, without borders. */
function headingBlock(r: Report): Table {
  const l = REPORT_LABELS[r.lang];
  const left = TEXT_WIDTH * 0.42;
  const right = TEXT_WIDTH - left;
  const centered = (children: TextRun[]) => new Paragraph({ children, alignment: AlignmentType.CENTER });
  const rule = new Paragraph({ alignment: AlignmentType.CENTER, children: [run('*', { size: SIZE })] });
  const leftCell = new TableCell({
    width: { size: left, type: WidthType.DXA },
    children: [
      centered([run(r.heading.parent.toUpperCase() || l.blank, { size: SIZE })]),
      centered([run(r.heading.body.toUpperCase() || l.blank, { bold: true, size: SIZE })]),
      rule,
      centered([run(l.number, { size: SIZE })]),
    ],
  });
  const rightCell = new TableCell({
    width: { size: right, type: WidthType.DXA },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [run(l.national, { bold: true, size: SIZE })] }),
      new Paragraph({ text: '' }),
      centered([run(fillLabel(l.placeDate, r.heading.place || l.blank), { italics: true, size: SIZE })]),
    ],
  });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [left, right], borders: TableBorders.NONE, rows: [new TableRow({ children: [leftCell, rightCell] })] });
}

/** An activity: date and headline, site, summary, officials, documents, note, source (paragraph styles, not per-paragraph properties). */
function itemParagraphs(item: ReportItem, r: Report): Paragraph[] {
  const l = REPORT_LABELS[r.lang];
  const when = item.day ? `${shortDay(item.day, r.lang)} — ` : '';
  const line = (children: ParagraphChild[]) => new Paragraph({ children, style: 'ItemLine' });
  const label = (text: string) => new TextRun({ text: `${text}: `, style: 'Label' });
  const out = [new Paragraph({ style: 'ItemHead', children: [new TextRun({ text: `${when}${item.title}`, style: 'Label' }), run(` (${item.site})`, { italics: true })] })];
  for (const s of item.summary) out.push(line([new TextRun(s)]));
  if (item.officials.length) out.push(line([label(l.itemOfficials), new TextRun(item.officials.map((o) => (o.titles.length ? `${o.name} (${o.titles.join(', ')})` : o.name)).join('; '))]));
  if (item.documents.length) out.push(line([label(l.itemDocuments), new TextRun(item.documents.join('; '))]));
  if (item.note) out.push(line([label(l.itemNote), run(item.note, { italics: true })]));
  out.push(new Paragraph({ style: 'ItemSource', children: [label(l.itemSource), link(item.url)] }));
  return out;
}

/** The report as .docx bytes; `onProgress` is told of each activity and table written. */
export async function reportDocx(r: Report, onProgress: Progress = () => {}): Promise<Uint8Array> {
  const l = REPORT_LABELS[r.lang];
  const total = r.items.length + r.undated.length + 4;
  let done = 0;
  const step = (n = 1) => {
    done += n;
    if (done % 100 === 0 || n > 1 || done === total) onProgress(Math.min(done, total), total);
  };
  const children: (Paragraph | Table)[] = [headingBlock(r), new Paragraph({ text: '' })];
  children.push(new Paragraph({ text: l.docType, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(r.subject, { bold: true })] }));

  children.push(heading(`I. ${l.counts}`, HeadingLevel.HEADING_1));
  children.push(para([run(`${l.period}: ${r.periodWords} (${shortDay(r.period.from, r.lang)} – ${shortDay(r.period.to, r.lang)}).`)]));
  children.push(para([run(fillLabel(l.countsLine, r.counts.articles, r.counts.sites, r.counts.officials, r.counts.documents))]));
  if (r.counts.undated) children.push(para([run(fillLabel(l.undatedLine, r.counts.undated))]));

  children.push(heading(`II. ${l.activities}`, HeadingLevel.HEADING_1));
  if (!r.groups.length) children.push(para([run(l.none)]));
  r.groups.forEach((g, i) => {
    children.push(heading(`${i + 1}. ${g.label} (${g.items.length})`, HeadingLevel.HEADING_2));
    for (const item of g.items) {
      children.push(...itemParagraphs(item, r));
      step();
    }
  });
  if (r.undated.length) {
    children.push(heading(`III. ${l.undated} (${r.undated.length})`, HeadingLevel.HEADING_1));
    for (const item of r.undated) {
      children.push(...itemParagraphs(item, r));
      step();
    }
  }

  const none = (rows: unknown[]) => (rows.length ? [] : [para([run(l.none)])]);
  children.push(heading(`${l.officials} (${r.officials.length})`, HeadingLevel.HEADING_1), ...none(r.officials));
  if (r.officials.length)
    children.push(table([l.no, l.name, l.titles, l.articles, l.first, l.last], [5, 17, 38, 8, 12, 12], r.officials.map((o, i) => [String(i + 1), o.name, o.titles.join('\n'), String(o.articles), shortDay(o.first, r.lang), shortDay(o.last, r.lang)]), [true, false, false, true, true, true]));
  step();
  children.push(heading(`${l.documents} (${r.documents.length})`, HeadingLevel.HEADING_1), ...none(r.documents));
  if (r.documents.length)
    children.push(
      table(
        [l.no, l.document, l.kindIssuer, l.docDate, l.citing, l.firstCited, l.lastCited],
        [5, 17, 28, 14, 8, 12, 12],
        r.documents.map((d, i) => [String(i + 1), d.key, d.words, d.date ? dateInWords(d.date, r.lang) : '', String(d.articles), shortDay(d.first, r.lang), shortDay(d.last, r.lang)]),
        [true, false, false, false, true, true, true],
      ),
    );
  step();
  children.push(heading(`${l.timeline} (${r.timeline.length})`, HeadingLevel.HEADING_1), ...none(r.timeline));
  if (r.timeline.length)
    children.push(table([l.no, l.date, l.what, l.source], [5, 14, 51, 30], r.timeline.map((e, i) => [String(i + 1), e.date.length > 10 ? `${shortDay(e.date.slice(0, 10), r.lang)} ${e.date.slice(11)}` : shortDay(e.date, r.lang), e.what, [run(`${e.source} (${e.site}) `), link(e.url)]]), [true]));
  step();

  const doc = new Document({
    creator: 'Dân vận Lens',
    title: r.subject,
    styles: {
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { font: FONT, size: TABLE_SIZE }, paragraph: { spacing: { line: 240, after: 0 } } },
        { id: 'TableHead', name: 'Table Heading', basedOn: 'TableText', run: { bold: true } },
        { id: 'ItemHead', name: 'Activity', basedOn: 'Normal', next: 'ItemLine', paragraph: { keepNext: true, spacing: { after: 40 }, alignment: AlignmentType.JUSTIFIED } },
        { id: 'ItemLine', name: 'Activity Detail', basedOn: 'Normal', paragraph: { spacing: { after: 40 }, alignment: AlignmentType.JUSTIFIED } },
        { id: 'ItemSource', name: 'Activity Source', basedOn: 'ItemLine', paragraph: { spacing: { after: 160 } } },
      ],
      characterStyles: [{ id: 'Label', name: 'Label', run: { bold: true } }],
      default: {
        document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: SIZE, bold: true, color: '000000' } },
        heading1: { run: { font: FONT, size: SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: SIZE, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(A4.width), height: mm(A4.height) },
            margin: {
              top: mm(MARGINS_MM.top),
              bottom: mm(MARGINS_MM.bottom),
              left: mm(MARGINS_MM.left),
              right: mm(MARGINS_MM.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          // The page number, centred in the top margin, from the second page on (Nghị định 30/2020/NĐ-CP, Phụ lục I).
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE })] })] }),
          first: new Header({ children: [new Paragraph({ text: '' })] }),
        },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  step();
  return bytes;
}
