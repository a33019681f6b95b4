/**
 * Background service worker: the toolbar badge shows each tab's entity count;
 * English pages get the English extractor injected on request; the popup's
 * "annotate this page" (the toolbar click) injects a forced run.
 */
import { badgeText, isMessage } from '@/lib/messages';

/** Annotate a tab now: needs activeTab (the toolbar click) or host access to the site. */
async function annotateTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as unknown as { __dvlensForce?: boolean }).__dvlensForce = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return true;
  } catch {
    // Pages the browser keeps to itself (chrome://, the web store) cannot be annotated.
    return false;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return;
    if (message.type === 'dvlens:annotate-tab') return annotateTab(message.tabId);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (message.type === 'dvlens:need-english') {
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/english.js'] })
        .then(
          () => true,
          () => false,
        );
    }
    void browser.action.setBadgeText({ tabId, text: badgeText(message) });
    void browser.action.setBadgeBackgroundColor({ tabId, color: message.state === 'annotated' ? '#2f6fb3' : '#888888' });
  });
});
