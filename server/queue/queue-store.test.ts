import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoQueue } from './demo-queue';
import { fixtureQueue, T0 } from './queue-fixtures';
import { queueGet } from './queue-get';
import { queueNumFromId } from './queue-ids';
import { queueQuery } from './queue-query';
import { queueSet } from './queue-set';
import { queueStore } from './queue-store';

const dir = mkdtempSync(join(tmpdir(), 'queue-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const setError = (type: string, description: string) => ({ type, description, properties: [] });
const query = { filter: null, sort: [{ property: 'due', isAscending: true }], position: 0, anchor: null, anchorOffset: 0, limit: null, calculateTotal: true };

describe('queue store', () => {
  it('keeps acknowledged writes across a reopen of the same file', () => {
    const file = join(dir, 'persist.db');
    const first = new BetterSqlite3(file);
    const { store, ids } = fixtureQueue(
      [{ recipients: [{ address: 'a@example.org' }] }, { recipients: [{ address: 'b@example.org' }, { address: 'c@example.org' }] }],
      first,
    );
    const [m0, m1] = ids as [string, string];
    queueSet({ create: {}, update: { [m1]: { priority: 42, 'recipients/b@example.org': null } }, destroy: [m0] }, { store, now: T0, setError });
    first.close();

    const reopened = queueStore(new BetterSqlite3(file));
    const got = queueGet({ ids: [m0, m1], properties: ['priority', 'recipients'] }, { store: reopened, now: T0, maxObjectsInGet: 10 });
    expect(got.ok && got.result).toMatchObject({
      notFound: [m0],
      list: [{ id: m1, priority: 42, recipients: { 'b@example.org': { status: { errorMessage: 'Delivery canceled.' } } } }],
    });
    const q = queueQuery(query, reopened);
    expect(q.ok && q.result).toMatchObject({ ids: [m1], total: 1 });
  });

  it('follows a rolled-back savepoint (the core runs each method call in one)', () => {
    const { db, store, ids } = fixtureQueue([{ recipients: [{ address: 'a@example.org' }] }, { recipients: [{ address: 'b@example.org' }] }]);
    const [m0, m1] = ids as [string, string];
    db.exec('BEGIN');
    queueSet({ create: {}, update: {}, destroy: [m0] }, { store, now: T0, setError });
    db.exec('SAVEPOINT call');
    queueSet({ create: {}, update: {}, destroy: [m1] }, { store, now: T0, setError });
    expect(queueStore(db).index.size).toBe(0);
    db.exec('ROLLBACK TO call');
    db.exec('RELEASE call');
    expect(queueStore(db).index.all.entries.map((e) => e.id)).toEqual([m1]);
    db.exec('ROLLBACK');
    expect(queueStore(db).index.all.entries.map((e) => e.id)).toEqual([m0, m1]);
  });

  it('rejects ids that are not canonical queue ids', () => {
    expect(queueNumFromId('')).toBeNull();
    expect(queueNumFromId('ABC')).toBeNull();
    expect(queueNumFromId('aab')).toBeNull();
    expect(queueNumFromId('cab')).toBe(2 * 1024 + 1);
  });
});

describe('x:QueuedMessage/get', () => {
  const { store, ids } = fixtureQueue([
    { returnPath: '', recipients: [{ address: 'a@example.org', retryDue: T0 + 50 }] },
    { recipients: [{ address: 'b@example.org', retryDue: T0 + 10 }] },
  ]);
  const [m0, m1] = ids as [string, string];

  it('answers the §5.5 wire shape, "<>" for a null sender', () => {
    const got = queueGet({ ids: [m0], properties: null }, { store, now: T0, maxObjectsInGet: 10 });
    const item = got.ok ? (got.result.list as Record<string, unknown>[])[0] : null;
    expect(Object.keys(item ?? {})).toEqual([
      'id', 'createdAt', 'nextRetry', 'nextNotify', 'blobId', 'returnPath', 'receivedFromIp', 'receivedViaPort', 'flags', 'envId', 'priority', 'size', 'recipients',
    ]);
    expect(item).toMatchObject({ returnPath: '<>', flags: { authenticated: true }, nextRetry: '2026-08-21T09:00:50Z', envId: null });
  });

  it('filters properties, always keeping id, and refuses unknown ones', () => {
    const got = queueGet({ ids: [m1], properties: ['size'] }, { store, now: T0, maxObjectsInGet: 10 });
    expect(got.ok && got.result.list).toEqual([{ id: m1, size: 4096 }]);
    const bad = queueGet({ ids: [m1], properties: ['size', 'subject'] }, { store, now: T0, maxObjectsInGet: 10 });
    expect(bad.ok ? null : bad.error.type).toBe('invalidArguments');
  });

  it('with ids null lists the first messages in delivery order, up to maxObjectsInGet', () => {
    const got = queueGet({ ids: null, properties: ['id'] }, { store, now: T0, maxObjectsInGet: 1 });
    expect(got.ok && got.result).toEqual({ list: [{ id: m1 }], notFound: [] });
  });
});

describe('demo queue', () => {
  it('is deterministic from its seed and time', () => {
    const dump = (seed: number) => {
      const db = new BetterSqlite3(':memory:');
      seedDemoQueue(db, { seed, count: 50, now: T0 * 1000 });
      return db.prepare('SELECT num, data FROM queue_messages ORDER BY num').all();
    };
    expect(dump(7)).toEqual(dump(7));
    expect(dump(7)).not.toEqual(dump(8));
  });

  it('covers every recipient state, the queues, null senders and multi-recipient messages', () => {
    const db = new BetterSqlite3(':memory:');
    expect(seedDemoQueue(db, { seed: 1, count: 300, now: T0 * 1000 })).toBe(300);
    const store = queueStore(db);
    const all = queueGet({ ids: store.index.all.entries.map((e) => e.id), properties: null }, { store, now: T0, maxObjectsInGet: 1000 });
    const list = (all.ok ? all.result.list : []) as any[];
    expect(list).toHaveLength(300);
    const rcpts = list.flatMap((m) => Object.values(m.recipients)) as any[];
    const states = new Set(rcpts.map((r) => r.status['@type']));
    expect([...states].sort()).toEqual(['Completed', 'PermanentFailure', 'Scheduled', 'TemporaryFailure']);
    const codes = new Set(rcpts.map((r) => r.status.responseCode).filter(Boolean));
    for (const code of [451, 421, 550, 552, 554, 250]) expect(codes).toContain(code);
    const errorTypes = new Set(rcpts.map((r) => r.status.errorType));
    for (const t of ['dnsError', 'tlsError', 'unexpectedResponse']) expect(errorTypes).toContain(t);
    expect(new Set(rcpts.map((r) => r.queueName))).toEqual(new Set(['default', 'bulk', 'priority', 'dsn', 'report']));
    expect(list.some((m) => m.returnPath === '<>' && m.flags.dsn)).toBe(true);
    expect(list.some((m) => Object.keys(m.recipients).length >= 5)).toBe(true);
    expect(list.some((m) => m.envId !== null)).toBe(true);
    // Every message still has something to deliver.
    expect(list.every((m) => Object.values(m.recipients).some((r: any) => ['Scheduled', 'TemporaryFailure'].includes(r.status['@type'])))).toBe(true);
  });
});
