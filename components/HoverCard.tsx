/** The small card shown when hovering a highlight. Text only: page text is never inserted as HTML. */
import { type UiLang, t } from '@/lib/i18n/strings';
import { type Card, KIND_IDS, KINDS } from '@/lib/shared/kinds';

/** Props: the card to show, and where (page coordinates of the highlight's box). */
export interface HoverCardProps {
  card: Card | null;
  lang: UiLang;
  x: number;
  y: number;
}

/** A card with a kind label, a heading and detail lines. */
export function HoverCard({ card, lang, x, y }: HoverCardProps) {
  if (!card) return null;
  return (
    <div class={`card ${card.kind}`} role="tooltip" style={{ left: `${x}px`, top: `${y}px` }}>
      <div class="kind">{t(lang, KINDS[card.kind].label)}</div>
      <div class="heading">{card.heading}</div>
      {card.lines.map((l) => (
        <div class="line" key={l}>
          {l}
        </div>
      ))}
    </div>
  );
}

/** Styles for the card inside its shadow root. */
export const HOVER_CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; padding: 8px 10px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fff;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); border-left: 4px solid #999; pointer-events: none; }
${KIND_IDS.map((k) => `.card.${k} { border-left-color: var(--dvlens-${k}, ${KINDS[k].color}); }`).join(' ')}
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #666; }
.heading { font-weight: 600; margin: 2px 0; }
.line { color: #333; }
@media (prefers-color-scheme: dark) { .card { color: #eee; background: #2a2a2e; } .kind { color: #aaa; } .line { color: #ddd; } }
`;
