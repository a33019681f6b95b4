/**
 * The settings' "Team library" section: the database address, user name and
 * password, Connect; once connected, the status line and Disconnect. Props
 * only; entrypoints/options/team.ts asks for the permission and checks the
 * account.
 */
import { useState } from 'preact/hooks';
import { type UiLang as Lang, t } from '@/lib/i18n/strings';
import type { TeamState } from '@/lib/team/state';
import { statusText } from '@/lib/team/status';

/** Props of {@link TeamSection}. */
export interface TeamSectionProps {
  lang: Lang;
  /** The connected team library (address and user), or null. */
  connected: { server: string; user: string } | null;
  state: TeamState | null;
  /** Local changes waiting to be sent. */
  pending: number;
  busy: boolean;
  notice: { text: string; error: boolean } | null;
  onConnect: (server: string, user: string, password: string) => void;
  onDisconnect: () => void;
}

/** The team library's settings. */
export function TeamSection(p: TeamSectionProps) {
  const { lang } = p;
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const status = p.connected && p.state ? statusText(lang, p.state, p.pending) : null;
  const value = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <section aria-labelledby="opt-team" class="team">
      <h2 id="opt-team">{t(lang, 'teamTitle')}</h2>
      <p class="hint">{t(lang, 'teamHint')}</p>
      {p.connected ? (
        <>
          <p class="team-connected">{t(lang, 'teamConnected', p.connected.server, p.connected.user)}</p>
          {status ? (
            <p class={status.error ? 'error team-status' : 'notice team-status'} role={status.error ? 'alert' : 'status'}>
              {status.text}
            </p>
          ) : null}
          <div class="actions">
            <button type="button" disabled={p.busy} onClick={p.onDisconnect}>
              {t(lang, 'teamDisconnect')}
            </button>
          </div>
        </>
      ) : (
        <form
          class="team-form"
          onSubmit={(e) => {
            e.preventDefault();
            p.onConnect(server, user, password);
          }}
        >
          <label>
            {t(lang, 'teamServer')}
            <input type="url" name="server" required placeholder="https://couch.example.org/bandanvan" value={server} onInput={value(setServer)} />
          </label>
          <label>
            {t(lang, 'teamUser')}
            <input type="text" name="user" autocomplete="username" required value={user} onInput={value(setUser)} />
          </label>
          <label>
            {t(lang, 'teamPassword')}
            <input type="password" name="password" autocomplete="current-password" required value={password} onInput={value(setPassword)} />
          </label>
          <button type="submit" disabled={p.busy}>
            {p.busy ? t(lang, 'teamConnecting') : t(lang, 'teamConnect')}
          </button>
        </form>
      )}
      {p.notice?.text ? (
        <p class={p.notice.error ? 'error' : 'notice'} role={p.notice.error ? 'alert' : 'status'}>
          {p.notice.text}
        </p>
      ) : null}
    </section>
  );
}
