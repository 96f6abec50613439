import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());

const rule = (type: string, name: string, cond: string, extra: Record<string, unknown> = {}) => ({
  '@type': type,
  name,
  condition: { match: { '0': { if: cond, then: `'${name}'` } }, else: 'false' },
  ...extra,
});
const create = (object: Record<string, unknown>) => sb.one('x:SpamRule/set', { create: { r: object } });

describe('x:SpamRule', () => {
  it('creates all seven variants, each compiled against its own context', async () => {
    const conditions: Record<string, string> = {
      Any: "is_empty(from.name) && $HAS_DATE",
      Url: "contains(['bit.ly'], host) && scheme == 'http'",
      Domain: "ends_with(value, '.top')",
      Email: "contains(['gmail.com'], domain) && !is_empty(local)",
      Ip: 'is_v4 && octets[0] == 10',
      Header: "name_lower == 'x-mailer' && contains(value_lower, 'bulk')",
      Body: "contains_ignore_case(body.text, 'lottery')",
    };
    for (const [type, cond] of Object.entries(conditions)) {
      const res = await create(rule(type, `RULE_${type.toUpperCase()}`, cond));
      expect(res.created.r, type).toEqual({ id: expect.any(String) });
      const [stored] = (await sb.one('x:SpamRule/get', { ids: [res.created.r.id] })).list;
      expect(stored).toMatchObject({ '@type': type, description: null, enable: true, priority: 500 });
    }
  });

  it('refuses variables of another variant context', async () => {
    const res = await create(rule('Ip', 'IP_USES_HOST', "host == 'x'"));
    expect(res.notCreated.r).toMatchObject({ type: 'validationFailed', properties: ['condition'] });
    expect(res.notCreated.r.validationErrors[0].value).toMatch(/host/);
    const ok = await create(rule('Url', 'URL_USES_HOST', "host == 'x'"));
    expect(ok.created.r).toBeDefined();
  });

  it('requires @type and a known variant (invalidPatch at the object itself)', async () => {
    const { ['@type']: _, ...untyped } = rule('Any', 'NO_TYPE', 'true');
    const refused = { type: 'invalidPatch', description: "Missing or invalid '@type' property in object", properties: [''] };
    expect((await create(untyped)).notCreated.r).toEqual(refused);
    expect((await create(rule('Mime', 'BAD_TYPE', 'true'))).notCreated.r).toEqual(refused);
  });

  it('stores the name upper-cased without white space; "" is invalidPatch', async () => {
    const id = (await create(rule('Any', 'deep lower name', 'true'))).created.r.id;
    expect((await sb.one('x:SpamRule/get', { ids: [id], properties: ['name'] })).list).toEqual([{ id, name: 'DEEPLOWERNAME' }]);
    expect((await create(rule('Any', '', 'true'))).notCreated.r).toEqual({ type: 'invalidPatch', description: 'Invalid value for property.', properties: ['name'] });
    const clash = await create(rule('Any', 'Deep Lower Name', 'true'));
    expect(clash.notCreated.r).toMatchObject({ type: 'primaryKeyViolation', objectId: id });
  });

  it('enforces a unique name with primaryKeyViolation pointing at the existing rule', async () => {
    const first = await create(rule('Any', 'DUPLICATE_NAME', 'true'));
    const second = await create(rule('Header', 'DUPLICATE_NAME', "name_lower == 'date'"));
    expect(second.notCreated.r).toMatchObject({ type: 'primaryKeyViolation', properties: ['name'], objectId: first.created.r.id });
    // Two creations in one call clash too.
    const both = await sb.one('x:SpamRule/set', { create: { a: rule('Any', 'TWIN', 'true'), b: rule('Any', 'TWIN', 'true') } });
    expect(both.created.a).toBeDefined();
    expect(both.notCreated.b.type).toBe('primaryKeyViolation');
  });

  it('keeps name immutable but accepts it unchanged; priority range is enforced', async () => {
    const id = (await create(rule('Any', 'IMMUTABLE_NAME', 'true'))).created.r.id;
    const renamed = await sb.one('x:SpamRule/set', { update: { [id]: { name: 'OTHER' } } });
    expect(renamed.notUpdated[id]).toMatchObject({ type: 'invalidPatch', description: 'Cannot modify read-only property', properties: ['name'] });
    const same = await sb.one('x:SpamRule/set', { update: { [id]: { name: 'IMMUTABLE_NAME', priority: -99999 } } });
    expect(same.updated).toEqual({ [id]: null });
    const tooHigh = await sb.one('x:SpamRule/set', { update: { [id]: { priority: 100000 } } });
    expect(tooHigh.notUpdated[id].validationErrors).toEqual([{ type: 'MaxValue', property: 'priority', required: 99999 }]);
    const long = await create(rule('Any', 'X'.repeat(256), 'true'));
    expect(long.notCreated.r.validationErrors).toEqual([{ type: 'MaxLength', property: 'name', required: 255 }]);
  });

  it('patches the condition by pointer and recompiles it', async () => {
    const id = (await create(rule('Header', 'PATCHED_COND', "name_lower == 'subject'"))).created.r.id;
    const ok = await sb.one('x:SpamRule/set', { update: { [id]: { 'condition/match/0/if': "name_lower == 'x-spam'" } } });
    expect(ok.updated[id]).toBeNull();
    const bad = await sb.one('x:SpamRule/set', { update: { [id]: { 'condition/match/0/if': 'octets[0] == 1' } } });
    expect(bad.notUpdated[id]).toMatchObject({ type: 'validationFailed', properties: ['condition'] });
    const [stored] = (await sb.one('x:SpamRule/get', { ids: [id] })).list;
    expect(stored.condition.match['0'].if).toBe("name_lower == 'x-spam'");
    expect(stored.name).toBe('PATCHED_COND');
  });

  it('changes variant from scratch, keeping the create-only name', async () => {
    const id = (await create(rule('Header', 'SWITCHES_VARIANT', "name_lower == 'date'", { priority: 10 }))).created.r.id;
    const missing = await sb.one('x:SpamRule/set', { update: { [id]: { '@type': 'Url' } } });
    expect(missing.notUpdated[id].validationErrors).toEqual([{ type: 'Required', property: 'condition' }]);
    const res = await sb.one('x:SpamRule/set', { update: { [id]: { '@type': 'Url', condition: { else: "if_then(is_ip_addr(host), 'URL_IP', false)" } } } });
    expect(res.updated[id]).toBeNull();
    const [stored] = (await sb.one('x:SpamRule/get', { ids: [id] })).list;
    expect(stored).toMatchObject({ '@type': 'Url', name: 'SWITCHES_VARIANT', priority: 500 });
  });

  it('filters by exact name and sorts by name or id only', async () => {
    await create(rule('Any', 'FILTER_ME_ONE', 'true', { priority: 3 }));
    await create(rule('Any', 'filter_me_two', 'true', { priority: 1 }));
    await create(rule('Any', 'FILTER_ME_THREE', 'true', { priority: 2 }));
    const names = async (filter: Record<string, unknown> | null, sort?: unknown) => {
      const ids = (await sb.one('x:SpamRule/query', { filter, sort })).ids;
      return (await sb.one('x:SpamRule/get', { ids, properties: ['name'] })).list.map((r: { name: string }) => r.name);
    };
    expect(await names({ name: 'FILTER_ME_TWO' })).toEqual(['FILTER_ME_TWO']);
    // A keyword index: no substring, no case folding.
    expect(await names({ name: 'FILTER_ME' })).toEqual([]);
    expect(await names({ name: 'filter_me_one' })).toEqual([]);
    expect(await names({ operator: 'AND', conditions: [{ name: 'FILTER_ME_ONE' }] })).toEqual(['FILTER_ME_ONE']);
    const sorted = await names(null, [{ property: 'name', isAscending: true }]);
    expect(sorted.filter((n: string) => n.startsWith('FILTER_ME'))).toEqual(['FILTER_ME_ONE', 'FILTER_ME_THREE', 'FILTER_ME_TWO']);
    const [[, wrongType]] = await sb.call([['x:SpamRule/query', { accountId: ACCOUNT.admin, filter: { name: 5 } }, '0']]);
    expect(wrongType).toEqual({ type: 'unsupportedFilter', description: 'Filter on property name is not supported or invalid' });
    const [[, enableFilter]] = await sb.call([['x:SpamRule/query', { accountId: ACCOUNT.admin, filter: { enable: true } }, '0']]);
    expect(enableFilter.type).toBe('unsupportedFilter');
    for (const property of ['priority', 'enable', 'description']) {
      const [[, refused]] = await sb.call([['x:SpamRule/query', { accountId: ACCOUNT.admin, sort: [{ property }] }, '0']]);
      expect(refused).toEqual({ type: 'unsupportedSort', description: `Property ${property} is not supported for sorting` });
    }
  });
});
