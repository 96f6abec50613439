import { describe, expect, it } from 'vitest';
import { createJmapClient } from './client';
import { getAllObjects } from './get-all-objects';
import { createFakeServer } from './test-support/fake-jmap-fetch';

const rules = Array.from({ length: 23 }, (_, i) => ({ id: `r${i}`, name: `RULE_${i}`, priority: i, enable: true, '@type': 'Any' }));

function setup(options: Parameters<typeof createFakeServer>[0]) {
  const server = createFakeServer(options);
  server.seed('x:SpamRule', rules);
  const client = createJmapClient({ serverUrl: 'https://mail.example.com', credentials: { kind: 'basic', username: 'a', password: 'b' }, fetch: server.fetch });
  return { server, client };
}

describe('getAllObjects', () => {
  it('pages by maxObjectsInGet with position, each page a /query and a /get of its ids in one request', async () => {
    const { server, client } = setup({ limits: { maxObjectsInGet: 10 } });
    const all = await getAllObjects(client, 'x:SpamRule', ['name', 'priority']);
    expect(all.ok && all.value.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const requests = server.apiRequests().map((r) => r.body!.methodCalls);
    expect(requests).toHaveLength(3);
    expect(requests.map((calls) => calls[0]![1])).toMatchObject([
      { position: 0, limit: 10, calculateTotal: true },
      { position: 10, limit: 10 },
      { position: 20, limit: 10 },
    ]);
    expect(requests[0]![1]![1]).toMatchObject({ '#ids': { path: '/ids' }, properties: ['name', 'priority'] });
  });

  it('follows a server that caps the query below what was asked', async () => {
    const { server, client } = setup({ limits: { maxObjectsInGet: 500 }, queryMaxResults: 8 });
    const all = await getAllObjects(client, 'x:SpamRule', ['name']);
    expect(all.ok && all.value).toHaveLength(23);
    expect(server.apiRequests().map((r) => r.body!.methodCalls[0]![1].position)).toEqual([0, 8, 16]);
  });

  it('answers the first method error', async () => {
    const { server, client } = setup({});
    server.override('x:SpamRule/query', () => ['error', { type: 'forbidden' }]);
    expect(await getAllObjects(client, 'x:SpamRule', ['name'])).toMatchObject({ ok: false, error: { kind: 'method', type: 'forbidden' } });
  });
});
