/** Background service worker: message routing lives here as features land. */
export default defineBackground(() => {});
