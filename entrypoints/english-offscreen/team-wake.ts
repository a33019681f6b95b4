/**
 * The background's side of the team library. Chrome (Manifest V3):
 * replication runs in a worker of the offscreen document, not in the service
 * worker, which Chrome stops when idle. Firefox: in a worker of the
 * background page (./team-host.ts, loaded only there, and only once a team
 * library is configured). The background wakes it on every event it handles
 * (see lib/team/wake.ts for the rules): its own start (the browser's, or the
 * service worker's after Chrome stopped it), any message, a settings change,
 * the offscreen document opened again to read a page. With no team library
 * configured it does nothing: no document, no worker, no request.
 */
import { isTeamConfig, type TeamRunMessage } from '@/lib/team/messages';
import { TEAM_KEY, type TeamConfig } from '@/lib/team/state';
import { configKey, teamHost, wakeStep } from '@/lib/team/wake';

/** What the background lends the waker: its offscreen document. */
export interface OffscreenDoc {
  /** Open the document if it is not (Chrome). */
  open(): Promise<void>;
  /** Is it open now? */
  isOpen(): Promise<boolean>;
}

/** The key last handed to the replication host that runs now (null: none yet, or a new document). */
let told: string | null = null;
let waking: Promise<void> | null = null;
let again = false;

/** The offscreen document was created anew: its host runs nothing yet. */
export function documentCreated(): void {
  told = null;
}

const host = () => teamHost(typeof (browser as { offscreen?: unknown }).offscreen === 'object', typeof Worker === 'function');

/**
 * Make sure the team library replicates if one is configured, and stops if
 * not. Calls at once are run one after the other (the last one sees the
 * newest settings).
 */
export function wakeTeam(doc: OffscreenDoc): Promise<void> {
  if (waking) {
    again = true;
    return waking;
  }
  waking = (async () => {
    do {
      again = false;
      await wakeOnce(doc).catch((e) => console.warn('Dân vận Lens: could not start the team library', e));
    } while (again);
    waking = null;
  })();
  return waking;
}

async function wakeOnce(doc: OffscreenDoc): Promise<void> {
  const raw = (await browser.storage.local.get(TEAM_KEY))[TEAM_KEY];
  const config: TeamConfig | null = isTeamConfig(raw) ? raw : null;
  const where = host();
  // Firefox: the host is this page's own, started once a team library is configured.
  const documentOpen = where === 'offscreen' ? await doc.isOpen() : told !== null;
  const step = wakeStep({ config, host: where, documentOpen, told });
  if (step.open) await doc.open();
  if (!step.tell) return;
  // Firefox only (the Chrome build carries none of this): the worker runs beside this background page.
  if (import.meta.env.FIREFOX && where === 'background') {
    const { runTeam } = await import('./team-host');
    runTeam(config);
    told = configKey(config);
    return;
  }
  const msg: TeamRunMessage = { type: 'dvlens:team-run', config };
  // Told only once the document answered (it may still be loading: the next event tries again).
  if (await browser.runtime.sendMessage(msg).catch(() => false)) told = configKey(config);
}
