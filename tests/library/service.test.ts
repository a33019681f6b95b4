import { describe, expect, it } from 'vitest';
import { clipProblem, clipStatus, saveClip } from '@/lib/library/service';
import { fixtureClip, memoryLibrary } from './helpers';

describe('the background clip service', () => {
  it('saves a clip and reports it clipped', async () => {
    const lib = memoryLibrary();
    const c = fixtureClip('06-tinh-mat-tran');
    const r = await saveClip(lib, c);
    expect(r).toMatchObject({ ok: true, created: true });
    expect(await clipStatus(lib, c.url)).toEqual({ clipped: true, id: r.ok ? r.id : -1 });
    expect(await clipStatus(lib, 'https://baotinh.example.vn/khac.html')).toEqual({ clipped: false });
  });

  it('answers malformed input with the field at fault, and writes nothing', async () => {
    const lib = memoryLibrary();
    expect(clipProblem(null)).toBe('not an object');
    expect(clipProblem({ ...fixtureClip('06-tinh-mat-tran'), url: 'javascript:alert(1)' })).toMatch(/^url/);
    expect(clipProblem({ ...fixtureClip('06-tinh-mat-tran'), officials: 'x' })).toBe('officials: expected a list');
    const r = await saveClip(lib, { ...fixtureClip('06-tinh-mat-tran'), tags: null });
    expect(r).toEqual({ ok: false, code: 'invalid', message: 'The clip is malformed (tags: expected a list).' });
    expect(await lib.count()).toBe(0);
  });

  it('turns a closed database into a sentence the reader can act on', async () => {
    const lib = memoryLibrary();
    lib.db.close();
    const r = await saveClip(lib, fixtureClip('06-tinh-mat-tran'));
    expect(r).toMatchObject({ ok: false, code: 'closed' });
    expect(r.ok ? '' : r.message).toMatch(/Reload the page and try again/);
  });
});
