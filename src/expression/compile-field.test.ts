import { describe, expect, it } from 'vitest';
import { compileExpressionField } from './compile-field';

const rule = (condition: string, then = "'TAG'") => ({ match: { '0': { if: condition, then } }, else: 'false' });

describe('compileExpressionField', () => {
  it('accepts valid fields', () => {
    expect(compileExpressionField({ else: 'true' }, 'MtaRcptToVariable')).toBeNull();
    expect(compileExpressionField(rule("name_lower == 'x-mailer' && contains(value_lower, 'bulk')"), 'SpamHeaderVariable')).toBeNull();
    expect(compileExpressionField(rule("matches('^(\\w+)$', value)", "'T_' + $1"), 'SpamGenericVariable')).toBeNull();
  });

  it.each([
    [rule('foo'), 'SpamHeaderVariable', { message: 'Invalid variable or constant "foo"', path: 'match/0/if' }],
    [rule('host'), 'SpamHeaderVariable', { message: 'Variable "host" not allowed in this context', path: 'match/0/if' }],
    [rule('true', "'open"), 'SpamHeaderVariable', { message: 'Unterminated string', path: 'match/0/then' }],
    [{ else: '(true' }, 'MtaRcptToVariable', { message: 'Unmatched open parenthesis', path: 'else' }],
    [{ else: 'rcpt ~ x' }, 'MtaRcptToVariable', { message: "Invalid character '~'", path: 'else' }],
    [
      { else: 'contains(rcpt)' },
      'MtaRcptToVariable',
      { message: 'Expression function "contains" expected 2 arguments, got 1', path: 'else' },
    ],
    [{ else: "system('foo')" }, 'MtaRcptToVariable', { message: 'Invalid system variable name "foo"', path: 'else' }],
  ] as const)('refuses %j in %s', (wire, context, expected) => {
    expect(compileExpressionField(wire, context)).toEqual(expected);
  });

  it('lets through what only the console objects to, as the server does', () => {
    expect(compileExpressionField({ else: "hash(rcpt, 'sha3')" }, 'MtaRcptToVariable')).toBeNull();
    expect(compileExpressionField({ else: '$TAG' }, 'MtaRcptToVariable')).toBeNull();
  });

  it.each([
    [null, { message: 'Invalid value for object property', path: '' }],
    [{ match: [], else: 'true' }, { message: 'Invalid value for object property', path: 'match' }],
    [{ match: { '1': { if: 'true', then: '1' } }, else: '0' }, { message: 'Invalid list position "1"', path: 'match/1' }],
    [{ match: { '0': 'true' }, else: '0' }, { message: 'Invalid value for object property', path: 'match/0' }],
    [{ match: { '0': { if: 'true' } }, else: '0' }, { message: 'Missing required property', path: 'match/0/then' }],
    [{ match: { '0': { if: true, then: '1' } }, else: '0' }, { message: 'Invalid value for object property', path: 'match/0/if' }],
    [{ match: { '0': { if: 'true', then: '1', x: 1 } }, else: '0' }, { message: 'Invalid property', path: 'match/0/x' }],
    [{ match: {} }, { message: 'Missing required property', path: 'else' }],
    [{ else: 1 }, { message: 'Invalid value for object property', path: 'else' }],
    [{ default: 'true' }, { message: 'Invalid property', path: 'default' }],
  ])('checks the wire shape of %j', (wire, expected) => {
    expect(compileExpressionField(wire, 'MtaRcptToVariable')).toEqual(expected);
  });

  it('refuses an unknown context', () => {
    expect(compileExpressionField({ else: 'true' }, 'Nope')).toEqual({ message: 'unknown expression context "Nope"', path: 'else' });
  });
});
