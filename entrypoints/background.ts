/** Background service worker: the toolbar badge shows each tab's entity count. */
import { badgeText, isMessage } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || sender.tab?.id === undefined) return;
    const tabId = sender.tab.id;
    void browser.action.setBadgeText({ tabId, text: badgeText(message) });
    void browser.action.setBadgeBackgroundColor({ tabId, color: message.state === 'annotated' ? '#2f6fb3' : '#888888' });
  });
});
