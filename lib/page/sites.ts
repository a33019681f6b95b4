/**
 * Where the content script runs by itself: every .vn site and the main
 * Vietnamese outlets outside that domain. Anywhere else the reader clicks.
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
