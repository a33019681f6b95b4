/**
 * Run one of the project's commands as a user does: a child process under
 * tsx, with its stdout, stderr and exit code (never a thrown error).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './shared';

const run = promisify(execFile);

/** Run `lib/cli/<script>` with `args` from the repository root. */
export async function runCli(script: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli', script), ...args], { cwd: ROOT });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}
