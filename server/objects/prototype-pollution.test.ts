// Reserved property names (__proto__, constructor, prototype) and prototype members used as keys
// in every path form of every object type: none may reach Object.prototype, none may crash a
// method, and anonymous requests must still be refused afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

const RESERVED = ['__proto__', 'constructor', 'prototype'];
const PROTO_MEMBERS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const ATTACK = 'Basic YWRtaW46YWRtaW4=';
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

let sb: TestSandbox;
const ids: Record<string, string> = {};
let recipient = '';

beforeAll(async () => {
  sb = await startTestSandbox({ queue: 3 });
  for (const type of ['x:MtaMilter', 'x:SpamRule', 'x:QueuedMessage']) {
    ids[type] = (await sb.one(`${type}/query`, {})).ids[0];
  }
  ids['x:SpamSettings'] = 'singleton';
  const [message] = (await sb.one('x:QueuedMessage/get', { ids: [ids['x:QueuedMessage']] })).list;
  recipient = Object.keys(message.recipients)[0];
});
afterAll(() => sb.close());

function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).authorization).toBeUndefined();
}

async function update(type: string, patch: Record<string, unknown>) {
  const id = ids[type];
  const res = await sb.post({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: [[`${type}/set`, { accountId: ACCOUNT.admin, update: { [id]: patch } }, 'c']] });
  expect(res.status).toBe(200);
  const [name, args] = res.body.methodResponses[0];
  expect(name, JSON.stringify(res.body)).toBe(`${type}/set`);
  expect(args.updated ?? {}).toEqual({});
  return args.notUpdated[id] as { type: string; description: string; properties: string[] };
}

/** Property-position path forms into a field of each stored type. */
const FIELD_PATHS: Record<string, (r: string) => string[]> = {
  'x:MtaMilter': (r) => [r, `${r}/authorization`, `enable/${r}`, `enable/${r}/authorization`, `enable/match/${r}`, `enable/match/0/${r}`, `hostname/${r}`],
  'x:SpamRule': (r) => [r, `${r}/authorization`, `condition/${r}`, `condition/${r}/authorization`, `condition/match/${r}/authorization`, `condition/match/0/${r}`],
  'x:SpamSettings': (r) => [r, `${r}/authorization`, `spamThreshold/${r}`, `spamThreshold/${r}/authorization`],
};

describe('reserved names in patch paths', () => {
  for (const [type, paths] of Object.entries(FIELD_PATHS)) {
    it(`${type}: refused as invalidPatch naming the path`, async () => {
      for (const r of RESERVED) {
        for (const path of paths(r)) {
          const error = await update(type, { [path]: path.endsWith('authorization') ? ATTACK : { authorization: ATTACK } });
          expect(error, `${type} ${path}`).toMatchObject({ type: 'invalidPatch', properties: [path] });
          expectPrototypeClean();
        }
      }
    });
  }

  it('a reserved key inside a patched value is refused too (own JSON key, not a prototype)', async () => {
    for (const r of RESERVED) {
      const body = (field: string) => `{"${field}": {"${r}": {"authorization": "${ATTACK}"}}}`;
      for (const [type, field] of [['x:MtaMilter', 'enable'], ['x:SpamRule', 'condition']]) {
        const res = await sb.post(`{"using":["urn:ietf:params:jmap:core","urn:stalwart:jmap"],"methodCalls":[["${type}/set",{"accountId":"b","update":{"${ids[type]}":${body(field)}}},"c"]]}`);
        const error = res.body.methodResponses[0][1].notUpdated[ids[type]];
        expect(error, `${type} ${r}`).toMatchObject({ type: 'invalidPatch', properties: [`${field}/${r}`] });
      }
    }
    expectPrototypeClean();
  });

  it('Set members are user data: a member named like a prototype property is an ordinary (here unknown) stage', async () => {
    for (const member of PROTO_MEMBERS) {
      // An unknown Set member is invalidPatch, as on the server (registry/src/types/map.rs).
      const error = await update('x:MtaMilter', { [`stages/${member}`]: true });
      expect(error, member).toMatchObject({ type: 'invalidPatch' });
      const whole = await sb.post(`{"using":["urn:ietf:params:jmap:core","urn:stalwart:jmap"],"methodCalls":[["x:MtaMilter/set",{"accountId":"b","update":{"${ids['x:MtaMilter']}":{"stages":{"${member}":true}}}},"c"]]}`);
      expect(whole.body.methodResponses[0][1].notUpdated[ids['x:MtaMilter']], member).toMatchObject({ type: 'invalidPatch', properties: ['stages'] });
    }
    expectPrototypeClean();
  });

  it('x:QueuedMessage: prototype names as recipient properties are unknown properties', async () => {
    const rcpt = recipient.replace(/~/g, '~0').replace(/\//g, '~1');
    for (const member of PROTO_MEMBERS) {
      for (const path of [`recipients/${rcpt}/${member}`, `recipients/${rcpt}/${member}/authorization`, `recipients/${rcpt}/expires/${member}`]) {
        const error = await update('x:QueuedMessage', { [path]: ATTACK });
        expect(error, path).toMatchObject({ type: 'invalidPatch', description: 'Invalid property', properties: [path] });
      }
      const whole = await update('x:QueuedMessage', { [`recipients/${rcpt}`]: JSON.parse(`{"${member}": {"authorization": "${ATTACK}"}}`) });
      expect(whole, member).toMatchObject({ type: 'invalidPatch', properties: [`recipients/${rcpt}/${member}`] });
      // An address is user data: an unknown address, however it is spelled.
      const address = await update('x:QueuedMessage', { [`recipients/${member}`]: null });
      expect(address, member).toMatchObject({ type: 'invalidProperties', properties: [`recipients/${member}`] });
      const top = await update('x:QueuedMessage', JSON.parse(`{"${member}": {"authorization": "${ATTACK}"}}`));
      expect(top, member).toMatchObject({ type: 'invalidPatch', properties: [member] });
    }
    expectPrototypeClean();
  });

  it('x:Action: prototype names in a created action are refused without running it', async () => {
    for (const r of RESERVED) {
      const res = await sb.post(
        `{"using":["urn:ietf:params:jmap:core","urn:stalwart:jmap"],"methodCalls":[["x:Action/set",{"accountId":"b","create":{"a":{"@type":"ReloadSettings","${r}":{"authorization":"${ATTACK}"}}}},"c"]]}`,
      );
      expect(res.body.methodResponses[0][1].notCreated.a, r).toMatchObject({ type: 'invalidPatch', properties: [r] });
    }
    expectPrototypeClean();
  });
});

describe('creation ids and result references named like prototype members', () => {
  const request = (calls: unknown[], createdIds?: Record<string, string>) =>
    sb.post({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: calls, ...(createdIds ? { createdIds } : {}) });

  it('an unknown creation id in /get ids is invalidResultReference', async () => {
    for (const member of [...PROTO_MEMBERS, 'nothing']) {
      for (const type of ['x:MtaMilter', 'x:SpamRule', 'x:SpamSettings', 'x:QueuedMessage', 'x:Action']) {
        const res = await request([[`${type}/get`, { accountId: ACCOUNT.admin, ids: [`#${member}`] }, 'g']]);
        expect(res.status).toBe(200);
        expect(res.body.methodResponses[0], `${type} #${member}`).toEqual(['error', expect.objectContaining({ type: 'invalidResultReference' }), 'g']);
      }
    }
    expectPrototypeClean();
  });

  it('an unknown creation id in /set destroy is dropped; in /set update it names no object', async () => {
    for (const member of PROTO_MEMBERS) {
      for (const type of ['x:MtaMilter', 'x:SpamRule', 'x:QueuedMessage']) {
        const res = await request([[`${type}/set`, { accountId: ACCOUNT.admin, destroy: [`#${member}`] }, 's']]);
        expect(res.body.methodResponses[0][0], `${type} #${member}`).toBe(`${type}/set`);
        expect(res.body.methodResponses[0][1]).toMatchObject({ destroyed: [], notDestroyed: {} });
        const upd = await request([[`${type}/set`, { accountId: ACCOUNT.admin, update: { [`#${member}`]: {} } }, 's']]);
        expect(upd.body.methodResponses[0][0], `${type} update #${member}`).toBe(`${type}/set`);
        expect(upd.body.methodResponses[0][1].notUpdated[`#${member}`]).toMatchObject({ type: 'notFound' });
      }
    }
    expectPrototypeClean();
  });

  it('creation ids named like prototype members are ordinary creation ids', async () => {
    for (const member of PROTO_MEMBERS) {
      const name = `PROTO_${member.toUpperCase()}`;
      const rule = { '@type': 'Any', name, condition: { match: { '0': { if: 'true', then: "'x'" } }, else: 'false' } };
      const res = await request(
        [
          ['x:SpamRule/set', { accountId: ACCOUNT.admin, create: { [member]: rule } }, 'c'],
          ['x:SpamRule/get', { accountId: ACCOUNT.admin, ids: [`#${member}`], properties: ['name'] }, 'g'],
          ['x:SpamRule/set', { accountId: ACCOUNT.admin, destroy: [`#${member}`] }, 'd'],
        ],
        JSON.parse(`{"${member}": "zzz"}`),
      );
      const [created, got, destroyed] = res.body.methodResponses;
      const id = created[1].created[member]?.id;
      expect(id, member).toEqual(expect.any(String));
      expect(got[1].list, member).toEqual([{ id, name }]);
      expect(destroyed[1].destroyed, member).toEqual([id]);
      expect(res.body.createdIds[member]).toBe(id);
    }
    expectPrototypeClean();
  });

  it('a result reference argument named like a prototype member is an unknown argument, ignored as the server ignores those', async () => {
    for (const member of PROTO_MEMBERS) {
      const res = await request([
        ['x:SpamRule/query', { accountId: ACCOUNT.admin }, 'q'],
        ['x:SpamRule/get', { accountId: ACCOUNT.admin, [`#${member}`]: { resultOf: 'q', name: 'x:SpamRule/query', path: '' } }, 'g'],
      ]);
      expect(res.body.methodResponses[1][0], member).toBe('x:SpamRule/get');
    }
    expectPrototypeClean();
  });
});

describe('after every attack', () => {
  it('anonymous requests still get 401', async () => {
    expectPrototypeClean();
    for (const path of ['/api/account', '/jmap/download/x/y/z']) {
      const res = await fetch(`${sb.url}${path}`);
      expect(res.status, path).toBe(401);
    }
    const res = await fetch(`${sb.url}/jmap/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });
});
