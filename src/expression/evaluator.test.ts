import { describe, expect, it, vi } from 'vitest';
import type { Value } from './ast';
import { evaluateExpression, type EvaluationEnv } from './evaluator';
import { evaluateExpressionField } from './expression-field';
import { parseOk } from './test-helpers';

const run = (source: string, variables: Record<string, Value> = {}, env: Partial<EvaluationEnv> = {}) =>
  evaluateExpression(parseOk(source), { variables, ...env });

describe('operators', () => {
  it.each<[string, Value]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 / 2', 3.5],
    ['8 / 2', 4],
    ['1 / 0', 0],
    ['-5 + 2', -3],
    ['--5', 5],
    ["'a' + 'b'", 'ab'],
    ["'n=' + 5", 'n=5'],
    ["5 + '1'", '51'],
    ["['a'] + ['b', 'c']", ['a', 'b', 'c']],
    ["['a'] + 'b'", ['a', 'b']],
    ["'5' * 2", 10],
    ["'x' * 2", 0],
    ['1d', 86_400_000],
    ['30s + 500ms', 30_500],
    ['true + true', 2],
  ])('%s = %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['1 < 2', true],
    ['2 <= 2', true],
    ['3 > 2', true],
    ['2 >= 3', false],
    ["10 > '9'", true],
    ["'10' > 9", true],
    ["'10' > '9'", false],
    ["'b' > 'a'", true],
    ['1 == 1.0', true],
    ["1 == '1'", true],
    ["'a' == 'a'", true],
    ["'a' != 'b'", true],
    ['true == 1', true],
    ["['a', 'b'] == ['a', 'b']", true],
    ["['a', 'b'] == ['a', 'c']", false],
    ["['a'] == ['a', 'b']", false],
    ["['a'] == 'a'", false],
    ["['a'] != 'a'", true],
    ['true ^ false', true],
    ['true ^ true', false],
    ["'' || 0", false],
    ["'x' && 1", true],
    ['!0', true],
    ["!''", true],
    ['![]', true],
    ["!['']", false],
    ['!missing', true],
  ])('%s is %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('short-circuits && and ||', () => {
    const keyExists = vi.fn(() => true);
    expect(run("false && key_exists('s', 'k')", {}, { functions: { key_exists: keyExists } })).toBe(false);
    expect(run("true || key_exists('s', 'k')", {}, { functions: { key_exists: keyExists } })).toBe(true);
    expect(keyExists).not.toHaveBeenCalled();
  });
});

describe('names', () => {
  it('reads variables, dotted ones included, and null for missing ones', () => {
    expect(run('env_from.domain', { 'env_from.domain': 'example.org' })).toBe('example.org');
    expect(run('rcpt')).toBeNull();
  });

  it('indexes arrays, giving null out of range', () => {
    const variables = { octets: [192, 0, 2, 1] };
    expect(run('octets[0]', variables)).toBe(192);
    expect(run('octets[1 + 2]', variables)).toBe(1);
    expect(run('octets[9]', variables)).toBeNull();
    expect(run('octets[-1]', variables)).toBeNull();
    expect(run("'abc'[0]", variables)).toBeNull();
  });

  it('evaluates context constants to their names', () => {
    expect(run('[plain, login]')).toEqual(['plain', 'login']);
  });

  it('resolves $TAG globals through the callback, defaulting to 0', () => {
    const globals = (name: string) => (name === 'SPF_FAIL' ? 1 : undefined);
    expect(run('$SPF_FAIL && !$DKIM_ALLOW', {}, { globals })).toBe(true);
    expect(run('$OTHER')).toBe(0);
  });

  it('reads captures from matches() and from the environment', () => {
    expect(run("matches('^(\\w+)@(.+)$', v) && $2 == 'example.org'", { v: 'joe@example.org' })).toBe(true);
    expect(run('$1 + $9', {}, { captures: ['all', 'first'] })).toBe('first');
  });
});

describe('external functions', () => {
  it('evaluates to false or null without an implementation', () => {
    expect(run("key_exists('spam-traps', rcpt)", { rcpt: 'a@b.c' })).toBe(false);
    expect(run("is_local_domain('example.org')")).toBe(false);
    expect(run("is_local_address('a@example.org')")).toBe(false);
    expect(run("key_get('s', 'k')")).toBeNull();
    expect(run("counter_incr('s', 'k', 1)")).toBeNull();
    expect(run("sql_query('sql', 'SELECT 1', [])")).toBeNull();
    expect(run("dns_query('example.org', 'mx')")).toBeNull();
  });

  it('calls the given implementation with evaluated arguments', () => {
    const dnsQuery = vi.fn((name: Value, type: Value) => (type === 'ipv4' ? ['127.0.0.2'] : null));
    const result = run("contains(dns_query(ip_reverse_name(ip) + '.zen.example', 'ipv4'), '127.0.0.2')", { ip: '192.0.2.1' }, {
      functions: { dns_query: dnsQuery },
    });
    expect(result).toBe(true);
    expect(dnsQuery).toHaveBeenCalledWith('1.2.0.192.zen.example', 'ipv4');
  });

  it('turns a throwing implementation into the fallback', () => {
    const throwing = () => {
      throw new Error('store down');
    };
    expect(run("key_exists('s', 'k')", {}, { functions: { key_exists: throwing } })).toBe(false);
  });
});

describe('evaluateExpressionField', () => {
  const field = {
    match: {
      '0': { if: "matches('^x-spam-(\\w+)$', name_lower)", then: "'HDR_' + to_uppercase($1)" },
      '1': { if: "value_lower == 'yes'", then: "'YES'" },
    },
    else: 'false',
  };

  it('takes the first matching row, with its captures', () => {
    expect(evaluateExpressionField(field, { variables: { name_lower: 'x-spam-flag', value_lower: 'yes' } })).toEqual({
      matchedRow: 0,
      value: 'HDR_FLAG',
    });
    expect(evaluateExpressionField(field, { variables: { name_lower: 'subject', value_lower: 'yes' } })).toEqual({
      matchedRow: 1,
      value: 'YES',
    });
  });

  it('falls back to else', () => {
    expect(evaluateExpressionField(field, { variables: { name_lower: 'subject', value_lower: 'no' } })).toEqual({
      matchedRow: null,
      value: false,
    });
    expect(evaluateExpressionField({ else: "'x'" }, { variables: {} })).toEqual({ matchedRow: null, value: 'x' });
  });

  it('gives null for a malformed field and skips rows that do not parse', () => {
    expect(evaluateExpressionField({ match: [{ if: 'true', then: '1' }], else: '0' }, { variables: {} })).toEqual({
      matchedRow: null,
      value: null,
    });
    expect(evaluateExpressionField({ match: { '0': { if: '(', then: '1' } }, else: '2' }, { variables: {} })).toEqual({
      matchedRow: null,
      value: 2,
    });
  });
});
