// Every kind of invalid expression is refused, on create and on update, for the milter's enable
// and for each spam rule variant's condition; nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false });
});
afterAll(() => sb.close());

// A variable of no context at all, so it is foreign to every target below.
const invalid: Record<string, { source: string; message: RegExp }> = {
  'syntax error': { source: "contains(subject, 'x'", message: /parenthes/i },
  'unterminated string': { source: "subject == 'x", message: /Unterminated string/ },
  'variable not in the context': { source: "nonexistent_var == 'x'", message: /nonexistent_var/ },
  'unknown function': { source: "frobnicate('x')", message: /frobnicate/ },
  'wrong argument count': { source: "contains('x')", message: /argument/i },
};

interface Target {
  object: string;
  field: string;
  /** A variable that exists, but in another context than this field's. */
  foreign: string;
  valid: () => Record<string, unknown>;
  withExpression: (source: string) => Record<string, unknown>;
}

const variants = ['Any', 'Url', 'Domain', 'Email', 'Ip', 'Header', 'Body'];
let counter = 0;
const targets: Target[] = [
  {
    object: 'x:MtaMilter',
    field: 'enable',
    foreign: 'subject',
    valid: () => ({ hostname: 'milter.example.com' }),
    withExpression: (source) => ({ enable: { match: { '0': { if: source, then: 'true' } }, else: 'false' } }),
  },
  ...variants.map(
    (variant): Target => ({
      object: 'x:SpamRule',
      field: 'condition',
      foreign: 'rcpt_domain',
      valid: () => ({ '@type': variant, name: `RULE_${variant.toUpperCase()}_${++counter}`, condition: { else: 'false' } }),
      withExpression: (source) => ({ condition: { match: { '0': { if: source, then: "'TAG'" } }, else: 'false' } }),
    }),
  ),
];

/** The server's shape: the compiler's message in validationErrors[0].value, no description. */
function expectCompileError(error: any, field: string, message: RegExp): void {
  expect(error).not.toHaveProperty('description');
  expect(error.validationErrors).toHaveLength(1);
  expect(error.validationErrors[0]).toMatchObject({ type: 'Invalid', property: field });
  expect(error.validationErrors[0].value).toMatch(/^Error parsing 'if' expression in condition #1: /);
  expect(error.validationErrors[0].value).toMatch(message);
}

const label = (t: Target) => (t.object === 'x:SpamRule' ? `${t.object} ${String(t.valid()['@type'])}` : t.object);

describe.each(targets.map((t) => [label(t), t] as const))('%s', (_name, target) => {
  it('refuses a variable of another context, on create and on update', async () => {
    const source = `${target.foreign} == 'x'`;
    const create = await sb.one(`${target.object}/set`, { create: { c: { ...target.valid(), ...target.withExpression(source) } } });
    expect(create.notCreated.c).toMatchObject({ type: 'validationFailed', properties: [target.field] });
    expect(create.notCreated.c.validationErrors[0].value).toContain(target.foreign);
    const id = (await sb.one(`${target.object}/set`, { create: { c: target.valid() } })).created.c.id as string;
    const update = await sb.one(`${target.object}/set`, { update: { [id]: target.withExpression(source) } });
    expect(update.notUpdated[id]).toMatchObject({ type: 'validationFailed', properties: [target.field] });
  });

  it.each(Object.entries(invalid))('refuses %s on create', async (_kind, { source, message }) => {
    const res = await sb.one(`${target.object}/set`, { create: { c: { ...target.valid(), ...target.withExpression(source) } } });
    expect(res.created ?? {}).toEqual({});
    expect(res.notCreated.c).toMatchObject({ type: 'validationFailed', properties: [target.field] });
    expectCompileError(res.notCreated.c, target.field, message);
  });

  it.each(Object.entries(invalid))('refuses %s on update, keeping the stored value', async (_kind, { source, message }) => {
    const created = await sb.one(`${target.object}/set`, { create: { c: target.valid() } });
    const id = created.created.c.id as string;
    const before = (await sb.one(`${target.object}/get`, { ids: [id] })).list[0];
    const res = await sb.one(`${target.object}/set`, { update: { [id]: target.withExpression(source) } });
    expect(res.notUpdated[id]).toMatchObject({ type: 'validationFailed', properties: [target.field] });
    expectCompileError(res.notUpdated[id], target.field, message);
    const after = (await sb.one(`${target.object}/get`, { ids: [id] })).list[0];
    expect(after).toEqual(before);
  });
});
