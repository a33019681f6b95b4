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

/** Matches of `full` (global) inside `windows` of `text` (from {@link windowsAround}). */
export function matchIn(text: string, windows: readonly [number, number][], full: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    for (const m of slice.matchAll(full)) {
      m.index = (m.index ?? 0) + s;
      out.push(m);
    }
  }
  return out;
}

/** Matches of `full` (global) inside windows of ±`before`/`after` characters around each `trigger` hit. */
export function matchAround(text: string, trigger: RegExp, full: RegExp, before: number, after: number): RegExpMatchArray[] {
  return matchIn(text, windowsAround(text, trigger, before, after), full);
}
