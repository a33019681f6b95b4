/**
 * The English extractor (compromise) in a worker of the offscreen document:
 * `{ id, text, articleDate }` → `{ id, ok: true, extraction }` or
 * `{ id, ok: false, message }`. compromise sets itself up on the first
 * message and stays warm while the offscreen document lives.
 */
import { extractEnglish } from '@/lib/engine/english/extract-en';
import { normalizeText } from '@/lib/engine/text/normalize';

type Request = { id: number; text: string; articleDate: string | null };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, text, articleDate } = e.data;
  try {
    const extraction = { lang: 'en' as const, ...extractEnglish(normalizeText(text), { articleDate }) };
    scope.postMessage({ id, ok: true, extraction });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
