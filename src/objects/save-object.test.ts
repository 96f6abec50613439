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

const milter = (id: string, hostname = 'localhost', port = 11332): Record<string, unknown> & { id: string } => ({ id, hostname, port, enable: { else: 'true' } });
const callsOf = (server: ReturnType<typeof setup>['server']) => server.apiRequests().map((r) => r.body!.methodCalls);

describe('createObject', () => {
  it('sends /set create and a /get of "#noun" in one request and answers the object as stored', async () => {
    const { server, client } = setup();
    const outcome = await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 9000 }, 'milter');

    const calls = callsOf(server);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map(([name, args]) => [name, args])).toEqual([
      ['x:MtaMilter/set', { accountId: 'acc1', create: { milter: { hostname: 'filter', port: 9000 } } }],
      ['x:MtaMilter/get', { accountId: 'acc1', ids: ['#milter'] }],
    ]);
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { id: 'n1', hostname: 'filter', port: 9000 } } });
  });

  it('shows what the server stored, not what was sent (normalisation, defaults)', async () => {
    const { server, client } = setup();
    // The server stores the name upper-cased without spaces and fills in the default priority.
    server.override('x:SpamRule/get', (args) => {
      const stored = server.store.get('x:SpamRule')!.get((args.ids as string[])[0]!)!;
      const normalised = { ...stored, name: String(stored.name).toUpperCase().replace(/\s/g, ''), priority: 500 };
      return ['x:SpamRule/get', { accountId: args.accountId, list: [normalised], notFound: [] }];
    });
    const outcome = await createObject(client, 'x:SpamRule', { '@type': 'Any', name: 'deep lower', condition: { else: 'false' } }, 'rule');
    expect(outcome).toMatchObject({ kind: 'saved', loaded: { object: { id: 'n1', name: 'DEEPLOWER', priority: 500 } } });
  });

  it('never makes the object up from what was sent when the /get brings nothing', async () => {
    const { server, client } = setup();
    server.override('x:MtaMilter/set', (args) => ['x:MtaMilter/set', { accountId: args.accountId, created: { milter: { id: 'm9' } } }]);
    server.override('x:MtaMilter/get', () => ['error', { type: 'serverFail' }]);
    const outcome = await createObject(client, 'x:MtaMilter', { hostname: 'filter', port: 9000 }, 'milter');
    expect(outcome).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The milter was created (id m9), but the server did not return it' },
    });
  });

  it('answers rejected with the SetError of a refused create, though the /get beside it fails', async () => {
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

const request = (id: string, patch: Record<string, unknown>, base: Record<string, unknown>, properties = ['hostname', 'port']) => ({
  id,
  patch,
  base: base as never,
  properties,
});

describe('updateObject', () => {
  it('reads the form properties again, then sends the patch and a /get of the object together', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    const outcome = await updateObject(client, 'x:MtaMilter', request('m1', { port: 2000 }, milter('m1')), 'milter');

    const calls = callsOf(server);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.map(([name, args]) => [name, args])).toEqual([
      ['x:MtaMilter/get', { accountId: 'acc1', ids: ['m1'], properties: ['hostname', 'port'] }],
    ]);
    expect(calls[1]!.map(([name, args]) => [name, args])).toEqual([
      ['x:MtaMilter/set', { accountId: 'acc1', update: { m1: { port: 2000 } } }],
      ['x:MtaMilter/get', { accountId: 'acc1', ids: ['m1'] }],
    ]);
    expect(JSON.stringify(calls)).not.toContain('ifInState');
    expect(outcome).toEqual({ kind: 'saved', loaded: { object: { ...milter('m1'), port: 2000 } } });
  });

  it('sends nothing when someone else changed a form property, and answers their copy', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1', 'theirs', 3100)]);
    const outcome = await updateObject(client, 'x:MtaMilter', request('m1', { port: 3200 }, milter('m1', 'localhost', 3000)), 'milter');
    expect(outcome).toEqual({ kind: 'conflict', server: { object: milter('m1', 'theirs', 3100) }, changed: ['hostname', 'port'] });
    expect(callsOf(server)).toHaveLength(1);
    expect(server.store.get('x:MtaMilter')!.get('m1')!.port).toBe(3100);
  });

  it('ignores changes to properties the form does not show', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [{ ...milter('m1'), useTls: true }]);
    const outcome = await updateObject(client, 'x:MtaMilter', request('m1', { port: 2 }, milter('m1')), 'milter');
    expect(outcome.kind).toBe('saved');
  });

  it('answers a conflict with no server copy once the object is gone', async () => {
    const { client } = setup();
    expect(await updateObject(client, 'x:MtaMilter', request('m1', { port: 1 }, milter('m1')), 'milter')).toEqual({
      kind: 'conflict',
      server: null,
      changed: [],
    });
  });

  it('answers failed for a method error on the read or on the write', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    server.override('x:MtaMilter/get', () => ['error', { type: 'serverFail' }]);
    const read = await updateObject(client, 'x:MtaMilter', request('m1', { port: 1 }, milter('m1')), 'milter');
    expect(read).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'serverFail' } });

    server.override('x:MtaMilter/get', () => undefined);
    server.override('x:MtaMilter/set', () => ['error', { type: 'forbidden' }]);
    const forbidden = await updateObject(client, 'x:MtaMilter', request('m1', { port: 1 }, milter('m1')), 'milter');
    expect(forbidden).toMatchObject({ kind: 'failed', error: { kind: 'method', type: 'forbidden' } });
  });

  it('answers rejected with the SetError of a refused update', async () => {
    const { server, client } = setup();
    const rule = { id: 'r1', '@type': 'Header', name: 'ONE', enable: true, priority: 1, condition: { else: 'false' } };
    server.seed('x:SpamRule', [rule]);
    const refusal = { type: 'invalidPatch', properties: ['description'] };
    server.refuse('x:SpamRule', 'r1', refusal);
    expect(await updateObject(client, 'x:SpamRule', request('r1', { description: null }, rule, ['priority']), 'rule')).toEqual({
      kind: 'rejected',
      error: refusal,
    });
  });

  it('answers failed when the saved object does not come back, naming it in the message', async () => {
    const { server, client } = setup();
    server.seed('x:MtaMilter', [milter('m1')]);
    server.seed('x:SpamSettings', [{ id: 'singleton', scoreSpam: 5 }]);
    const answerSaved = (method: string, id: string) =>
      server.override(method, (args) => (args.update ? [method, { accountId: args.accountId, updated: { [id]: null } }] : undefined));
    const dropSecondGet = (method: string) => {
      let reads = 0;
      server.override(method, (args) => (++reads % 2 === 0 ? [method, { accountId: args.accountId, list: [], notFound: args.ids }] : undefined));
    };
    answerSaved('x:MtaMilter/set', 'm1');
    dropSecondGet('x:MtaMilter/get');
    expect(await updateObject(client, 'x:MtaMilter', request('m1', { port: 1 }, milter('m1')), 'milter')).toEqual({
      kind: 'failed',
      error: { kind: 'invalidResponse', message: 'The saved milter was not returned' },
    });

    answerSaved('x:SpamSettings/set', 'singleton');
    dropSecondGet('x:SpamSettings/get');
    const settings = request('singleton', { scoreSpam: 6 }, { id: 'singleton', scoreSpam: 5 }, ['scoreSpam']);
    expect(await updateObject(client, 'x:SpamSettings', settings, { plural: 'settings' })).toEqual({
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
