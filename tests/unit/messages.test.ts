import { describe, expect, it } from 'vitest';
import { badgeText, isMessage } from '@/lib/messages';

describe('messages', () => {
  it('recognises only our messages', () => {
    expect(isMessage({ type: 'dvlens:counts', state: 'annotated', total: 3 })).toBe(true);
    expect(isMessage({ type: 'other' })).toBe(false);
    expect(isMessage(null)).toBe(false);
  });
  it('shows counts on the badge for articles, including those below the dân vận threshold', () => {
    expect(badgeText({ type: 'dvlens:counts', state: 'annotated', total: 12 })).toBe('12');
    expect(badgeText({ type: 'dvlens:counts', state: 'off', total: 4 })).toBe('4');
    expect(badgeText({ type: 'dvlens:counts', state: 'not-article', total: 4 })).toBe('');
    expect(badgeText({ type: 'dvlens:counts', state: 'annotated', total: 1500 })).toBe('999+');
  });
});

describe('answering messages', () => {
  it('sends the outcome later and keeps the channel open; a failure answers null', async () => {
    const { answerWith } = await import('@/lib/messages');
    const got: unknown[] = [];
    expect(answerWith(Promise.resolve({ ok: true }), (r) => got.push(r))).toBe(true);
    expect(answerWith(Promise.reject(new Error('x')), (r) => got.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([{ ok: true }, null]);
  });
});
