/**
 * Where the content script runs by itself: every .vn site and the main
 * Vietnamese outlets outside that domain. Anywhere else the reader clicks,
 * or adds the site in the options page.
 */
export const SITE_MATCHES = [
  '*://*.vn/*',
  '*://baomoi.com/*',
  '*://*.baomoi.com/*',
  '*://vnexpress.net/*',
  '*://*.vnexpress.net/*',
  '*://*.rfa.org/vietnamese/*',
  '*://*.bbc.com/vietnamese/*',
];

/** Is every page of `host` already covered by {@link SITE_MATCHES}? (rfa.org and bbc.com are covered only in part.) */
export function builtInSite(host: string): boolean {
  return /(^|\.)(vn|baomoi\.com|vnexpress\.net)$/.test(host);
}
