/**
 * The offscreen document's side of the team library: on the background's
 * `TeamRunMessage` it starts the replication worker (./team-worker.ts) with
 * the configuration, hands it a changed one, or stops it. Nothing is loaded
 * until a team library is configured.
 */
import { isTeamRun } from '@/lib/team/messages';
import TeamWorker from './team-worker?worker';

let worker: Worker | null = null;
let running = '';

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isTeamRun(message)) return;
  const key = message.config ? JSON.stringify(message.config) : '';
  if (key !== running) {
    running = key;
    if (message.config) worker ??= new TeamWorker();
    worker?.postMessage({ config: message.config });
  }
  sendResponse(true);
  return true;
});
