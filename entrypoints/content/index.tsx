/**
 * Content script: decides whether the page is an article, highlights the
 * officials, documents and dates of its body, and shows a card on hover.
 * All logic lives in lib/page; this file wires it to the page and the extension.
 */
import { render } from 'preact';
import { HOVER_CARD_CSS, HoverCard } from '@/components/HoverCard';
import { extract } from '@/lib/extract/extract';
import { type AnnotateMode, applyMarks, findMarks, HIGHLIGHT_CSS, type Mark } from '@/lib/page/highlight';
import { SITE_MATCHES } from '@/lib/page/sites';

const UI_TAG = 'dvlens-ui';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    const root = document.documentElement;
    try {
      const stored = await browser.storage.local.get('mode');
      const mode = (stored.mode as AnnotateMode | undefined) ?? 'dan-van';
      if (mode === 'click') {
        root.dataset.dvlens = 'off';
        return;
      }
      const ann = await findMarks(document, {
        mode,
        extract: (text, options) => extract(text, options),
        skip: (el) => el.tagName.toLowerCase() === UI_TAG,
      });
      if (ann.state === 'annotated') {
        installStyles();
        applyMarks(document, window, ann.marks);
        watchHover(ann.marks);
      }
      root.dataset.dvlens = ann.state;
    } catch (e) {
      // Never break the page: say we are off and why, in the console only.
      console.warn('Dân vận Lens:', e);
      root.dataset.dvlens = 'off';
    }
  },
});

function installStyles() {
  if (document.getElementById('dvlens-style')) return;
  const style = document.createElement('style');
  style.id = 'dvlens-style';
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).appendChild(style);
}

/** The shadow-root host for our UI, outside <body> so the page's body text stays as it was. */
function uiRoot(): ShadowRoot {
  let host = document.querySelector(UI_TAG);
  if (!host) {
    host = document.createElement(UI_TAG);
    document.documentElement.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = HOVER_CARD_CSS;
    shadow.appendChild(style);
    shadow.appendChild(document.createElement('div'));
  }
  return host.shadowRoot as ShadowRoot;
}

function markAt(marks: Mark[], x: number, y: number): Mark | null {
  const pos = (document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint?.(x, y);
  const node = pos?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = pos?.offset ?? document.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
  if (!node) return null;
  for (const m of marks) {
    try {
      if (m.range.isPointInRange(node, offset)) {
        // The caret sits between characters: make sure the pointer is over the mark's box.
        for (const r of Array.from(m.range.getClientRects())) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
      }
    } catch {
      // Ranges whose text is gone are simply not hovered.
    }
  }
  return null;
}

function watchHover(marks: Mark[]) {
  let frame = 0;
  let current: Mark | null = null;
  document.addEventListener(
    'mousemove',
    (ev) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const m = markAt(marks, ev.clientX, ev.clientY);
        if (m === current) return;
        current = m;
        const box = m?.range.getBoundingClientRect();
        const mount = uiRoot().lastElementChild as Element;
        render(<HoverCard card={m?.card ?? null} x={box?.left ?? 0} y={(box?.bottom ?? 0) + 6} />, mount);
      });
    },
    { passive: true },
  );
}
