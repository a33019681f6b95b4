/**
 * Cheap language detection (vi / en / other) and legacy-encoding detection,
 * fast enough to run on every page: it looks at the first 4,000 characters.
 */

/** Detected language of a text. */
export type Lang = 'vi' | 'en' | 'other';

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const EN_WORDS = /(?<![\p{L}])(?:the|of|and|to|in|is|for|that|with|on|was|said|by|as|at|from)(?![\p{L}])/giu;
const WORDS = /[\p{L}\p{M}]+/gu;

/** Guess the language of `text`. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 4000).normalize('NFC');
  const words = sample.match(WORDS)?.length ?? 0;
  if (words < 3) return 'other';
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  if (vi / words > 0.12) return 'vi';
  if (en / words > 0.08) return 'en';
  return 'other';
}

const MOJIBAKE = /[\u00A2-\u00BF\u00D7\u00F7][\p{L}]|[\p{L}][\u00A2-\u00BF]/gu;

/**
 * True when the text looks like Vietnamese in a legacy TCVN3/VNI font
 * rendered as Latin-1 ("Uû ban nh©n d©n"): skip it rather than highlight garbage.
 */
export function isLegacyEncoding(text: string): boolean {
  const sample = text.slice(0, 4000);
  const hits = sample.match(MOJIBAKE)?.length ?? 0;
  const words = sample.match(WORDS)?.length ?? 1;
  return hits >= 3 && hits / words > 0.03;
}
