import { describe, expect, it } from 'vitest';
import { evaluatePointer, resolveReferences } from './result-reference';
import { paginate } from './paginate';

describe('JSON pointers of result references', () => {
  const doc = { list: [{ id: 'a', tags: ['x', 'y'] }, { id: 'b', tags: ['z'] }], 'a/b': { '~': 1 } };

  it('walks objects and arrays, with escapes', () => {
    expect(evaluatePointer(doc, '/list/1/id')).toEqual({ ok: true, value: 'b' });
    expect(evaluatePointer(doc, '/a~1b/~0')).toEqual({ ok: true, value: 1 });
    expect(evaluatePointer(doc, '')).toEqual({ ok: true, value: doc });
  });

  it('maps * over arrays and flattens nested arrays', () => {
    expect(evaluatePointer(doc, '/list/*/id')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(evaluatePointer(doc, '/list/*/tags')).toEqual({ ok: true, value: ['x', 'y', 'z'] });
  });

  it('fails on missing members, bad indexes and * on objects', () => {
    for (const path of ['/nope', '/list/2', '/list/01', '/list/-1', 'list', '/a~1b/*']) expect(evaluatePointer(doc, path).ok, path).toBe(false);
  });

  it('passes plain arguments through and resolves # ones', () => {
    const res = resolveReferences({ accountId: 'b', '#ids': { resultOf: '0', name: 'Q/query', path: '/ids' } }, [['Q/query', { ids: ['1', '2'] }, '0']]);
    expect(res).toEqual({ ok: true, args: { accountId: 'b', ids: ['1', '2'] } });
  });
});

describe('paginate', () => {
  const ids = ['e', 'd', 'c', 'b', 'a'];
  const args = { position: 0, anchor: null, anchorOffset: 0, limit: null, calculateTotal: false };

  it('applies position, negative position, limit and total', () => {
    expect(paginate(ids, { ...args, position: 3 })).toEqual({ ok: true, page: { ids: ['b', 'a'], position: 3 } });
    expect(paginate(ids, { ...args, position: -2, calculateTotal: true })).toEqual({ ok: true, page: { ids: ['b', 'a'], position: 3, total: 5 } });
    expect(paginate(ids, { ...args, position: 9 })).toEqual({ ok: true, page: { ids: [], position: 5 } });
    // `limit` is reported whenever the total exceeds it.
    expect(paginate(ids, { ...args, limit: 0 })).toEqual({ ok: true, page: { ids: [], position: 0, limit: 0 } });
    expect(paginate(ids, { ...args, position: 4, limit: 2 })).toEqual({ ok: true, page: { ids: ['a'], position: 4, limit: 2 } });
    expect(paginate(ids, { ...args, limit: 5 })).toEqual({ ok: true, page: { ids, position: 0 } });
  });

  it('applies anchors and their offsets, clamping at the start', () => {
    expect(paginate(ids, { ...args, anchor: 'c', anchorOffset: -5, limit: 2 })).toEqual({ ok: true, page: { ids: ['e', 'd'], position: 0, limit: 2 } });
    expect(paginate(ids, { ...args, anchor: 'c', anchorOffset: 1 })).toEqual({ ok: true, page: { ids: ['b', 'a'], position: 3 } });
    expect(paginate(ids, { ...args, anchor: 'zz' })).toMatchObject({ ok: false, error: { type: 'anchorNotFound' } });
  });
});
