/**
 * The background's side of the team library (Manifest V3): replication runs
 * in a worker of the offscreen document, not in the service worker, which
 * Chrome stops when idle. The background (re)starts it when the browser
 * starts, when the extension is installed or updated, when the reader
 * connects or disconnects in the settings, and when an extension page asks
 * (the library page does on opening). With no team library configured it
 * does nothing: no document, no worker, no request.
 */
import { isTeamConfig, type TeamRunMessage } from '@/lib/team/messages';
import { TEAM_KEY } from '@/lib/team/state';

/** Tell the offscreen document which team library to replicate; opens the document only when there is one. */
export async function wakeTeam(openOffscreen: () => Promise<void>): Promise<void> {
  const raw = (await browser.storage.local.get(TEAM_KEY))[TEAM_KEY];
  const config = isTeamConfig(raw) ? raw : null;
  if (typeof (browser as { offscreen?: unknown }).offscreen !== 'object') return; // Firefox: not yet (see README)
  if (!config) {
    // Stop a worker that runs, without opening a document for nothing.
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (!open.length) return;
  } else {
    await openOffscreen();
  }
  const msg: TeamRunMessage = { type: 'dvlens:team-run', config };
  await browser.runtime.sendMessage(msg).catch(() => false);
}
