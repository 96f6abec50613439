// Every object of a type, paged within the server's limits, against an in-memory sandbox whose
// maxObjectsInGet is small enough to need several pages.
import { describe, expect, it } from 'vitest';
import { getAllObjects } from './get-all-objects';
import { rewriteNextApiAnswer, startClientSandbox } from './test-support/sandbox-client';

const server = await startClientSandbox({ limits: { maxObjectsInGet: 10 } });

async function allRuleIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let position = 0; ; position += 10) {
    const page = await server.sandbox.one('x:SpamRule/query', { position, limit: 10 });
    ids.push(...page.ids);
    if (page.ids.length === 0 || ids.length >= page.total) return ids;
  }
}

describe('getAllObjects', () => {
  it('pages by maxObjectsInGet with position, each page a /query and a /get of its ids in one request', async () => {
    const expected = await allRuleIds();
    expect(expected.length).toBeGreaterThan(20);
    server.reset();
    const all = await getAllObjects<{ id: string; name: string }>(server.client(), 'x:SpamRule', ['name', 'priority']);
    expect(all.ok && all.value.map((r) => r.id)).toEqual(expected);
    const requests = server.apiRequests().map((r) => r.body!.methodCalls);
    expect(requests).toHaveLength(Math.ceil(expected.length / 10));
    expect(requests.map((calls) => calls[0]![1])).toEqual(
      requests.map((_, i) => expect.objectContaining({ position: i * 10, limit: 10, ...(i === 0 ? { calculateTotal: true } : {}) })),
    );
    expect(requests[0]![1]![1]).toMatchObject({ '#ids': { path: '/ids' }, properties: ['name', 'priority'] });
  });

  it('follows a server that caps the query below what was asked', async () => {
    const expected = await allRuleIds();
    server.reset();
    // Rewritten: the sandbox answers the limit asked for; a server may cap it (here at 8) and say so.
    const capAt8 = rewriteNextApiAnswer(([query, get]) => {
      const ids: string[] = query![1].ids.slice(0, 8);
      return [
        [query![0], { ...query![1], ids, limit: 8 }, query![2]],
        [get![0], { ...get![1], list: get![1].list.filter((o: { id: string }) => ids.includes(o.id)) }, get![2]],
      ];
    });
    for (let i = 0; i < Math.ceil(expected.length / 8); i++) server.answerNext(capAt8);
    const all = await getAllObjects(server.client(), 'x:SpamRule', ['name']);
    expect(all.ok && all.value.map((r) => r.id)).toEqual(expected);
    expect(server.apiRequests().map((r) => r.body!.methodCalls[0]![1].position)).toEqual(
      Array.from({ length: Math.ceil(expected.length / 8) }, (_, i) => i * 8),
    );
  });

  it('answers the first method error', async () => {
    // Another account's id is refused as a real server does; in getAllObjects such an answer to its
    // first page (rewritten from the sandbox's) ends the paging with that error.
    const result = await server.client().call('x:SpamRule/query', { accountId: 'zz' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'method', type: 'forbidden' } });
    server.answerNext(rewriteNextApiAnswer(([query, get]) => [['error', { type: 'forbidden' }, query![2]], get!]));
    expect(await getAllObjects(server.client(), 'x:SpamRule', ['name'])).toMatchObject({ ok: false, error: { kind: 'method', type: 'forbidden' } });
  });
});
