import { describe, expect, it } from 'vitest';
import { fixtureQueue, T0 } from './queue-fixtures';
import { queueQuery } from './queue-query';
import { formatUtcDateTime } from './utc-date';

type Args = Parameters<typeof queueQuery>[0];
const base: Args = { filter: null, sort: [], position: 0, anchor: null, anchorOffset: 0, limit: null, calculateTotal: false };
const due = (d: number) => [{ property: 'due', isAscending: d > 0 }];

// Five messages; m[i] is due at T0 + (i+1) minutes unless noted.
const { store, ids } = fixtureQueue([
  { returnPath: 'alice@acme.example', recipients: [{ address: 'bob@example.org', retryDue: T0 + 60 }] },
  { returnPath: '', recipients: [{ address: 'carol@example.net', retryDue: T0 + 120, queueName: 'dsn' }] },
  {
    returnPath: 'billing@globex.example',
    recipients: [
      { address: 'dave@example.org', retryDue: T0 + 30, status: 'PermanentFailure' },
      { address: 'erin@hooli.example', retryDue: T0 + 180, queueName: 'bulk' },
      { address: 'frank@example.com', retryDue: T0 + 600, queueName: 'default' },
    ],
  },
  { returnPath: 'news@acme.example', recipients: [{ address: 'grace@example.org', retryDue: T0 + 240, status: 'TemporaryFailure', queueName: 'bulk' }] },
  { returnPath: 'alice@acme.example', recipients: [{ address: 'heidi/x~y@example.com', retryDue: T0 + 300 }] },
]);
const [m0, m1, m2, m3, m4] = ids as [string, string, string, string, string];

function run(args: Record<string, unknown>) {
  const out = queueQuery({ ...base, ...args } as Args, store);
  if (!out.ok) throw new Error(`unexpected error ${JSON.stringify(out.error)}`);
  return out.result as { ids: string[]; position: number; total?: number; limit?: number; canCalculateChanges: boolean };
}
function runError(args: Record<string, unknown>) {
  const out = queueQuery({ ...base, ...args } as Args, store);
  if (out.ok) throw new Error('expected an error');
  return out.error;
}

describe('x:QueuedMessage/query ordering', () => {
  it('sorts by next delivery event, ascending and descending', () => {
    expect(run({ sort: due(1) }).ids).toEqual([m0, m1, m2, m3, m4]);
    expect(run({ sort: due(-1) }).ids).toEqual([m4, m3, m2, m1, m0]);
  });

  it('defaults to due descending, as the server maps its default comparator', () => {
    expect(run({}).ids).toEqual([m4, m3, m2, m1, m0]);
  });

  it('ignores permanently failed recipients when computing due', () => {
    // m2's PermanentFailure recipient is due at +30s, but its next delivery is +180s.
    expect(run({ sort: due(1), filter: { dueIsLessThan: formatUtcDateTime(T0 + 100) } }).ids).toEqual([m0]);
  });

  it('refuses any other sort property', () => {
    expect(runError({ sort: [{ property: 'id', isAscending: false }] })).toEqual({
      type: 'unsupportedSort',
      description: "Only sorting by 'due' is supported for queued messages",
    });
  });
});

describe('x:QueuedMessage/query filters', () => {
  it('text matches the return path or any recipient', () => {
    expect(run({ sort: due(1), filter: { text: 'acme' } }).ids).toEqual([m0, m3, m4]);
    expect(run({ sort: due(1), filter: { text: 'hooli' } }).ids).toEqual([m2]);
    expect(run({ sort: due(1), filter: { text: 'nothing-like-this' } }).ids).toEqual([]);
  });

  it('text overrides to and returnPath', () => {
    expect(run({ sort: due(1), filter: { text: 'hooli', returnPath: 'news', to: 'grace' } }).ids).toEqual([m2]);
  });

  it('to and returnPath are substring matches, combined with AND', () => {
    expect(run({ sort: due(1), filter: { to: 'example.org' } }).ids).toEqual([m0, m2, m3]);
    expect(run({ sort: due(1), filter: { returnPath: 'alice' } }).ids).toEqual([m0, m4]);
    expect(run({ sort: due(1), filter: { to: 'example.org', returnPath: 'acme' } }).ids).toEqual([m0, m3]);
  });

  it('a needle never matches across two addresses', () => {
    expect(run({ filter: { to: 'org' } }).ids.length).toBeGreaterThan(0);
    expect(run({ filter: { to: 'org\nerin' } }).ids).toEqual([]);
    expect(run({ filter: { text: 'org\nerin' } }).ids).toEqual([]);
  });

  it('queueName restricts messages and their due to that queue', () => {
    expect(run({ sort: due(1), filter: { queueName: 'bulk' } }).ids).toEqual([m2, m3]);
    // m2 is due at +180s overall but at +600s in the default queue.
    expect(run({ sort: due(1), filter: { queueName: 'default', dueIsGreaterThan: formatUtcDateTime(T0 + 400) } }).ids).toEqual([m2]);
    expect(run({ filter: { queueName: 'nosuch' } }).ids).toEqual([]);
  });

  it('due comparisons are inclusive or exclusive as named, with offsets accepted', () => {
    const at = formatUtcDateTime(T0 + 120);
    expect(run({ sort: due(1), filter: { due: at } }).ids).toEqual([m1]);
    expect(run({ sort: due(1), filter: { dueIsGreaterThan: at } }).ids).toEqual([m2, m3, m4]);
    expect(run({ sort: due(1), filter: { dueIsGreaterThanOrEqual: at } }).ids).toEqual([m1, m2, m3, m4]);
    expect(run({ sort: due(1), filter: { dueIsLessThan: at } }).ids).toEqual([m0]);
    expect(run({ sort: due(1), filter: { dueIsLessThanOrEqual: '2026-08-21T11:02:00+02:00' } }).ids).toEqual([m0, m1]);
  });

  it('flattens AND operators and refuses OR / NOT', () => {
    expect(run({ sort: due(1), filter: { operator: 'AND', conditions: [{ text: 'acme' }, { queueName: 'bulk' }] } }).ids).toEqual([m3]);
    expect(runError({ filter: { operator: 'OR', conditions: [{ text: 'a' }] } })).toEqual({
      type: 'unsupportedFilter',
      description: 'Only AND is supported in filters',
    });
    expect(runError({ filter: { operator: 'AND', conditions: [{ operator: 'NOT', conditions: [] }] } }).type).toBe('unsupportedFilter');
  });

  it('refuses unknown properties, malformed dates, long queue names and empty due ranges', () => {
    expect(runError({ filter: { size: 10 } })).toEqual({ type: 'unsupportedFilter', description: 'Filter on property size is not supported or invalid' });
    expect(runError({ filter: { createdAtIsLessThan: '2026-01-01T00:00:00Z' } }).description).toBe(
      'Filter on property createdAt is not supported or invalid',
    );
    expect(runError({ filter: { due: 'yesterday' } }).description).toBe('Filter on property due is not supported or invalid');
    expect(runError({ filter: { dueIsLessThan: '2026-02-30T00:00:00Z' } }).type).toBe('unsupportedFilter');
    expect(runError({ filter: { queueName: 'waytoolong' } }).description).toBe('Filter on property queueName is not supported or invalid');
    expect(runError({ filter: { text: 5 } }).description).toBe('Filter on property text is not supported or invalid');
    expect(
      runError({ filter: { dueIsGreaterThan: formatUtcDateTime(T0 + 300), dueIsLessThan: formatUtcDateTime(T0 + 100) } }).type,
    ).toBe('unsupportedFilter');
  });
});

describe('x:QueuedMessage/query paging', () => {
  it('pages by position and limit, reporting total and the applied limit', () => {
    const r = run({ sort: due(1), position: 1, limit: 2, calculateTotal: true });
    expect(r).toMatchObject({ ids: [m1, m2], position: 1, total: 5, limit: 2, canCalculateChanges: false });
    expect(run({ sort: due(1), limit: 10 })).not.toHaveProperty('limit');
    expect(run({ sort: due(1) })).not.toHaveProperty('total');
  });

  it('counts a negative position from the end', () => {
    expect(run({ sort: due(1), position: -2 })).toMatchObject({ ids: [m3, m4], position: 3 });
    expect(run({ sort: due(1), position: -9, limit: 1 })).toMatchObject({ ids: [m0], position: 0 });
  });

  it('answers an empty page past the end', () => {
    expect(run({ sort: due(1), position: 5 })).toMatchObject({ ids: [], position: 5 });
    expect(run({ sort: due(1), position: 7 })).toMatchObject({ ids: [], position: 0 });
  });

  it('pages from an anchor with an offset, in filtered and unfiltered views', () => {
    expect(run({ sort: due(1), anchor: m2, anchorOffset: 1, limit: 2 })).toMatchObject({ ids: [m3, m4], position: 3 });
    expect(run({ sort: due(1), anchor: m2, anchorOffset: -1, limit: 2 })).toMatchObject({ ids: [m1, m2], position: 1 });
    expect(run({ sort: due(-1), anchor: m2, limit: 1 })).toMatchObject({ ids: [m2], position: 2 });
    expect(run({ sort: due(1), anchor: m3, filter: { text: 'acme' } })).toMatchObject({ ids: [m3, m4], position: 1 });
    expect(run({ sort: due(1), anchor: m0, anchorOffset: -5 })).toMatchObject({ position: 0 });
  });

  it('answers anchorNotFound for an anchor outside the results', () => {
    expect(runError({ anchor: m1, filter: { text: 'acme' } }).type).toBe('anchorNotFound');
    expect(runError({ anchor: 'zzzzzzzz' }).type).toBe('anchorNotFound');
    expect(runError({ anchor: m2, filter: { queueName: 'dsn' } }).type).toBe('anchorNotFound');
  });

  it('caps the limit at the query maximum', () => {
    const out = queueQuery({ ...base, sort: due(1), limit: 1000 }, store, 3);
    expect(out.ok && out.result).toMatchObject({ ids: [m0, m1, m2], limit: 3 });
  });
});
