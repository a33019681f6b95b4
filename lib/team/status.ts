/**
 * The team library's state in words, for the settings and the library page:
 * when it last synced, how many changes wait, and what went wrong.
 */
import { type UiLang as Lang, type StringKey, t } from '../i18n/strings';
import type { TeamProblem, TeamState } from './state';

const PROBLEMS: Record<TeamProblem, StringKey> = {
  unauthorized: 'teamErrUnauthorized',
  forbidden: 'teamErrForbidden',
  unreachable: 'teamErrUnreachable',
  'not-found': 'teamErrNotFound',
  invalid: 'teamErrInvalid',
  server: 'teamErrServer',
};

/** The sentence for a problem (the server's own words appended where they help). */
export function problemText(lang: Lang, problem: TeamProblem, detail: string | null = null): string {
  return t(lang, PROBLEMS[problem], detail ?? '').trim();
}

/** A time for the status line: "14:05, 18/7/2024" in Vietnamese, "7/18/2024, 2:05 PM" in English. */
function when(lang: Lang, iso: string): string {
  return new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { dateStyle: 'short', timeStyle: 'short' });
}

/** The status line: problem (if any), last sync, pending changes. */
export function statusText(lang: Lang, state: TeamState, pending: number): { text: string; error: boolean } {
  const parts: string[] = [];
  if (state.problem) parts.push(problemText(lang, state.problem, state.detail));
  if (state.active && !state.problem) parts.push(t(lang, 'teamSyncing'));
  parts.push(state.lastSynced ? t(lang, 'teamSynced', when(lang, state.lastSynced)) : t(lang, 'teamNeverSynced'));
  const waiting = pending + (state.pendingRemote ?? 0);
  if (waiting) parts.push(t(lang, 'teamPending', waiting));
  return { text: parts.join(' '), error: !!state.problem };
}
