import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
let milterId: string;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
  milterId = (await sb.one('x:MtaMilter/set', { create: { m: { hostname: 'perm.example' } } })).created.m.id;
});
afterAll(() => sb.close());

const errorOf = async (user: string, name: string, args: Record<string, unknown>) => {
  const [[response, body]] = await sb.call([[name, { accountId: ACCOUNT[user], ...args }, '0']], user);
  return response === 'error' ? body.type : 'ok';
};

describe('method permissions', () => {
  it('lets the viewer read and query but not write', async () => {
    expect(await errorOf('viewer', 'x:MtaMilter/get', { ids: null })).toBe('ok');
    expect(await errorOf('viewer', 'x:SpamRule/query', {})).toBe('ok');
    expect(await errorOf('viewer', 'x:MtaMilter/set', { create: { m: { hostname: 'x' } } })).toBe('forbidden');
    expect(await errorOf('viewer', 'x:MtaMilter/set', { update: { [milterId]: { port: 1 } } })).toBe('forbidden');
    expect(await errorOf('viewer', 'x:MtaMilter/set', { destroy: [milterId] })).toBe('forbidden');
  });

  it('refuses any /set, even an empty one, to a caller with no write permission on the type', async () => {
    // support may read milters but holds no milter write permission of any kind.
    expect(await errorOf('support', 'x:MtaMilter/get', { ids: [milterId] })).toBe('ok');
    expect(await errorOf('support', 'x:MtaMilter/set', {})).toBe('forbidden');
    expect(await errorOf('support', 'x:MtaMilter/set', { update: { [milterId]: { port: 2 } } })).toBe('forbidden');
    // support may update and destroy queued messages, but not create them.
    expect(await errorOf('support', 'x:QueuedMessage/set', { destroy: ['nope'] })).toBe('ok');
    expect(await errorOf('support', 'x:QueuedMessage/set', {})).toBe('ok');
    // A call holding an operation the caller lacks is refused whole, not item by item.
    expect(await errorOf('support', 'x:QueuedMessage/set', { create: { q: {} } })).toBe('forbidden');
    expect(await errorOf('support', 'x:QueuedMessage/set', { create: { q: {} }, destroy: ['nope'] })).toBe('forbidden');
    expect(await errorOf('support', 'x:SpamRule/set', { create: { r: {} } })).toBe('forbidden');
  });

  it('gives the server\'s forbidden descriptions', async () => {
    const [[, error]] = await sb.call([['x:SpamRule/set', { accountId: ACCOUNT.viewer, destroy: ['a'] }, '0']], 'viewer');
    expect(error).toEqual({ type: 'forbidden', description: 'You are not authorized to create, update or destroy objects of this type' });
    const [[, create]] = await sb.call([['x:QueuedMessage/set', { accountId: ACCOUNT.support, create: { q: {} } }, '0']], 'support');
    expect(create).toEqual({ type: 'forbidden', description: 'You are not authorized to create objects of this type' });
    const [[, noGet]] = await sb.call([['x:MtaMilter/get', { accountId: ACCOUNT.support, ids: null }, '0'], ['x:SpamSettings/set', { accountId: ACCOUNT.support, update: {} }, '1']], 'support');
    expect(noGet).not.toHaveProperty('type', 'forbidden');
  });

  it('leaves data untouched when a call is refused', async () => {
    await errorOf('viewer', 'x:MtaMilter/set', { destroy: [milterId] });
    expect((await sb.one('x:MtaMilter/get', { ids: [milterId] })).list).toHaveLength(1);
  });
});
