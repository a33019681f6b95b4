/**
 * Trim what leads or trails a news body after the extractor has found it:
 * section labels, datelines and "Sign in" lines before the story; "Tin liên
 * quan", "Xem thêm", share and comment prompts, tags, view counters,
 * copyright and contact lines after it; photo captions and credits; blocks
 * repeated word for word. A byline or a source line ("Minh Phong (Nguồn:
 * QBTV.vn)") at the end is kept as metadata, not body. Works on the body's
 * blocks (paragraph-sized strings), so it is the same in the page and in Node.
 */

/** The trimmed body and what was learnt on the way. */
export interface TrimmedBody {
  blocks: string[];
  /** A byline found at the end of the body ("Thanh Thy"), without its source. */
  byline: string | null;
  /** A source line's outlet ("QBTV.vn" from "Nguồn: QBTV.vn"). */
  source: string | null;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Ends like a sentence (a full stop, a question, a quotation closing one). */
export const sentence = (s: string) => /[.!?…]["”’»)]?$/.test(s.trim());
/** The form {@link trimBody} compares texts in (also for the `linked` set). */
export const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A heading that opens a list of other stories: everything short after it goes too. */
const RELATED =
  /^(tin liên quan|bài liên quan|từ khóa|từ khoá|tags?|topics|keywords|also on [\w.]+|about the author|more great [\w ]{1,20} stories|more:|tin cùng chuyên mục|tin khác|tin mới( nhất)?|tin đọc nhiều|đọc nhiều( nhất)?|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|các tin khác|các bài (viết )?khác|you may also like|related( stories| articles| coverage| content| posts| news)?|read (more|next)|more (from|on|stories|news|in)\b|more [\w ]{1,30} news|recommended( for you| stories)?|most (popular|read)|trending( now)?|don't miss|popular (stories|posts)|latest (news|stories)|top stories)\b.{0,40}$/i;

/** A block that is never article text, wherever it is. */
const NOISE =
  /^(chia sẻ( bài viết)?|chia sẻ:?|bình luận( \(\d+\))?|gửi bình luận|ý kiến bạn đọc|từ khóa|từ khoá|tags?|topics?|keywords?|số lượt (người )?xem|lượt xem|lượt đọc|in bài( viết)?|quảng cáo|advert(isement)?|sponsored( content)?|share( this( article| story)?| on \w+)?|comments?( \(\d+\))?|leave a (comment|reply)|print|email|image|caption|close|warning|sign in|sign up|log in|subscribe( now)?|newsletters?|follow us.*|back to top|về đầu trang|trở lại đầu trang|advertise with us|privacy (notice|policy)|terms of (use|service)|contact( us)?|continue reading( below)?|want more stories like this\??|this slideshow requires javascript|this (web)?site uses cookies|get breaking news|like this (story|article)\?.*|enlarge image|tell us what you think.*|click here to .*|(published|updated|cập nhật|đăng)( lúc| ngày)?\s*:)\b.{0,100}$|^(read more|see more|also read|also|related|more|xem thêm|đọc thêm|tin liên quan|xem tiếp)\s*:\s*.{3,140}$/i;

/** Copyright, contact and social lines that end a page. */
const FOOTER =
  /©|copyright|all rights reserved|may be reproduced|^\(?(reporting|writing|editing|additional reporting) by\b|may be reached at|^have a tip\?|\b(inbox|newsletters?)\b|^listen (to|back|live)\b|^if you enjoyed this\b|^citation:|^retrieved \d|^from https?:|^\|?\s*(updated|published)\b|^(email|follow|join|contact) .{0,80}\b(at|on|our)\b|^\p{L}[\p{L}.' -]{2,40} (is|was) an? ([\w-]+ ){0,3}(writer|reporter|journalist|correspondent|editor|contributor|columnist)\b|bản quyền|giấy phép (số|hoạt động)|đường dây nóng|hotline|^(tel|fax|điện thoại|email|e-mail)\s*:|@[\w.-]+\.\w{2,}$|^https?:\/\/|^(www\.)?[\w-]+\.(com|net|org|vn)\/?\S*$|^twitter\.com\//iu;

/** A caption or credit: "Ảnh: Minh Châu", "Photo: …", "…Credit: Getty", "(AP Photo/…)". */
const CAPTION =
  /^(getty images|reuters|afp|ap|shutterstock|epa)$|^©\s*[^\n]{2,40}$|^(ảnh|photo|image|credit|video|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)\s*[:：]|^\d+\s?of\s?\d+\S|((credit|photo|ảnh|image)\s*:\s*[^.]{1,60}|\((ap |reuters |afp )?photo\/[^)]*\)|\((image|photo|picture|ảnh)( credit)?s?\s*:[^)]*\)|\(photo by [^)]*\)|[|/]\s*(getty images|reuters|afp|ap|shutterstock|bloomberg|epa)|ảnh minh (họa|hoạ))\.?$/i;

/** "Nguồn: QBTV.vn", "(Nguồn: …)", "Theo VNA", "Source: Reuters". */
const SOURCE_LINE = /^\(?(nguồn|theo|source)\s*:?\s*([^()]{2,60}?)\)?\.?$/i;
/** "Minh Phong (Nguồn: QBTV.vn)", "Thanh Thy - Hoàng Anh", "By Jane Doe". */
const BYLINE = /^(?:[Bb]y\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,5}(?:\s*[-–,&]\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,5})*)(?:\s*\((?:[Nn]guồn|[Tt]heo|[Ss]ource)\s*:?\s*([^)]+)\))?\.?$/u;

/** Is this short block a caption, a share prompt or other noise? With `end`, copyright and contact lines too. */
/** Site notices that can run long: cookies, affiliate links. */
const NOTICE = /^(this (web)?site uses cookies|we use cookies|this (post|article|page) (may )?contains? affiliate)/i;

function noise(block: string, end = false): boolean {
  const b = block.trim();
  return NOISE.test(b) || NOTICE.test(b) || (words(b) <= 60 && CAPTION.test(b)) || (end && FOOTER.test(b) && words(b) <= 40);
}

/**
 * Trim the blocks of an extracted body. `title` (the page's headline) is
 * dropped when it leads the body; `linked` holds the texts of the body's
 * links, so that a list of links after the story goes while a list of facts
 * stays.
 */
export function trimBody(input: string[], title: string | null = null, linked: Set<string> = new Set()): TrimmedBody {
  let blocks = input.map((b) => b.trim()).filter(Boolean);
  // Long blocks are the story; with none, there is nothing to trim against.
  const long = (b: string) => words(b) >= 20 && sentence(b);
  if (!blocks.some(long)) return { blocks, byline: null, source: null };

  // Repeated blocks (captions shown twice, a pull quote): keep the first.
  const seen = new Set<string>();
  blocks = blocks.filter((b) => {
    const k = norm(b);
    if (k.length < 20) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });

  // Before the story: the headline, section labels, datelines, "By …", "Sign in".
  const head = title ? norm(title) : null;
  while (blocks.length && !long(blocks[0] ?? '')) {
    const b = blocks[0] ?? '';
    if ((head && norm(b) === head) || noise(b, true) || (words(b) < 12 && !sentence(b))) blocks.shift();
    else break;
  }

  // Inside: captions and noise; a "related" heading takes the short blocks after it.
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] ?? '';
    if (RELATED.test(b) && !long(b)) {
      // …the teasers under it: links, or lines that are not sentences; a sentence of the story ends the list.
      const teaser = (x: string) => !long(x) && (linked.has(norm(x)) || !sentence(x));
      while (i + 1 < blocks.length && teaser(blocks[i + 1] ?? '')) i++;
      continue;
    }
    if (!long(b) && noise(b)) continue;
    // An all-capitals headline that is a link: another story, promoted inside this one.
    if (words(b) >= 4 && words(b) <= 25 && b === b.toUpperCase() && linked.has(norm(b))) continue;
    kept.push(b);
  }
  blocks = kept;

  // After the story: short lines that are not sentences, noise, a byline and a source.
  let byline: string | null = null;
  let source: string | null = null;
  while (blocks.length) {
    const b = (blocks[blocks.length - 1] ?? '').trim();
    // The story's last paragraph ends the trimming, unless it is a notice (cookies, newsletter, credits).
    if (long(b) && !noise(b, true)) break;
    const src = SOURCE_LINE.exec(b);
    const by = words(b) <= 12 ? BYLINE.exec(b) : null;
    if (src && words(b) <= 10) source ??= src[2]?.trim() ?? null;
    else if (by && !sentence(b.replace(/\)$/, ''))) {
      byline ??= by[1]?.trim() ?? null;
      if (by[2]) source ??= by[2].trim();
    } else if (!(noise(b, true) || (words(b) < 8 && !sentence(b) && (words(b) < 4 || linked.has(norm(b)))))) break;
    blocks.pop();
  }
  return { blocks, byline, source };
}
