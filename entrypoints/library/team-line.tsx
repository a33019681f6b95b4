/**
 * The library page's side of the team library: the status line under the
 * header (last synced, changes waiting, the problem in words) and who first
 * clipped a clip (on its page and in the list's rows), both read live from the library's own database (the
 * replication worker writes them there). Nothing shows, and nothing is asked
 * of the background, when no team library is connected.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type UiLang as Lang, t } from '@/lib/i18n/strings';
import type { Library } from '@/lib/library/db';
import type { TeamEnsureMessage } from '@/lib/team/messages';
import { originOf, originsOf, type TeamState, teamState } from '@/lib/team/state';
import { statusText } from '@/lib/team/status';

/** The team library's status line, live. */
export function TeamLine({ lang, lib }: { lang: Lang; lib: Library }) {
  const [now, setNow] = useState<{ state: TeamState | null; pending: number } | null>(null);
  useEffect(() => {
    let last = -1;
    const sub = liveQuery(async () => ({ state: await teamState(lib.db), pending: await lib.db.outbox.count() })).subscribe({
      next: (x) => {
        setNow(x);
        // Connected: make sure the replication worker runs (the browser may have closed its document),
        // on opening and whenever a change made here waits to be sent.
        const grew = last < 0 || x.pending > last;
        last = x.pending;
        if (x.state && grew) {
          const msg: TeamEnsureMessage = { type: 'dvlens:team-ensure' };
          void browser.runtime.sendMessage(msg).catch(() => false);
        }
      },
      error: () => setNow(null),
    });
    return () => sub.unsubscribe();
  }, [lib]);
  if (!now?.state) return null;
  const s = statusText(lang, now.state, now.pending);
  return (
    <p class={s.error ? 'team-line error' : 'team-line'} role={s.error ? 'alert' : 'status'} data-team-line>
      {t(lang, 'teamStatus', new URL(now.state.server).host)} {s.text}
    </p>
  );
}

/** Who first clipped the clip of `url` in the team library ("you" for this reader), or null outside one. */
export function useOrigin(lang: Lang, lib: Library, url: string | undefined): string | null {
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    const sub = liveQuery(async () => {
      const [state, who] = await Promise.all([teamState(lib.db), originOf(lib.db, url)]);
      return state && who ? (who === state.user ? t(lang, 'teamMine') : who) : null;
    }).subscribe({ next: setOrigin, error: () => setOrigin(null) });
    return () => sub.unsubscribe();
  }, [lib, url]);
  return origin;
}

/**
 * Who first clipped each clip of the team library, by URL, as the list's rows
 * say it ("you" for this reader, else the colleague's user name), live while
 * `on`; an empty map outside a team library.
 */
export function useOrigins(lang: Lang, lib: Library, on: boolean): Map<string, string> {
  const [origins, setOrigins] = useState(new Map<string, string>());
  useEffect(() => {
    if (!on) return;
    const mine = t(lang, 'teamMine');
    const sub = liveQuery(() => originsOf(lib.db)).subscribe({
      next: (o) => setOrigins(o ? new Map([...o.byUrl].map(([url, who]) => [url, who === o.me ? mine : who])) : new Map()),
      error: () => setOrigins(new Map()),
    });
    return () => sub.unsubscribe();
  }, [lib, on]);
  return origins;
}
