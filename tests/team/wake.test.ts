/**
 * When the background wakes the team library, and where it runs: the rules
 * of lib/team/wake.ts, which the background applies on each of its starts
 * and on every message (Chrome may have closed the offscreen document or
 * stopped the service worker in between).
 */
import { describe, expect, it } from 'vitest';
import type { TeamConfig } from '@/lib/team/state';
import { configKey, teamHost, wakeStep } from '@/lib/team/wake';

const lan: TeamConfig = { server: 'https://couch.tinhuy.example.vn/bandanvan', user: 'lan', password: 'Mật-khẩu Lan 2024' };

describe('waking the team library', () => {
  it('runs in the offscreen document where there is one, in the background page where it has workers (Firefox), else nowhere', () => {
    expect(teamHost(true, false)).toBe('offscreen');
    expect(teamHost(true, true)).toBe('offscreen');
    expect(teamHost(false, true)).toBe('background');
    expect(teamHost(false, false)).toBe('none');
  });

  it('opens nothing and says nothing without a team library, unless a document may still run one', () => {
    expect(wakeStep({ config: null, host: 'offscreen', documentOpen: false, told: null })).toEqual({ open: false, tell: false });
    // A service worker started again with the document open: it may hold a worker of a team library since removed.
    expect(wakeStep({ config: null, host: 'offscreen', documentOpen: true, told: null })).toEqual({ open: false, tell: true });
    expect(wakeStep({ config: null, host: 'offscreen', documentOpen: true, told: configKey(lan) })).toEqual({ open: false, tell: true });
    expect(wakeStep({ config: null, host: 'offscreen', documentOpen: true, told: '' })).toEqual({ open: false, tell: false });
    expect(wakeStep({ config: lan, host: 'none', documentOpen: false, told: null })).toEqual({ open: false, tell: false });
  });

  it('reopens a document Chrome closed, and tells a new document or a restarted service worker once', () => {
    // The document was closed (or never opened): open it and start replication in it.
    expect(wakeStep({ config: lan, host: 'offscreen', documentOpen: false, told: configKey(lan) })).toEqual({ open: true, tell: true });
    // The service worker started again (it remembers nothing) with the document open.
    expect(wakeStep({ config: lan, host: 'offscreen', documentOpen: true, told: null })).toEqual({ open: false, tell: true });
    // Already told this document: every further message costs nothing.
    expect(wakeStep({ config: lan, host: 'offscreen', documentOpen: true, told: configKey(lan) })).toEqual({ open: false, tell: false });
    // A new password at Connect: tell it.
    expect(wakeStep({ config: { ...lan, password: 'mới' }, host: 'offscreen', documentOpen: true, told: configKey(lan) })).toEqual({ open: false, tell: true });
  });

  it('in the background page (Firefox), starts once and again only for a changed configuration', () => {
    // Nothing started in this page yet ("documentOpen" false): start it; without a team library, load nothing.
    expect(wakeStep({ config: lan, host: 'background', documentOpen: false, told: null })).toEqual({ open: false, tell: true });
    expect(wakeStep({ config: null, host: 'background', documentOpen: false, told: null })).toEqual({ open: false, tell: false });
    expect(wakeStep({ config: lan, host: 'background', documentOpen: true, told: configKey(lan) })).toEqual({ open: false, tell: false });
    expect(wakeStep({ config: null, host: 'background', documentOpen: true, told: configKey(lan) })).toEqual({ open: false, tell: true });
  });

  it('tells configurations apart by server, user and password', () => {
    expect(configKey(null)).toBe('');
    const keys = new Set([lan, { ...lan, user: 'minh' }, { ...lan, server: 'https://couch.tinhuy.example.vn/bandanvan2' }, { ...lan, password: 'x' }].map(configKey));
    expect(keys.size).toBe(4);
    expect(configKey({ ...lan })).toBe(configKey(lan));
  });
});
