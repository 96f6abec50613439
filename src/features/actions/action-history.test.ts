import { describe, expect, it } from 'vitest';
import { createHistoryStore, parseHistory, type ActionRun, type StorageLike } from './action-history';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const run = (id: string, ok = true): ActionRun => ({
  id,
  at: '2026-04-06T10:00:00.000Z',
  type: 'ReloadSettings',
  username: 'admin',
  outcome: ok ? { ok: true, result: { id: 'x' } } : { ok: false, message: 'Refused' },
});

describe('history store', () => {
  it('keeps runs newest first, up to the limit, in storage', () => {
    const storage = memoryStorage();
    const store = createHistoryStore(() => storage, 'k', 2);
    let notified = 0;
    store.subscribe(() => notified++);
    store.append(run('a'));
    store.append(run('b', false));
    store.append(run('c'));
    expect(store.getSnapshot().map((r) => r.id)).toEqual(['c', 'b']);
    expect(notified).toBe(3);
    expect(parseHistory(storage.data.get('k')!).map((r) => r.id)).toEqual(['c', 'b']);
    // A second store over the same storage (a reload) sees the same runs.
    expect(createHistoryStore(() => storage, 'k').getSnapshot().map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('returns the same snapshot until something changes', () => {
    const store = createHistoryStore(() => memoryStorage(), 'k');
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('clears', () => {
    const storage = memoryStorage();
    const store = createHistoryStore(() => storage, 'k');
    store.append(run('a'));
    store.clear();
    expect(store.getSnapshot()).toEqual([]);
    expect(storage.data.has('k')).toBe(false);
  });

  it('keeps runs in memory when storage refuses them', () => {
    const store = createHistoryStore(
      () => ({
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => undefined,
      }),
      'k',
    );
    store.append(run('a'));
    expect(store.getSnapshot().map((r) => r.id)).toEqual(['a']);
  });

  it('drops unreadable entries', () => {
    expect(parseHistory('not json')).toEqual([]);
    expect(parseHistory(JSON.stringify([run('a'), { id: 1 }, { ...run('b'), type: 'Nope' }])).map((r) => r.id)).toEqual(['a']);
  });
});
