import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, CORE, STALWART, USING, basic, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false, limits: { maxCallsInRequest: 5, maxObjectsInGet: 3, maxObjectsInSet: 3, maxSizeRequest: 4096, maxConcurrentRequests: 2 } });
});
afterAll(() => sb.close());

const A = ACCOUNT.admin;

describe('request-level errors', () => {
  it('answers notJSON for malformed JSON and for a wrong content type', async () => {
    const bad = await sb.post('{"using": [');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.body).toMatchObject({ type: 'urn:ietf:params:jmap:error:notJSON', status: 400 });
    const text = await sb.post({ using: USING, methodCalls: [] }, 'admin', { 'content-type': 'text/plain' });
    expect(text.body.type).toBe('urn:ietf:params:jmap:error:notJSON');
  });

  it.each([
    ['an array', []],
    ['a missing using', { methodCalls: [] }],
    ['a non-string capability', { using: [1], methodCalls: [] }],
    ['a short invocation', { using: USING, methodCalls: [['Core/echo', {}]] }],
    ['array arguments', { using: USING, methodCalls: [['Core/echo', [], '0']] }],
    ['bad createdIds', { using: USING, methodCalls: [], createdIds: { a: 1 } }],
  ])('answers notRequest for %s', async (_label, body) => {
    const res = await sb.post(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'urn:ietf:params:jmap:error:notRequest', status: 400, detail: expect.any(String) });
  });

  it('answers unknownCapability for a capability the server does not know', async () => {
    const res = await sb.post({ using: [CORE, 'urn:example:nope'], methodCalls: [] });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('urn:ietf:params:jmap:error:unknownCapability');
  });

  it('enforces maxCallsInRequest', async () => {
    const calls = Array.from({ length: 6 }, (_, i) => ['Core/echo', {}, String(i)]);
    const res = await sb.post({ using: USING, methodCalls: calls });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'urn:ietf:params:jmap:error:limit', limit: 'maxCallsInRequest' });
  });

  it('enforces maxSizeRequest from Content-Length and while streaming', async () => {
    const big = JSON.stringify({ using: USING, methodCalls: [['Core/echo', { pad: 'x'.repeat(5000) }, '0']] });
    const declared = await sb.post(big);
    expect(declared.status).toBe(400);
    expect(declared.body).toMatchObject({ type: 'urn:ietf:params:jmap:error:limit', limit: 'maxSizeRequest' });
    // Chunked upload without Content-Length: refused once the bytes read pass the limit.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${sb.url}/jmap/`);
      const req = request({ hostname: url.hostname, port: url.port, path: '/jmap/', method: 'POST', headers: { authorization: basic('admin'), 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent < 20) {
          sent++;
          if (!req.write('x'.repeat(1024))) return req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(streamed.status).toBe(400);
    expect(JSON.parse(streamed.body).limit).toBe('maxSizeRequest');
  });

  it('enforces maxConcurrentRequests per user, counting requests in flight', async () => {
    const url = new URL(`${sb.url}/jmap/`);
    // Two requests whose bodies never finish stay in flight.
    const hanging = [0, 1].map(() => {
      const req = request({ hostname: url.hostname, port: url.port, path: '/jmap/', method: 'POST', headers: { authorization: basic('admin'), 'content-type': 'application/json', 'content-length': '100' } });
      req.on('error', () => undefined);
      req.write('{');
      return req;
    });
    // Once the server holds both, a third request is refused (earlier tries may still pass).
    const third = await vi.waitFor(
      async () => {
        const res = await sb.post({ using: USING, methodCalls: [] });
        expect(res.status).toBe(400);
        return res;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(third.body).toMatchObject({ type: 'urn:ietf:params:jmap:error:limit', limit: 'maxConcurrentRequests' });
    // Another user is counted separately.
    expect((await sb.post({ using: USING, methodCalls: [] }, 'viewer')).status).toBe(200);
    for (const req of hanging) req.destroy();
    // Closed requests leave the count: requests pass again.
    await vi.waitFor(async () => expect((await sb.post({ using: USING, methodCalls: [] })).status).toBe(200), { timeout: 10_000, interval: 50 });
  });

  it('requires authentication on the API', async () => {
    const res = await fetch(`${sb.url}/jmap/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });
});

describe('method processing', () => {
  it('echoes, answers in order and always carries sessionState', async () => {
    const res = await sb.post({ using: USING, methodCalls: [['Core/echo', { hello: true }, 'a'], ['Nope/get', {}, 'b'], ['Core/echo', { n: 2 }, 'c']] });
    expect(res.body.sessionState).toMatch(/^[0-9a-f]+$/);
    expect(res.body.methodResponses).toEqual([
      ['Core/echo', { hello: true }, 'a'],
      ['error', { type: 'unknownMethod', description: expect.any(String) }, 'b'],
      ['Core/echo', { n: 2 }, 'c'],
    ]);
    expect(res.body.createdIds).toBeUndefined();
  });

  it('reaches x: methods without urn:stalwart:jmap in using; Core/echo needs core', async () => {
    const [[name]] = await sb.call([['x:MtaMilter/get', { accountId: A, ids: null }, '0']], 'admin', [CORE]);
    expect(name).toBe('x:MtaMilter/get');
    const [[echo]] = await sb.call([['Core/echo', {}, '0']], 'admin', [STALWART]);
    expect(echo).toBe('error');
  });

  it('accepts capabilities a Stalwart server knows but the sandbox does not implement', async () => {
    const res = await sb.post({ using: [...USING, 'urn:ietf:params:jmap:mail'], methodCalls: [['Email/get', { accountId: A }, '0']] });
    expect(res.status).toBe(200);
    expect(res.body.methodResponses[0][1].type).toBe('unknownMethod');
  });

  it.each([
    ['x:MtaMilter/get', { accountId: A, ids: 'a' }],
    ['x:MtaMilter/get', { accountId: A, ids: [1] }],
    ['x:MtaMilter/get', { accountId: A, properties: 'port' }],
    ['x:MtaMilter/query', { accountId: A, limit: -1 }],
    ['x:MtaMilter/query', { accountId: A, position: 1.5 }],
    ['x:MtaMilter/query', { accountId: A, sort: { property: 'id' } }],
    ['x:MtaMilter/query', { accountId: A, sort: [{ property: 'id', isAscending: 'yes' }] }],
    ['x:MtaMilter/query', { accountId: A, filter: [] }],
    ['x:MtaMilter/query', { accountId: A, calculateTotal: 1 }],
    ['x:MtaMilter/set', { accountId: A, create: [] }],
    ['x:MtaMilter/set', { accountId: A, create: { a: [] } }],
    ['x:MtaMilter/set', { accountId: A, update: { a: 1 } }],
    ['x:MtaMilter/set', { accountId: A, destroy: 'a' }],
    ['x:MtaMilter/set', { accountId: A, ifInState: 3 }],
    ['x:MtaMilter/set', { accountId: A, ifInState: 'x1' }],
  ])('answers invalidArguments for %s %j', async (name, args) => {
    const [[response, error]] = await sb.call([[name, args, '0']]);
    expect([response, error.type]).toEqual(['error', 'invalidArguments']);
  });

  it('ignores unknown arguments; no accountId (or one that does not parse) means the caller\'s own', async () => {
    for (const args of [{ accountId: A, colour: 1 }, {}, { accountId: 'not an id!' }]) {
      const [[name, result]] = await sb.call([['x:MtaMilter/get', { ids: [], ...args }, '0']]);
      expect([name, result.accountId]).toEqual(['x:MtaMilter/get', A]);
    }
  });

  it('answers forbidden for another account', async () => {
    const [[, error]] = await sb.call([['x:MtaMilter/get', { accountId: ACCOUNT.viewer, ids: null }, '0']]);
    expect(error).toEqual({ type: 'forbidden', description: `You are not an owner of account ${ACCOUNT.viewer}` });
  });

  it('answers requestTooLarge over maxObjectsInGet and maxObjectsInSet', async () => {
    const [[, get]] = await sb.call([['x:MtaMilter/get', { accountId: A, ids: ['a', 'b', 'c', 'd'] }, '0']]);
    expect(get.type).toBe('requestTooLarge');
    const [[, set]] = await sb.call([['x:MtaMilter/set', { accountId: A, create: { a: { hostname: 'a' }, b: { hostname: 'b' } }, update: { x: {} }, destroy: ['y'] }, '0']]);
    expect(set.type).toBe('requestTooLarge');
    const [[ok]] = await sb.call([['x:MtaMilter/get', { accountId: A, ids: ['a', 'b', 'c'] }, '0']]);
    expect(ok).toBe('x:MtaMilter/get');
  });

  it('resolves result references, with * over arrays', async () => {
    const calls = [
      ['x:MtaMilter/set', { accountId: A, create: { m1: { hostname: 'ref-1' }, m2: { hostname: 'ref-2' } } }, 's'],
      ['x:MtaMilter/query', { accountId: A }, 'q'],
      ['x:MtaMilter/get', { accountId: A, '#ids': { resultOf: 'q', name: 'x:MtaMilter/query', path: '/ids' }, properties: ['hostname'] }, 'g'],
      ['Core/echo', { '#hosts': { resultOf: 'g', name: 'x:MtaMilter/get', path: '/list/*/hostname' } }, 'e'],
    ];
    const [, query, get, echo] = await sb.call(calls as never);
    expect(get[1].list.map((m: { id: string }) => m.id)).toEqual(query[1].ids);
    expect(echo[1].hosts).toEqual(expect.arrayContaining(['ref-1', 'ref-2']));
  });

  it.each([
    ['an unknown call id', { resultOf: 'zz', name: 'Core/echo', path: '/x' }],
    ['a wrong method name', { resultOf: 'e', name: 'x:MtaMilter/get', path: '/x' }],
    ['a missing path', { resultOf: 'e', name: 'Core/echo', path: '/missing' }],
    ['a malformed reference', { resultOf: 'e', name: 'Core/echo' }],
  ])('answers invalidResultReference for %s', async (_label, ref) => {
    const [, [name, error]] = await sb.call([
      ['Core/echo', { x: [1] }, 'e'],
      ['Core/echo', { '#y': ref }, 'r'],
    ]);
    expect([name, error.type]).toEqual(['error', 'invalidResultReference']);
  });

  it('answers invalidArguments when an argument is given both plain and as a reference', async () => {
    const [, [name, error]] = await sb.call([
      ['Core/echo', { x: [1] }, 'e'],
      ['x:MtaMilter/get', { accountId: A, ids: [], '#ids': { resultOf: 'e', name: 'Core/echo', path: '/x' } }, 'r'],
    ]);
    expect([name, error.type]).toEqual(['error', 'invalidArguments']);
  });

  it('echoes and extends createdIds, and resolves #creationId in ids', async () => {
    const res = await sb.post({
      using: USING,
      createdIds: { earlier: 'zzz' },
      methodCalls: [
        ['x:MtaMilter/set', { accountId: A, create: { fresh: { hostname: 'created-ids' } } }, '0'],
        ['x:MtaMilter/get', { accountId: A, ids: ['#fresh'], properties: ['hostname'] }, '1'],
        ['x:MtaMilter/set', { accountId: A, update: { '#fresh': { port: 2525 } } }, '2'],
        ['x:MtaMilter/set', { accountId: A, destroy: ['#fresh', '#unknown', 'not/an id'] }, '3'],
        ['x:MtaMilter/get', { accountId: A, ids: ['#unknown'] }, '4'],
      ],
    });
    const id = res.body.methodResponses[0][1].created.fresh.id;
    expect(res.body.createdIds).toEqual({ earlier: 'zzz', fresh: id });
    expect(res.body.methodResponses[1][1].list).toEqual([{ id, hostname: 'created-ids' }]);
    expect(res.body.methodResponses[2][1].updated).toEqual({ [id]: null });
    // An unknown creation reference and a malformed id are silently dropped from destroy ...
    expect(res.body.methodResponses[3][1]).toMatchObject({ destroyed: [id], notDestroyed: {} });
    // ... but in /get ids an unknown creation reference is an error.
    expect(res.body.methodResponses[4]).toEqual(['error', expect.objectContaining({ type: 'invalidResultReference' }), '4']);
  });

  it('keeps no state: none on /get or /set, queryState "n", a well-formed ifInState ignored', async () => {
    const get = await sb.one('x:MtaMilter/get', { ids: [] });
    expect(get).not.toHaveProperty('state');
    expect(await sb.one('x:MtaMilter/query', {})).toMatchObject({ queryState: 'n', canCalculateChanges: true });
    const write = await sb.one('x:MtaMilter/set', { ifInState: 'sabc', create: { m: { hostname: 'state' } } });
    expect(write).not.toHaveProperty('oldState');
    expect(write).not.toHaveProperty('newState');
    // A made-up state does not stop the write.
    const destroy = await sb.one('x:MtaMilter/set', { ifInState: 'n', destroy: [write.created.m.id] });
    expect(destroy.destroyed).toEqual([write.created.m.id]);
  });
});
