/**
 * JSON export and import. The export holds everything the library holds;
 * reading it back checks the file and every clip against the schema and
 * reports the first problem precisely (which clip, which field, what was
 * expected). Nothing is written here: see import.ts.
 */
import type { z } from 'zod';
import type { Clip } from '../library/types';
import { clipSchema, EXPORT_VERSION, exportSchema, FORMAT } from './schema';

/** The largest file an import reads (bytes). */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;

/** The export file's text for `clips` (ids kept, so a restore into an empty library is exact). */
export function toJson(clips: Clip[], now = new Date().toISOString()): string {
  return JSON.stringify({ format: FORMAT, version: EXPORT_VERSION, exportedAt: now, clips }, null, 1);
}

/** Why an import file cannot be read: a sentence for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}

function where(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(the whole clip)';
}

function expected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/**
 * The clips of an export file, checked. Throws an {@link ImportError} naming
 * the problem: not JSON (or cut short), not an export of this extension, from
 * a newer version, too large, or a clip that does not fit the schema.
 */
export function parseExport(input: string, size = input.length): Clip[] {
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportError(`The file is too large to import (${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (e) {
    const trimmed = input.replace(/^\uFEFF/, '').trim();
    // Starts like our JSON but does not end like it: the file was cut short.
    const cut = /^[{[]/.test(trimmed) && !/[}\]]$/.test(trimmed);
    throw new ImportError(cut ? 'The file is cut short (it ends in the middle of the data): it was not saved or copied completely.' : `The file is not valid JSON: ${(e as Error).message}`);
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== FORMAT) {
    throw new ImportError('This is not a Dân vận Lens library export (its "format" field is missing or different).');
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    throw new ImportError(`This file was exported by a newer version of Dân vận Lens (format version ${head.version}; this one reads up to ${EXPORT_VERSION}). Update the extension, then import it.`);
  }
  const file = exportSchema.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0];
    throw new ImportError(`The export file is malformed: ${issue ? `${where(issue)}: ${expected(issue)}` : 'unknown problem'}.`);
  }
  const clips: Clip[] = [];
  const urls = new Set<string>();
  file.data.clips.forEach((raw, i) => {
    const r = clipSchema.safeParse(raw);
    const title = (raw as { title?: unknown })?.title;
    const name = `Clip ${i + 1}${typeof title === 'string' ? ` ("${title.slice(0, 60)}")` : ''}`;
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new ImportError(`${name}: ${issue ? `${where(issue)}: ${expected(issue)}` : 'malformed'}.`);
    }
    if (urls.has(r.data.url)) throw new ImportError(`${name}: the address ${r.data.url} appears twice in the file.`);
    urls.add(r.data.url);
    clips.push(r.data as Clip);
  });
  return clips;
}
