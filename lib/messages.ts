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

/** Every message the background understands. */
export type Message = CountsMessage;

/** Is `x` one of our messages? (Pages cannot send to us, but other extensions' shapes differ.) */
export function isMessage(x: unknown): x is Message {
  return !!x && typeof x === 'object' && (x as { type?: unknown }).type === 'dvlens:counts';
}

/** The badge text for a page's counts: the number of entities, or nothing for non-articles. */
export function badgeText(m: CountsMessage): string {
  if (m.state === 'not-article' || m.total === 0) return '';
  return m.total > 999 ? '999+' : String(m.total);
}
