/**
 * Run an expensive regex only around the places a cheap trigger regex finds.
 * Most text has no digits or keywords near it, so this turns a scan of every
 * position into a few short scans. Windows start and end at white space so
 * word-edge lookbehinds see the same context as on the whole text.
 */
import { isSpaceCode } from './chars';

/** Merged `[start, end)` windows of ±`before`/`after` characters around each `trigger` hit. */
export function windowsAround(text: string, trigger: RegExp, before: number, after: number): [number, number][] {
  const windows: [number, number][] = [];
  trigger.lastIndex = 0;
  let t: RegExpExecArray | null = trigger.exec(text);
  while (t !== null) {
    let s = Math.max(0, t.index - before);
    let e = Math.min(text.length, t.index + t[0].length + after);
    // Widen to white space, but only a little: text without spaces must not make this quadratic.
    for (let k = 0; k < 24 && s > 0 && !isSpaceCode(text.charCodeAt(s - 1)); k++) s--;
    for (let k = 0; k < 24 && e < text.length && !isSpaceCode(text.charCodeAt(e)); k++) e++;
    const last = windows[windows.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
    if (t[0].length === 0) trigger.lastIndex++;
    t = trigger.exec(text);
  }
  return windows;
}

/**
 * Matches of `full` (global) inside `windows` of `text` (from {@link windowsAround}), as `slice.matchAll(full)`
 * would give them. An `exec` loop on `full` itself: `matchAll` clones the regex for every window, which cost
 * more than the matching.
 */
export function matchIn(text: string, windows: readonly [number, number][], full: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  const unicode = full.unicode || full.unicodeSets;
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    full.lastIndex = 0;
    for (let m = full.exec(slice); m !== null; m = full.exec(slice)) {
      // An empty match steps on one character (a whole code point in a unicode regex), as matchAll does.
      if (m[0].length === 0) full.lastIndex = nextIndex(slice, full.lastIndex, unicode);
      m.index += s;
      out.push(m);
    }
  }
  return out;
}

/** The index after `i` in `s`: one unit, or a surrogate pair when `unicode`. */
function nextIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** Matches of `full` (global) inside windows of ±`before`/`after` characters around each `trigger` hit. */
export function matchAround(text: string, trigger: RegExp, full: RegExp, before: number, after: number): RegExpMatchArray[] {
  return matchIn(text, windowsAround(text, trigger, before, after), full);
}
