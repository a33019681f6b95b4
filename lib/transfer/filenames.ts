/**
 * File names that work on Windows, macOS and Linux and stay readable in
 * Vietnamese: letters with their diacritics kept (NFC), characters Windows
 * forbids (`<>:"/\|?*`, control characters) replaced, no trailing dot or
 * space, no reserved device name (CON, NUL, COM1…), at most 120 UTF-16
 * units, and unique within one export. A long name is cut after a whole
 * word when that keeps most of it, else inside the word, never inside a
 * letter with its marks or an emoji (a title of one 300-letter word, or of
 * emoji only, keeps a readable name).
 */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The longest start of `s` of at most `max` UTF-16 units made of whole graphemes (a letter with its marks, an emoji). */
function graphemesUpTo(s: string, max: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** A safe file name stem for `title` (without extension). */
export function safeStem(title: string, max = 120): string {
  let s = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    // A zero-width joiner stays only inside an emoji sequence ("👨‍👩‍👧"), between two characters.
    .replace(/(^|\s)\u200d+|\u200d+(?=\s|$)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > max) {
    const head = graphemesUpTo(s, max);
    // After a whole word when that keeps at least half of the name; else inside the word.
    const words = s[head.length] === ' ' ? head : head.replace(/\s+\S*$/, '');
    s = words.length >= max / 2 ? words : head;
  }
  s = s.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (!s || RESERVED.test(s.split('.')[0] ?? '')) s = `_${s || 'clip'}`;
  return s;
}

/** A function giving unique names within one export: the second "Hội nghị.md" becomes "Hội nghị (2).md". */
export function uniqueNames(): (stem: string, ext: string) => string {
  const used = new Set<string>();
  return (stem, ext) => {
    let name = `${stem}${ext}`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem} (${i})${ext}`;
    used.add(name.toLowerCase());
    return name;
  };
}
