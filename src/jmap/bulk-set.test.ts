import { describe, expect, it } from 'vitest';
import type { BulkProgress } from './bulk-set';
import { createJmapClient } from './client';
import { RETRY_NOW } from '../catalog/queued-message';
import { createFakeServer, type FakeServerOptions } from './test-support/fake-jmap-fetch';

function setup(options: FakeServerOptions = {}) {
  const server = createFakeServer(options);
  const client = createJmapClient({
    serverUrl: 'https://mail.example.com',
    credentials: { kind: 'bearer', token: 'api-key' },
    fetch: server.fetch,
  });
  const ids = Array.from({ length: 1200 }, (_, i) => `q${i}`);
  server.seed('x:QueuedMessage', ids.map((id) => ({ id, returnPath: 'a@example.com', nextRetry: null })));
  return { server, client, ids };
}

describe('bulkSet', () => {
  it('splits 1,200 updates into chunks of maxObjectsInSet, one /set per request, and reports progress', async () => {
    const { server, client, ids } = setup({ limits: { maxObjectsInSet: 500 } });
    const progress: BulkProgress[] = [];
    const update = Object.fromEntries(ids.map((id) => [id, { nextRetry: RETRY_NOW }]));

    const outcome = await client.bulkSet('x:QueuedMessage', { update }, (p) => progress.push(p));

    const posts = server.apiRequests();
    expect(posts).toHaveLength(3);
    for (const post of posts) expect(post.body!.methodCalls).toHaveLength(1);
    const sizes = posts.map((p) => Object.keys(p.body!.methodCalls[0]![1].update as object).length);
    expect(sizes).toEqual([500, 500, 200]);
    expect(posts[0]!.headers.authorization).toBe('Bearer api-key');

    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toEqual({ done: 1200, total: 1200, failed: 0 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    expect(outcome.succeeded).toHaveLength(1200);
    expect(outcome.failed).toEqual([]);
    expect(server.store.get('x:QueuedMessage')!.get('q1199')!.nextRetry).toBe(RETRY_NOW);
  });

  it('reports the one refused id with its SetError while the rest succeed', async () => {
    const { server, client, ids } = setup({ limits: { maxObjectsInSet: 500 } });
    const refusal = { type: 'forbidden', description: 'Queue update operation failed' };
    server.refuse('x:QueuedMessage', 'q700', refusal);

    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: ids });

    expect(server.apiRequests()).toHaveLength(3);
    expect(outcome.total).toBe(1200);
    expect(outcome.succeeded).toHaveLength(1199);
    expect(outcome.failed).toEqual([{ id: 'q700', operation: 'destroy', kind: 'setError', error: refusal }]);
    expect(server.store.get('x:QueuedMessage')!.size).toBe(1);
  });

  it('marks every id of a chunk whose call failed, and keeps going with the other chunks', async () => {
    const { server, client, ids } = setup({ limits: { maxObjectsInSet: 500, maxConcurrentRequests: 1 } });
    let calls = 0;
    server.override('x:QueuedMessage/set', () =>
      ++calls === 2 ? ['error', { type: 'serverUnavailable' }] : undefined,
    );
    const progress: BulkProgress[] = [];
    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: ids }, (p) => progress.push(p));
    expect(outcome.succeeded).toHaveLength(700);
    expect(outcome.failed).toHaveLength(500);
    expect(outcome.failed[0]).toMatchObject({
      id: 'q500',
      kind: 'callError',
      error: { kind: 'method', type: 'serverUnavailable' },
    });
    expect(progress.map((p) => p.failed)).toEqual([0, 500, 500]);
  });

  it('stops sending after a 401 and lists the unsent ids as skipped', async () => {
    const { server, client, ids } = setup({ limits: { maxObjectsInSet: 500, maxConcurrentRequests: 1 } });
    await client.getSession();
    server.failNext(401, { type: 'about:blank', status: 401, title: 'Unauthorized' });
    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: ids });
    expect(server.apiRequests()).toHaveLength(1);
    expect(outcome.failed).toHaveLength(500);
    expect(outcome.skipped).toHaveLength(700);
    expect(outcome.succeeded).toEqual([]);
  });

  it('stops taking chunks once the signal is aborted', async () => {
    const { server, client, ids } = setup({ limits: { maxObjectsInSet: 500, maxConcurrentRequests: 1 } });
    const controller = new AbortController();
    const outcome = await client.bulkSet(
      'x:QueuedMessage',
      { destroy: ids },
      () => controller.abort(),
      { signal: controller.signal },
    );
    expect(server.apiRequests()).toHaveLength(1);
    expect(outcome.succeeded).toHaveLength(500);
    expect(outcome.skipped).toHaveLength(700);
  });
});

describe('queryAllIds', () => {
  it('pages with position/limit until every matching id is collected', async () => {
    const { server, client } = setup({ queryMaxResults: 300 });
    server.seed('x:QueuedMessage', [{ id: 'other', returnPath: 'b@elsewhere.org' }]);

    const result = await client.queryAllIds('x:QueuedMessage', { returnPath: 'example.com' }, { pageSize: 500 });

    expect(result.ok && result.value).toHaveLength(1200);
    expect(result.ok && new Set(result.value).has('other')).toBe(false);
    const queries = server.apiRequests().map((r) => r.body!.methodCalls[0]![1]);
    expect(queries.map((q) => q.position)).toEqual([0, 300, 600, 900]);
    for (const q of queries) {
      expect(q).toMatchObject({ filter: { returnPath: 'example.com' }, limit: 500, calculateTotal: true });
    }
  });

  it('returns the error of a failing page', async () => {
    const { server, client } = setup();
    server.override('x:QueuedMessage/query', () => ['error', { type: 'unsupportedFilter' }]);
    const result = await client.queryAllIds('x:QueuedMessage', { text: 'x' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'method', type: 'unsupportedFilter' } });
  });
});
