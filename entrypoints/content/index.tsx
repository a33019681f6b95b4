/**
 * Content script: wires a page session (lib/live/session.ts: reading,
 * highlights, panel state, clipping, re-annotation) to this page and the
 * extension — the background's calls, the popup's and menu's calls, the
 * settings, the reader's keys and pointer, the UI (./ui.tsx).
 *
 * WXT's context (`ctx`) is not used for the watchers: its events can be
 * dispatched by the page (a `locationchange`, a `content-script-started`
 * postMessage that invalidates it), so a page could fire or stop them. Our
 * watchers are our own, and stop when the extension goes away
 * (`browser.runtime.id` unset after an update or removal).
 */
import { uiLang } from '@/lib/i18n/strings';
import { type BackgroundCalls, caller, handle, type TabCalls } from '@/lib/shared/messages';
import { markAt } from '@/lib/live/hover';
import { MIN_INTERVAL_MS, pageSession } from '@/lib/live/session';
import { SITE_MATCHES } from '@/lib/shared/sites';
import { SETTING_KEYS } from '@/lib/shared/settings';
import { haveStrings, useStrings } from './locales';
import { englishInPage } from './english';
import { isOwnUi, renderUi } from './ui';

/** How long the popup's `page-info` waits for a reading still under way. */
const PAGE_INFO_WAIT_MS = 4500;

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    const call = caller<BackgroundCalls>((m) => browser.runtime.sendMessage(m));
    const g = globalThis as unknown as { __dvlensForce?: boolean; __dvlensRun?: (forced: boolean) => void };
    const forced = g.__dvlensForce === true;
    g.__dvlensForce = false;
    if (g.__dvlensRun) {
      // Injected again by the toolbar click while already running here: reuse this instance.
      g.__dvlensRun(forced);
      if (forced) void call('content-ready').catch(() => {});
      return;
    }
    const stored = await browser.storage.local.get([...SETTING_KEYS, 'panelOpen']);
    const session = pageSession(
      {
        doc: document,
        win: window,
        call,
        store: (items) => browser.storage.local.set(items),
        uiLang: uiLang(browser.i18n.getUILanguage()),
        haveStrings,
        useStrings,
        english: (article) => englishInPage(call, article),
        render: renderUi,
        skip: isOwnUi,
      },
      stored,
      forced,
    );
    g.__dvlensRun = (f) => session.again(f);

    browser.runtime.onMessage.addListener(
      handle<TabCalls>({
        'do-clip': () => session.clip(),
        'quote-selection': () => session.quoteSelection(),
        'page-info': async ({ wait }) => {
          // The popup asks once and is answered when the reading is done (or after a few seconds).
          if (wait && session.info().state === 'pending') await session.settledOrTimeout(PAGE_INFO_WAIT_MS);
          return session.info();
        },
      }),
    );
    // The background injected us and waits until we listen.
    if (forced) void call('content-ready').catch(() => {});

    // Settings changed in the popup or the options page take effect here without a reload.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') session.settingsChanged(changes);
    });
    // Single-page navigation: the address is polled here (the page cannot dispatch this).
    const poll = setInterval(() => {
      if (browser.runtime?.id == null) {
        // The extension was updated or removed: this copy stops watching.
        clearInterval(poll);
        session.stop();
        return;
      }
      session.checkAddress();
    }, MIN_INTERVAL_MS);
    document.addEventListener('keydown', (ev: KeyboardEvent) => {
      // Alt+Shift+H shows or hides every highlight: the reader's keys only, never a page's synthetic event.
      if (ev.isTrusted && ev.altKey && ev.shiftKey && ev.code === 'KeyH') session.toggleAll();
    });
    let frame = 0;
    document.addEventListener(
      'mousemove',
      (ev) => {
        // The reader's pointer only: a page's synthetic mousemove shows no card.
        const ann = session.state.ann;
        if (!ev.isTrusted || frame || !ann || ann.state !== 'annotated') return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const visible = session.state.ann?.marks.filter((m) => session.state.visible[m.kind]) ?? [];
          session.hovered(markAt(document, visible, ev.clientX, ev.clientY));
        });
      },
      { passive: true },
    );
    await session.start();
  },
});
