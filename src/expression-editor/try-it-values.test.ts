import { describe, expect, it } from 'vitest';
import { lookupsUsed } from './try-it-lookups';
import { evaluateTry, formatValue, matchSummary, parseTryValue, unparsableParts, variablesUsed } from './try-it-values';

const rule = {
  match: [
    { if: "name_lower == 'x-mailer' && contains(value_lower, 'bulk')", then: "'BULK_MAILER'" },
    { if: "matches('^(\\w+)@', from) && $HAS_LIST", then: "'LIST_' + to_uppercase($1)" },
  ],
  else: 'false',
};

describe('variablesUsed', () => {
  it('lists variables in order of first use and globals apart', () => {
    expect(variablesUsed(rule, 'SpamHeaderVariable')).toEqual({ variables: ['name_lower', 'value_lower', 'from'], globals: ['HAS_LIST'] });
  });

  it("leaves out the context's constants and parts that do not parse", () => {
    const model = { match: [{ if: 'protocol == plain', then: 'login' }, { if: 'broken(', then: 'x' }], else: 'xoauth2' };
    expect(variablesUsed(model, 'MtaAuthTypeConstant').variables).toEqual(['protocol', 'x']);
  });
});

describe('parseTryValue', () => {
  it('reads numbers, booleans and lists', () => {
    expect(parseTryValue('42')).toBe(42);
    expect(parseTryValue(' -1.5 ')).toBe(-1.5);
    expect(parseTryValue('true')).toBe(true);
    expect(parseTryValue('false')).toBe(false);
    expect(parseTryValue('[a, b]')).toEqual(['a', 'b']);
    expect(parseTryValue("[1, 'x y', [true]]")).toEqual([1, 'x y', [true]]);
  });

  it('reads a quoted literal as its text and anything else as typed', () => {
    expect(parseTryValue("'hello world'")).toBe('hello world');
    expect(parseTryValue('buy viagra now')).toBe('buy viagra now');
    expect(parseTryValue('x-mailer')).toBe('x-mailer');
    expect(parseTryValue('hello')).toBe('hello');
    expect(parseTryValue('30s')).toBe('30s');
    expect(parseTryValue('[a, b')).toBe('[a, b');
    expect(parseTryValue('')).toBe('');
  });
});

describe('formatValue', () => {
  it('writes results as expression literals', () => {
    expect(formatValue('SPAM')).toBe("'SPAM'");
    expect(formatValue("it's")).toBe('"it\'s"');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(['a', 1])).toBe("['a', 1]");
    expect(formatValue(null)).toBe('no value');
  });
});

describe('evaluateTry', () => {
  it('finds the first matching row and its value', () => {
    const result = evaluateTry(rule, { name_lower: 'x-mailer', value_lower: 'bulkmailer 2.0', from: '' });
    expect(result).toEqual({ matchedRow: 0, value: 'BULK_MAILER', unanswered: null });
    expect(matchSummary(result, 2)).toBe('Condition 1 is true: Result 1 applies');
  });

  it('passes captures to then and answers globals from the given texts', () => {
    const values = { name_lower: 'subject', value_lower: '', from: 'news@example.org' };
    expect(evaluateTry(rule, values, { HAS_LIST: '1' })).toEqual({ matchedRow: 1, value: 'LIST_NEWS', unanswered: null });
    const none = evaluateTry(rule, values, { HAS_LIST: '0' });
    expect(none).toEqual({ matchedRow: null, value: false, unanswered: null });
    expect(matchSummary(none, 2)).toBe('No condition is true: Otherwise applies');
    expect(matchSummary(none, 0)).toBe('There are no conditions: the Value applies');
  });

  it('reads typed values as literals', () => {
    const model = { match: [{ if: 'len(to) > 2', then: "'MANY'" }], else: "'FEW'" };
    expect(evaluateTry(model, { to: '[a, b, c]' }).value).toBe('MANY');
    expect(evaluateTry(model, { to: '[a]' }).value).toBe('FEW');
  });
});

describe('lookups', () => {
  const model = {
    match: [{ if: "key_exists('block', from) || is_local_domain(email_part(from, 'domain'))", then: "'BLOCKED'" }],
    else: "key_get('tags', from)",
  };

  it('lists each lookup call as written, once, and marks the yes-or-no ones', () => {
    expect(lookupsUsed({ ...model, match: [...model.match, { if: "key_exists('block', from)", then: '1' }] })).toEqual([
      { text: "key_exists('block', from)", name: 'key_exists', predicate: true },
      { text: "is_local_domain(email_part(from, 'domain'))", name: 'is_local_domain', predicate: true },
      { text: "key_get('tags', from)", name: 'key_get', predicate: false },
    ]);
  });

  it('asks for the next lookup the evaluation reaches instead of taking false', () => {
    // One question at a time: which lookup comes next depends on the answer.
    expect(evaluateTry(model, { from: 'a@b.c' })).toEqual({ matchedRow: null, value: null, unanswered: "key_exists('block', from)" });
    const notBlocked = { "key_exists('block', from)": 'false' };
    expect(evaluateTry(model, { from: 'a@b.c' }, {}, notBlocked).unanswered).toBe("is_local_domain(email_part(from, 'domain'))");
    const notLocal = { ...notBlocked, "is_local_domain(email_part(from, 'domain'))": 'false' };
    expect(evaluateTry(model, { from: 'a@b.c' }, {}, notLocal).unanswered).toBe("key_get('tags', from)");
    const blocked = evaluateTry(model, { from: 'a@b.c' }, {}, { "key_exists('block', from)": 'true' });
    expect(blocked).toEqual({ matchedRow: 0, value: 'BLOCKED', unanswered: null });
    const answers = { "key_exists('block', from)": 'false', "is_local_domain(email_part(from, 'domain'))": 'false', "key_get('tags', from)": '[x, y]' };
    expect(evaluateTry(model, { from: 'a@b.c' }, {}, answers)).toEqual({ matchedRow: null, value: ['x', 'y'], unanswered: null });
  });
});

describe('unparsableParts', () => {
  it('names the parts that do not parse', () => {
    expect(unparsableParts({ match: [{ if: 'a &&', then: "'X'" }], else: "'open" })).toEqual(['Condition 1', 'Otherwise']);
    expect(unparsableParts({ match: [], else: '' })).toEqual(['Value']);
  });
});
