import { describe, expect, it, vi } from 'vitest';
import { createJmapClient } from './client';
import type { ResultRef } from './request-builder';
import { createFakeServer, type FakeServerOptions } from './test-support/fake-jmap-fetch';

const SERVER = 'https://mail.example.com';

function setup(options: FakeServerOptions = {}, onUnauthorized?: () => void) {
  const server = createFakeServer(options);
  const client = createJmapClient({
    serverUrl: SERVER,
    credentials: { kind: 'basic', username: 'admin', password: 'secret' },
    fetch: server.fetch,
    ...(onUnauthorized ? { onUnauthorized } : {}),
  });
  return { server, client };
}

const rule = (id: string, name: string, priority = 500) => ({
  id,
  '@type': 'Header',
  name,
  description: null,
  enable: true,
  priority,
  condition: { else: 'false' },
});

describe('batching', () => {
  it('sends calls made in the same tick as one POST with using and accountId filled in', async () => {
    const { server, client } = setup();
    server.seed('x:SpamRule', [rule('a', 'ONE')]);
    server.seed('x:MtaMilter', [{ id: 'm', hostname: 'localhost', port: 11332 }]);

    const [rules, milters, echo] = await Promise.all([
      client.call('x:SpamRule/get', { ids: ['a'] }),
      client.call('x:MtaMilter/get', { ids: null }),
      client.call('Core/echo', { hello: 'world' }),
    ]);

    const posts = server.apiRequests();
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body!;
    expect(posts[0]!.url).toBe('https://mail.example.com/jmap/');
    expect(posts[0]!.headers.authorization).toBe(`Basic ${btoa('admin:secret')}`);
    expect(posts[0]!.headers['content-type']).toBe('application/json');
    expect(body.using).toEqual(['urn:ietf:params:jmap:core', 'urn:stalwart:jmap']);
    expect(body.methodCalls.map(([name]) => name)).toEqual(['x:SpamRule/get', 'x:MtaMilter/get', 'Core/echo']);
    expect(body.methodCalls[0]![1]).toEqual({ accountId: 'acc1', ids: ['a'] });
    // Core/echo takes no accountId: it would be echoed back.
    expect(body.methodCalls[2]![1]).toEqual({ hello: 'world' });
    expect(new Set(body.methodCalls.map(([, , id]) => id)).size).toBe(3);

    expect(rules.ok && rules.value.list.map((r) => r.name)).toEqual(['ONE']);
    expect(milters.ok && milters.value.list[0]!.hostname).toBe('localhost');
    expect(echo).toEqual({ ok: true, value: { hello: 'world' } });
  });

  it('sends calls from different ticks as separate requests', async () => {
    const { server, client } = setup();
    await client.call('Core/echo', { n: 1 });
    await client.call('Core/echo', { n: 2 });
    expect(server.apiRequests()).toHaveLength(2);
  });

  it('splits more than maxCallsInRequest calls into several requests, each call answered', async () => {
    const { server, client } = setup({ limits: { maxCallsInRequest: 4 } });
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => client.call('Core/echo', { n })));
    expect(server.apiRequests().map((r) => r.body!.methodCalls.length)).toEqual([4, 4, 2]);
    expect(results.map((r) => r.ok && r.value.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never splits a referencing group, and refuses one larger than the limit without sending it', async () => {
    const { server, client } = setup({ limits: { maxCallsInRequest: 4 } });
    const group = (n: number) =>
      client.request((b) => {
        const calls = Array.from({ length: n }, (_, i) => b.call('Core/echo', { i }));
        return Object.fromEntries(calls.map((c, i) => [`c${i}`, c]));
      });
    const [a, bGroup, tooBig] = await Promise.all([group(3), group(3), group(5)]);
    expect(server.apiRequests().map((r) => r.body!.methodCalls.length)).toEqual([3, 3]);
    expect(a.ok && bGroup.ok).toBe(true);
    expect(tooBig).toMatchObject({ ok: false, error: { kind: 'request', limit: 'maxCallsInRequest' } });
  });

  it('keeps at most maxConcurrentRequests requests in flight and queues the rest', async () => {
    const { server, client } = setup({ limits: { maxCallsInRequest: 1, maxConcurrentRequests: 2 }, latency: 15 });
    const results = await Promise.all(Array.from({ length: 7 }, (_, n) => client.call('Core/echo', { n })));
    expect(server.apiRequests()).toHaveLength(7);
    expect(server.maxInFlight).toBe(2);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});

describe('result references', () => {
  it('builds a list view as one request: /query then /get through #ids', async () => {
    const { server, client } = setup();
    server.seed('x:SpamRule', [rule('a', 'SUBJ_CAPS', 10), rule('b', 'FROM_X', 20), rule('c', 'SUBJ_EMPTY', 30)]);

    const result = await client.request((b) => {
      const q = b.call('x:SpamRule/query', {
        filter: { name: 'SUBJ' },
        sort: [{ property: 'name', isAscending: true }],
        position: 0,
        limit: 50,
        calculateTotal: true,
      });
      const g = b.call('x:SpamRule/get', { ids: q.ref('/ids'), properties: ['name', '@type', 'priority'] });
      return { q, g };
    });

    const posts = server.apiRequests();
    expect(posts).toHaveLength(1);
    const [query, get] = posts[0]!.body!.methodCalls;
    expect(get![1]).toEqual({
      accountId: 'acc1',
      '#ids': { resultOf: query![2], name: 'x:SpamRule/query', path: '/ids' },
      properties: ['name', '@type', 'priority'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.q.total).toBe(2);
    expect(result.value.g.list).toEqual([
      { id: 'a', name: 'SUBJ_CAPS', '@type': 'Header', priority: 10 },
      { id: 'c', name: 'SUBJ_EMPTY', '@type': 'Header', priority: 30 },
    ]);
    // The response type follows `properties` (checked by tsc): the condition was not asked for.
    const first = result.value.g.list[0]!;
    const name: string = first.name;
    // @ts-expect-error not requested, so not in the type
    void first.condition;
    expect(name).toBe('SUBJ_CAPS');
  });

  it('types arguments per method (checked by tsc) and sends them unchanged', async () => {
    const { server, client } = setup();
    // @ts-expect-error QueuedMessage sorts only by due
    await client.call('x:QueuedMessage/query', { sort: [{ property: 'id' }] });
    // @ts-expect-error unknown property name
    await client.call('x:SpamRule/get', { ids: null, properties: ['nme'] });
    await client.call('x:QueuedMessage/set', { update: { q1: { 'recipients/a@b.c': null, priority: -10 } } });
    expect(server.apiRequests().flatMap((r) => r.body!.methodCalls.map((c) => c[1]))).toEqual([
      { accountId: 'acc1', sort: [{ property: 'id' }] },
      { accountId: 'acc1', ids: null, properties: ['nme'] },
      { accountId: 'acc1', update: { q1: { 'recipients/a@b.c': null, priority: -10 } } },
    ]);
  });

  it('saves in one request: /set create then /get of the created id by result reference', async () => {
    const { server, client } = setup();
    const result = await client.request((b) => {
      const set = b.call('x:SpamRule/set', {
        create: { new1: { '@type': 'Header', name: 'X_MAILER', condition: { else: 'false' } } },
      });
      const get = b.call('x:SpamRule/get', { ids: set.createdId('new1') });
      return { set, get };
    });
    const [setCall, getCall] = server.apiRequests()[0]!.body!.methodCalls;
    expect(getCall![1]['#ids']).toEqual({ resultOf: setCall![2], name: 'x:SpamRule/set', path: '/created/new1/id' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const newId = result.value.set.created?.new1?.id;
    expect(newId).toBeDefined();
    expect(result.value.get.list).toEqual([expect.objectContaining({ id: newId, name: 'X_MAILER' })]);
  });

  it('can reference a created object with "#creationId" in ids', async () => {
    const { server, client } = setup();
    const result = await client.request((b) => {
      const set = b.call('x:MtaMilter/set', { create: { m: { hostname: '127.0.0.1' } } });
      const get = b.call('x:MtaMilter/get', { ids: [b.creationRef('m')] });
      return { set, get };
    });
    expect(server.apiRequests()[0]!.body!.methodCalls[1]![1].ids).toEqual(['#m']);
    expect(result.ok && result.value.get.list[0]!.hostname).toBe('127.0.0.1');
  });

  it('puts two saves that use the same creation id into separate requests', async () => {
    const { server, client } = setup();
    const save = (hostname: string) =>
      client.request((b) => {
        const set = b.call('x:MtaMilter/set', { create: { c0: { hostname } } });
        const get = b.call('x:MtaMilter/get', { ids: set.createdId('c0') });
        return { set, get };
      });
    const [one, two] = await Promise.all([save('one.example'), save('two.example')]);
    expect(server.apiRequests()).toHaveLength(2);
    expect(one.ok && one.value.get.list[0]!.hostname).toBe('one.example');
    expect(two.ok && two.value.get.list[0]!.hostname).toBe('two.example');
  });

  it('rejects a reference to a call of another request (a programming mistake)', async () => {
    const { server, client } = setup();
    let foreign: ResultRef | undefined;
    await client.request((b) => {
      const q = b.call('x:SpamRule/query', {});
      foreign = q.ref('/ids');
      return { q };
    });
    await expect(client.request((b) => ({ g: b.call('x:SpamRule/get', { ids: foreign! }) }))).rejects.toThrow(
      /does not belong/,
    );
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe('errors', () => {
  it('returns a method error as a typed value, and request() fails with the first one', async () => {
    const { server, client } = setup();
    server.override('x:SpamRule/query', () => ['error', { type: 'unsupportedSort', description: 'Nope' }]);
    const single = await client.call('x:SpamRule/query', { sort: [{ property: 'name' }] });
    expect(single).toEqual({
      ok: false,
      error: { kind: 'method', type: 'unsupportedSort', description: 'Nope', method: 'x:SpamRule/query' },
    });
    const grouped = await client.request((b) => {
      const q = b.call('x:SpamRule/query', {});
      return { q, g: b.call('x:SpamRule/get', { ids: q.ref('/ids') }) };
    });
    expect(grouped).toMatchObject({ ok: false, error: { kind: 'method', type: 'unsupportedSort' } });
  });

  it('returns problem+json request errors with their limit and Retry-After', async () => {
    const { server, client } = setup();
    await client.getSession();
    server.failNext(400, {
      type: 'urn:ietf:params:jmap:error:limit',
      status: 400,
      title: 'Request limit',
      detail: 'Too many calls',
      limit: 'maxCallsInRequest',
    });
    server.failNext(429, { type: 'about:blank', status: 429, title: 'Too Many Requests' }, { 'Retry-After': '30' });
    expect(await client.call('Core/echo', {})).toEqual({
      ok: false,
      error: {
        kind: 'request',
        type: 'urn:ietf:params:jmap:error:limit',
        status: 400,
        title: 'Request limit',
        detail: 'Too many calls',
        limit: 'maxCallsInRequest',
      },
    });
    expect(await client.call('Core/echo', {})).toMatchObject({
      ok: false,
      error: { kind: 'request', status: 429, retryAfterSeconds: 30 },
    });
  });

  it('turns a 401 into an unauthorized error, tells the app, and re-reads the session afterwards', async () => {
    const onUnauthorized = vi.fn();
    const { server, client } = setup({}, onUnauthorized);
    await client.call('Core/echo', {});
    server.failNext(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid or missing credentials.' });
    const denied = await client.call('Core/echo', {});
    expect(denied).toEqual({
      ok: false,
      error: { kind: 'unauthorized', status: 401, detail: 'Invalid or missing credentials.' },
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await client.call('Core/echo', {});
    expect(server.requests.filter((r) => r.url.endsWith('/jmap/session'))).toHaveLength(2);
  });

  it('reports a 401 on the session fetch as unauthorized to every waiting call', async () => {
    const onUnauthorized = vi.fn();
    const { server, client } = setup({}, onUnauthorized);
    server.failSession(401, { type: 'about:blank', status: 401, title: 'Unauthorized' });
    const results = await Promise.all([client.call('Core/echo', {}), client.call('Core/echo', {})]);
    expect(results.map((r) => !r.ok && r.error.kind)).toEqual(['unauthorized', 'unauthorized']);
    expect(server.apiRequests()).toHaveLength(0);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a failed fetch into a network error', async () => {
    const { server, client } = setup();
    server.breakNetwork();
    expect(await client.call('Core/echo', {})).toEqual({
      ok: false,
      error: { kind: 'network', message: 'Failed to fetch' },
    });
  });

  it('re-reads the session when a response reports a different sessionState', async () => {
    const { server, client } = setup();
    await client.call('Core/echo', {});
    server.setSessionState('s2');
    await client.call('Core/echo', {});
    await client.call('Core/echo', {});
    const sessionGets = server.requests.filter((r) => r.url.endsWith('/jmap/session'));
    expect(sessionGets).toHaveLength(2);
    const session = await client.getSession();
    expect(session.ok && session.value.state).toBe('s2');
  });
});

describe('downloads and account', () => {
  it('fills the download template and fetches the blob with the credentials', async () => {
    const { server, client } = setup();
    const url = await client.downloadUrl('blob 1', 'message.eml', 'message/rfc822');
    expect(url).toEqual({
      ok: true,
      value: 'https://mail.example.com/jmap/download/acc1/blob%201/message.eml?accept=message%2Frfc822',
    });
    const blob = await client.downloadBlob('b1', 'm.eml', 'message/rfc822');
    expect(blob.ok && (await blob.value.text())).toBe('raw message');
    const get = server.requests.find((r) => r.url.includes('/jmap/download/'));
    expect(get?.headers.authorization).toMatch(/^Basic /);
  });

  it('reads /api/account', async () => {
    const { client } = setup();
    expect(await client.getAccountInfo()).toEqual({
      ok: true,
      value: { permissions: ['sysSpamRuleGet'], edition: 'oss', locale: 'en-US' },
    });
  });
});
