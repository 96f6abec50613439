import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRunner, registerActionRunner, unregisterActionRunner } from './action-registry';
import { ACCOUNT, basic, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());

const act = (object: Record<string, unknown>, user = 'admin') => sb.one('x:Action/set', { create: { a: object } }, user);
const queueState = async (user = 'admin') => {
  const res = await fetch(`${sb.url}/api/sandbox/queue`, { headers: { authorization: basic(user) } });
  return { status: res.status, body: await res.json() };
};

const CLASSIFY_INPUT = { message: 'Subject: hi\r\n\r\nhello', remoteIp: '192.0.2.1', ehloDomain: 'mx.example.org', envFrom: 'alice@example.org' };

describe('x:Action', () => {
  it('pauses and resumes the queue, readable through /api/sandbox/queue', async () => {
    expect(await queueState()).toEqual({ status: 200, body: { paused: false } });
    const paused = await act({ '@type': 'PauseMtaQueue' }, 'support');
    expect(paused.created.a).toEqual({ id: expect.any(String) });
    expect((await queueState('viewer')).body).toEqual({ paused: true });
    await act({ '@type': 'ResumeMtaQueue' });
    expect((await queueState()).body).toEqual({ paused: false });
    expect((await fetch(`${sb.url}/api/sandbox/queue`)).status).toBe(401);
  });

  it('answers every simple variant with a fresh timestamp id', async () => {
    const simple = ['ReloadSettings', 'ReloadTlsCertificates', 'ReloadLookupStores', 'ReloadBlockedIps', 'UpdateApps', 'InvalidateCaches', 'InvalidateNegativeCaches'];
    const create = Object.fromEntries(simple.map((t, i) => [`a${i}`, { '@type': t }]));
    const res = await sb.one('x:Action/set', { create });
    const ids = Object.values(res.created).map((c) => (c as { id: string }).id);
    expect(ids).toHaveLength(simple.length);
    expect(new Set(ids).size).toBe(simple.length);
    expect(res.notCreated).toEqual({});
  });

  it('ReloadSettings makes edits visible to action runners', async () => {
    let seen: number | undefined;
    registerActionRunner('ClassifySpam', async (_input, ctx) => {
      seen = (ctx.config.objects['x:SpamSettings'][0] as { scoreSpam: number }).scoreSpam;
      return { ok: true, result: { score: 0, result: 'ham', tags: {} } };
    });
    await sb.one('x:SpamSettings/set', { update: { singleton: { scoreSpam: 9 } } });
    await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT });
    expect(seen).toBe(5);
    await act({ '@type': 'ReloadSettings' });
    await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT });
    expect(seen).toBe(9);
  });

  it('dispatches result variants to their runner with validated, default-filled input', async () => {
    let received: Record<string, unknown> | undefined;
    registerActionRunner('ClassifySpam', async (input) => {
      received = input;
      return { ok: true, result: { score: 7.5, result: 'spam', tags: { SUBJ_ALL_CAPS: { score: 3, disposition: 'score' } } } };
    });
    const res = await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT, envRcptTo: { 'bob@example.com': true } });
    expect(res.created.a).toEqual({ score: 7.5, result: 'spam', tags: { SUBJ_ALL_CAPS: { score: 3, disposition: 'score' } } });
    expect(received).toEqual({ ...CLASSIFY_INPUT, envRcptTo: { 'bob@example.com': true }, authenticatedAs: null, isTls: true, envFromParameters: null });
    registerActionRunner('ClassifySpam', async () => ({ ok: false, error: { type: 'invalidProperties', description: 'Failed to parse the message for spam classification', properties: ['message'] } }));
    expect((await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT })).notCreated.a).toEqual({
      type: 'invalidProperties',
      description: 'Failed to parse the message for spam classification',
      properties: ['message'],
    });
  });

  it('fails a runner whose answer strays from the result schema instead of sending it', async () => {
    const installed = actionRunner('ClassifySpam');
    registerActionRunner('ClassifySpam', async () => ({ ok: true, result: { score: '7.5', result: 'spam', tags: {} } }));
    try {
      const [[name, error]] = await sb.call([['x:Action/set', { accountId: ACCOUNT.admin, create: { a: { '@type': 'ClassifySpam', ...CLASSIFY_INPUT } } }, '0']]);
      expect([name, error.type]).toEqual(['error', 'serverFail']);
    } finally {
      if (installed) registerActionRunner('ClassifySpam', installed);
    }
  });

  it('validates action input before running it', async () => {
    const missing = await act({ '@type': 'TroubleshootDmarc', remoteIp: '192.0.2.1' });
    expect(missing.notCreated.a.type).toBe('validationFailed');
    expect(missing.notCreated.a.validationErrors).toEqual(
      expect.arrayContaining([{ type: 'Required', property: 'ehloDomain' }, { type: 'Required', property: 'mailFrom' }]),
    );
    const badIp = await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT, remoteIp: '999.1.1.1' });
    // An IP address that does not parse fails the patch itself (registry/src/types/ipaddr.rs).
    expect(badIp.notCreated.a).toEqual({ type: 'invalidPatch', description: 'Failed to parse IpAddr from string', properties: ['remoteIp'] });
    const arrayRcpt = await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT, envRcptTo: ['bob@example.com'] });
    expect(arrayRcpt.notCreated.a).toMatchObject({ type: 'invalidPatch', properties: ['envRcptTo'] });
    const serverSet = await act({ '@type': 'ClassifySpam', ...CLASSIFY_INPUT, score: 1 });
    expect(serverSet.notCreated.a).toMatchObject({ type: 'invalidPatch', description: 'Cannot modify read-only property', properties: ['score'] });
    const unknownType = await act({ '@type': 'Reboot' });
    expect(unknownType.notCreated.a).toMatchObject({ type: 'invalidPatch', properties: [''] });
  });

  it('refuses variants without their action permission', async () => {
    const res = await act({ '@type': 'ReloadSettings' }, 'support');
    expect(res.notCreated.a).toEqual({ type: 'forbidden', description: 'Insufficient permissions to perform action of type ReloadSettings', properties: [] });
    const [[name, error]] = await sb.call([['x:Action/set', { accountId: ACCOUNT.viewer, create: { a: { '@type': 'PauseMtaQueue' } } }, '0']], 'viewer');
    expect([name, error.type]).toEqual(['error', 'forbidden']);
  });

  it('cannot be got, queried, updated or destroyed', async () => {
    const got = await sb.one('x:Action/get', { ids: ['a', 'b'] });
    expect(got).toMatchObject({ list: [], notFound: ['a', 'b'] });
    const [[name, error]] = await sb.call([['x:Action/query', { accountId: ACCOUNT.admin }, '0']]);
    expect([name, error]).toEqual(['error', { type: 'invalidArguments', description: 'Actions cannot be queried' }]);
    const res = await sb.one('x:Action/set', { update: { x: { '@type': 'ReloadSettings' } }, destroy: ['y'] });
    expect(res.notUpdated.x).toEqual({ type: 'forbidden', description: 'Actions cannot be updated', properties: [] });
    expect(res.notDestroyed.y).toEqual({ type: 'forbidden', description: 'Actions cannot be destroyed', properties: [] });
  });
});

describe('x:Action without an installed runner', () => {
  it('says the feature is not available instead of inventing a result', async () => {
    const installed = actionRunner('TroubleshootDmarc');
    unregisterActionRunner('TroubleshootDmarc');
    try {
      const res = await act({ '@type': 'TroubleshootDmarc', remoteIp: '192.0.2.1', ehloDomain: 'mx.example.org', mailFrom: 'a@example.org', spfEhloDomain: 'mx.example.org', spfMailFromDomain: 'example.org' });
      expect(res.notCreated.a).toMatchObject({ type: 'forbidden', description: expect.stringContaining('not available'), properties: [] });
      expect(res.created).toEqual({});
    } finally {
      if (installed) registerActionRunner('TroubleshootDmarc', installed);
    }
  });
});
