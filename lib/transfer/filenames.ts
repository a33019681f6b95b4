/**
 * File names that work on Windows, macOS and Linux and stay readable in
 * Vietnamese: letters with their diacritics kept (NFC), characters Windows
 * forbids (`<>:"/\|?*`, control characters) replaced, no trailing dot or
 * space, no reserved device name (CON, NUL, COM1…), at most 120 UTF-16
 * units, and unique within one export.
 */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A safe file name stem for `title` (without extension). */
export function safeStem(title: string, max = 120): string {
  let s = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > max) s = s.slice(0, max).replace(/\s+\S*$/, '') || s.slice(0, max);
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
