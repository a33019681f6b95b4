/**
 * A list that renders only the rows in view (plus a few), so 10,000 clips
 * scroll smoothly. Rows have a fixed height. Props only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Props of {@link VirtualList}. */
export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** One row's content (inside its `<li>`). */
  row: (index: number) => ComponentChildren;
  /** Called with the visible range `[start, end)` whenever it changes, so the caller can load those rows. */
  onRange?: (start: number, end: number) => void;
}

const OVERSCAN = 6;

/** The windowed list. */
export function VirtualList({ count, rowHeight, label, row, onRange }: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  // A new list (another search) starts at the top.
  useEffect(() => {
    if (box.current && box.current.scrollTop > count * rowHeight) box.current.scrollTop = 0;
  }, [count, rowHeight]);
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  useEffect(() => onRange?.(start, end), [start, end, onRange]);
  const items = [];
  for (let i = start; i < end; i++) {
    items.push(
      <li key={i} aria-setsize={count} aria-posinset={i + 1} style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}>
        {row(i)}
      </li>,
    );
  }
  return (
    <div class="vlist" ref={box} onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <ul aria-label={label} style={{ position: 'relative', height: `${count * rowHeight}px`, margin: 0, padding: 0, listStyle: 'none' }}>
        {items}
      </ul>
    </div>
  );
}
