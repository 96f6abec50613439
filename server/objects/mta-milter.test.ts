import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());

const create = (object: Record<string, unknown>) => sb.one('x:MtaMilter/set', { create: { m: object } });
const update = (id: string, patch: Record<string, unknown>) => sb.one('x:MtaMilter/set', { update: { [id]: patch } });
const getOne = async (id: string) => (await sb.one('x:MtaMilter/get', { ids: [id] })).list[0];

describe('x:MtaMilter create', () => {
  it('fills every default from the reference schema; created holds only the id', async () => {
    const res = await create({ hostname: ' 127.0.0.1 ' });
    expect(res.created.m).toEqual({ id: expect.any(String) });
    expect(res).not.toHaveProperty('oldState');
    expect(res).not.toHaveProperty('newState');
    const stored = await getOne(res.created.m.id);
    // The hostname is stored trimmed.
    expect(stored).toEqual({
      id: res.created.m.id,
      hostname: '127.0.0.1',
      port: 11332,
      enable: { else: 'true' },
      useTls: false,
      allowInvalidCerts: false,
      stages: { data: true },
      maxResponseSize: 52428800,
      protocolVersion: 'v6',
      tempFailOnError: true,
      flagsAction: null,
      flagsProtocol: null,
      timeoutConnect: 30000,
      timeoutCommand: 30000,
      timeoutData: 60000,
    });
  });

  it('refuses a JSON array where a Set is expected', async () => {
    const res = await create({ hostname: 'h', stages: ['data'] });
    expect(res.notCreated.m).toMatchObject({ type: 'invalidPatch', description: 'Invalid value for object property', properties: ['stages'] });
  });

  it.each([
    ['30s', 'timeoutCommand'],
    [0, 'timeoutConnect'],
    [-5, 'timeoutData'],
    [1.5, 'timeoutData'],
  ])('refuses duration %j with invalidPatch "Invalid duration value"', async (value, field) => {
    const res = await create({ hostname: 'h', [field]: value });
    expect(res.notCreated.m).toMatchObject({ type: 'invalidPatch', description: 'Invalid duration value', properties: [field] });
  });

  it.each([
    ['port', '25', 'Invalid value for unsigned integer property (expected non-negative integer)'],
    ['port', -1, 'Invalid value for unsigned integer property (expected non-negative integer)'],
    ['useTls', 'yes', 'Invalid value for boolean property (expected true or false)'],
    ['hostname', 42, 'Invalid value for property.'],
    ['hostname', '', 'Invalid value for property.'],
    ['hostname', '   ', 'String cannot be empty'],
    ['protocolVersion', 'v9', 'Invalid value "v9" for enum type.'],
    ['stages', { data: true, smtp: true }, 'Invalid key for object property'],
    ['maxResponseSize', '50MB', 'Invalid size value'],
    ['protocolVersion', 6, 'Invalid value for enum property (expected string)'],
    ['enable', 'true', 'Invalid value for object property'],
    ['hostname', null, 'Invalid value for property.'],
  ])('refuses %s = %j with a specific invalidPatch', async (field, value, description) => {
    const res = await create({ hostname: 'h', [field]: value });
    expect(res.notCreated.m).toEqual({ type: 'invalidPatch', description, properties: [field] });
  });

  it('refuses unknown properties and server-owned ones', async () => {
    expect((await create({ hostname: 'h', description: 'x' })).notCreated.m).toMatchObject({ type: 'invalidPatch', description: 'Invalid property', properties: ['description'] });
    expect((await create({ hostname: 'h', id: 'zz' })).notCreated.m).toMatchObject({ type: 'invalidPatch', description: 'Cannot modify read-only property', properties: ['id'] });
  });

  it('reports a missing required field as validationFailed Required', async () => {
    const res = await create({ port: 25 });
    expect(res.notCreated.m).toMatchObject({ type: 'validationFailed', properties: ['hostname'], validationErrors: [{ type: 'Required', property: 'hostname' }] });
    expect(res.notCreated.m.description).toMatch(/hostname/);
  });

  it('reports range and minItems violations together; drops Set members sent as false', async () => {
    const res = await create({ hostname: 'h', port: 70000, stages: {} });
    expect(res.notCreated.m.type).toBe('validationFailed');
    expect(res.notCreated.m.validationErrors).toEqual([
      { type: 'MaxValue', property: 'port', required: 65535 },
      { type: 'MinLength', property: 'stages', required: 1 },
    ]);
    const low = await create({ hostname: 'h', port: 0 });
    expect(low.notCreated.m.validationErrors).toEqual([{ type: 'MinValue', property: 'port', required: 1 }]);
    const withFalse = await create({ hostname: 'h', stages: { data: true, rcpt: false } });
    expect((await getOne(withFalse.created.m.id)).stages).toEqual({ data: true });
    const onlyFalse = await create({ hostname: 'h', stages: { data: false } });
    expect(onlyFalse.notCreated.m).toMatchObject({ type: 'validationFailed', validationErrors: [{ type: 'MinLength', property: 'stages', required: 1 }] });
  });

  it('compiles the enable expression against MtaRcptToVariable', async () => {
    const ok = await create({ hostname: 'h', enable: { match: { '0': { if: 'is_local_domain(rcpt_domain)', then: 'true' } }, else: 'false' } });
    expect(ok.created.m.id).toBeDefined();
    const bad = await create({ hostname: 'h', enable: { match: { '0': { if: 'subject == 1', then: 'true' } }, else: 'false' } });
    expect(bad.notCreated.m).toMatchObject({ type: 'validationFailed', properties: ['enable'] });
    expect(bad.notCreated.m).not.toHaveProperty('description');
    expect(bad.notCreated.m.validationErrors[0].value).toMatch(/subject/);
    const unterminated = await create({ hostname: 'h', enable: { else: "'oops" } });
    expect(unterminated.notCreated.m).toMatchObject({ type: 'validationFailed', properties: ['enable'] });
    const arrayMatch = await create({ hostname: 'h', enable: { match: [{ if: 'true', then: 'true' }], else: 'false' } });
    expect(arrayMatch.notCreated.m).toMatchObject({ type: 'invalidPatch', description: 'Invalid value for object property', properties: ['enable/match'] });
    const missingElse = await create({ hostname: 'h', enable: { match: { '0': { if: 'true', then: 'true' } } } });
    expect(missingElse.notCreated.m.validationErrors).toEqual([{ type: 'Invalid', property: 'enable', value: "Missing 'else' block in 'if' expression" }]);
    const emptyElse = await create({ hostname: 'h', enable: { else: '' } });
    expect(emptyElse.notCreated.m).toMatchObject({ type: 'invalidPatch', properties: ['enable/else'] });
  });
});

describe('x:MtaMilter update', () => {
  it('applies JSON-pointer patches without losing other fields', async () => {
    const id = (await create({ hostname: 'patch.example', port: 1234 })).created.m.id;
    expect((await update(id, { 'stages/rcpt': true, 'enable/else': 'false' })).updated).toEqual({ [id]: null });
    let stored = await getOne(id);
    expect(stored.stages).toEqual({ data: true, rcpt: true });
    expect(stored.enable).toEqual({ else: 'false' });
    expect(stored.port).toBe(1234);
    await update(id, { 'stages/data': false, 'enable/match/0': { if: "rcpt_domain == 'example.org'", then: 'true' } });
    stored = await getOne(id);
    expect(stored.stages).toEqual({ rcpt: true });
    expect(stored.enable).toEqual({ match: { '0': { if: "rcpt_domain == 'example.org'", then: 'true' } }, else: 'false' });
    await update(id, { 'enable/match/0/if': "rcpt_domain == 'example.net'" });
    expect((await getOne(id)).enable.match['0']).toEqual({ if: "rcpt_domain == 'example.net'", then: 'true' });
    expect(stored.hostname).toBe('patch.example');
  });

  it('validates the patched whole', async () => {
    const id = (await create({ hostname: 'h2' })).created.m.id;
    const res = await update(id, { 'stages/data': null });
    expect(res.notUpdated[id]).toMatchObject({ type: 'validationFailed', validationErrors: [{ type: 'MinLength', property: 'stages', required: 1 }] });
    expect((await getOne(id)).stages).toEqual({ data: true });
    const wrong = await update(id, { timeoutData: '1m' });
    expect(wrong.notUpdated[id]).toMatchObject({ type: 'invalidPatch', description: 'Invalid duration value', properties: ['timeoutData'] });
    const unknown = await update(id, { 'nothing/here': 1 });
    expect(unknown.notUpdated[id]).toMatchObject({ type: 'invalidPatch', description: 'Invalid property', properties: ['nothing/here'] });
    const intoScalar = await update(id, { 'port/x': 1 });
    expect(intoScalar.notUpdated[id]).toMatchObject({ type: 'invalidPatch', properties: ['port/x'] });
    const newId = await update(id, { id: 'other' });
    expect(newId.notUpdated[id]).toMatchObject({ type: 'invalidPatch', description: 'Cannot modify read-only property', properties: ['id'] });
  });

  it('answers notFound for unknown ids and willDestroy for ids also destroyed', async () => {
    expect((await update('nope', { port: 1 })).notUpdated.nope).toMatchObject({ type: 'notFound' });
    const id = (await create({ hostname: 'h3' })).created.m.id;
    const res = await sb.one('x:MtaMilter/set', { update: { [id]: { port: 2 } }, destroy: [id, 'missing'] });
    expect(res.notUpdated[id].type).toBe('willDestroy');
    expect(res.destroyed).toEqual([id]);
    expect(res.notDestroyed.missing).toMatchObject({ type: 'notFound', description: expect.any(String), properties: [] });
    expect((await sb.one('x:MtaMilter/get', { ids: [id] })).notFound).toEqual([id]);
  });
});

describe('x:MtaMilter get and query', () => {
  it('selects properties, always with id; unknown names are dropped', async () => {
    const id = (await create({ hostname: 'props.example' })).created.m.id;
    const res = await sb.one('x:MtaMilter/get', { ids: [id], properties: ['port', 'colour'] });
    expect(res.list).toEqual([{ id, port: 11332 }]);
    expect(res).not.toHaveProperty('state');
    const whole = await getOne(id);
    for (const properties of [[], ['colour']]) {
      expect((await sb.one('x:MtaMilter/get', { ids: [id], properties })).list).toEqual([whole]);
    }
    // A property of another object is a name the server knows: only the id matches it.
    expect((await sb.one('x:MtaMilter/get', { ids: [id], properties: ['priority'] })).list).toEqual([{ id }]);
  });

  it('pages with position, anchor, anchorOffset, limit and total; default order is id descending', async () => {
    const all = (await sb.one('x:MtaMilter/query', {})).ids as string[];
    expect(all.length).toBeGreaterThanOrEqual(5);
    const asc = (await sb.one('x:MtaMilter/query', { sort: [{ property: 'id', isAscending: true }] })).ids;
    expect(asc).toEqual([...all].reverse());
    const page = await sb.one('x:MtaMilter/query', { position: 1, limit: 2, calculateTotal: true });
    expect(page).toMatchObject({ ids: all.slice(1, 3), position: 1, total: all.length, canCalculateChanges: true, queryState: 'n' });
    // Reported whenever the total exceeds it.
    expect(page.limit).toBe(2);
    expect((await sb.one('x:MtaMilter/query', { limit: all.length })).limit).toBeUndefined();
    const anchored = await sb.one('x:MtaMilter/query', { anchor: all[2], anchorOffset: 1, limit: 2 });
    expect(anchored).toMatchObject({ ids: all.slice(3, 5), position: 3 });
    const negative = await sb.one('x:MtaMilter/query', { position: -2 });
    expect(negative.ids).toEqual(all.slice(-2));
    const [[name, error]] = await sb.call([['x:MtaMilter/query', { accountId: ACCOUNT.admin, anchor: 'zzzz' }, '0']]);
    expect([name, error.type]).toEqual(['error', 'anchorNotFound']);
  });

  it('rejects filters and sorts the object does not index', async () => {
    const [[, f]] = await sb.call([['x:MtaMilter/query', { accountId: ACCOUNT.admin, filter: { hostname: 'x' } }, '0']]);
    expect(f).toEqual({ type: 'unsupportedFilter', description: 'Filter on property hostname is not supported or invalid' });
    for (const property of ['port', 'hostname', 'enable']) {
      const [[, s]] = await sb.call([['x:MtaMilter/query', { accountId: ACCOUNT.admin, sort: [{ property }] }, '0']]);
      expect(s).toEqual({ type: 'unsupportedSort', description: `Property ${property} is not supported for sorting` });
    }
    const and = await sb.one('x:MtaMilter/query', { filter: { operator: 'AND', conditions: [] } });
    expect(and.ids.length).toBeGreaterThan(0);
    const [[, o]] = await sb.call([['x:MtaMilter/query', { accountId: ACCOUNT.admin, filter: { operator: 'OR', conditions: [] } }, '0']]);
    expect(o).toEqual({ type: 'unsupportedFilter', description: 'Only AND is supported in filters' });
  });

  it('returns all objects for ids: null, capped at maxObjectsInGet', async () => {
    const small = await startTestSandbox({ demo: false, limits: { maxObjectsInGet: 2 } });
    try {
      for (const h of ['a', 'b', 'c']) await small.one('x:MtaMilter/set', { create: { m: { hostname: h } } });
      const res = await small.one('x:MtaMilter/get', { ids: null });
      expect(res.list.map((m: { hostname: string }) => m.hostname)).toEqual(['c', 'b']);
    } finally {
      await small.close();
    }
  });
});
