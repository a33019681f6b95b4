// @vitest-environment happy-dom
/**
 * Where the CSS Custom Highlight API is missing (happy-dom has none), marks
 * wrap their text in <dvlens-mark data-kind>, never <span>/<mark>; the text
 * content is unchanged, and undoing restores the original nodes.
 */
import { describe, expect, it } from 'vitest';
import { applyMarks, findMarks, hasHighlightApi, showKinds } from '@/lib/live/highlight';
import { readHtml } from '@/lib/reader/reading';

/** Read the page as the background does (from its HTML), then map the reading onto the live document. */
const annotate = () => findMarks(document, readHtml(document.documentElement.outerHTML, 'https://baotinh.vn/a.html', { forced: true }), { mode: 'articles', forced: true });

const ARTICLE = `
<header><div>Thứ Hai, 25/11/2024</div><nav><a href="/">Trang chủ</a></nav></header>
<article>
  <h1>Ban Dân vận Tỉnh ủy làm việc tại huyện</h1>
  <p>Sáng 16/7, đồng chí <b>Trịnh Văn Khải</b>, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác dân vận, việc thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua "Dân vận khéo" trên địa bàn.</p>
  <p>Theo báo cáo, các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, gắn với Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.</p>
  <p>Phát biểu kết luận, đồng chí Trịnh Văn Khải đề nghị Huyện ủy làm tốt công tác nắm tình hình Nhân dân, đối thoại với Nhân dân, giải quyết kịp thời các kiến nghị chính đáng, nhất là trước thời điểm ngày 01/7/2025.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/x">Đồng chí Lê Quang Vũ, Chủ tịch UBND tỉnh tiếp xúc cử tri</a></li></ul></aside>`;

describe('fallback marks', () => {
  it('wraps mentions in dvlens-mark without changing the text, and undoes cleanly', async () => {
    document.body.innerHTML = ARTICLE;
    expect(hasHighlightApi(window)).toBe(false);
    const before = document.body.textContent;
    const html = document.body.innerHTML;
    const ann = await annotate();
    expect(ann.state).toBe('annotated');
    const undo = applyMarks(document, window, ann.marks);
    const marks = Array.from(document.querySelectorAll('dvlens-mark'));
    expect(marks.map((m) => `${m.getAttribute('data-kind')}:${m.textContent}`)).toEqual([
      'date:Sáng 16/7',
      'official:Trịnh Văn Khải',
      'document:Nghị quyết số 25-NQ/TW',
      'document:Quyết định số 23-QĐ/TW',
      'date:ngày 30/7/2021',
      'official:Trịnh Văn Khải',
      'date:ngày 01/7/2025',
    ]);
    expect(document.querySelector('aside dvlens-mark, header dvlens-mark')).toBeNull();
    expect(document.querySelectorAll('span, mark')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
    undo();
    expect(document.querySelectorAll('dvlens-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('maps within the located body, and over the whole page when the page has changed since', async () => {
    document.body.innerHTML = ARTICLE;
    const reading = readHtml(document.documentElement.outerHTML, 'https://baotinh.vn/a.html', { forced: true });
    expect(reading.container?.path.length).toBeGreaterThan(0);
    const kinds = async (r: typeof reading) => (await findMarks(document, r, { mode: 'articles', forced: true })).marks.map((m) => `${m.kind}:${m.range.toString()}`);
    const located = await kinds(reading);
    expect(located).toHaveLength(7);
    // A stale location (the header) holds none of the blocks: the whole page is read instead, with the same result.
    expect(await kinds({ ...reading, container: { path: [0], blocks: reading.container?.blocks ?? 1 } })).toEqual(located);
    expect(await kinds({ ...reading, container: { path: [9, 9, 9], blocks: 1 } })).toEqual(located);
  });

  it('keeps a hidden kind wrapped but uncoloured, and shows it again', async () => {
    document.body.innerHTML = ARTICLE;
    const ann = await annotate();
    const undo = applyMarks(document, window, ann.marks, { official: false, document: true, date: true });
    const off = () => Array.from(document.querySelectorAll('dvlens-mark[data-off]')).map((m) => m.getAttribute('data-kind'));
    expect(off()).toEqual(['official', 'official']);
    showKinds(window, ann.marks, { official: true, document: false, date: true });
    expect(off()).toEqual(['document', 'document']);
    undo();
  });
});
