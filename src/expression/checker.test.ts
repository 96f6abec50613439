import { describe, expect, it } from 'vitest';
import { checkExpression } from './checker';
import { expressionContexts, variablesFor } from './contexts';
import { expressionFunctions } from './functions';

const messages = (source: string, context: string, allowCaptures = false) =>
  checkExpression(source, context, { allowCaptures }).map((e) => e.message);

describe('checkExpression: names', () => {
  it('accepts the variables of the context', () => {
    expect(checkExpression("rcpt_domain == 'example.com' && is_tls", 'MtaRcptToVariable')).toEqual([]);
    expect(checkExpression("contains(value_lower, 'x') && name_lower == 'x-mailer'", 'SpamHeaderVariable')).toEqual([]);
    expect(checkExpression('env_from.domain != from.domain', 'SpamGenericVariable')).toEqual([]);
  });

  it('suggests the closest variable for a typo', () => {
    expect(checkExpression("rcpt_domian == 'x'", 'MtaRcptToVariable')).toEqual([
      {
        message: "unknown variable 'rcpt_domian': did you mean 'rcpt_domain'?",
        start: 0,
        end: 11,
        suggestion: 'rcpt_domain',
        serverMessage: 'Invalid variable or constant "rcpt_domian"',
      },
    ]);
    expect(checkExpression('value_lowr', 'SpamHeaderVariable')[0].suggestion).toBe('value_lower');
    expect(checkExpression('Host', 'SpamUrlVariable')[0].suggestion).toBe('host');
  });

  it('gives no suggestion when nothing is close', () => {
    const [error] = checkExpression('zzzzzzzz', 'MtaRcptToVariable');
    expect(error.message).toBe("unknown variable 'zzzzzzzz'");
    expect(error.suggestion).toBeUndefined();
  });

  it('tells a variable of another context from an unknown one', () => {
    const [error] = checkExpression('host', 'SpamHeaderVariable');
    expect(error.message).toMatch(/^variable 'host' is not available in SpamHeaderVariable/);
    expect(error.serverMessage).toBe('Variable "host" not allowed in this context');
    const [constant] = checkExpression('plain', 'MtaRcptToVariable');
    expect(constant.serverMessage).toBe('Constant "plain" not allowed in this context');
  });

  it('checks constants contexts, alone or with a variables context', () => {
    expect(checkExpression('[plain, login]', 'MtaAuthTypeConstant')).toEqual([]);
    expect(messages('[plain, logn]', 'MtaAuthTypeConstant')).toEqual(["unknown variable 'logn': did you mean 'login'?"]);
    expect(checkExpression("if_then(is_tls, [plain, login], [])", ['MtaEhloVariable', 'MtaAuthTypeConstant'])).toEqual([]);
  });

  it('allows $TAG globals in spam contexts only', () => {
    expect(checkExpression('$SPF_FAIL && !$DKIM_ALLOW', 'SpamGenericVariable')).toEqual([]);
    const [error] = checkExpression('$SPF_FAIL', 'MtaRcptToVariable');
    expect(error).toMatchObject({ consoleOnly: true });
  });

  it('allows capture groups only where asked', () => {
    expect(checkExpression("'x' + $1", 'SpamHeaderVariable', { allowCaptures: true })).toEqual([]);
    expect(messages("'x' + $1", 'SpamHeaderVariable')).toEqual([
      "capture group '$1' is only available in 'then', after a matches() in 'if'",
    ]);
  });

  it('rejects an unknown context', () => {
    expect(messages('true', 'NoSuchVariable')).toEqual(['unknown expression context "NoSuchVariable"']);
  });

  it('reports a function name used as a value', () => {
    expect(messages('trim', 'SpamGenericVariable')).toEqual(["'trim' is a function: call it as trim(…)"]);
  });
});

describe('checkExpression: functions', () => {
  it('suggests the closest function for a typo', () => {
    expect(checkExpression("contians(value, 'a')", 'SpamGenericVariable')).toEqual([
      {
        message: "unknown function 'contians': did you mean 'contains'?",
        start: 0,
        end: 8,
        suggestion: 'contains',
        serverMessage: 'Invalid variable or constant "contians"',
      },
    ]);
  });

  it('checks argument counts in both wordings', () => {
    expect(checkExpression('contains(rcpt)', 'MtaRcptToVariable')).toEqual([
      {
        message: "function 'contains' takes 2 arguments, got 1",
        start: 0,
        end: 14,
        serverMessage: 'Expression function "contains" expected 2 arguments, got 1',
      },
    ]);
    expect(messages('trim(rcpt, rcpt)', 'MtaRcptToVariable')).toEqual(["function 'trim' takes 1 argument, got 2"]);
    expect(checkExpression("matches('x')", 'MtaRcptToVariable')[0].serverMessage).toBe(
      'Expression function "matches" expected 2 arguments',
    );
  });

  it.each([
    ["hash(value, 'sha3')", "hash() algorithm must be one of 'md5', 'sha1', 'sha256', 'sha512', got \"sha3\""],
    ["email_part(value, 'user')", "email_part() part must be one of 'local', 'domain', got \"user\""],
    ["dns_query(value, 'foo')", "dns_query() type must be one of 'ipv4', 'ipv6', 'ip', 'mx', 'txt', 'ptr', got \"foo\""],
    [
      "system('foo')",
      "system() name must be one of 'hostname', 'domain', 'node_id', 'node_hostname', 'node_role', got \"foo\"",
    ],
    ['matches(value, value)', 'the regex argument of matches() must be a string literal (a regular expression)'],
    ["matches('(unclosed', value)", /^invalid regular expression: /],
    ["matches('(?<=a)b', value)", 'invalid regular expression: look-around, including look-ahead and look-behind, is not supported'],
    ["matches('(a)\\1', value)", 'invalid regular expression: backreferences are not supported'],
    ['metric(value)', 'the name argument of metric() must be a string literal (a name)'],
  ])('%s', (source, expected) => {
    const [error, ...rest] = checkExpression(source, 'SpamGenericVariable');
    expect(rest).toEqual([]);
    if (typeof expected === 'string') expect(error.message).toBe(expected);
    else expect(error.message).toMatch(expected);
  });

  it('accepts valid literal arguments and non-literal ones where the server allows them', () => {
    for (const source of [
      "hash(value, 'sha256')",
      "email_part(value, 'domain')",
      "dns_query(value, 'mx')",
      "system('hostname')",
      "matches('(?i)^x-(\\w+)$', value)",
      'hash(value, value)',
    ]) {
      expect(checkExpression(source, 'SpamGenericVariable'), source).toEqual([]);
    }
  });

  it('marks literal checks the server does not make as console-only', () => {
    expect(checkExpression("hash(value, 'sha3')", 'SpamGenericVariable')[0]).toMatchObject({ consoleOnly: true, suggestion: "'sha1'" });
    expect(checkExpression("system('foo')", 'SpamGenericVariable')[0]).toMatchObject({
      serverMessage: 'Invalid system variable name "foo"',
    });
  });

  it('returns parse errors unchanged', () => {
    expect(messages("'abc", 'SpamGenericVariable')).toEqual(['Unterminated string']);
  });
});

describe('tables for autocomplete', () => {
  it('lists variables per context', () => {
    expect(variablesFor('SpamUrlVariable').slice(0, 3)).toEqual(['url', 'value', 'path_query']);
    expect(variablesFor('SpamIpVariable')).toContain('octets');
    expect(variablesFor('SpamIpVariable')).toContain('subject.words');
    expect(variablesFor('Nope')).toEqual([]);
    expect(expressionContexts.MtaIpStrategyConstant.constants).toEqual(['ipv4_only', 'ipv6_only', 'ipv6_then_ipv4', 'ipv4_then_ipv6']);
    expect(Object.keys(expressionContexts)).toHaveLength(22);
  });

  it('describes every function with its arguments', () => {
    const names = expressionFunctions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const fn of expressionFunctions) {
      expect(fn.description.length, fn.name).toBeGreaterThan(5);
      for (const arg of fn.args) expect(arg.description.length, `${fn.name} ${arg.name}`).toBeGreaterThan(2);
    }
    expect(expressionFunctions.find((f) => f.name === 'substring')?.args).toHaveLength(3);
  });
});
