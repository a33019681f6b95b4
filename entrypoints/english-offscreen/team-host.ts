/**
 * The host of the team library's replication worker (./team-worker.ts):
 * starts it with a configuration, hands it a changed one, or stops it.
 * Chrome: in the offscreen document, on the background's `TeamRunMessage`
 * ({@link listenForTeamRuns}). Firefox: in the background page itself, which
 * has workers (`runTeam`, called by ./team-wake.ts). Nothing is loaded until a
 * team library is configured.
 */
import { isTeamRun } from '@/lib/team/messages';
import type { TeamConfig } from '@/lib/team/state';
import { configKey } from '@/lib/team/wake';
import TeamWorker from './team-worker?worker';

let worker: Worker | null = null;
let running = '';

/** Replicate with `config` (the worker started on first use), or stop (`null`); the same configuration again changes nothing. */
export function runTeam(config: TeamConfig | null): void {
  const key = configKey(config);
  if (key === running) return;
  running = key;
  if (config) worker ??= new TeamWorker();
  worker?.postMessage({ config });
}

/** In the offscreen document: act on the background's `TeamRunMessage`s. */
export function listenForTeamRuns(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isTeamRun(message)) return;
    runTeam(message.config);
    sendResponse(true);
    return true;
  });
}
