/**
 * Where the read-only shared material lives (../shared beside the clone, or
 * $DVLENS_SHARED). Tests that use it skip cleanly when it is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the shared folder, or null when it is not there. */
export function sharedDir(): string | null {
  const dir = process.env.DVLENS_SHARED ?? join(ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}
