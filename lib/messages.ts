/**
 * Typed messages between the content script and the background, in one place.
 * Handlers are pure functions of (message, sender) so they can be tested
 * without a browser.
 */

/** The page's counts, for the toolbar badge. */
export interface CountsMessage {
  type: 'dvlens:counts';
  state: 'annotated' | 'not-article' | 'off';
  total: number;
}

/** The page is English: inject the English extractor (compromise) into this frame. */
export interface NeedEnglishMessage {
  type: 'dvlens:need-english';
}

/** From the popup: annotate this tab now, whatever the page and the mode (the toolbar click). */
export interface AnnotateTabMessage {
  type: 'dvlens:annotate-tab';
  tabId: number;
}

/** Every message the background understands. */
export type Message = CountsMessage | NeedEnglishMessage | AnnotateTabMessage;

/** Is `x` one of our messages? (Pages cannot send to us, but other extensions' shapes differ.) */
export function isMessage(x: unknown): x is Message {
  const type = !!x && typeof x === 'object' ? (x as { type?: unknown }).type : undefined;
  return type === 'dvlens:counts' || type === 'dvlens:need-english' || type === 'dvlens:annotate-tab';
}

/** The badge text for a page's counts: the number of entities, or nothing for non-articles. */
export function badgeText(m: CountsMessage): string {
  if (m.state === 'not-article' || m.total === 0) return '';
  return m.total > 999 ? '999+' : String(m.total);
}
