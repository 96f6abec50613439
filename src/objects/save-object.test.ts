// Saving against an in-memory sandbox over HTTP; answers a real server never gives (an object it
// created but does not return, a /get that fails beside a /set) are the sandbox's own answers,
// rewritten, and say so.
import { describe, expect, it } from 'vitest';
import { rewriteNextApiAnswer, startClientSandbox } from '../jmap/test-support/sandbox-client';
import { createObject, destroyObject, updateObject } from './save-object';

const server = await startClientSandbox({ authFailureDelay: false });
const ACCOUNT = 'b';

const callsOf = () => server.apiRequests().map((r) => r.body!.methodCalls.map(([name, args]) => [name, args] as const));
const milterWire = (hostname: string, port = 11332) => ({ hostname, port, enable: { else: 'false' } });

/** A milter stored on the sandbox, as it reads back. */
async function storedMilter(hostname: string, port = 11332) {
  const created = await createObject(server.client(), 'x:MtaMilter', milterWire(hostname, port), 'milter');
  if (created.kind !== 'saved') throw new Error(`setup failed: ${JSON.stringify(created)}`);
  server.reset();
  return created.loaded.object;
}

const request = (id: string, patch: Record<string, unknown>, base: object, properties = ['hostname', 'port']) => ({ id, patch, base: base as never, properties });

describe('createObject', () => {
  it('sends /set create and a /get of "#noun" in one request and answers the object as stored', async () => {
    server.reset();
    const outcome = await createObject(server.client(), 'x:MtaMilter', milterWire(' filter.example '), 'milter');
    expect(callsOf()).toEqual([
      [
        ['x:MtaMilter/set', { accountId: ACCOUNT, create: { milter: milterWire(' filter.example ') } }],
        ['x:MtaMilter/get', { accountId: ACCOUNT, ids: ['#milter'] }],
      ],
    ]);
    // As stored: the hostname trimmed, the properties not sent at their defaults.
    expect(outcome).toMatchObject({ kind: 'saved', loaded: { object: { id: expect.any(String), hostname: 'filter.example', port: 11332 } } });
    expect(outcome.kind === 'saved' && Object.keys(outcome.loaded.object).length).toBeGreaterThan(4);
  });

  it('shows what the server stored, not what was sent (normalisation)', async () => {
    const outcome = await createObject(server.client(), 'x:SpamRule', { '@type': 'Any', name: 'deep lower', enable: false, condition: { else: 'false' } }, 'rule');
    expect(outcome).toMatchObject({ kind: 'saved', loaded: { object: { name: 'DEEPLOWER' } } });
  });

  it('never makes the object up from what was sent when the /get brings nothing', async () => {
    // Rewritten: a real server returns what it has just created; the client must not invent it.
    server.answerNext(rewriteNextApiAnswer(([set, get]) => [set!, ['error', { type: 'serverFail' }, get![2]]]));
    const outcome = await createObject(server.client(), 'x:MtaMilter', milterWire('gone.example'), 'milter');
    expect(outcome).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: expect.stringMatching(/^The milter was created \(id \w+\), but the server did not return it$/) },
    });
  });

  it('answers rejected with the SetError of a refused create, though the /get beside it fails', async () => {
    const outcome = await createObject(server.client(), 'x:SpamRule', { name: 'NO_TYPE', condition: { else: 'false' } } as never, 'rule');
    expect(outcome).toMatchObject({ kind: 'rejected', error: { type: 'invalidPatch' } });
  });

  it('answers failed on a method error, or when the server confirms nothing', async () => {
    // The viewer may read milters but not create them: the whole call is refused.
    const forbidden = await createObject(server.client({ user: 'viewer' }), 'x:MtaMilter', milterWire('viewer.example'), 'milter');
    expect(forbidden).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'forbidden' } });

    // Rewritten: a /set that neither creates nor refuses, which a real server does not send.
    server.answerNext(rewriteNextApiAnswer(([set, get]) => [[set![0], { accountId: ACCOUNT }, set![2]], get!]));
    expect(await createObject(server.client(), 'x:MtaMilter', milterWire('nothing.example'), 'milter')).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The server did not confirm the new milter' },
    });
  });
});

describe('updateObject', () => {
  it('reads the form properties again, then sends the patch and a /get of the object together', async () => {
    const milter = await storedMilter('update.example');
    const outcome = await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 2000 }, milter), 'milter');
    expect(callsOf()).toEqual([
      [['x:MtaMilter/get', { accountId: ACCOUNT, ids: [milter.id], properties: ['hostname', 'port'] }]],
      [
        ['x:MtaMilter/set', { accountId: ACCOUNT, update: { [milter.id]: { port: 2000 } } }],
        ['x:MtaMilter/get', { accountId: ACCOUNT, ids: [milter.id] }],
      ],
    ]);
    expect(JSON.stringify(callsOf())).not.toContain('ifInState');
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { ...milter, port: 2000 } } });
  });

  it('sends nothing when someone else changed a form property, and answers their copy', async () => {
    const milter = await storedMilter('mine.example', 3000);
    await server.sandbox.one('x:MtaMilter/set', { update: { [milter.id]: { hostname: 'theirs.example', port: 3100 } } });
    const outcome = await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 3200 }, milter), 'milter');
    expect(outcome).toEqual({ kind: 'conflict', server: { object: { ...milter, hostname: 'theirs.example', port: 3100 } }, changed: ['hostname', 'port'] });
    expect(callsOf()).toHaveLength(1);
    const now = await server.sandbox.one('x:MtaMilter/get', { ids: [milter.id], properties: ['port'] });
    expect(now.list[0].port).toBe(3100);
  });

  it('ignores changes to properties the form does not show', async () => {
    const milter = await storedMilter('tls.example');
    await server.sandbox.one('x:MtaMilter/set', { update: { [milter.id]: { useTls: !milter.useTls } } });
    const outcome = await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 2 }, milter), 'milter');
    expect(outcome.kind).toBe('saved');
  });

  it('answers a conflict with no server copy once the object is gone', async () => {
    const milter = await storedMilter('deleted.example');
    await server.sandbox.one('x:MtaMilter/set', { destroy: [milter.id] });
    expect(await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 1 }, milter), 'milter')).toEqual({
      kind: 'conflict',
      server: null,
      changed: [],
    });
  });

  it('answers failed for a method error on the read or on the write', async () => {
    const milter = await storedMilter('errors.example');
    // Rewritten: the sandbox does not fail a read on demand.
    server.answerNext(rewriteNextApiAnswer(([get]) => [['error', { type: 'serverFail' }, get![2]]]));
    const read = await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 1 }, milter), 'milter');
    expect(read).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'serverFail' } });

    // The viewer reads the milter, but may not change it.
    const forbidden = await updateObject(server.client({ user: 'viewer' }), 'x:MtaMilter', request(milter.id, { port: 1 }, milter), 'milter');
    expect(forbidden).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'forbidden' } });
  });

  it('answers rejected with the SetError of a refused update', async () => {
    const created = await createObject(server.client(), 'x:SpamRule', { '@type': 'Any', name: 'REFUSED', enable: false, condition: { else: 'false' } }, 'rule');
    if (created.kind !== 'saved') throw new Error('setup failed');
    const rule = created.loaded.object;
    // A real server refuses "" for a string property.
    const outcome = await updateObject(server.client(), 'x:SpamRule', request(rule.id, { description: '' }, rule, ['priority']), 'rule');
    expect(outcome).toMatchObject({ kind: 'rejected', error: { type: 'invalidPatch', properties: ['description'] } });
  });

  it('answers failed when the saved object does not come back, naming it in the message', async () => {
    const milter = await storedMilter('vanishing.example');
    // Rewritten: a real server returns the object it has just updated.
    const dropGet = rewriteNextApiAnswer(([set, get]) => [set!, [get![0], { ...get![1], list: [] }, get![2]]]);
    const readFirst = (url: string, init: RequestInit) => (typeof init.body === 'string' && init.body.includes('/set') ? dropGet(url, init) : undefined);
    server.answerNext(readFirst);
    expect(await updateObject(server.client(), 'x:MtaMilter', request(milter.id, { port: 1 }, milter), 'milter')).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The saved milter was not returned' },
    });

    const settings = await server.sandbox.one('x:SpamSettings/get', { ids: ['singleton'], properties: ['scoreSpam'] });
    const base = settings.list[0];
    server.answerNext(readFirst);
    const patch = request('singleton', { scoreSpam: base.scoreSpam + 1 }, base, ['scoreSpam']);
    expect(await updateObject(server.client(), 'x:SpamSettings', patch, { plural: 'settings' })).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The saved settings were not returned' },
    });
  });
});

describe('destroyObject', () => {
  it('destroys the object', async () => {
    const milter = await storedMilter('destroyed.example');
    expect(await destroyObject(server.client(), 'x:MtaMilter', milter.id)).toEqual({ ok: true, value: undefined });
    expect(callsOf()).toEqual([[['x:MtaMilter/set', { accountId: ACCOUNT, destroy: [milter.id] }]]]);
    const now = await server.sandbox.one('x:MtaMilter/get', { ids: [milter.id] });
    expect(now.list).toEqual([]);
  });

  it('answers the SetError of a refused destroy, or the method error', async () => {
    const milter = await storedMilter('kept.example');
    await server.sandbox.one('x:MtaMilter/set', { destroy: [milter.id] });
    // Already gone: the server refuses the destroy of that id.
    expect(await destroyObject(server.client(), 'x:MtaMilter', milter.id)).toMatchObject({ ok: false, error: { type: 'notFound' } });

    const other = await storedMilter('kept2.example');
    expect(await destroyObject(server.client({ user: 'viewer' }), 'x:MtaMilter', other.id)).toMatchObject({ ok: false, error: { kind: 'method', type: 'forbidden' } });
  });
});
