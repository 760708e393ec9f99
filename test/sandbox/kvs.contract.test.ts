/**
 * Contract: the emulated Forge KVS, driven through the real @forge/kvs package, with the documented
 * limits and error codes (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs/).
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { createTestSite } from '../support/test-site';

let site: Site;
beforeEach(() => {
  // As just installed: the app has stored nothing, so what a test stores is all there is.
  site = createTestSite(0, { freshInstall: true });
});
afterEach(async () => {
  await site.close();
});

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; responseDetails?: { status?: number } }) => ({ code: e.code, status: e.responseDetails?.status }),
  );

describe('get, set, delete', () => {
  it('round-trips a value; a missing key reads as undefined and deletes quietly', async () => {
    await kvs.set('config:matrix', { version: 1, cells: [[1, 2]] });
    expect(await kvs.get('config:matrix')).toEqual({ version: 1, cells: [[1, 2]] });
    expect(await kvs.get('config:absent')).toBeUndefined();
    await kvs.delete('config:matrix');
    await expect(kvs.delete('config:matrix')).resolves.toBeUndefined();
    expect(await kvs.get('config:matrix')).toBeUndefined();
  });

  it.each([
    ['a key with a character outside the pattern', 'config/matrix', 'INVALID_KEY'],
    ['a key of only spaces', '   ', 'INVALID_KEY'],
    ['a key over 500 characters', 'k'.repeat(501), 'KEY_TOO_LONG'],
    ['an empty key', '', 'KEY_TOO_SHORT'],
  ])('refuses %s with 400 %s and stores nothing', async (_name, key, code) => {
    expect(await rejection(kvs.set(key, { a: 1 }))).toEqual({ code, status: 400 });
    expect(Object.keys(site.state.kvs)).toEqual([]);
  });

  it('accepts a key of exactly 500 characters using every allowed character class', async () => {
    const key = `a-Z_0.9:#  ${'x'.repeat(489)}`;
    expect(key).toHaveLength(500);
    await kvs.set(key, 1);
    expect(await kvs.get(key)).toBe(1);
  });

  it('refuses a value over 240 KiB (MAX_SIZE) and one nested deeper than 32 (MAX_DEPTH)', async () => {
    expect(await rejection(kvs.set('big', 'x'.repeat(240 * 1024)))).toEqual({ code: 'MAX_SIZE', status: 400 });
    let deep: unknown = 1;
    for (let i = 0; i < 33; i++) deep = { d: deep };
    expect(await rejection(kvs.set('deep', deep))).toEqual({ code: 'MAX_DEPTH', status: 400 });
  });

  it('keyPolicy FAIL_IF_EXISTS creates once and then rejects; returnValue needs OVERRIDE', async () => {
    await kvs.set('lease:1', { by: 'a' }, { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await rejection(kvs.set('lease:1', { by: 'b' }, { keyPolicy: 'FAIL_IF_EXISTS' }))).toEqual({ code: 'KEY_ALREADY_EXISTS', status: 409 });
    expect(await kvs.get('lease:1')).toEqual({ by: 'a' });
    expect(await kvs.set('lease:1', { by: 'c' }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toMatchObject({ key: 'lease:1', value: { by: 'a' } });
  });

  it('expires a value after its ttl, on the site clock, but not exactly then (Forge: readable up to 48 h later)', async () => {
    await kvs.set('marker', true, { ttl: { value: 10, unit: 'MINUTES' } });
    await site.advanceTime(9 * 60_000);
    expect(await kvs.get('marker')).toBe(true);
    await site.advanceTime(2 * 60_000);
    expect(await kvs.get('marker')).toBe(true); // expired, still readable: nothing may rely on exact expiry
    await site.advanceTime(60 * 60_000);
    expect(await kvs.get('marker')).toBeUndefined();
  });

  it('keeps secrets apart from plain values', async () => {
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBeUndefined();
  });
});

describe('query', () => {
  it('lists by key prefix in key order, at most 100 a page, with cursors', async () => {
    for (let i = 0; i < 150; i++) await kvs.set(`timeline:1:${String(i).padStart(3, '0')}`, i);
    await kvs.set('timeline:2:000', 'other incident');
    const first = await kvs.query().where('key', WhereConditions.beginsWith('timeline:1:')).limit(100).getMany();
    expect(first.results).toHaveLength(100);
    expect(first.results[0]).toEqual({ key: 'timeline:1:000', value: 0 });
    const second = await kvs.query().where('key', WhereConditions.beginsWith('timeline:1:')).limit(100).cursor(first.nextCursor!).getMany();
    expect(second.results.map((r) => r.value)).toEqual(Array.from({ length: 50 }, (_, i) => 100 + i));
    expect(second.nextCursor).toBeUndefined();
  });

  it('defaults to 10 results and refuses a limit over 100', async () => {
    for (let i = 0; i < 12; i++) await kvs.set(`k:${i}`, i);
    expect((await kvs.query().where('key', WhereConditions.beginsWith('k:')).getMany()).results).toHaveLength(10);
    expect(await rejection(kvs.query().where('key', WhereConditions.beginsWith('k:')).limit(101).getMany())).toEqual({ code: 'INVALID_LIMIT', status: 400 });
  });
});

describe('batches and transactions', () => {
  it('batch set, get and delete succeed or fail item by item', async () => {
    const set = await kvs.batchSet([
      { key: 'a', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'b', value: 3 },
    ]);
    expect(set.successfulKeys.map((k) => k.key)).toEqual(['a', 'b']);
    expect(set.failedKeys).toEqual([{ key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } }]);
    const got = await kvs.batchGet([{ key: 'a' }, { key: 'missing' }]);
    expect(got.successfulKeys).toEqual([{ key: 'a', value: 1 }]);
    expect(got.failedKeys.map((k) => k.error.code)).toEqual(['KEY_NOT_FOUND']);
    const deleted = await kvs.batchDelete([{ key: 'a' }, { key: 'b' }, { key: 'never-there' }]);
    expect(deleted.successfulKeys.map((k) => k.key)).toEqual(['a', 'b']);
    expect(deleted.failedKeys).toEqual([{ key: 'never-there', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
    expect(await kvs.get('a')).toBeUndefined();
  });

  it('a transaction applies all its operations or none', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('x', 1).set('y', 2).delete('old').execute();
    expect([await kvs.get('x'), await kvs.get('y'), await kvs.get('old')]).toEqual([1, 2, undefined]);
    expect(await rejection(kvs.transact().set('z', 1).set('bad/key', 2).execute())).toEqual({ code: 'INVALID_KEY', status: 400 });
    expect(await kvs.get('z')).toBeUndefined();
    // One operation with a bad option fails them all, rather than being dropped.
    const badTtl = kvs
      .transact()
      .set('z', 1)
      .set('w', 2, undefined, { ttl: { value: -1, unit: 'DAYS' } } as never);
    expect(await rejection(badTtl.execute())).toEqual({ code: 'INVALID_TTL', status: 400 });
    expect(await kvs.get('z')).toBeUndefined();
  });

  it('refuses a transaction or a batch set over 4 MB as a whole', async () => {
    const big = 'x'.repeat(200 * 1024);
    let tx = kvs.transact();
    for (let i = 0; i < 21; i++) tx = tx.set(`big:${i}`, big);
    expect(await rejection(tx.execute())).toEqual({ code: 'PAYLOAD_TOO_LARGE', status: 400 });
    expect(await kvs.get('big:0')).toBeUndefined();
    expect(await rejection(kvs.batchSet(Array.from({ length: 21 }, (_, i) => ({ key: `big:${i}`, value: big }))))).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      status: 400,
    });
  });

  it('refuses more than 25 operations, and a key twice', async () => {
    let tx = kvs.transact();
    for (let i = 0; i < 26; i++) tx = tx.set(`t:${i}`, i);
    expect(await rejection(tx.execute())).toEqual({ code: 'TOO_MANY_OPERATIONS', status: 400 });
    expect(await rejection(kvs.transact().set('same', 1).delete('same').execute())).toEqual({ code: 'DUPLICATE_KEY', status: 400 });
  });
});

describe('what the site does not emulate', () => {
  it('custom entities fail loudly rather than pretend', async () => {
    expect(await rejection(kvs.entity('incident').get('x'))).toEqual({ code: 'NOT_SUPPORTED', status: 404 });
  });
});
