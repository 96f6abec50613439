import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { newestQueueTotal, queueListIdentity, type QueueRange } from './queue-queries';

const scheduled = queueListIdentity({}, [{ property: 'due', isAscending: true }]);
const filtered = queueListIdentity({ to: 'example.org' }, [{ property: 'due', isAscending: true }]);

function cacheWith(entries: { list: string; position: number; total: number | undefined; at: number }[]) {
  const client = new QueryClient();
  for (const { list, position, total, at } of entries) {
    const query = client.getQueryCache().build(client, { queryKey: ['range', list, position], meta: { queueList: list } });
    const data: QueueRange = { items: [], position, total };
    query.setData(data, { updatedAt: at, manual: true });
  }
  return client.getQueryCache().getAll();
}

describe('newestQueueTotal', () => {
  it('takes the total of the newest answer of the same list, wherever it starts', () => {
    const queries = cacheWith([
      { list: scheduled, position: 0, total: 1200, at: 1_000 },
      { list: scheduled, position: 500, total: 1180, at: 3_000 },
      { list: filtered, position: 0, total: 7, at: 5_000 },
    ]);
    expect(newestQueueTotal(queries, scheduled)).toBe(1180);
    expect(newestQueueTotal(queries, filtered)).toBe(7);
  });

  it('skips answers without a total and knows nothing of a list not yet answered', () => {
    const queries = cacheWith([
      { list: scheduled, position: 0, total: 1200, at: 1_000 },
      { list: scheduled, position: 100, total: undefined, at: 2_000 },
    ]);
    expect(newestQueueTotal(queries, scheduled)).toBe(1200);
    expect(newestQueueTotal(queries, filtered)).toBeUndefined();
  });

  it('tells lists apart by filter and by sort', () => {
    expect(queueListIdentity({}, [{ property: 'due', isAscending: false }])).not.toBe(scheduled);
    expect(filtered).not.toBe(scheduled);
  });
});
