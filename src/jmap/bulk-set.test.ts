// Bulk changes and id collection against an in-memory sandbox with a small maxObjectsInSet, so a
// few dozen queued messages make several chunks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BulkProgress } from './bulk-set';
import { RETRY_NOW } from '../catalog/queued-message';
import { rewriteNextApiAnswer, startClientSandbox } from './test-support/sandbox-client';

const server = await startClientSandbox({ queue: 150, limits: { maxObjectsInSet: 12, maxConcurrentRequests: 1 }, authFailureDelay: false });
let slices: string[][] = [];

beforeAll(async () => {
  const all: string[] = (await server.sandbox.one('x:QueuedMessage/query', {})).ids;
  expect(all.length).toBeGreaterThanOrEqual(150);
  // Each test changes messages of its own.
  slices = Array.from({ length: 5 }, (_, i) => all.slice(i * 30, i * 30 + 30));
});

describe('bulkSet', () => {
  it('splits 30 updates into chunks of maxObjectsInSet, one /set per request, and reports progress', async () => {
    server.reset();
    const ids = slices[0]!;
    const progress: BulkProgress[] = [];
    const update = Object.fromEntries(ids.map((id) => [id, { nextRetry: RETRY_NOW }]));

    const outcome = await server.client().bulkSet('x:QueuedMessage', { update }, (p) => progress.push(p));

    const posts = server.apiRequests();
    for (const post of posts) expect(post.body!.methodCalls).toHaveLength(1);
    expect(posts.map((p) => Object.keys(p.body!.methodCalls[0]![1].update as object).length)).toEqual([12, 12, 6]);
    expect(posts[0]!.headers.authorization).toMatch(/^Basic /);
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toEqual({ done: 30, total: 30, failed: 0 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    expect(outcome.succeeded).toHaveLength(30);
    expect(outcome.failed).toEqual([]);
  });

  it('reports the one refused id with its SetError while the rest succeed', async () => {
    const ids = slices[1]!;
    const update = Object.fromEntries(ids.map((id, i) => [id, { nextRetry: i === 20 ? 'not a date' : RETRY_NOW }]));
    const outcome = await server.client().bulkSet('x:QueuedMessage', { update });
    expect(outcome.total).toBe(30);
    expect(outcome.succeeded).toHaveLength(29);
    expect(outcome.failed).toEqual([{ id: ids[20], operation: 'update', kind: 'setError', error: expect.objectContaining({ type: 'invalidPatch' }) }]);
  });

  it('marks every id of a chunk whose call failed, and keeps going with the other chunks', async () => {
    const ids = slices[2]!;
    const client = server.client();
    await client.getSession();
    // Rewritten: the sandbox does not fail a call on demand; the second chunk's answer becomes an error.
    let chunks = 0;
    const failSecond = rewriteNextApiAnswer(([set]) => [['error', { type: 'serverUnavailable' }, set![2]]]);
    server.answerNext((url, init) => (++chunks === 2 ? failSecond(url, init) : undefined));
    const progress: BulkProgress[] = [];
    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: ids }, (p) => progress.push(p));
    expect(outcome.succeeded).toHaveLength(18);
    expect(outcome.failed).toHaveLength(12);
    expect(outcome.failed[0]).toMatchObject({ id: ids[12], kind: 'callError', error: { kind: 'method', type: 'serverUnavailable' } });
    expect(progress.map((p) => p.failed)).toEqual([0, 12, 12]);
  });

  it('stops sending after a 401 and lists the unsent ids as skipped', async () => {
    let password = 'admin';
    const client = server.client({ credentials: () => ({ kind: 'basic', username: 'admin', password }) });
    await client.getSession();
    server.reset();
    password = 'wrong';
    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: slices[3]! });
    expect(server.apiRequests()).toHaveLength(1);
    expect(outcome.failed).toHaveLength(12);
    expect(outcome.skipped).toHaveLength(18);
    expect(outcome.succeeded).toEqual([]);
  });

  it('stops taking chunks once the signal is aborted', async () => {
    const client = server.client();
    await client.getSession();
    server.reset();
    const controller = new AbortController();
    const outcome = await client.bulkSet('x:QueuedMessage', { destroy: slices[4]! }, () => controller.abort(), { signal: controller.signal });
    expect(server.apiRequests()).toHaveLength(1);
    expect(outcome.succeeded).toHaveLength(12);
    expect(outcome.skipped).toHaveLength(18);
  });
});

describe('queryAllIds', () => {
  it('pages with position/limit until every matching id is collected', async () => {
    const client = server.client();
    const expected: string[] = (await server.sandbox.one('x:QueuedMessage/query', {})).ids;
    server.reset();
    const result = await client.queryAllIds('x:QueuedMessage', null, { pageSize: 40 });
    expect(result.ok && [...result.value].sort()).toEqual([...expected].sort());
    const queries = server.apiRequests().map((r) => r.body!.methodCalls[0]![1]);
    expect(queries.map((q) => q.position)).toEqual(Array.from({ length: Math.ceil(expected.length / 40) }, (_, i) => i * 40));
    for (const q of queries) expect(q).toMatchObject({ limit: 40, calculateTotal: true });
  });

  it('returns the error of a failing page', async () => {
    // Queued messages sort only by `due`.
    const result = await server.client().queryAllIds('x:QueuedMessage', null, { sort: [{ property: 'returnPath' }] as never });
    expect(result).toMatchObject({ ok: false, error: { kind: 'method', type: 'unsupportedSort' } });
  });
});
