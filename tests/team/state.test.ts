/**
 * The team library's settings and words: the address check, the basic
 * authentication header, errors sorted into what the reader is told, the
 * status line, and connect/disconnect on the library's database.
 */
import { describe, expect, it } from 'vitest';
import { basicAuth, beginTeam, endTeam, parseServer, problemOf, serverPattern, type TeamState, teamState } from '@/lib/team/state';
import { statusText } from '@/lib/team/status';
import { fixtureClip, memoryLibrary } from '../library/helpers';

describe('team settings', () => {
  it('takes a database address and refuses what is not one', () => {
    expect(parseServer(' https://couch.tinhuy.example.vn/bandanvan/ ')).toBe('https://couch.tinhuy.example.vn/bandanvan');
    expect(parseServer('http://127.0.0.1:5984/team_2024')).toBe('http://127.0.0.1:5984/team_2024');
    for (const bad of ['couch.example.vn/bandanvan', 'https://couch.example.vn/', 'https://couch.example.vn/BanDanVan', 'https://lan:pw@couch.example.vn/db', 'ftp://couch.example.vn/db', 'https://couch.example.vn/a/b', 'https://couch.example.vn/db?x=1']) {
      expect(parseServer(bad), bad).toBeNull();
    }
    expect(serverPattern('https://couch.example.vn:6984/bandanvan')).toBe('https://couch.example.vn/*');
  });

  it('encodes Vietnamese user names and passwords as UTF-8 in the basic authentication header', () => {
    const header = basicAuth('lan', 'Mật khẩu');
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('lan:Mật khẩu');
  });

  it('sorts errors into what the reader is told', () => {
    expect(problemOf({ status: 401, name: 'unauthorized' })).toBe('unauthorized');
    expect(problemOf({ status: 403, name: 'forbidden' })).toBe('forbidden');
    expect(problemOf({ status: 404, name: 'not_found' })).toBe('not-found');
    expect(problemOf(new TypeError('Failed to fetch'))).toBe('unreachable');
    expect(problemOf({ status: 500, name: 'internal' })).toBe('server');
  });

  it('says the state in words, in both languages', () => {
    const state: TeamState = { url: '', server: 'https://c.example.vn/team', user: 'lan', since: 4, lastSynced: '2024-07-18T07:05:00.000Z', pendingRemote: 0, problem: null, detail: null, active: false };
    expect(statusText('en', state, 2)).toEqual({ text: expect.stringMatching(/^Last synced 7\/1[789]\/24, \d+:\d\d [AP]M\. 2 changes waiting to be sent\.$/), error: false });
    const down = statusText('vi', { ...state, problem: 'unreachable' }, 0);
    expect(down.error).toBe(true);
    expect(down.text).toMatch(/^Không kết nối được máy chủ/);
    expect(statusText('en', { ...state, problem: 'unauthorized', lastSynced: null }, 0).text).toBe('Wrong user name or password. Not synced yet.');
  });

  it('connecting queues every clip; disconnecting forgets the team and keeps the clips', async () => {
    const lib = memoryLibrary('state');
    await lib.saveMany([fixtureClip('01-tinh-giao-ban'), fixtureClip('02-trung-uong-hoi-nghi')]);
    // Not connected: writes are not queued.
    expect(await lib.db.outbox.count()).toBe(0);
    await beginTeam(lib.db, 'https://c.example.vn/team', 'lan');
    expect(await lib.db.outbox.count()).toBe(2);
    expect((await teamState(lib.db))?.user).toBe('lan');
    // Connecting again to the same team changes nothing; an edit is queued.
    await beginTeam(lib.db, 'https://c.example.vn/team', 'lan');
    await lib.db.outbox.clear();
    const [first] = await lib.latest(1);
    await lib.edit(first?.id as number, { note: 'ghi chú' });
    expect((await lib.db.outbox.toArray()).map((e) => e.url)).toEqual([first?.url]);
    await endTeam(lib.db);
    expect(await teamState(lib.db)).toBeNull();
    expect(await lib.db.outbox.count()).toBe(0);
    expect(await lib.count()).toBe(2);
    await lib.edit(first?.id as number, { note: 'sau khi ngắt' });
    expect(await lib.db.outbox.count()).toBe(0);
  });
});
