/**
 * Background service worker: the toolbar badge shows each tab's entity count,
 * and English pages get the English extractor injected on request.
 */
import { badgeText, isMessage } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || sender.tab?.id === undefined) return;
    const tabId = sender.tab.id;
    if (message.type === 'dvlens:need-english') {
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/english.js'] })
        .then(() => true, () => false);
    }
    void browser.action.setBadgeText({ tabId, text: badgeText(message) });
    void browser.action.setBadgeBackgroundColor({ tabId, color: message.state === 'annotated' ? '#2f6fb3' : '#888888' });
  });
});
