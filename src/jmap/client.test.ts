// The client against an in-memory sandbox over HTTP; the recording fetch shows what went on the wire.
import { describe, expect, it, vi } from 'vitest';
import type { ResultRef } from './request-builder';
import { isApiPost, isSessionGet, jsonResponse, startClientSandbox } from './test-support/sandbox-client';

const ADMIN_ACCOUNT = 'b';
const newRule = (name: string) => ({ '@type': 'Header' as const, name, enable: false, condition: { else: 'false' } });

describe('batching', async () => {
  const server = await startClientSandbox({ limits: { maxCallsInRequest: 4 } });

  it('sends calls made in the same tick as one POST with using and accountId filled in', async () => {
    server.reset();
    const client = server.client();
    const [rules, milters, echo] = await Promise.all([
      client.call('x:SpamRule/query', { limit: 1 }),
      client.call('x:MtaMilter/get', { ids: null }),
      client.call('Core/echo', { hello: 'world' }),
    ]);

    const posts = server.apiRequests();
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body!;
    expect(posts[0]!.url).toBe(`${server.sandbox.url}/jmap/`);
    expect(posts[0]!.headers.authorization).toBe(`Basic ${btoa('admin:admin')}`);
    expect(posts[0]!.headers['content-type']).toBe('application/json');
    expect(body.using).toEqual(['urn:ietf:params:jmap:core', 'urn:stalwart:jmap']);
    expect(body.methodCalls.map(([name]) => name)).toEqual(['x:SpamRule/query', 'x:MtaMilter/get', 'Core/echo']);
    expect(body.methodCalls[0]![1]).toEqual({ accountId: ADMIN_ACCOUNT, limit: 1 });
    // Core/echo takes no accountId: it would be echoed back.
    expect(body.methodCalls[2]![1]).toEqual({ hello: 'world' });
    expect(new Set(body.methodCalls.map(([, , id]) => id)).size).toBe(3);

    expect(rules.ok && rules.value.ids).toHaveLength(1);
    expect(milters.ok && milters.value.list.length).toBeGreaterThan(0);
    expect(echo).toEqual({ ok: true, value: { hello: 'world' } });
  });

  it('sends calls from different ticks as separate requests', async () => {
    server.reset();
    const client = server.client();
    await client.call('Core/echo', { n: 1 });
    await client.call('Core/echo', { n: 2 });
    expect(server.apiRequests()).toHaveLength(2);
  });

  it('splits more than maxCallsInRequest calls into several requests, each call answered', async () => {
    server.reset();
    const client = server.client();
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => client.call('Core/echo', { n })));
    expect(server.apiRequests().map((r) => r.body!.methodCalls.length)).toEqual([4, 4, 2]);
    expect(results.map((r) => r.ok && r.value.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never splits a referencing group, and refuses one larger than the limit without sending it', async () => {
    server.reset();
    const client = server.client();
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
});

describe('concurrency', async () => {
  const server = await startClientSandbox({ limits: { maxCallsInRequest: 1, maxConcurrentRequests: 2 }, latencyMs: 15 });

  it('keeps at most maxConcurrentRequests requests in flight and queues the rest', async () => {
    const client = server.client();
    const results = await Promise.all(Array.from({ length: 7 }, (_, n) => client.call('Core/echo', { n })));
    expect(server.apiRequests()).toHaveLength(7);
    expect(server.maxInFlight).toBe(2);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});

describe('result references', async () => {
  const server = await startClientSandbox();

  it('builds a list view as one request: /query then /get through #ids', async () => {
    const client = server.client();
    const created = await client.call('x:SpamRule/set', { create: { a: newRule('REF_LIST_A'), b: newRule('REF_LIST_B') } });
    expect(created.ok && Object.keys(created.value.created ?? {})).toEqual(['a', 'b']);
    server.reset();

    const result = await client.request((b) => {
      const q = b.call('x:SpamRule/query', { filter: { name: 'REF_LIST_B' }, sort: [{ property: 'name', isAscending: true }], calculateTotal: true });
      const g = b.call('x:SpamRule/get', { ids: q.ref('/ids'), properties: ['name', '@type', 'enable'] });
      return { q, g };
    });

    const posts = server.apiRequests();
    expect(posts).toHaveLength(1);
    const [query, get] = posts[0]!.body!.methodCalls;
    expect(get![1]).toEqual({
      accountId: ADMIN_ACCOUNT,
      '#ids': { resultOf: query![2], name: 'x:SpamRule/query', path: '/ids' },
      properties: ['name', '@type', 'enable'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.q.total).toBe(1);
    expect(result.value.g.list).toEqual([{ id: expect.any(String), name: 'REF_LIST_B', '@type': 'Header', enable: false }]);
    // The response type follows `properties` (checked by tsc): the condition was not asked for.
    const first = result.value.g.list[0]!;
    const name: string = first.name;
    // @ts-expect-error not requested, so not in the type
    void first.condition;
    expect(name).toBe('REF_LIST_B');
  });

  it('types arguments per method (checked by tsc) and sends them unchanged', async () => {
    server.reset();
    const client = server.client();
    // @ts-expect-error QueuedMessage sorts only by due
    await client.call('x:QueuedMessage/query', { sort: [{ property: 'id' }] });
    // @ts-expect-error unknown property name
    await client.call('x:SpamRule/get', { ids: [], properties: ['nme'] });
    await client.call('x:QueuedMessage/set', { update: { q1: { 'recipients/a@b.c': null, priority: -10 } } });
    expect(server.apiRequests().flatMap((r) => r.body!.methodCalls.map((c) => c[1]))).toEqual([
      { accountId: ADMIN_ACCOUNT, sort: [{ property: 'id' }] },
      { accountId: ADMIN_ACCOUNT, ids: [], properties: ['nme'] },
      { accountId: ADMIN_ACCOUNT, update: { q1: { 'recipients/a@b.c': null, priority: -10 } } },
    ]);
  });

  it('builds a reference to a created id as a JSON pointer into the /set answer', async () => {
    server.reset();
    const client = server.client();
    await client.request((b) => {
      const set = b.call('x:SpamRule/set', { create: { new1: newRule('x mailer') } });
      const get = b.call('x:SpamRule/get', { ids: set.createdId('new1') });
      return { set, get };
    });
    const [setCall, getCall] = server.apiRequests()[0]!.body!.methodCalls;
    expect(getCall![1]['#ids']).toEqual({ resultOf: setCall![2], name: 'x:SpamRule/set', path: '/created/new1/id' });
  });

  it('can reference a created object with "#creationId" in ids', async () => {
    server.reset();
    const client = server.client();
    const result = await client.request((b) => {
      const set = b.call('x:MtaMilter/set', { create: { m: { hostname: ' 127.0.0.1 ', enable: { else: 'false' } } } });
      const get = b.call('x:MtaMilter/get', { ids: [b.creationRef('m')] });
      return { set, get };
    });
    expect(server.apiRequests()[0]!.body!.methodCalls[1]![1].ids).toEqual(['#m']);
    // As stored: the server trims a milter's hostname.
    expect(result.ok && result.value.get.list[0]!.hostname).toBe('127.0.0.1');
  });

  it('puts two saves that use the same creation id into separate requests', async () => {
    server.reset();
    const client = server.client();
    const save = (hostname: string) =>
      client.request((b) => {
        const set = b.call('x:MtaMilter/set', { create: { c0: { hostname, enable: { else: 'false' } } } });
        const get = b.call('x:MtaMilter/get', { ids: [b.creationRef('c0')] });
        return { set, get };
      });
    const [one, two] = await Promise.all([save('one.example'), save('two.example')]);
    expect(server.apiRequests()).toHaveLength(2);
    expect(one).toMatchObject({ ok: true });
    expect(one.ok && one.value.get.list[0]!.hostname).toBe('one.example');
    expect(two.ok && two.value.get.list[0]!.hostname).toBe('two.example');
  });

  it('rejects a reference to a call of another request (a programming mistake)', async () => {
    server.reset();
    const client = server.client();
    let foreign: ResultRef | undefined;
    await client.request((b) => {
      const q = b.call('x:SpamRule/query', {});
      foreign = q.ref('/ids');
      return { q };
    });
    await expect(client.request((b) => ({ g: b.call('x:SpamRule/get', { ids: foreign! }) }))).rejects.toThrow(/does not belong/);
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe('errors', async () => {
  const server = await startClientSandbox({ authFailureDelay: false });

  it('returns a method error as a typed value, and request() fails with the first one', async () => {
    const client = server.client();
    // A real server sorts rules only by indexed properties; priority is not one.
    // @ts-expect-error not a sort the method map allows, for that reason
    const single = await client.call('x:SpamRule/query', { sort: [{ property: 'priority' }] });
    expect(single).toEqual({
      ok: false,
      error: { kind: 'method', type: 'unsupportedSort', description: expect.stringMatching(/priority/), method: 'x:SpamRule/query' },
    });
    const grouped = await client.request((b) => {
      // @ts-expect-error as above
      const q = b.call('x:SpamRule/query', { sort: [{ property: 'priority' }] });
      return { q, g: b.call('x:SpamRule/get', { ids: q.ref('/ids') }) };
    });
    expect(grouped).toMatchObject({ ok: false, error: { kind: 'method', type: 'unsupportedSort' } });
  });

  it('returns problem+json request errors with their limit and Retry-After', async () => {
    const client = server.client();
    await client.getSession();
    // Faked: the client never sends more calls than the session allows, and the sandbox has no
    // request rate limit, so neither answer can be had from it.
    server.answerNext((url, init) =>
      isApiPost(url, init)
        ? jsonResponse(400, { type: 'urn:ietf:params:jmap:error:limit', status: 400, title: 'Request limit', detail: 'Too many calls', limit: 'maxCallsInRequest' })
        : undefined,
    );
    server.answerNext((url, init) =>
      isApiPost(url, init) ? jsonResponse(429, { type: 'about:blank', status: 429, title: 'Too Many Requests' }, { 'Retry-After': '30' }) : undefined,
    );
    expect(await client.call('Core/echo', {})).toEqual({
      ok: false,
      error: { kind: 'request', type: 'urn:ietf:params:jmap:error:limit', status: 400, title: 'Request limit', detail: 'Too many calls', limit: 'maxCallsInRequest' },
    });
    expect(await client.call('Core/echo', {})).toMatchObject({ ok: false, error: { kind: 'request', status: 429, retryAfterSeconds: 30 } });
  });

  it('turns a 401 into an unauthorized error, tells the app, and re-reads the session afterwards', async () => {
    const onUnauthorized = vi.fn();
    let password = 'admin';
    const client = server.client({ onUnauthorized, credentials: () => ({ kind: 'basic', username: 'admin', password }) });
    server.reset();
    expect((await client.call('Core/echo', {})).ok).toBe(true);
    password = 'wrong';
    const denied = await client.call('Core/echo', {});
    expect(denied).toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    password = 'admin';
    expect((await client.call('Core/echo', {})).ok).toBe(true);
    expect(server.requests.filter((r) => isSessionGet(r.url))).toHaveLength(2);
  });

  it('reports a 401 on the session fetch as unauthorized to every waiting call', async () => {
    const onUnauthorized = vi.fn();
    server.reset();
    const client = server.client({ onUnauthorized, credentials: () => ({ kind: 'basic', username: 'admin', password: 'wrong' }) });
    const results = await Promise.all([client.call('Core/echo', {}), client.call('Core/echo', {})]);
    expect(results.map((r) => !r.ok && r.error.kind)).toEqual(['unauthorized', 'unauthorized']);
    expect(server.apiRequests()).toHaveLength(0);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a failed fetch into a network error', async () => {
    const client = server.client();
    await client.getSession();
    // Faked: a dropped connection, which a running sandbox does not produce on demand.
    server.answerNext(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await client.call('Core/echo', {})).toEqual({ ok: false, error: { kind: 'network', message: 'Failed to fetch' } });
  });

  it('re-reads the session when a response reports a different sessionState', async () => {
    server.reset();
    const client = server.client();
    await client.call('Core/echo', {});
    // Faked: the state changes when the account's permissions change on the server; the answer is
    // the sandbox's own with only that state replaced.
    server.answerNext(async (url, init) => {
      if (!isApiPost(url, init)) return undefined;
      const real = await (await fetch(url, init)).json();
      return jsonResponse(200, { ...real, sessionState: 'changed' });
    });
    await client.call('Core/echo', {});
    await client.call('Core/echo', {});
    expect(server.requests.filter((r) => isSessionGet(r.url))).toHaveLength(2);
  });
});

describe('downloads and account', async () => {
  const server = await startClientSandbox({ queue: 2 });

  it('fills the download template and fetches the blob with the credentials', async () => {
    const client = server.client();
    const url = await client.downloadUrl('blob 1', 'message.eml', 'message/rfc822');
    expect(url).toEqual({ ok: true, value: `${server.sandbox.url}/jmap/download/${ADMIN_ACCOUNT}/blob%201/message.eml?accept=message%2Frfc822` });
    const messages = await client.call('x:QueuedMessage/get', { ids: null, properties: ['blobId'] });
    const blobId = messages.ok ? messages.value.list[0]!.blobId : '';
    server.reset();
    const blob = await client.downloadBlob(blobId, 'm.eml', 'message/rfc822');
    expect(blob.ok && (await blob.value.text())).toMatch(/^[\w-]+: /m);
    const get = server.requests.find((r) => r.url.includes('/jmap/download/'));
    expect(get?.headers.authorization).toMatch(/^Basic /);
  });

  it('reads /api/account', async () => {
    const account = await server.client().getAccountInfo();
    expect(account.ok && account.value.permissions).toEqual(expect.arrayContaining(['sysSpamRuleGet']));
  });
});
