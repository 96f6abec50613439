// x:QueuedMessage over real HTTP through the sandbox core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../sandbox';

const USING = ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'];
const ADMIN = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
const VIEWER = `Basic ${Buffer.from('viewer:viewer').toString('base64')}`;

let sandbox: RunningSandbox;
let accountId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ memory: true, port: 0, queue: 120, seed: 5 });
  const session = await fetch(`${sandbox.url}/jmap/session`, { headers: { Authorization: ADMIN } });
  accountId = ((await session.json()) as { primaryAccounts: Record<string, string> }).primaryAccounts['urn:stalwart:jmap'] as string;
});
afterAll(() => sandbox.close());

async function jmap(methodCalls: unknown[], auth = ADMIN, using = USING) {
  const res = await fetch(`${sandbox.url}/jmap/`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ using, methodCalls }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { methodResponses: [string, any, string][] }).methodResponses;
}

describe('x:QueuedMessage over HTTP', () => {
  it('seeds the demo queue on start', () => {
    expect(sandbox.seeded?.queuedMessages).toBe(120);
  });

  it('answers /query then /get through a result reference', async () => {
    const [query, get] = await jmap([
      ['x:QueuedMessage/query', { accountId, filter: { queueName: 'default' }, sort: [{ property: 'due', isAscending: true }], limit: 10, calculateTotal: true }, 'q'],
      ['x:QueuedMessage/get', { accountId, '#ids': { resultOf: 'q', name: 'x:QueuedMessage/query', path: '/ids' }, properties: ['returnPath', 'nextRetry', 'recipients'] }, 'g'],
    ]);
    expect(query?.[0]).toBe('x:QueuedMessage/query');
    const ids = query?.[1].ids as string[];
    expect(ids).toHaveLength(10);
    expect(query?.[1]).toMatchObject({ position: 0, limit: 10, canCalculateChanges: true, queryState: 'n' });
    expect(query?.[1].total).toBeGreaterThan(10);
    expect(get?.[0]).toBe('x:QueuedMessage/get');
    const list = get?.[1].list as { id: string; nextRetry: string; recipients: Record<string, { queueName: string }> }[];
    expect(list.map((m) => m.id)).toEqual(ids);
    for (const m of list) expect(Object.values(m.recipients).some((r) => r.queueName === 'default')).toBe(true);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['id', 'nextRetry', 'recipients', 'returnPath']);
  });

  it('retries, cancels one recipient and destroys; no state is kept', async () => {
    const [query] = await jmap([['x:QueuedMessage/query', { accountId, limit: 2 }, 'q']]);
    const [a, b] = query?.[1].ids as [string, string];
    const [[, before]] = (await jmap([['x:QueuedMessage/get', { accountId, ids: [a] }, 'g']])) as [[string, any, string]];
    const address = Object.keys(before.list[0].recipients)[0] as string;
    const escaped = address.replace(/~/g, '~0').replace(/\//g, '~1');

    const [set] = await jmap([
      ['x:QueuedMessage/set', { accountId, update: { [a]: { nextRetry: '2000-01-01T00:00:00Z', [`recipients/${escaped}/orcpt`]: 'rfc822;x@example.org' } }, destroy: [b] }, 's'],
    ]);
    expect(set?.[1]).toMatchObject({ updated: { [a]: null }, destroyed: [b], notUpdated: {}, notDestroyed: {} });
    expect(set?.[1]).not.toHaveProperty('newState');

    const [[, after], [, gone]] = (await jmap([
      ['x:QueuedMessage/get', { accountId, ids: [a] }, 'g'],
      ['x:QueuedMessage/get', { accountId, ids: [b] }, 'h'],
    ])) as [string, any, string][] as [[string, any, string], [string, any, string]];
    expect(after.list[0].recipients[address].orcpt).toBe('rfc822;x@example.org');
    expect(Date.parse(after.list[0].nextRetry)).toBeLessThanOrEqual(Date.now());
    expect(gone.notFound).toEqual([b]);

    // A well-formed ifInState is ignored; the priority is not range-checked.
    const [stale] = await jmap([['x:QueuedMessage/set', { accountId, ifInState: 'n', update: { [a]: { priority: 5000 } } }, 's']]);
    expect(stale?.[1].updated).toEqual({ [a]: null });
  });

  it('answers Blob/get (RFC 9404) with a queued message\'s contents', async () => {
    const [[, got]] = (await jmap([['x:QueuedMessage/get', { accountId, ids: null, properties: ['blobId', 'size'] }, 'g']])) as [[string, any, string]];
    const m = got.list[0] as { blobId: string; size: number };
    const BLOB_USING = [...USING, 'urn:ietf:params:jmap:blob'];
    const [[name, blob]] = (await jmap([['Blob/get', { accountId, ids: [m.blobId, 'nosuchblob'], properties: ['data:asText', 'size', 'digest:sha-256'] }, 'b']], ADMIN, BLOB_USING)) as [[string, any, string]];
    expect(name).toBe('Blob/get');
    expect(blob.notFound).toEqual(['nosuchblob']);
    expect(blob.list[0].size).toBe(m.size);
    expect(blob.list[0]['data:asText']).toMatch(/\r\nMessage-ID: <[^>]+>\r\n/);
    expect(blob.list[0]['digest:sha-256']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const [[, ranged]] = (await jmap([['Blob/get', { accountId: 'd', ids: [m.blobId], offset: 0, length: 5 }, 'b']], VIEWER, BLOB_USING)) as [[string, any, string]];
    expect(ranged.list[0]).toMatchObject({ id: m.blobId, size: m.size, 'data:asText': blob.list[0]['data:asText'].slice(0, 5) });
    const [[refused, error]] = (await jmap([['Blob/get', { accountId, ids: [m.blobId] }, 'b']])) as [[string, any, string]];
    expect([refused, error.type]).toEqual(['error', 'unknownMethod']);
  });

  it('refuses creation, unsupported sorts and OR filters on the wire', async () => {
    const [created, sorted, filtered] = await jmap([
      ['x:QueuedMessage/set', { accountId, create: { n: { returnPath: 'a@example.org' } } }, 'c'],
      ['x:QueuedMessage/query', { accountId, sort: [{ property: 'size' }] }, 's'],
      ['x:QueuedMessage/query', { accountId, filter: { operator: 'OR', conditions: [{ text: 'a' }, { text: 'b' }] } }, 'f'],
    ]);
    expect(created?.[1].notCreated.n).toMatchObject({ type: 'forbidden', description: 'Queued messages cannot be created' });
    expect(sorted).toEqual(['error', { type: 'unsupportedSort', description: "Only sorting by 'due' is supported for queued messages" }, 's']);
    expect(filtered).toEqual(['error', { type: 'unsupportedFilter', description: 'Only AND is supported in filters' }, 'f']);
  });

  it('serves the raw message of a blobId for download', async () => {
    const [[, got]] = (await jmap([['x:QueuedMessage/get', { accountId, ids: null, properties: ['blobId', 'size', 'returnPath'] }, 'g']])) as [[string, any, string]];
    const m = got.list[0] as { blobId: string; size: number };
    const res = await fetch(`${sandbox.url}/jmap/download/${accountId}/${m.blobId}/message.eml`, { headers: { Authorization: ADMIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('message/rfc822');
    const text = await res.text();
    expect(text.length).toBe(m.size);
    expect(text).toMatch(/\r\nMessage-ID: <[^>]+>\r\n/);
    const missing = await fetch(`${sandbox.url}/jmap/download/${accountId}/nosuchblob/message.eml`, { headers: { Authorization: ADMIN } });
    expect(missing.status).toBe(404);
  });

  it('leaves permissions to the core: a viewer may query but not update', async () => {
    const [q] = await jmap([['x:QueuedMessage/query', { accountId: 'd', limit: 1 }, 'q']], VIEWER);
    expect(q?.[0]).toBe('x:QueuedMessage/query');
    const [s] = await jmap([['x:QueuedMessage/set', { accountId: 'd', update: { [q?.[1].ids[0]]: { priority: 3 } } }, 's']], VIEWER);
    expect(s?.[1].type).toBe('forbidden');
  });
});
