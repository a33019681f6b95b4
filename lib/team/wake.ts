/**
 * When the background (re)starts the team library's replication, and where:
 * pure decisions, so the rules are tested without a browser
 * (entrypoints/english-offscreen/team-wake.ts acts on them).
 *
 * Replication must survive what Manifest V3 does to an extension: Chrome
 * stops an idle service worker (its memory is gone when it starts again),
 * and may close the offscreen document the replication worker lives in. So
 * the background re-checks on every event it handles (its own start, a
 * message, a settings change, the offscreen document opened for reading a
 * page): a configured team library whose worker is not known to run is
 * started; one known to run is left alone (one storage read and one look at
 * the open documents, no message).
 */
import type { TeamConfig } from './state';

/**
 * Where replication runs in this browser: a worker of Chrome's offscreen
 * document, a worker of the background page itself (Firefox: its background
 * is a page, with workers and IndexedDB), or nowhere.
 */
export type TeamHost = 'offscreen' | 'background' | 'none';

/** The host for a browser with (or without) `offscreen` documents and `Worker` in its background. */
export function teamHost(hasOffscreen: boolean, hasWorker: boolean): TeamHost {
  if (hasOffscreen) return 'offscreen';
  return hasWorker ? 'background' : 'none';
}

/** A configuration as the key the host compares (`''`: none). */
export function configKey(config: TeamConfig | null): string {
  return config ? JSON.stringify([config.server, config.user, config.password]) : '';
}

/** What the background knows when it wakes the team library. */
export interface WakeInput {
  /** The configured team library (storage), or null. */
  config: TeamConfig | null;
  host: TeamHost;
  /** Is the offscreen document open now (for the background host: has a replication host been started in this page)? */
  documentOpen: boolean;
  /**
   * The key last handed to the host that runs now (the open document, or
   * this background page), or null when nothing was handed to it yet (a
   * service worker just started, a document just created).
   */
  told: string | null;
}

/** What to do: open the offscreen document first; hand the host the configuration (or the stop). */
export interface WakeStep {
  open: boolean;
  tell: boolean;
}

/** The step for `input`. Cheap when all is as it should be: nothing to open, nothing to tell. */
export function wakeStep({ config, host, documentOpen, told }: WakeInput): WakeStep {
  if (host === 'none') return { open: false, tell: false };
  const key = configKey(config);
  if (!config) {
    // Stop a worker that may run; never open a document for nothing.
    return { open: false, tell: documentOpen && told !== '' };
  }
  if (!documentOpen) return { open: host === 'offscreen', tell: true };
  return { open: false, tell: told !== key };
}
