import { describe, expect, it } from 'vitest';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import { parseOk, stripSpans } from './test-helpers';

const shape = (source: string) => printExpression(parseOk(source));
const errorsOf = (source: string) => {
  const result = parseExpression(source);
  return result.ok ? [] : result.errors.map(({ message, start, end }) => ({ message, start, end }));
};

describe('operator precedence', () => {
  it.each([
    ['a || b && c', 'binary||'],
    ['a && b ^ c', 'binary&&'],
    ['a ^ b == c', 'binary^'],
    ['a == b > c', 'binary=='],
    ['a > b + c', 'binary>'],
    ['a + b * c', 'binary+'],
  ])('%s has %s at the root', (source, root) => {
    const ast = parseOk(source);
    expect(ast.type + (ast.type === 'binary' ? ast.op : '')).toBe(root);
  });

  it('binds unary operators tighter than any binary operator', () => {
    expect(stripSpans(parseOk('-a * b'))).toEqual(stripSpans(parseOk('(-a) * b')));
    expect(stripSpans(parseOk('!a == b'))).toEqual(stripSpans(parseOk('(!a) == b')));
  });

  it('is left-associative', () => {
    expect(stripSpans(parseOk('a - b - c'))).toEqual(stripSpans(parseOk('(a - b) - c')));
    expect(stripSpans(parseOk('a / b * c'))).toEqual(stripSpans(parseOk('(a / b) * c')));
  });

  it('maps every synonym to its canonical operator', () => {
    expect(shape('a = b')).toBe('a == b');
    expect(shape('a=>b')).toBe('a >= b');
    expect(shape('a=<b')).toBe('a <= b');
    expect(shape('a & b | c')).toBe('a && b || c');
    expect(shape('a != b')).toBe('a != b');
    expect(shape('local_port=25')).toBe('local_port == 25');
  });
});

describe('literals and names', () => {
  it('reads numbers, booleans and durations', () => {
    expect(parseOk('25')).toMatchObject({ type: 'integer', value: 25 });
    expect(parseOk('1.26')).toMatchObject({ type: 'float', value: 1.26 });
    expect(parseOk('true')).toMatchObject({ type: 'boolean', value: true });
    expect(parseOk('false')).toMatchObject({ type: 'boolean', value: false });
    expect(parseOk('30s')).toMatchObject({ type: 'duration', amount: 30, unit: 's', value: 30_000 });
    expect(parseOk('500ms')).toMatchObject({ type: 'duration', value: 500 });
    expect(parseOk('1m')).toMatchObject({ type: 'duration', value: 60_000 });
    expect(parseOk('2h')).toMatchObject({ type: 'duration', value: 7_200_000 });
    expect(parseOk('1d')).toMatchObject({ type: 'duration', value: 86_400_000 });
    expect(parseOk('1w')).toMatchObject({ type: 'duration', value: 604_800_000 });
  });

  it('reads -1 as unary minus on 1, as the server does', () => {
    expect(parseOk('-1')).toMatchObject({ type: 'unary', op: '-', operand: { type: 'integer', value: 1 } });
  });

  it('reads captures, globals and dotted variables', () => {
    expect(parseOk('$0')).toMatchObject({ type: 'capture', index: 0 });
    expect(parseOk('$12')).toMatchObject({ type: 'capture', index: 12 });
    expect(parseOk('$SPF_FAIL')).toMatchObject({ type: 'global', name: 'SPF_FAIL' });
    expect(parseOk('env_from.domain')).toMatchObject({ type: 'identifier', name: 'env_from.domain' });
    expect(parseOk('remote_ip.ptr')).toMatchObject({ type: 'identifier', name: 'remote_ip.ptr' });
  });

  it('keeps backslashes in strings, as the server does, so regexes survive', () => {
    expect(parseOk("'^\\d+$'")).toMatchObject({ type: 'string', value: '^\\d+$' });
    expect(parseOk("'it\\'s'")).toMatchObject({ type: 'string', value: "it\\'s" });
    expect(parseOk('"it\'s"')).toMatchObject({ type: 'string', value: "it's" });
    // With \n present the server translates the character after each backslash.
    expect(parseOk("'a\\nb'")).toMatchObject({ type: 'string', value: 'a\\\nb' });
    expect(parseOk("'ünïcödé ✓'")).toMatchObject({ type: 'string', value: 'ünïcödé ✓' });
  });

  it('parses arrays, indexing and calls with spans', () => {
    const ast = parseOk("contains(['a', b], octets[0])");
    expect(ast).toMatchObject({
      type: 'call',
      name: 'contains',
      start: 0,
      end: 29,
      nameEnd: 8,
      args: [
        { type: 'array', start: 9, end: 17, items: [{ type: 'string', start: 10, end: 13 }, { type: 'identifier', start: 15, end: 16 }] },
        { type: 'index', start: 19, end: 28, target: { name: 'octets' }, index: { type: 'integer', value: 0 } },
      ],
    });
    expect(parseOk('[]')).toMatchObject({ type: 'array', items: [] });
    expect(parseOk("system('hostname')")).toMatchObject({ type: 'call', name: 'system', args: [{ value: 'hostname' }] });
  });

  it('gives binary nodes the span of both operands', () => {
    expect(parseOk('  a  &&  (b)  ')).toMatchObject({ start: 2, end: 12 });
  });
});

describe('errors', () => {
  it.each([
    ["'abc", 'Unterminated string', 0, 4],
    ['(a && b', 'Unmatched open parenthesis', 0, 1],
    ['a && b)', 'Unmatched close parenthesis', 6, 7],
    ['a # b', "Invalid character '#'", 2, 3],
    ['a\tb', "Invalid character '\\t'", 1, 2],
    ['1.2.3', 'Invalid float value 1.2.3', 0, 5],
    ['99999999999999999999', 'Invalid integer value 99999999999999999999', 0, 20],
    ['a &&', 'Unexpected end of expression', 4, 4],
    ['&& a', "Expected a value, found '&&'", 0, 2],
    ['a b', "Expected an operator before 'b'", 2, 3],
    ['octets[]', 'Missing array index', 6, 8],
    ['[a, b', 'Unmatched open bracket', 0, 1],
    ['f(a b)', "Expected ',' or ')', found 'b'", 4, 5],
    ['', 'Empty expression', 0, 0],
  ])('%j gives %s', (source, message, start, end) => {
    expect(errorsOf(source)).toEqual([{ message, start, end }]);
  });

  it('reports every lexical error, not just the first', () => {
    expect(errorsOf('a # b @ c').map((e) => e.message)).toEqual(["Invalid character '#'", "Invalid character '@'"]);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(errorsOf('('.repeat(5000) + 'a' + ')'.repeat(5000))[0].message).toBe('Expression is nested too deeply');
    expect(errorsOf(Array.from({ length: 5000 }, () => 'a').join(' + '))[0].message).toBe('Expression is nested too deeply');
    expect(parseExpression(Array.from({ length: 500 }, () => 'a').join(' || ')).ok).toBe(true);
  });
});
