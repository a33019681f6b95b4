/**
 * The options page's glue for the team library: Connect asks the browser for
 * access to the server's host (in the click, as the browser requires), then
 * checks the account against the database; only an account that works is
 * saved (storage `team`), which the background takes as the signal to start
 * replicating. A wrong password, a refused permission or a server that cannot
 * be reached is said in words and changes nothing. Disconnect stops
 * replication, forgets the team's records and gives the permission back; the
 * clips stay.
 */
import { liveQuery } from 'dexie';
import { TeamSection } from '@/components/TeamSection';
import { type UiLang as Lang, t } from '@/lib/i18n/strings';
import type { Library } from '@/lib/library/db';
import { isTeamConfig } from '@/lib/team/messages';
import { basicAuth, endTeam, parseServer, serverPattern, TEAM_KEY, type TeamConfig, type TeamProblem, type TeamState, teamState } from '@/lib/team/state';
import { problemText } from '@/lib/team/status';

/** Why the account does not work on `server`, or null when it does. */
async function checkAccount(lang: Lang, server: string, user: string, password: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(server, { headers: { Authorization: basicAuth(user, password), Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
  } catch {
    return problemText(lang, 'unreachable');
  }
  const problem: TeamProblem | null = res.status === 401 ? 'unauthorized' : res.status === 403 ? 'forbidden' : res.status === 404 ? 'not-found' : res.ok ? null : 'server';
  if (problem) return problemText(lang, problem, problem === 'server' ? `HTTP ${res.status}` : null);
  const info = (await res.json().catch(() => null)) as { db_name?: unknown } | null;
  return typeof info?.db_name === 'string' ? null : t(lang, 'teamNotCouch', server);
}

/** The team section's state and its view, redrawn through `draw`. */
export function teamLibrary(lib: Library, lang: Lang, draw: () => void) {
  let config: TeamConfig | null = null;
  let state: TeamState | null = null;
  let pending = 0;
  let busy = false;
  let notice: { text: string; error: boolean } | null = null;

  void browser.storage.local.get(TEAM_KEY).then((s) => {
    config = isTeamConfig(s[TEAM_KEY]) ? s[TEAM_KEY] : null;
    draw();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(TEAM_KEY in changes)) return;
    const v = changes[TEAM_KEY]?.newValue;
    config = isTeamConfig(v) ? v : null;
    draw();
  });
  liveQuery(async () => ({ state: await teamState(lib.db), pending: await lib.db.outbox.count() })).subscribe({
    next: (x) => {
      state = x.state;
      pending = x.pending;
      draw();
    },
    error: () => {},
  });

  function connect(serverInput: string, user: string, password: string) {
    const server = parseServer(serverInput);
    notice = null;
    if (!server) {
      notice = { text: t(lang, 'teamBadServer', serverInput.trim()), error: true };
      return draw();
    }
    if (!user.trim() || !password) {
      notice = { text: t(lang, 'teamNeedUser'), error: true };
      return draw();
    }
    const origins = [serverPattern(server)];
    busy = true;
    draw();
    // Asked first, in the click: the browser only asks the reader during a user gesture.
    const asked = browser.permissions.request({ origins });
    void (async () => {
      try {
        if (!(await asked.catch(() => false))) {
          notice = { text: t(lang, 'teamDenied', new URL(server).host), error: true };
          return;
        }
        const problem = await checkAccount(lang, server, user.trim(), password);
        if (problem) {
          notice = { text: problem, error: true };
          await browser.permissions.remove({ origins }).catch(() => false);
          return;
        }
        const next: TeamConfig = { server, user: user.trim(), password };
        await browser.storage.local.set({ [TEAM_KEY]: next });
        config = next;
        notice = { text: t(lang, 'teamConnected', server, next.user), error: false };
      } finally {
        busy = false;
        draw();
      }
    })();
  }

  async function disconnect() {
    if (!config) return;
    const origins = [serverPattern(config.server)];
    busy = true;
    draw();
    try {
      await browser.storage.local.remove(TEAM_KEY);
      await endTeam(lib.db);
      await browser.permissions.remove({ origins }).catch(() => false);
      config = null;
      notice = { text: t(lang, 'teamDisconnected'), error: false };
    } finally {
      busy = false;
      draw();
    }
  }

  return () => (
    <TeamSection
      lang={lang}
      connected={config ? { server: config.server, user: config.user } : null}
      state={state}
      pending={pending}
      busy={busy}
      notice={notice}
      onConnect={connect}
      onDisconnect={() => void disconnect()}
    />
  );
}
