/**
 * The toolbar popup. Opening it (the toolbar click) annotates the current
 * page; the reader also picks when pages are annotated by themselves.
 * Props only: entrypoints/popup wires it to the extension.
 */
import type { AnnotateMode } from '@/lib/page/highlight';

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  mode: AnnotateMode;
  /** What happened to the current page, in words. */
  status: string;
  onModeChange: (mode: AnnotateMode) => void;
  onAnnotate: () => void;
}

const MODES: [AnnotateMode, string][] = [
  ['dan-van', 'Chỉ bài về công tác dân vận'],
  ['articles', 'Mọi bài báo'],
  ['click', 'Chỉ khi tôi bấm'],
];

/** The popup. */
export function PopupView({ mode, status, onModeChange, onAnnotate }: PopupViewProps) {
  return (
    <main class="popup">
      <h1>Dân vận Lens</h1>
      <p class="status" role="status">
        {status}
      </p>
      <button type="button" onClick={onAnnotate}>
        Chú thích trang này
      </button>
      <fieldset>
        <legend>Tự động chú thích</legend>
        {MODES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} /> {label}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
