/**
 * WordprocessingML (the XML inside a .docx) written as strings, for the long
 * parts of the report: activities and appendix tables. The elements and
 * their order are those the `docx` library writes for the same paragraphs,
 * runs, links and tables (the order the schema asks for); only the object
 * tree is skipped — building, walking and serialising one object per
 * paragraph, run and cell is where `docx` spent ~3 s of CPU on a
 * 2,000-clip report. Every function returns a string that callers collect
 * in an array and join once, so the document is written in time linear in
 * its size.
 */
import { xmlChars } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/g;
const HAS_SPECIAL = /[&<>"]/;

/** `s` as XML text or attribute value: markup characters escaped, characters XML 1.0 cannot hold left out. */
export function esc(s: string): string {
  const t = xmlChars(s);
  return HAS_SPECIAL.test(t) ? t.replace(SPECIAL, (c) => ESCAPES[c] as string) : t;
}

/** Formatting of a run. */
export interface RunProps {
  /** A character style's id. */
  style?: string;
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
}

/** A run of text (`<w:r>`), its text escaped. */
export function run(text: string, o: RunProps = {}): string {
  const props = `${o.style ? `<w:rStyle w:val="${o.style}"/>` : ''}${o.bold ? '<w:b/><w:bCs/>' : ''}${o.italics ? '<w:i/><w:iCs/>' : ''}${o.size ? `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** Properties of a paragraph, in the schema's order. */
export interface ParagraphProps {
  /** A paragraph style's id. */
  style?: string;
  keepNext?: boolean;
  /** A bottom border line (`size` in eighths of a point). */
  bottomBorder?: number;
  /** Space after, in twips. */
  after?: number;
  align?: 'center' | 'both';
}

/** A paragraph (`<w:p>`) of already written runs and links. */
export function paragraph(children: string, o: ParagraphProps = {}): string {
  const props = `${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}${o.keepNext ? '<w:keepNext/>' : ''}${o.bottomBorder ? `<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="${o.bottomBorder}" w:space="1"/></w:pBdr>` : ''}${o.after !== undefined ? `<w:spacing w:after="${o.after}"/>` : ''}${o.align ? `<w:jc w:val="${o.align}"/>` : ''}`;
  if (!props && !children) return '<w:p/>';
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${children}</w:p>`;
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * The external links of a document: one relationship per address, however
 * often it is linked; {@link Links.xml} is what goes into
 * `word/_rels/document.xml.rels`. Ids carry a prefix of their own so they
 * never meet the ids `docx` gives its parts (`rId1`, `rId2`, …).
 */
export class Links {
  private readonly ids = new Map<string, string>();

  /** A hyperlink (`<w:hyperlink>`) to `url` showing `text` in the Hyperlink character style. */
  link(url: string, text: string, size?: number): string {
    let id = this.ids.get(url);
    if (id === undefined) {
      id = `dvlensLink${this.ids.size + 1}`;
      this.ids.set(url, id);
    }
    return `<w:hyperlink w:history="1" r:id="${id}">${run(text, { style: 'Hyperlink', size })}</w:hyperlink>`;
  }

  /** The `<Relationship>` elements of the links made so far. */
  xml(): string {
    const out: string[] = [];
    for (const [url, id] of this.ids) out.push(`<Relationship Id="${id}" Type="${HYPERLINK}" Target="${esc(url)}" TargetMode="External"/>`);
    return out.join('');
  }
}

/** A table cell's content: lines of plain text, or one paragraph of written runs and links. */
export type Cell = string | { xml: string };

/** How a table looks: column widths (twips), cell margins, borders, which columns are centred, each row's paragraph style. */
export interface TableLayout {
  /** The table's width in twips. */
  width: number;
  /** Column widths in twips. */
  widths: number[];
  /** Cell margins in twips; none for the table style's. */
  margins?: { top: number; bottom: number; left: number; right: number };
  borders: boolean;
  center?: boolean[];
  headStyle?: string;
  bodyStyle?: string;
}

const edges = (val: string, sz: number) => ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((e) => `<w:${e} w:val="${val}" w:color="auto" w:sz="${sz}"/>`).join('');

/** The start of a table (`<w:tbl>`, its properties and grid), to be followed by rows and {@link TABLE_END}. */
export function tableStart(t: TableLayout): string {
  const m = t.margins;
  const margins = m ? `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar>` : '';
  const grid = t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${t.width}"/><w:tblBorders>${t.borders ? edges('single', 4) : edges('none', 0)}</w:tblBorders>${margins}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
}

/** The end of a table begun with {@link tableStart}. */
export const TABLE_END = '</w:tbl>';

/** A row of a table begun with {@link tableStart}; `head` rows repeat on every page. Rows never split across pages. */
export function tableRow(t: TableLayout, cells: Cell[], head = false): string {
  const out: string[] = [head ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/></w:trPr>'];
  const style = head ? t.headStyle : t.bodyStyle;
  cells.forEach((c, i) => {
    const align = head || t.center?.[i] ? 'center' : undefined;
    out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${t.widths[i] ?? 0}"/></w:tcPr>`);
    if (typeof c === 'string') for (const line of c.split('\n')) out.push(paragraph(line ? run(line) : '', { style, align }));
    else out.push(paragraph(c.xml, { style }));
    out.push('</w:tc>');
  });
  out.push('</w:tr>');
  return out.join('');
}

/** A table cell of free paragraphs (the heading block), with its width in twips. */
export function freeCell(width: number, paragraphs: string[]): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
}
