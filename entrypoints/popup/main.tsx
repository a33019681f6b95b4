import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import type { AnnotateTabMessage } from '@/lib/messages';
import type { AnnotateMode } from '@/lib/page/highlight';
import './style.css';

const root = document.getElementById('app');
let mode: AnnotateMode = 'dan-van';
let status = 'Đang chú thích trang này…';

function draw() {
  if (!root) return;
  render(
    <PopupView
      mode={mode}
      status={status}
      onModeChange={(m) => {
        mode = m;
        void browser.storage.local.set({ mode: m });
        draw();
      }}
      onAnnotate={() => void annotate()}
    />,
    root,
  );
}

/** The toolbar click: annotate the active tab (activeTab + scripting, through the background). */
async function annotate() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const msg: AnnotateTabMessage | null = tab?.id === undefined ? null : { type: 'dvlens:annotate-tab', tabId: tab.id };
  const ok = msg ? await browser.runtime.sendMessage(msg).catch(() => false) : false;
  status = ok ? 'Đã chú thích trang này.' : 'Không thể chú thích trang này (trang của trình duyệt hoặc không có quyền).';
  draw();
}

void browser.storage.local.get('mode').then((s) => {
  mode = (s.mode as AnnotateMode | undefined) ?? 'dan-van';
  draw();
  void annotate();
});
draw();
