import { describe, expect, it } from 'vitest';
import { createJmapClient } from './client';
import { createObject, destroyObject, updateObject } from './save-object';
import { createFakeServer } from './test-support/fake-jmap-fetch';

function setup() {
  const server = createFakeServer();
  const client = createJmapClient({
    serverUrl: 'https://mail.example.com',
    credentials: { kind: 'basic', username: 'admin', password: 'secret' },
    fetch: server.fetch,
  });
  return { server, client };
}

const milter = (id: string, hostname = 'localhost', port = 11332) => ({ id, hostname, port, enable: true });
const callsOf = (server: ReturnType<typeof setup>['server']) => server.apiRequests().map((r) => r.body!.methodCalls);

describe('createObject', () => {
  it('sends /set create and a /get of "#noun" in one request and answers the created object', async () => {
    const { server, client } = setup();
    const outcome = await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 9000 }, 'milter');

    const calls = callsOf(server);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map(([name, args]) => [name, args])).toEqual([
      ['x:MtaMilter/set', { accountId: 'acc1', create: { milter: { hostname: 'filter', port: 9000 } } }],
      ['x:MtaMilter/get', { accountId: 'acc1', ids: ['#milter'] }],
    ]);
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { id: 'n1', hostname: 'filter', port: 9000 }, state: null } });
  });

  it('builds the object from what was sent and the created answer when the /get fails', async () => {
    const { server, client } = setup();
    server.override('x:MtaMilter/set', (args) => [
      'x:MtaMilter/set',
      { accountId: args.accountId, created: { milter: { id: 'm9', enable: true } } },
    ]);
    server.override('x:MtaMilter/get', () => ['error', { type: 'serverFail' }]);
    const outcome = await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 9000 }, 'milter');
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { id: 'm9', hostname: 'filter', port: 9000, enable: true }, state: null } });
  });

  it('answers rejected with the SetError of a refused create', async () => {
    const { server, client } = setup();
    const refusal = { type: 'invalidProperties', properties: ['port'] };
    server.override('x:MtaMilter/set', (args) => ['x:MtaMilter/set', { accountId: args.accountId, notCreated: { milter: refusal } }]);
    expect(await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 0 }, 'milter')).toEqual({ kind: 'rejected', error: refusal });
  });

  it('answers failed on a method error, or when the server confirms nothing', async () => {
    const { server, client } = setup();
    server.override('x:MtaMilter/set', () => ['error', { type: 'forbidden' }]);
    const forbidden = await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 1 }, 'milter');
    expect(forbidden).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'forbidden' } });

    server.override('x:MtaMilter/set', (args) => ['x:MtaMilter/set', { accountId: args.accountId }]);
    expect(await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 1 }, 'milter')).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The server did not confirm the new milter' },
    });
  });
});

describe('updateObject', () => {
  it('sends the patch with ifInState and a /get of the object together, and answers the object as saved', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    const outcome = await updateObject(client, 'x:MtaMilter', 'm1', { port: 2000 }, 's7', 'milter');

    const calls = callsOf(server);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map(([name, args]) => [name, args])).toEqual([
      ['x:MtaMilter/set', { accountId: 'acc1', update: { m1: { port: 2000 } }, ifInState: 's7' }],
      ['x:MtaMilter/get', { accountId: 'acc1', ids: ['m1'] }],
    ]);
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { ...milter('m1'), port: 2000 }, state: null } });
  });

  it('leaves ifInState out when it is null (overwrite)', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    await updateObject(client, 'x:MtaMilter', 'm1', { hostname: 'other' }, null, 'milter');
    expect(callsOf(server)[0]![0]![1]).toEqual({ accountId: 'acc1', update: { m1: { hostname: 'other' } } });
  });

  it('answers a stateMismatch as a conflict with the server object and its state, or null once it is gone', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1', 'theirs')]);
    server.override('x:MtaMilter/set', () => ['error', { type: 'stateMismatch' }]);
    server.override('x:MtaMilter/get', (args) => {
      // The fake's /get answers state null; a real state shows it is carried into the conflict.
      const table = server.store.get('x:MtaMilter')!;
      const list = (args.ids as string[]).filter((id) => table.has(id)).map((id) => table.get(id)!);
      return ['x:MtaMilter/get', { accountId: args.accountId, state: 's8', list, notFound: [] }];
    });
    expect(await updateObject(client, 'x:MtaMilter', 'm1', { port: 1 }, 's7', 'milter')).toEqual({
      kind: 'conflict',
      server: { object: milter('m1', 'theirs'), state: 's8' },
    });

    server.store.get('x:MtaMilter')!.delete('m1');
    expect(await updateObject(client, 'x:MtaMilter', 'm1', { port: 1 }, 's7', 'milter')).toEqual({ kind: 'conflict', server: null });
  });

  it('answers failed for a stateMismatch whose /get failed too, and for other method errors', async () => {
    const { server, client } = setup();
    server.override('x:MtaMilter/set', () => ['error', { type: 'stateMismatch' }]);
    server.override('x:MtaMilter/get', () => ['error', { type: 'serverFail' }]);
    const outcome = await updateObject(client, 'x:MtaMilter', 'm1', { port: 1 }, 's7', 'milter');
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'stateMismatch' } });

    server.override('x:MtaMilter/set', () => ['error', { type: 'forbidden' }]);
    server.override('x:MtaMilter/get', () => undefined);
    const forbidden = await updateObject(client, 'x:MtaMilter', 'm1', { port: 1 }, 's7', 'milter');
    expect(forbidden).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'forbidden' } });
  });

  it('answers rejected with the SetError of a refused update', async () => {
    const { server, client } = setup();
    server.seed('x:SpamRule', [{ id: 'r1', '@type': 'Header', name: 'ONE', enable: true, priority: 1, condition: { else: 'false' } }]);
    const refusal = { type: 'invalidProperties', properties: ['name'] };
    server.refuse('x:SpamRule', 'r1', refusal);
    expect(await updateObject(client, 'x:SpamRule', 'r1', { name: '' }, null, 'rule')).toEqual({ kind: 'rejected', error: refusal });
  });

  it('answers failed when the saved object does not come back, naming it in the message', async () => {
    const { server, client } = setup();
    server.override('x:MtaMilter/set', (args) => ['x:MtaMilter/set', { accountId: args.accountId, updated: { m1: null } }]);
    expect(await updateObject(client, 'x:MtaMilter', 'm1', { port: 1 }, null, 'milter')).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The saved milter was not returned' },
    });

    server.override('x:SpamSettings/set', (args) => ['x:SpamSettings/set', { accountId: args.accountId, updated: { singleton: null } }]);
    expect(await updateObject(client, 'x:SpamSettings', 'singleton', { scoreSpam: 5 }, null, { plural: 'settings' })).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The saved settings were not returned' },
    });
  });
});

describe('destroyObject', () => {
  it('destroys the object', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    expect(await destroyObject(client, 'x:MtaMilter', 'm1')).toEqual({ ok: true, value: undefined });
    expect(callsOf(server)[0]!.map(([name, args]) => [name, args])).toEqual([['x:MtaMilter/set', { accountId: 'acc1', destroy: ['m1'] }]]);
    expect(server.store.get('x:MtaMilter')!.has('m1')).toBe(false);
  });

  it('answers the SetError of a refused destroy, or the method error', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    server.refuse('x:MtaMilter', 'm1', { type: 'objectIsLinked' });
    expect(await destroyObject(client, 'x:MtaMilter', 'm1')).toEqual({ ok: false, error: { type: 'objectIsLinked' } });

    server.override('x:MtaMilter/set', () => ['error', { type: 'forbidden' }]);
    expect(await destroyObject(client, 'x:MtaMilter', 'm1')).toMatchObject({ ok: false, error: { kind: 'method', type: 'forbidden' } });
  });
});
