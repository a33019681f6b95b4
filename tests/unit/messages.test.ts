import { describe, expect, it } from 'vitest';
import { badgeText, type BackgroundCalls, type Call, callName, caller, handle, type Listener, type Sender, type TabCalls } from '@/lib/shared/messages';

describe('messages', () => {
  it('recognises only our messages', () => {
    expect(callName({ type: 'dvlens:counts', state: 'annotated', total: 3 })).toBe('counts');
    expect(callName({ type: 'other' })).toBeNull();
    expect(callName(null)).toBeNull();
    expect(callName('dvlens:counts')).toBeNull();
  });
  it('shows counts on the badge for articles, including those below the dân vận threshold', () => {
    expect(badgeText({ state: 'annotated', total: 12 })).toBe('12');
    expect(badgeText({ state: 'off', total: 4 })).toBe('4');
    expect(badgeText({ state: 'not-article', total: 4 })).toBe('');
    expect(badgeText({ state: 'annotated', total: 1500 })).toBe('999+');
  });
});

/** A `send` that delivers to `listeners` the way the browser does: the first that keeps the channel open answers; none, and it rejects. */
function wire(listeners: Listener[], sender: Sender = {}) {
  const sent: unknown[] = [];
  const send = (message: object) => {
    sent.push(message);
    return new Promise<unknown>((resolve, reject) => {
      // Messages cross as JSON-like copies.
      const copy = JSON.parse(JSON.stringify(message));
      const open = listeners.map((l) => l(copy, sender, resolve)).some((r) => r === true);
      if (!open) reject(new Error('Could not establish connection. Receiving end does not exist.'));
    });
  };
  return { send, sent };
}

describe('answering messages', () => {
  it('sends the outcome later and keeps the channel open; a failure answers null', async () => {
    const listener = handle<{ ok: Call<{ fail?: boolean }, { ok: boolean }> }>({
      ok: async ({ fail }) => {
        if (fail) throw new Error('x');
        return { ok: true };
      },
    });
    const got: unknown[] = [];
    expect(listener({ type: 'dvlens:ok' }, {}, (r) => got.push(r))).toBe(true);
    expect(listener({ type: 'dvlens:ok', fail: true }, {}, (r) => got.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([{ ok: true }, null]);
  });

  it('leaves calls it has no handler for to other listeners, and answers a synchronous throw with null', async () => {
    const listener = handle<TabCalls>({
      'do-clip': () => {
        throw new Error('boom');
      },
    });
    const got: unknown[] = [];
    expect(listener({ type: 'dvlens:page-info' }, {}, (r) => got.push(r))).toBeUndefined();
    expect(listener({ type: 'dvlens:toString' }, {}, (r) => got.push(r))).toBeUndefined();
    expect(listener({ type: 'something-else' }, {}, (r) => got.push(r))).toBeUndefined();
    expect(listener({ type: 'dvlens:do-clip' }, {}, (r) => got.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([null]);
  });

  it('calls by name: the request arrives without its envelope, with its sender, and the reply comes back typed', async () => {
    const seen: { request: unknown; sender: Sender }[] = [];
    const background = handle<BackgroundCalls>({
      'clip-status': (request, sender) => {
        seen.push({ request, sender });
        return { clipped: true, id: 7 };
      },
    });
    // The popup hears the same broadcast and stays silent: the background's answer is the one that arrives.
    const popup = handle<TabCalls>({ 'page-info': () => ({ state: 'off', isArticle: false, title: null, url: '', counts: { official: 0, document: 0, date: 0 }, clipId: null }) });
    const sender: Sender = { tab: { id: 3 }, frameId: 0, url: 'https://baotinh.vn/a.html' };
    const { send, sent } = wire([popup, background], sender);
    const call = caller<BackgroundCalls>(send);
    const status = await call('clip-status', { url: 'https://baotinh.vn/a.html' });
    expect(status).toEqual({ clipped: true, id: 7 });
    expect(sent).toEqual([{ type: 'dvlens:clip-status', url: 'https://baotinh.vn/a.html' }]);
    expect(seen).toEqual([{ request: { url: 'https://baotinh.vn/a.html' }, sender }]);
    // A request cannot rename the call it is sent as.
    await call('clip-status', { url: 'x', type: 'dvlens:save-clip' } as never);
    expect((sent[1] as { type: string }).type).toBe('dvlens:clip-status');
  });

  it('rejects when nobody answers, so the caller can inject the content script and ask again', async () => {
    const { send } = wire([handle<BackgroundCalls>({ counts: () => undefined })]);
    const call = caller<TabCalls>(send);
    await expect(call('do-clip')).rejects.toThrow(/Receiving end does not exist/);
  });
});
