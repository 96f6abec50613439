import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());

describe('x:SpamSettings singleton', () => {
  it('returns a default-filled object when never stored, for ids null or ["singleton"]', async () => {
    const expected = {
      id: 'singleton',
      enable: true,
      scoreSpam: 5,
      scoreDiscard: 0,
      scoreReject: 0,
      trustContacts: true,
      trustReplies: true,
      greylistFor: null,
      spamFilterRulesUrl: 'https://github.com/stalwartlabs/spam-filter/releases/latest/download/spam-filter-rules.json.gz',
    };
    expect((await sb.one('x:SpamSettings/get', { ids: null })).list).toEqual([expected]);
    const res = await sb.one('x:SpamSettings/get', { ids: ['singleton', 'other'] });
    expect(res.list).toEqual([expected]);
    expect(res.notFound).toEqual(['other']);
  });

  it('updates "singleton" and persists the change; other ids are notFound', async () => {
    const res = await sb.one('x:SpamSettings/set', { update: { singleton: { scoreSpam: 6.5, greylistFor: 300000 }, other: { scoreSpam: 1 } } });
    expect(res.updated).toEqual({ singleton: null });
    expect(res.notUpdated.other).toMatchObject({ type: 'notFound', description: expect.any(String), properties: [] });
    const [settings] = (await sb.one('x:SpamSettings/get', { ids: ['singleton'] })).list;
    expect(settings).toMatchObject({ scoreSpam: 6.5, greylistFor: 300000, trustContacts: true });
  });

  it('validates floats and durations', async () => {
    const range = await sb.one('x:SpamSettings/set', { update: { singleton: { scoreReject: 101 } } });
    expect(range.notUpdated.singleton.validationErrors).toEqual([{ type: 'MaxValue', property: 'scoreReject', required: 100 }]);
    const text = await sb.one('x:SpamSettings/set', { update: { singleton: { scoreSpam: '5' } } });
    expect(text.notUpdated.singleton).toEqual({ type: 'invalidPatch', description: 'Invalid value for float property (expected finite number)', properties: ['scoreSpam'] });
    const zero = await sb.one('x:SpamSettings/set', { update: { singleton: { greylistFor: 0 } } });
    expect(zero.notUpdated.singleton).toMatchObject({ type: 'invalidPatch', description: 'Invalid duration value' });
  });

  it('only trims spamFilterRulesUrl', async () => {
    const url = await sb.one('x:SpamSettings/set', { update: { singleton: { spamFilterRulesUrl: '  not a url  ' } } });
    expect(url.updated).toEqual({ singleton: null });
    expect((await sb.one('x:SpamSettings/get', { properties: ['spamFilterRulesUrl'] })).list).toEqual([{ id: 'singleton', spamFilterRulesUrl: 'not a url' }]);
  });

  it('null clears an optional string, which then reads back as null', async () => {
    await sb.one('x:SpamSettings/set', { update: { singleton: { spamFilterRulesUrl: 'https://rules.example/spam.json' } } });
    const cleared = await sb.one('x:SpamSettings/set', { update: { singleton: { spamFilterRulesUrl: null } } });
    expect(cleared.updated).toEqual({ singleton: null });
    expect((await sb.one('x:SpamSettings/get', { properties: ['spamFilterRulesUrl'] })).list).toEqual([{ id: 'singleton', spamFilterRulesUrl: null }]);
  });

  it('a create replaces the singleton, unsent properties taking their defaults; destroy is refused', async () => {
    await sb.one('x:SpamSettings/set', { update: { singleton: { scoreSpam: 7, trustContacts: false } } });
    const res = await sb.one('x:SpamSettings/set', { create: { s: { scoreReject: 20 } }, destroy: ['singleton'] });
    expect(res.created).toEqual({ s: { id: 'singleton' } });
    expect(res.notDestroyed.singleton).toMatchObject({ type: 'singleton' });
    const [settings] = (await sb.one('x:SpamSettings/get', { ids: null })).list;
    expect(settings).toMatchObject({ scoreReject: 20, scoreSpam: 5, trustContacts: true });
  });

  it('has no /query', async () => {
    const [[name, error]] = await sb.call([['x:SpamSettings/query', { accountId: ACCOUNT.admin }, '0']]);
    expect([name, error.type]).toEqual(['error', 'unknownMethod']);
  });

  it('needs only Get to read and Update to write', async () => {
    expect((await sb.one('x:SpamSettings/get', { ids: null }, 'support')).list).toHaveLength(1);
    const [[name, error]] = await sb.call([['x:SpamSettings/set', { accountId: ACCOUNT.support, update: { singleton: { enable: false } } }, '0']], 'support');
    expect([name, error.type]).toEqual(['error', 'forbidden']);
  });
});
