/**
 * The content script's UI: the panel and the hover card in a **closed**
 * shadow root held here only. The page's scripts cannot reach into it (no
 * `host.shadowRoot`), so nothing the panel shows (the clip's state, the
 * entities) can be read or clicked by them. The host is never looked up in
 * the DOM (a page could plant its own `<dvlens-ui>`); if the page removes
 * it, it is put back.
 */
import { render } from 'preact';
import { HOVER_CARD_CSS, HoverCard } from '@/components/HoverCard';
import { PANEL_CSS, Panel } from '@/components/Panel';
import type { PageSession } from '@/lib/live/session';

/** The UI host's tag, outside <body> so the page's body text stays as it was. */
export const UI_TAG = 'dvlens-ui';

let ui: { host: HTMLElement; mount: HTMLElement } | null = null;

/** Is `el` our UI's host (left alone by the mapping)? */
export const isOwnUi = (el: Element) => el.tagName.toLowerCase() === UI_TAG;

/** The shadow-root mount for our UI. */
function uiMount(): HTMLElement {
  if (!ui) {
    const host = document.createElement(UI_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `${HOVER_CARD_CSS}\n${PANEL_CSS}`;
    shadow.appendChild(style);
    const mount = document.createElement('div');
    shadow.appendChild(mount);
    ui = { host, mount };
  }
  if (!ui.host.isConnected) document.documentElement.appendChild(ui.host);
  return ui.mount;
}

/** Draw the panel and the card for `session` (nothing when the page is not annotated). */
export function renderUi(session: PageSession): void {
  const state = session.state;
  const ann = state.ann;
  if (!ann || ann.state !== 'annotated') {
    if (ui) render(null, ui.mount);
    return;
  }
  const mount = uiMount();
  if (ui) for (const [k, c] of Object.entries(state.colors)) ui.host.style.setProperty(`--dvlens-${k}`, c);
  const focused = state.focusItem ? ann.marks[state.focusItem.id] : null;
  const shown = state.hover ?? focused ?? null;
  const box = shown?.range.getBoundingClientRect();
  render(
    <>
      {state.panelOpen ? (
        <Panel
          items={ann.items}
          visible={state.visible}
          relevance={ann.relevance}
          lang={state.lang}
          clip={state.clip}
          onClip={() => void session.clip()}
          onOpenClip={session.openClip}
          onToggle={session.toggle}
          onSelect={session.select}
          onFocusItem={session.focus}
          onClose={session.close}
        />
      ) : null}
      <HoverCard card={shown?.card ?? null} lang={state.lang} x={box?.left ?? 0} y={(box?.bottom ?? 0) + 6} />
    </>,
    mount,
  );
}
