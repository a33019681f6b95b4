/**
 * The team library's messages: the background tells the offscreen document
 * which team library to replicate (or none), and extension pages ask the
 * background to make sure replication runs.
 */
import type { TeamConfig } from './state';

/** Background → offscreen document: replicate with `config`, or stop (`null`). */
export interface TeamRunMessage {
  type: 'dvlens:team-run';
  config: TeamConfig | null;
}

/** An extension page → background: start replication if a team library is configured and it is not running. */
export interface TeamEnsureMessage {
  type: 'dvlens:team-ensure';
}

/** Is `x` a {@link TeamRunMessage}? */
export function isTeamRun(x: unknown): x is TeamRunMessage {
  const m = x as Partial<TeamRunMessage> | null;
  return !!m && typeof m === 'object' && m.type === 'dvlens:team-run' && (m.config === null || isTeamConfig(m.config));
}

/** Is `x` a {@link TeamEnsureMessage}? */
export function isTeamEnsure(x: unknown): x is TeamEnsureMessage {
  return !!x && typeof x === 'object' && (x as { type?: unknown }).type === 'dvlens:team-ensure';
}

/** Is `x` a complete {@link TeamConfig} (as read back from storage)? */
export function isTeamConfig(x: unknown): x is TeamConfig {
  const c = x as Partial<TeamConfig> | null;
  return !!c && typeof c === 'object' && typeof c.server === 'string' && typeof c.user === 'string' && typeof c.password === 'string' && !!c.server && !!c.user;
}
