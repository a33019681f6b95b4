/**
 * The reader's settings, kept in `browser.storage.local` under one key each:
 * annotation mode, which kinds are highlighted and in which colour, summary
 * length, and extra sites annotated automatically. Reading is forgiving (a
 * missing or damaged value falls back to its default); colours are checked
 * for readable text on light and dark pages before they are used.
 */
import { highlightName, KIND_IDS, KINDS, type Kind, perKind } from './kinds';

/** When to annotate without a click: dân vận articles, every article, or only when the reader asks. */
export type AnnotateMode = 'dan-van' | 'articles' | 'click';

/** Everything the options page sets. */
export interface Settings {
  mode: AnnotateMode;
  /** Which kinds are highlighted. */
  kinds: Record<Kind, boolean>;
  /** Highlight colour of each kind, `#rrggbb` (drawn translucent, see {@link highlightAlpha}). */
  colors: Record<Kind, string>;
  /** Sentences in a new clip's summary. */
  summaryLength: number;
  /** Host names annotated automatically besides the built-in sites ("baodantoc.com"). */
  sites: string[];
}

/** The storage keys of {@link Settings}. */
export const SETTING_KEYS = ['mode', 'kinds', 'colors', 'summaryLength', 'sites'] as const;

/** Summary lengths offered. */
export const SUMMARY_LENGTHS = [1, 2, 3, 4, 5, 6, 8] as const;

/** Colours offered per kind; any other `#rrggbb` is accepted when readable. */
export const PRESET_COLORS = ['#ffbe3c', '#50a0ff', '#3cc88c', '#ff7aa8', '#a070ff', '#ffe14d'] as const;

/** The defaults: dân vận articles only, every kind shown, three-sentence summaries, no extra sites. */
export const DEFAULT_SETTINGS: Settings = {
  mode: 'dan-van',
  kinds: perKind(() => true),
  colors: perKind((k) => KINDS[k].color),
  summaryLength: 3,
  sites: [],
};

const MODES: AnnotateMode[] = ['dan-van', 'articles', 'click'];
const HEX = /^#[0-9a-f]{6}$/i;

/** Settings from what storage holds, each value checked and defaulted. */
export function readSettings(raw: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  const kinds = (raw.kinds ?? {}) as Record<string, unknown>;
  const colors = (raw.colors ?? {}) as Record<string, unknown>;
  const n = raw.summaryLength;
  return {
    mode: MODES.includes(raw.mode as AnnotateMode) ? (raw.mode as AnnotateMode) : d.mode,
    kinds: perKind((k) => (typeof kinds[k] === 'boolean' ? kinds[k] : d.kinds[k])),
    colors: perKind((k) => {
      const c = colors[k];
      return typeof c === 'string' && HEX.test(c) && colorCheck(c).ok ? c.toLowerCase() : d.colors[k];
    }),
    summaryLength: typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 12 ? n : d.summaryLength,
    sites: Array.isArray(raw.sites) ? [...new Set(raw.sites.map((s) => (typeof s === 'string' ? parseSite(s) : null)).filter((s): s is string => !!s))] : [],
  };
}

/**
 * The host name a reader typed ("https://www.baodantoc.com/tin/…",
 * "Baodantoc.com", "*.baodantoc.com"), lower-case and punycoded, without
 * "www."; null when it is not a public host name.
 */
export function parseSite(input: string): string | null {
  const s = input.trim().replace(/^\*\./, '');
  if (!s || /\s/.test(s)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A dotted name with a letter in its last label: no IP addresses, no "localhost".
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || !/[a-z]/.test(host.slice(host.lastIndexOf('.') + 1))) return null;
  return host;
}

/** The match patterns for a site: the host and its subdomains, any scheme the browser allows. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** WCAG relative luminance of `#rrggbb` or an [r, g, b] triple. */
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const over = (top: number[], alpha: number, bottom: number[]) => top.map((v, i) => v * alpha + (bottom[i] ?? 0) * (1 - alpha));

/** WCAG contrast ratio of two colours given as [r, g, b]. */
export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The page styles a highlight is checked against: dark text on white, light text on near-black. */
export const PAGE_STYLES = {
  light: { background: [255, 255, 255], text: [33, 33, 33] },
  dark: { background: [18, 18, 18], text: [230, 230, 230] },
} as const;

/** Opacity of every highlight: strong enough to see, light enough to read through. */
export const HIGHLIGHT_ALPHA = 0.35;
/** Text on a highlight must keep WCAG AA contrast (4.5:1) on light and dark pages. */
export const MIN_TEXT_CONTRAST = 4.5;
/** A highlight must stand out from the page around it: the largest channel difference, 0–1 (hue counts, not only lightness). */
export const MIN_VISIBILITY = 0.17;

/** How a colour reads as a highlight on light and dark pages. */
export interface ColorCheck {
  ok: boolean;
  light: { text: number; visibility: number };
  dark: { text: number; visibility: number };
}

/** Check a highlight colour: text contrast and how much the highlight stands out, on both page styles. */
export function colorCheck(hex: string): ColorCheck {
  const c = rgb(hex);
  const on = (p: (typeof PAGE_STYLES)['light' | 'dark']) => {
    const bg = over(c, HIGHLIGHT_ALPHA, [...p.background]);
    return { text: contrast(bg, [...p.text]), visibility: Math.max(...bg.map((v, i) => Math.abs(v - (p.background[i] ?? 0)))) / 255 };
  };
  const light = on(PAGE_STYLES.light);
  const dark = on(PAGE_STYLES.dark);
  const ok = [light, dark].every((s) => s.text >= MIN_TEXT_CONTRAST && s.visibility >= MIN_VISIBILITY);
  return { ok, light, dark };
}

/** `#rrggbb` as the translucent CSS colour a highlight uses. */
export function highlightColor(hex: string): string {
  return `rgba(${rgb(hex).join(', ')}, ${HIGHLIGHT_ALPHA})`;
}

/** The page stylesheet for highlights in these colours (Custom Highlight API and the `<dvlens-mark>` fallback). */
export function highlightCss(colors: Record<Kind, string>): string {
  const rules = KIND_IDS.map(
    (k) => `::highlight(${highlightName(k)}) { background-color: ${highlightColor(colors[k])}; }\ndvlens-mark[data-kind="${k}"] { background-color: ${highlightColor(colors[k])}; }`,
  );
  return `dvlens-mark { display: inline; border-radius: 2px; color: inherit; font: inherit; }\n${rules.join('\n')}\ndvlens-mark[data-off] { background-color: transparent; }\n::highlight(dvlens-flash) { background-color: rgba(255, 120, 0, 0.65); }`;
}
