/**
 * Where the read-only shared material lives (../shared beside the clone, or
 * $DVLENS_SHARED). Tests that use it skip cleanly when it is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (DOM test environments give import.meta.url a non-file scheme: fall back to the cwd). */
export const ROOT = import.meta.url.startsWith('file:') ? resolve(dirname(fileURLToPath(import.meta.url)), '../..') : process.cwd();

/** Absolute path of the shared folder, or null when it is not there. */
export function sharedDir(): string | null {
  const dir = process.env.DVLENS_SHARED ?? join(ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}
